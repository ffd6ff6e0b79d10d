// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "disabledprofiles.h"

#include "profilename.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QStringList DisabledProfiles::files(const QString &profileDir)
{
    QStringList names;
    const QDir disable(profileDir + u"/disable"_s);
    const QFileInfoList entries
        = disable.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        // The link's name is what counts (aa-disable's links are absolute, Armorer's relative).
        if (entry.isSymLink() && ProfileName::isValid(entry.fileName())
            && QFileInfo(profileDir + u'/' + entry.fileName()).isFile())
            names.append(entry.fileName());
    }
    return names;
}
