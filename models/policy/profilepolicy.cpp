// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilepolicy.h"
#include "abstractionindex.h"
#include "profileindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxFileSize = 1024 * 1024;
constexpr int MaxIncludedFiles = 512;

QString readSmall(const QString &path)
{
    QFile f(path);
    if (f.size() > MaxFileSize || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The block's lines (header to closing brace), counted the way the header parser counts.
QStringList blockAt(const QStringList &lines, int headerLine)
{
    QStringList block;
    int depth = 0;
    for (int i = headerLine - 1; i < lines.size(); ++i) {
        const QString code = lines.at(i).trimmed();
        block.append(lines.at(i));
        if (code.startsWith(u'#'))
            continue;
        if (code.startsWith(u'}'))
            --depth;
        else if (code.endsWith(u'{'))
            ++depth;
        if (depth <= 0 && i >= headerLine - 1 && block.size() > 1)
            break;
    }
    return block;
}
} // namespace

ProfilePolicy ProfilePolicy::load(
    const QString &profileDir, const QString &file, const QString &profileName, const FileScope::Variables &variables)
{
    ProfilePolicy policy;
    policy.m_file = file;
    policy.m_variables = variables;
    const QString text = readSmall(file);
    for (const ProfileIndex::Header &h : ProfileIndex::parseHeaders(text)) {
        if (h.name == profileName) {
            policy.m_headerLine = h.line;
            policy.m_flags = h.flags;
            break;
        }
    }
    if (!policy.isValid())
        return policy;
    AbstractionIndex::addDefinitions(text, policy.m_variables);
    static const QRegularExpression abiRe(
        u"^\\s*abi\\s+[<\"]([^>\"]+)[>\"]\\s*,"_s, QRegularExpression::MultilineOption);
    if (const auto m = abiRe.match(text); m.hasMatch())
        policy.m_abi = m.captured(1);

    const QStringList lines = text.split(u'\n');
    const QString block = blockAt(lines, policy.m_headerLine).join(u'\n');
    QStringList seen{QFileInfo(file).absoluteFilePath()};
    policy.addFile(profileDir, file, ExistingRules::fromText(block, true, policy.m_headerLine), seen);
    return policy;
}

void ProfilePolicy::addFile(
    const QString &profileDir, const QString &path, const ExistingRules &rules, QStringList &seen)
{
    m_parts.append(Part{path, rules});
    for (const QString &include : rules.includes()) {
        QString target = include;
        // Absolute includes name the system's profile directory; map them into this one.
        if (target.startsWith(u"/etc/apparmor.d/"))
            target = target.mid(16);
        const QString resolved = QDir(profileDir).absoluteFilePath(target);
        QStringList files;
        if (QFileInfo(resolved).isDir()) {
            const QDir dir(resolved);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else if (QFileInfo::exists(resolved)) {
            files.append(resolved);
        }
        for (const QString &f : std::as_const(files)) {
            if (seen.contains(f) || seen.size() >= MaxIncludedFiles)
                continue;
            seen.append(f);
            addFile(profileDir, f, ExistingRules::fromText(readSmall(f), false), seen);
        }
    }
}
