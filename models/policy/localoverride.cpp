// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "localoverride.h"
#include "policydocument.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

QString LocalOverride::relativePathFor(const QString &profileFileName)
{
    return u"local/"_s + profileFileName;
}

QString LocalOverride::newOverrideText(const QString &profileFileName)
{
    return u"# Site-specific additions and overrides for '%1'.\n"
           "# Package updates never replace this file.\n"_s.arg(profileFileName);
}

bool LocalOverride::includesOverride(const QString &profileText, const QString &profileFileName)
{
    const QString target = relativePathFor(profileFileName);
    const PolicyDocument doc = PolicyDocument::parse(profileText);
    const auto &nodes = doc.nodes();
    return std::any_of(nodes.cbegin(), nodes.cend(), [&target](const PolicyDocument::Node &n) {
        return n.kind == PolicyDocument::NodeKind::Include && n.angled && n.name == target;
    });
}

QString LocalOverride::withOverrideInclude(const QString &profileText, const QString &profileFileName)
{
    const PolicyDocument doc = PolicyDocument::parse(profileText);
    const QList<int> top = doc.topLevelProfiles();
    if (top.isEmpty())
        return profileText;
    return doc.withIncludeIn(top.first(), relativePathFor(profileFileName)).value_or(profileText);
}
