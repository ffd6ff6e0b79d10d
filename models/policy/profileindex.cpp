// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profileindex.h"

#include "boundedfile.h"
#include "policydocument.h"

#include <QDir>
#include <QFile>

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

QList<ProfileIndex::Header> ProfileIndex::parseHeaders(QStringView text)
{
    const PolicyDocument doc = PolicyDocument::parse(text.toString());
    QList<Header> headers;
    for (const int p : doc.profiles()) {
        const PolicyDocument::Node &n = doc.node(p);
        headers.append(Header{n.fullName, doc.startOf(p).line, n.attachment, n.flags.join(u", "_s)});
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
