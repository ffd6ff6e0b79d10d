// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overrideapplier.h"
#include "profileindex.h"
#include "systemroot.h"

class HelperClient;

// The allow flow's writes through armorer-helper: EnsureLocalInclude, then WriteOverride
// (which validates, keeps the previous bytes in the change journal, replaces atomically and
// reloads, rolling back when the reload fails). The override is named after the file that
// defines the profile, found with the profile index, since the helper takes profile file
// names, never paths.
class HelperOverrideApplier : public OverrideApplier
{
public:
    HelperOverrideApplier(HelperClient *client, const SystemRoot &root);

    void setIndex(const ProfileIndex &index) { m_index = index; }

    QString currentOverride(const QString &profile) const override;
    void apply(const QString &profile, const QString &text, Done done) override;
    QString overrideNameFor(const QString &profile) const override;

private:
    HelperClient *m_client;
    SystemRoot m_root;
    ProfileIndex m_index;
};
