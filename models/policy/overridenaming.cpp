// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overridenaming.h"

#include "profilename.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString OverrideNaming::name(const QString &profileFile, const QString &child)
{
    QString name = profileFile;
    if (!child.isEmpty()) {
        for (const QString &part : child.split(u"//"_s)) {
            if (part.isEmpty())
                return {};
            name += u'_' + (part.startsWith(u'/') ? part.mid(1) : part);
        }
        name.replace(u'/', u'.');
    }
    return ProfileName::isValid(name) ? name : QString();
}
