// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "includedirective.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

IncludeDirective IncludeDirective::parse(QStringView line)
{
    static const QRegularExpression re(u"^\\s*#?\\s*include\\s+(if\\s+exists\\s+)?(?:<([^>\\n]+)>|\"([^\"\\n]+)\")"_s);
    IncludeDirective d;
    const QRegularExpressionMatch m = re.matchView(line);
    if (!m.hasMatch())
        return d;
    d.ifExists = m.capturedLength(1) > 0;
    const int group = m.capturedLength(2) > 0 ? 2 : 3;
    d.angled = group == 2;
    d.target = m.captured(group).trimmed();
    d.start = m.capturedStart(group);
    d.length = m.capturedLength(group);
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
