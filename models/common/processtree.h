// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QProcess>

// apparmor_parser compiles in forked worker processes (--jobs): killing the parser alone leaves
// them running, orphaned, for as long as the compile takes. A process started with
// ProcessTree::parameters() leads a new session and process group, which kill() ends whole.
namespace ProcessTree {
// The given flags plus CreateNewSession.
QProcess::UnixProcessParameters parameters(QProcess::UnixProcessFlags flags = {});
// SIGKILL to the process's whole group, then waits up to waitMs for it to be reaped.
void kill(QProcess &process, int waitMs = -1);
} // namespace ProcessTree
