// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overridenaming.h"

#include <QString>
#include <QtGlobal>

#include <functional>

// Where an allow (or deny, or undo) goes: the privileged helper in the application
// (one ApplyOverride call, answered asynchronously, so the dialog never waits on D-Bus), or
// LocalOverrideWriter in tests and for a profile directory the user owns (which runs the
// parser before apply() returns). Either way done is called exactly once.
class OverrideApplier
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // the parser's or helper's own message when not ok
        // The helper's change journal id, for "armorctl undo" ("" without one). Initialized, so
        // {ok, error} stays a complete initializer.
        QString changeId = {};
        // Refused because the file changed since the caller read it: nothing was written.
        bool conflict = false;
    };
    using Done = std::function<void(const Result &)>;

    virtual ~OverrideApplier() = default;
    // profile is the full label ("parent//child" for a hat or child profile). Its override is
    // the one OverrideNaming::targetFor chooses: the one its block includes, or a new one of its
    // own when it has none or shares it (unless allSharing is set).
    // The current text of local/NAME for the profile ("" when there is none).
    virtual QString currentOverride(const QString &profile) const = 0;
    // Replace local/NAME with text, validate, reload; done is called exactly once.
    virtual void apply(const QString &profile, const QString &text, Done done) = 0;
    // Undo the change apply() reported as changeId. An applier with a journal (the helper)
    // undoes that change; by default previousText is written back.
    virtual void undo(const QString &profile, const QString &changeId, const QString &previousText, Done done)
    {
        Q_UNUSED(changeId);
        apply(profile, previousText, std::move(done));
    }
    // NAME in local/NAME for the profile: targetFor()'s; for a profile whose file is unknown,
    // the name derived from the label as earlier versions did.
    virtual QString overrideNameFor(const QString &profile) const;
    // Where an allow for profile goes, with the profiles that share its override; an invalid
    // target when the applier does not know the profile's file.
    virtual OverrideNaming::Target targetFor(const QString &profile) const;
    // Write the override the profile shares with others ("all N profiles that include
    // local/X") instead of one of its own.
    void setAllSharing(bool all) { m_allSharing = all; }
    bool allSharing() const { return m_allSharing; }

private:
    bool m_allSharing = false;
};
