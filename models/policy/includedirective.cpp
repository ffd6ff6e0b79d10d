// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "includedirective.h"
#include "policydocument.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

IncludeDirective IncludeDirective::parse(QStringView line)
{
    // PolicyDocument decides what an include is; this keeps where its target stands in the line.
    IncludeDirective d;
    const QString text = line.toString();
    const PolicyDocument doc = PolicyDocument::parse(text);
    for (qsizetype i = 0; i < doc.nodes().size(); ++i) {
        const PolicyDocument::Node &n = doc.node(int(i));
        if (n.kind != PolicyDocument::NodeKind::Include || n.name.isEmpty())
            continue;
        d.target = n.name;
        d.angled = n.angled;
        d.ifExists = n.ifExists;
        d.start = text.indexOf(n.name, doc.startOffset(int(i)));
        d.length = n.name.size();
        break;
    }
    return d;
}

QString IncludeDirective::resolve(const QStringList &searchDirs, const QString &relativeTo) const
{
    if (!isValid())
        return {};
    if (!angled) {
        const QString path = QDir::isAbsolutePath(target) || relativeTo.isEmpty()
            ? target
            : QFileInfo(relativeTo).absoluteDir().filePath(target);
        return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
    }
    for (const QString &dir : searchDirs) {
        const QString path = QDir::cleanPath(dir + u'/' + target);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}
