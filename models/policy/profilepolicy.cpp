// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilepolicy.h"
#include "abstractionindex.h"
#include "policydocument.h"

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

} // namespace

ProfilePolicy ProfilePolicy::load(
    const QString &profileDir, const QString &file, const QString &profileName, const FileScope::Variables &variables)
{
    ProfilePolicy policy;
    policy.m_file = file;
    policy.m_variables = variables;
    const QString text = readSmall(file);
    const PolicyDocument doc = PolicyDocument::parse(text);
    const int profile = doc.findProfile(profileName);
    if (profile < 0)
        return policy;
    policy.m_headerLine = doc.startOf(profile).line;
    policy.m_flags = doc.node(profile).flags.join(u", "_s);
    AbstractionIndex::addDefinitions(text, policy.m_variables);
    // The file's declared ABI: "abi <abi/4.0>," (the first one; the parser allows one).
    static const QRegularExpression abiRe(u"^abi\\s*[<\"]([^>\"]+)[>\"]"_s);
    for (int i = 0; i < int(doc.nodes().size()); ++i) {
        if (doc.node(i).kind != PolicyDocument::NodeKind::Rule || doc.node(i).ruleClass != u"abi")
            continue;
        if (const auto m = abiRe.match(doc.statementText(i)); m.hasMatch()) {
            policy.m_abi = m.captured(1);
            break;
        }
    }
    // The profile's own block, from its header to its closing brace.
    const QString block = doc.nodeText(profile).toString();
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
