// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profileindex.h"

#include "boundedfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool ProfileIndex::isProfileFileName(QStringView name)
{
    // The same skip list as apparmor_parser's directory loader and the init scripts.
    static const QStringList suffixes
        = {u".dpkg-new"_s, u".dpkg-old"_s, u".dpkg-dist"_s, u".dpkg-bak"_s, u".dpkg-remove"_s, u".pacsave"_s,
            u".pacnew"_s, u".rpmnew"_s, u".rpmsave"_s, u".orig"_s, u".rej"_s, u"~"_s, u".swp"_s};
    if (name.isEmpty() || name.startsWith(u'.') || name == u"README")
        return false;
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix))
            return false;
    }
    return true;
}

bool ProfileIndex::isProfileFile(QStringView relativePath)
{
    return !relativePath.contains(u'/') && isProfileFileName(relativePath);
}

// Removes a trailing comment; '#' inside a quoted name does not start one.
static QStringView stripComment(QStringView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u'#' && !quoted) {
            // "#include" is a directive, not a comment; it never opens a block either.
            return line.first(i);
        }
    }
    return line;
}

// ":ns:name" and ":ns://name" both put a profile in policy namespace ns (AppArmor 5 ships
// such profiles); the parser and the kernel name it ":ns://name".
static QString withNamespaceSeparator(const QString &name)
{
    if (!name.startsWith(u':'))
        return name;
    const qsizetype end = name.indexOf(u':', 1);
    if (end < 0 || QStringView(name).sliced(end + 1).startsWith(u"//"))
        return name;
    return name.left(end + 1) + u"//"_s + name.sliced(end + 1);
}

static QString unquote(QStringView name)
{
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        return name.sliced(1, name.size() - 2).toString();
    return name.toString();
}

QList<ProfileIndex::Header> ProfileIndex::parseHeaders(QStringView text)
{
    // NAME is a quoted string or a run of non-space characters; after it may come an
    // attachment, then flags=(...) and xattrs=(...) in any order, then the opening brace.
    static const QRegularExpression header(
        uR"(^\s*(?:(profile|hat)\s+)?("(?:[^"\\]|\\.)*"|[^\s"]+)(?:\s+("(?:[^"\\]|\\.)*"|[^\s"=]+))?)"
        uR"(((?:\s+(?:flags|xattrs)\s*=\s*\([^)]*\))*)\s*\{\s*$)"_s);
    static const QRegularExpression flagsRe(uR"(flags\s*=\s*\(([^)]*)\))"_s);

    QList<Header> headers;
    // One entry per open block: the profile's full name, or empty for a non-profile block
    // (conditionals, qualifier blocks).
    QStringList stack;
    int lineNumber = 0;
    for (QStringView rawLine : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        const QStringView line = stripComment(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'}')) {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (!line.endsWith(u'{'))
            continue;

        const auto match = header.matchView(line);
        QString name;
        if (match.hasMatch()) {
            const QStringView keyword = match.capturedView(1);
            const QString rawName = unquote(match.capturedView(2));
            QString parent;
            for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
                if (!it->isEmpty()) {
                    parent = *it;
                    break;
                }
            }
            const bool isHat = keyword == u"hat" || rawName.startsWith(u'^');
            const bool looksLikeName = keyword == u"profile" || isHat || rawName.startsWith(u'/')
                || rawName.startsWith(u"@{") || rawName.startsWith(u':');
            if (looksLikeName && !(rawName == u"if" || rawName == u"else")) {
                const QString local
                    = isHat && rawName.startsWith(u'^') ? rawName.sliced(1) : withNamespaceSeparator(rawName);
                name = parent.isEmpty() ? local : parent + u"//"_s + local;
                Header h;
                h.name = name;
                h.line = lineNumber;
                h.attachment = unquote(match.capturedView(3));
                if (h.attachment.isEmpty() && local.startsWith(u'/'))
                    h.attachment = local;
                const auto flags = flagsRe.matchView(match.capturedView(4));
                if (flags.hasMatch())
                    h.flags = flags.captured(1).simplified();
                headers.append(h);
            }
        }
        stack.append(name);
    }
    return headers;
}

void ProfileIndex::indexFile(const QString &path, qint64 size)
{
    // Profiles are small; a multi-megabyte file in /etc/apparmor.d is not a profile, and a
    // device or FIFO there is not one either.
    if (size > MaxProfileSize)
        return;
    const BoundedFile::Result file = BoundedFile::read(path, MaxProfileSize);
    if (!file.ok())
        return;
    const QString text = QString::fromUtf8(file.data);
    for (const Header &h : parseHeaders(text)) {
        // The first definition wins, as when the parser loads the directory in order.
        if (!m_sources.contains(h.name))
            m_sources.insert(h.name, Source{path, h.line, h.attachment});
        m_byFile[path].append(h.name);
    }
}

void ProfileIndex::build(const QString &profileDir)
{
    m_sources.clear();
    m_byFile.clear();
    m_profileDir = profileDir;
    const QDir dir(profileDir);
    const auto entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (isProfileFileName(info.fileName()))
            indexFile(info.filePath(), info.size());
    }
}

void ProfileIndex::buildFor(const QString &profileDir, const QString &profileName)
{
    const QString topLevel = profileName.section(u"//"_s, 0, 0);
    QString conventional = topLevel.startsWith(u'/') ? topLevel.mid(1) : topLevel;
    conventional.replace(u'/', u'.');
    m_sources.clear();
    m_byFile.clear();
    m_profileDir = profileDir;
    const QFileInfo info(QDir(profileDir).filePath(conventional));
    if (!conventional.isEmpty() && isProfileFileName(conventional) && info.isFile() && !info.isSymLink()) {
        indexFile(info.filePath(), info.size());
        if (m_sources.value(topLevel).file == info.filePath())
            return;
    }
    build(profileDir);
}
