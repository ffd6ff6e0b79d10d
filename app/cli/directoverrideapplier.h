// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overrideapplier.h"
#include "overridewriter.h"
#include "systemroot.h"

#include <QHash>

// "armorctl allow --root R" without the helper (the sandbox, the demo): the helper's own
// transaction (OverrideWriter: the same target and naming, the lock, the expected hash, the
// journal, validation before anything is replaced) run in this process, minus polkit. Nothing
// is loaded into a kernel; the profile is compiled against the features file instead.
class DirectOverrideApplier : public OverrideApplier
{
public:
    explicit DirectOverrideApplier(const SystemRoot &root);

    // Opens the profile directory, local/ and the journal; refuses the real system root.
    HelperError open();

    QString currentOverride(const QString &profile) const override;
    void apply(const QString &profile, const QString &text, Done done) override;
    OverrideNaming::Target targetFor(const QString &profile) const override;

private:
    QString fileOf(const QString &profile) const;

    SystemRoot m_root;
    OverrideWriter m_writer;
    // The sha256 each override had when currentOverride() read it: the write expects it, so
    // a concurrent change is refused rather than overwritten.
    mutable QHash<QString, QString> m_readHashes;
};
