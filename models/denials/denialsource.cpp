// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialsource.h"
#include "localname.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

void DenialSource::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void DenialSource::deliver(QList<AppArmorEvent> &records)
{
    if (records.isEmpty())
        return;
    m_records += quint64(records.size());
    Q_EMIT denialsRead(records);
    records.clear();
}

static QString groupName(gid_t gid)
{
    const group *g = ::getgrgid(gid);
    return g ? QString::fromLocal8Bit(g->gr_name) : QString::number(gid);
}

bool LogAccess::canReadSystemJournal()
{
    if (::geteuid() == 0)
        return true;
    QList<gid_t> groups(::getgroups(0, nullptr));
    groups.resize(::getgroups(int(groups.size()), groups.data()));
    groups.append(::getegid());
    for (gid_t gid : groups) {
        const QString name = groupName(gid);
        if (name == u"adm" || name == u"systemd-journal" || name == u"wheel")
            return true;
    }
    return false;
}

QString LogAccess::journalHint()
{
    if (canReadSystemJournal())
        return {};
    return QCoreApplication::translate("LogAccess",
        "Reading the system journal needs membership in the \"adm\" or "
        "\"systemd-journal\" group (then log in again); without it only your own "
        "entries are visible and AppArmor's kernel records are not.");
}

QString LogAccess::fileHint(const QString &path)
{
    struct stat st{};
    if (::stat(LocalName::encode(path).constData(), &st) != 0)
        return QCoreApplication::translate("LogAccess", "%1 does not exist.").arg(path);
    if (!(st.st_mode & S_IRGRP) && !(st.st_mode & S_IROTH))
        return QCoreApplication::translate("LogAccess",
            "%1 is readable by root only (owner %2): run as root, or "
            "let the Armorer helper read it.")
            .arg(path, QFileInfo(path).owner());
    return QCoreApplication::translate("LogAccess",
        "Reading %1 needs membership in the \"%2\" group (then log in "
        "again).")
        .arg(path, groupName(st.st_gid));
}
