// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "processtree.h"

#include <csignal>
#include <sys/types.h>

QProcess::UnixProcessParameters ProcessTree::parameters(QProcess::UnixProcessFlags flags)
{
    QProcess::UnixProcessParameters parameters;
    parameters.flags = flags | QProcess::UnixProcessFlag::CreateNewSession;
    return parameters;
}

void ProcessTree::kill(QProcess &process, int waitMs)
{
    const qint64 pid = process.processId();
    // The group id is the leader's pid; a negative pid addresses the whole group.
    if (pid > 0 && ::kill(-pid_t(pid), SIGKILL) != 0)
        process.kill(); // not a group leader after all: at least the process itself
    process.waitForFinished(waitMs);
}
