// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserrunner.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

// The rights apparmor_parser gets when it compiles text a caller sent. Compiling needs no root,
// so the helper's compile child (ParserRunner::setChildSetup) gives them up before exec:
//  - as root: a private mount namespace where /tmp and /var/tmp are empty tmpfs and the paths
//    it must read (the policy tree, the staged overlay, the parser's own directory) are
//    bind-mounted read-only, then no supplementary groups and the uid and gid of nobody (which
//    drops every capability);
//  - always: no_new_privs, so nothing it runs can gain rights, and no network: a seccomp
//    filter refuses every socket (on an architecture the filter does not know, a network
//    namespace of its own instead, as root).
// A step that cannot be taken refuses the run (exit 126 with a message on stderr), except the
// namespaces, which a container may forbid: nobody's rights already make the tree read-only.
// The root side reads the compiled policy from the child's stdout (capped), so the child needs
// to write nowhere.
class ParserSandbox
{
public:
    enum class Level {
        Off, // the parser runs with the caller's rights (the writer's own tests)
        NoNewPrivs, // an unprivileged helper (the demo): no_new_privs only
        Unprivileged, // the system helper: everything above when it is root
    };
    static constexpr int RefusedExitCode = 126;

    explicit ParserSandbox(Level level = Level::Off);

    Level level() const { return m_level; }
    // The set-up for one run; readable are the paths the parser must still see. Call it in the
    // parent: it resolves everything the child needs (the child allocates nothing).
    ParserRunner::ChildSetup childSetup(const QStringList &readable) const;
    // Whether the set-up drops to nobody here (root, and nobody exists).
    bool dropsPrivileges() const;
    uid_t uid() const { return m_uid; }
    gid_t gid() const { return m_gid; }

private:
    Level m_level;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_haveNobody = false;
};
