// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// How widely a file rule reaches: the scopes offered for one denied path, and AppArmor's
// pattern matching (AARE) to preview what each one covers.
class FileScope
{
public:
    enum class Kind {
        Exact, // the path itself
        Folder, // dir/*
        FolderRecursive, // dir/**
        Extension, // dir/*.ext
        Home, // @{HOME}/...
        ProcessId, // /proc/@{pid}/...
        LibraryVersion, // libfoo.so* (any version of the library)
        Custom, // what the user typed
    };
    struct Choice
    {
        Kind kind = Kind::Exact;
        QString label;
        QString pattern; // the AARE, unquoted ("/home/*/.config/\*x/*")
        QString token; // the pattern as it goes into a rule (quoted when needed)
    };

    // AppArmor variables for matching: name (without @{}) -> values, each itself an AARE.
    using Variables = QHash<QString, QStringList>;
    // What the tunables define on a stock system, for when the profile directory has none.
    static Variables defaultVariables();

    // The choices for a denied path, narrowest first. homeDirectories are the users' homes
    // ("/home/alice"), for the @{HOME} generalization.
    static QList<Choice> choices(const QString &path, const QStringList &homeDirectories = {});
    // A custom pattern as a choice; nullopt-like empty token plus an error when it cannot be a
    // rule (not absolute, a quote or control character inside).
    static Choice custom(const QString &pattern, QString *error);

    // Does the AARE match the path? (Globs, alternations, classes, escapes, variables.)
    static bool matches(const QString &pattern, const QString &path, const Variables &variables = defaultVariables());
    static QRegularExpression toRegularExpression(
        const QString &pattern, const Variables &variables = defaultVariables());
};

Q_DECLARE_METATYPE(FileScope::Choice)
