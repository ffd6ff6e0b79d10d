// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overrideapplier.h"

// Writes a profile's override (OverrideNaming's target, with its include added inside the
// profile's block when new) in a profile directory the process may write (a sandbox root
// without a helper in the GUI, tests), validates the profile with the real apparmor_parser
// (-QK, nothing loaded into a kernel), and puts the previous text back when it refuses.
class LocalOverrideWriter : public OverrideApplier
{
public:
    // parser: the apparmor_parser binary (ARMORER_APPARMOR_PARSER).
    LocalOverrideWriter(const QString &profileDir, const QString &parser);

    QString currentOverride(const QString &profile) const override;
    void apply(const QString &profile, const QString &text, Done done) override;
    OverrideNaming::Target targetFor(const QString &profile) const override;

private:
    QString profileFile(const QString &profile) const;
    QString m_profileDir;
    QString m_parser;
};
