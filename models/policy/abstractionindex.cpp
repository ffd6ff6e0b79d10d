// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "abstractionindex.h"
#include "policydocument.h"

#include "boundedfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxFileSize = 1024 * 1024;

QString readSmall(const QString &path)
{
    return QString::fromUtf8(BoundedFile::read(path, MaxFileSize).data);
}
} // namespace

AbstractionIndex AbstractionIndex::load(const QString &profileDir)
{
    AbstractionIndex index;
    index.m_variables = FileScope::defaultVariables();
    FileScope::Variables defined;
    QDirIterator tunables(profileDir + u"/tunables"_s, QDir::Files, QDirIterator::Subdirectories);
    while (tunables.hasNext())
        addDefinitions(readSmall(tunables.next()), defined);
    for (auto it = defined.cbegin(); it != defined.cend(); ++it)
        index.m_variables[it.key()] = it.value();

    QDir dir(profileDir + u"/abstractions"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(u".dpkg-old") || name.endsWith(u".dpkg-dist") || name.endsWith(u'~'))
            continue;
        index.m_abstractions.insert(
            u"abstractions/"_s + name, ExistingRules::fromText(readSmall(dir.filePath(name)), false));
    }
    return index;
}

void AbstractionIndex::addDefinitions(const QString &text, FileScope::Variables &variables)
{
    // PolicyDocument finds the assignments (a value list may run over several lines; comments
    // are not part of it); its statement text is "@{NAME} = a b" or "@{NAME} += a b".
    static const QRegularExpression varRe(u"^@\\{([A-Za-z0-9_]+)\\}\\s*(\\+?=)\\s*(.*)$"_s);
    const PolicyDocument doc = PolicyDocument::parse(text);
    for (qsizetype i = 0; i < doc.nodes().size(); ++i) {
        if (doc.node(int(i)).kind != PolicyDocument::NodeKind::Variable)
            continue;
        const auto m = varRe.match(doc.statementText(int(i)));
        if (!m.hasMatch())
            continue;
        QStringList list;
        for (QString v : m.captured(3).split(u' ', Qt::SkipEmptyParts)) {
            if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
                v = v.mid(1, v.size() - 2);
            list += v;
        }
        if (m.captured(2) == u"=")
            variables[m.captured(1)] = list;
        else
            variables[m.captured(1)] += list;
    }
}

QStringList AbstractionIndex::names() const
{
    QStringList list = m_abstractions.keys();
    list.sort();
    return list;
}

ExistingRules AbstractionIndex::flattened(const QString &name, QStringList &seen) const
{
    ExistingRules all;
    if (seen.contains(name) || !m_abstractions.contains(name))
        return all;
    seen += name;
    const ExistingRules &own = m_abstractions[name];
    all.append(own);
    for (const QString &include : own.includes())
        all.append(flattened(include, seen));
    return all;
}

QString AbstractionIndex::covering(const QString &path, const QString &perms, bool owner) const
{
    QString best;
    qsizetype bestSize = 0;
    for (const QString &name : names()) {
        QStringList seen;
        const ExistingRules rules = flattened(name, seen);
        if (!rules.allowing(path, perms, owner, m_variables))
            continue;
        if (best.isEmpty() || rules.fileRules().size() < bestSize) {
            best = name;
            bestSize = rules.fileRules().size();
        }
    }
    return best;
}
