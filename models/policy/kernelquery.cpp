// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "kernelquery.h"

#include <sys/apparmor.h>

std::optional<bool> KernelQuery::fileAllowed(const QString &label, const QString &path, const QString &perms) const
{
    if (!m_enabled || label.isEmpty() || path.isEmpty())
        return std::nullopt;
    uint32_t mask = 0;
    for (const QChar p : perms) {
        switch (p.unicode()) {
        case u'r':
            mask |= AA_MAY_READ;
            break;
        case u'w':
            mask |= AA_MAY_WRITE;
            break;
        case u'a':
            mask |= AA_MAY_APPEND;
            break;
        case u'c':
            mask |= AA_MAY_CREATE;
            break;
        case u'd':
            mask |= AA_MAY_DELETE;
            break;
        case u'x':
            mask |= AA_MAY_EXEC;
            break;
        case u'l':
            mask |= AA_MAY_LINK;
            break;
        case u'k':
            mask |= AA_MAY_LOCK;
            break;
        default:
            break;
        }
    }
    if (mask == 0)
        return std::nullopt;
    int allowed = 0;
    int audited = 0;
    const QByteArray l = label.toUtf8();
    const QByteArray p = path.toUtf8();
    if (aa_query_file_path(mask, l.constData(), p.constData(), &allowed, &audited) != 0)
        return std::nullopt;
    // Only "allowed" is an answer: a kernel whose policy database carries no file rules (Debian
    // 13's 6.12 with AppArmor 4.1 policy) answers every file query with "denied".
    return allowed != 0 ? std::optional<bool>(true) : std::nullopt;
}
