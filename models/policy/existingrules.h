// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "filescope.h"

#include <QList>
#include <QString>

#include <optional>

// The rules a profile (or an abstraction, or a local override) already has, read from its
// text: to tell "already allowed, the profile just needs a reload" and "this wider rule makes
// those narrower ones redundant" before anything is written.
class ExistingRules
{
public:
    struct FileRule
    {
        QString pattern; // the AARE, unquoted
        QString perms;
        bool owner = false;
        bool deny = false;
        QString text; // the rule as written, trimmed
        int line = 0; // 1-based, in the text read (plus firstLine - 1)
    };
    // A rule of any other class, whitespace-normalized, with its line.
    struct OtherRule
    {
        QString text;
        int line = 0;
    };

    // Rules inside nested profile or hat blocks are left out (they are another profile's);
    // with topLevelProfiles false, so are blocks at the top level (an abstraction defining a
    // helper profile), while a profile file's own top-level block counts.
    // firstLine numbers the text's first line, for a block cut out of a larger file.
    static ExistingRules fromText(const QString &text, bool topLevelProfiles = true, int firstLine = 1);
    void append(const ExistingRules &other);

    const QList<FileRule> &fileRules() const { return m_fileRules; }
    // Rules other than file rules, whitespace-normalized ("capability sys_nice,").
    const QStringList &otherRules() const { return m_otherRules; }
    // The same, with the line each is on (one entry per otherRules() entry, in order).
    const QList<OtherRule> &otherRulesWithLines() const { return m_otherRuleLines; }
    // include <...> / include if exists <...> targets, as written ("abstractions/base").
    const QStringList &includes() const { return m_includes; }

    // The allow rule that already grants perms on path (an owner-only rule counts only for
    // an owner access), unless a deny rule takes it away.
    std::optional<FileRule> allowing(const QString &path, const QString &perms, bool owner,
        const FileScope::Variables &variables = FileScope::defaultVariables()) const;
    // Whether this exact rule (whitespace-normalized, any class) is already there.
    bool contains(const QString &rule) const;
    // The literal-path allow rules the new pattern with perms would cover entirely.
    QList<FileRule> redundantUnder(const QString &pattern, const QString &perms, bool owner,
        const FileScope::Variables &variables = FileScope::defaultVariables()) const;

    // Does a permission string grant every permission of another ("rw" grants "r"; "w" grants "a").
    static bool permsCover(const QString &have, const QString &need);
    static QString normalized(const QString &rule);

private:
    QList<FileRule> m_fileRules;
    QStringList m_otherRules;
    QList<OtherRule> m_otherRuleLines;
    QStringList m_includes;
};
