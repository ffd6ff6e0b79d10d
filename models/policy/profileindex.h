// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

// Maps loaded profile names to the files that define them, by reading the profile files under
// the profile directory with PolicyDocument: top-level profiles, child profiles
// ("parent//child") and hats ("^hat" is listed by the kernel as "parent//hat").
class ProfileIndex
{
public:
    struct Header
    {
        QString name; // full name, children joined with "//"
        int line = 0; // 1-based
        QString attachment; // the attachment, if the header names one
        QString flags; // the text inside flags=(...), if any
    };
    struct Source
    {
        QString file;
        int line = 0;
        QString attachment; // what the header attaches to (a path or glob), if anything
        bool isValid() const { return !file.isEmpty(); }
    };

    // Indexes the top-level profile files of profileDir (abstractions, tunables, local, abi,
    // disable, cache and backup files are skipped, as apparmor_parser's loader skips them).
    void build(const QString &profileDir);
    // The same for one profile, quicker: only the file named after it ("NAME", or
    // "usr.bin.foo" for "/usr/bin/foo", as profiles are shipped) when that file defines it,
    // else the whole directory. Names only the caller's profile may then be missing.
    void buildFor(const QString &profileDir, const QString &profileName);

    Source sourceOf(const QString &profileName) const { return m_sources.value(profileName); }
    QStringList profilesIn(const QString &file) const { return m_byFile.value(file); }
    QStringList files() const { return m_byFile.keys(); }
    // The directory that was indexed.
    QString profileDir() const { return m_profileDir; }
    qsizetype size() const { return m_sources.size(); }

    // Larger files in the profile directory are not profiles.
    static constexpr qint64 MaxProfileSize = 4 * 1024 * 1024;

    // The headers of one profile file's text, in order.
    static QList<Header> parseHeaders(QStringView text);
    // Whether a file in the profile directory is a profile the loader would read.
    static bool isProfileFileName(QStringView fileName);
    // Whether a path relative to the profile directory is a file the index reads as a profile
    // file (a top-level file the parser's directory loader does not skip).
    static bool isProfileFile(QStringView relativePath);

private:
    void indexFile(const QString &path, qint64 size);

    QString m_profileDir;
    QHash<QString, Source> m_sources;
    QHash<QString, QStringList> m_byFile;
};
