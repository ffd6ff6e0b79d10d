// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overrideapplier.h"
#include "profileindex.h"
#include "systemroot.h"

#include <QHash>

#include <optional>

class HelperChangeChannel;

// The allow flow's writes through armorer-helper's one change channel, one ApplyOverride call each: it adds the
// include when the profile lacks it, validates by compiling once, keeps the previous bytes in
// the change journal, replaces atomically and loads that compiled policy, rolling back when
// the load fails. The override is the one OverrideNaming chooses from the file that defines the
// profile (found with the profile index, read here as the helper reads it); the helper gets the
// file's name and the profile's full name, never paths.
class HelperOverrideApplier : public OverrideApplier
{
public:
    HelperOverrideApplier(HelperChangeChannel *channel, const SystemRoot &root);

    void setIndex(const ProfileIndex &index) { m_index = index; }

    QString currentOverride(const QString &profile) const override;
    void apply(const QString &profile, const QString &text, Done done) override;
    OverrideNaming::Target targetFor(const QString &profile) const override;
    // The helper's Undo of changeId (falls back to writing previousText when there is none).
    void undo(const QString &profile, const QString &changeId, const QString &previousText, Done done) override;

private:
    // The file that defines the profile (its top-level name looked up in the index).
    QString fileOf(const QString &profile) const;

    HelperChangeChannel *m_channel;
    // The sha256 of each override as currentOverride() read it, which the write expects, so
    // a change made meanwhile by someone else is refused rather than overwritten (and a refusal
    // leaves it, so a retry is refused too until the caller reads again); nullopt
    // when it could not be read here (a write is refused then).
    mutable QHash<QString, std::optional<QString>> m_readHashes;
    SystemRoot m_root;
    ProfileIndex m_index;
};
