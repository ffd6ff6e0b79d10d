// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "confinedprocess.h"

#include <QList>
#include <QSet>
#include <QString>

// Walks a /proc directory the way aa-status does: the label comes from attr/apparmor/current
// when that directory exists (kernels with LSM stacking), else from attr/current.
class ProcessScanner
{
public:
    explicit ProcessScanner(const QString &procDir);

    // Confined processes, plus unconfined ones whose executable is a loaded profile's name.
    QList<ConfinedProcess> scan(const QSet<QString> &loadedProfileNames) const;

    // The label of one process, or an empty string when it cannot be read.
    QString readLabel(qint64 pid) const;
    // The executable of one process (the target of its exe link), or an empty string.
    QString readExe(qint64 pid) const;

private:
    QString m_procDir;
};
