// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overrideapplier.h"
#include "profileindex.h"
#include "systemroot.h"

#include <QHash>

#include <optional>

class HelperClient;

// The allow flow's writes through armorer-helper, one ApplyOverride call each: it adds the
// include when the profile lacks it, validates by compiling once, keeps the previous bytes in
// the change journal, replaces atomically and loads that compiled policy, rolling back when
// the load fails. The override is named after the file that defines the profile, found with
// the profile index, since the helper takes profile file names, never paths; a hat's or
// child's is local/FILE_CHILD, included inside its block.
class HelperOverrideApplier : public OverrideApplier
{
public:
    HelperOverrideApplier(HelperClient *client, const SystemRoot &root);

    void setIndex(const ProfileIndex &index) { m_index = index; }

    QString currentOverride(const QString &profile) const override;
    void apply(const QString &profile, const QString &text, Done done) override;
    // The helper's Undo of changeId (falls back to writing previousText when there is none).
    void undo(const QString &profile, const QString &changeId, const QString &previousText, Done done) override;
    QString overrideNameFor(const QString &profile) const override;

private:
    // The profile's file name and its hat/child path ("" for a top-level profile).
    std::pair<QString, QString> fileAndChild(const QString &profile) const;

    HelperClient *m_client;
    // The sha256 of each override as currentOverride() read it, which the write expects, so
    // a change made meanwhile by someone else is refused rather than overwritten; nullopt
    // when it could not be read here (the helper is asked then).
    mutable QHash<QString, std::optional<QString>> m_readHashes;
    SystemRoot m_root;
    ProfileIndex m_index;
};
