// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "parsersandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <fcntl.h>
#include <grp.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pwd.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

// The architectures whose socket calls the filter below knows (on i386, socketcall() hides
// them); elsewhere the child gets a network namespace of its own instead.
#if defined(__x86_64__)
#define ARMORER_SECCOMP_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define ARMORER_SECCOMP_ARCH AUDIT_ARCH_AARCH64
#endif

namespace {
// Everything the child uses, resolved in the parent. The child shares the caller's memory
// (ParserRunner starts it with vfork semantics), so between the start and exec it makes system
// calls only, writes nothing but its own small stack, and uses no C library wrapper that acts
// on the whole process.
struct Plan
{
    bool drop = false;
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<std::string> readable; // absolute, canonical
    std::vector<std::string> directories; // to create in the private /tmp, parents first
};

void say(const char *text)
{
    (void)::write(STDERR_FILENO, text, std::strlen(text));
}

[[noreturn]] void refuse(const char *what)
{
    say("armorer: the parser sandbox could not ");
    say(what);
    say("\n");
    ::_exit(ParserSandbox::RefusedExitCode);
}

bool under(const std::string &path, const char *dir)
{
    const size_t n = std::strlen(dir);
    return path.compare(0, n, dir) == 0 && (path.size() == n || path[n] == '/');
}

// "/proc/self/fd/N" into buffer, without the allocating formatters.
void fdPath(int fd, char *buffer)
{
    static const char prefix[] = "/proc/self/fd/";
    std::memcpy(buffer, prefix, sizeof prefix - 1);
    char digits[16];
    int n = 0;
    do {
        digits[n++] = char('0' + fd % 10);
        fd /= 10;
    } while (fd > 0 && n < 15);
    char *out = buffer + sizeof prefix - 1;
    while (n > 0)
        *out++ = digits[--n];
    *out = '\0';
}

// A mount namespace where /tmp and /var/tmp are empty and the readable paths are read-only.
void privateMounts(const Plan &plan)
{
    if (::unshare(CLONE_NEWNS) != 0)
        return; // a container that forbids it: nobody's rights still keep the tree read-only
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        refuse("make its mounts private");
    // Held before the tmpfs hides them.
    int fds[64];
    const size_t count = plan.readable.size() < 64 ? plan.readable.size() : 64;
    for (size_t i = 0; i < count; ++i) {
        fds[i] = ::open(plan.readable[i].c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (fds[i] < 0)
            refuse("open a directory the parser reads");
    }
    for (const char *tmp : {"/tmp", "/var/tmp"}) {
        struct stat st{};
        if (::stat(tmp, &st) == 0
            && ::mount("tmpfs", tmp, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=1777,size=16m") != 0)
            refuse("give it a private /tmp");
    }
    // The places the kept paths under /tmp are mounted on.
    for (const std::string &directory : plan.directories)
        (void)::mkdir(directory.c_str(), 0755);
    for (size_t i = 0; i < count; ++i) {
        const std::string &path = plan.readable[i];
        char source[32];
        fdPath(fds[i], source);
        if (::mount(source, path.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0
            || ::mount(nullptr, path.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr)
                != 0)
            refuse("mount a directory the parser reads read-only");
        ::close(fds[i]);
    }
}

#ifdef ARMORER_SECCOMP_ARCH
constexpr bool FilterSockets = true;

// No network, by a seccomp filter: creating a socket fails with EACCES, and so do the other
// ways to a socket (io_uring can open one, pidfd_getfd can take one from another process of
// nobody's). Stricter than a network namespace, which still reaches path-bound unix sockets
// such as the system bus, and cheaper: a new network namespace costs the allow tens of
// milliseconds on a slow machine. Another architecture's calls (i386's int 0x80) end the process.
bool forbidSockets()
{
    static const sock_filter program[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, ARMORER_SECCOMP_ARCH, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
#ifdef __x86_64__
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 5, 0), // x32 calls: refused as a whole
#endif
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_socket, 4, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_socketpair, 3, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_io_uring_setup, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_pidfd_getfd, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EACCES & SECCOMP_RET_DATA)),
    };
    const sock_fprog filter
        = {static_cast<unsigned short>(sizeof program / sizeof program[0]), const_cast<sock_filter *>(program)};
    return ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter, 0, 0) == 0;
}
#else
constexpr bool FilterSockets = false;

bool forbidSockets()
{
    return true;
}
#endif

void enter(const Plan &plan)
{
    if (plan.drop) {
        // No network where the filter cannot say so; as for the mounts, a container may forbid it.
        if (!FilterSockets)
            (void)::unshare(CLONE_NEWNET);
        privateMounts(plan);
        // The system calls, not the C library's wrappers: those change every thread of the
        // process they believe they run in, the caller's, whose memory the child shares.
        if (::syscall(SYS_setgroups, 0, nullptr) != 0)
            refuse("drop the supplementary groups");
        if (::syscall(SYS_setresgid, plan.gid, plan.gid, plan.gid) != 0)
            refuse("change to nobody's group");
        if (::syscall(SYS_setresuid, plan.uid, plan.uid, plan.uid) != 0)
            refuse("change to user nobody");
        uid_t r = 0, e = 0, s = 0;
        if (::getresuid(&r, &e, &s) != 0 || r != plan.uid || e != plan.uid || s != plan.uid)
            refuse("change to user nobody");
    }
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        refuse("set no_new_privs");
    if (!forbidSockets())
        refuse("forbid sockets");
}
} // namespace

ParserSandbox::ParserSandbox(Level level)
    : m_level(level)
{
    if (level != Level::Unprivileged)
        return;
    // getpwnam_r: the helper may resolve it on any thread.
    struct passwd entry{};
    struct passwd *found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwnam_r("nobody", &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_uid != 0) {
        m_uid = found->pw_uid;
        m_gid = found->pw_gid;
        m_haveNobody = m_gid != 0;
    }
}

bool ParserSandbox::dropsPrivileges() const
{
    return m_level == Level::Unprivileged && ::geteuid() == 0;
}

ParserRunner::ChildSetup ParserSandbox::childSetup(const QStringList &readable) const
{
    if (m_level == Level::Off)
        return {};
    auto plan = std::make_shared<Plan>();
    if (dropsPrivileges()) {
        if (!m_haveNobody) {
            // Never run the parser as root for a caller's text: refuse instead.
            return [] {
                refuse("find user nobody");
            };
        }
        plan->drop = true;
        plan->uid = m_uid;
        plan->gid = m_gid;
        for (const QString &path : readable) {
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (canonical.isEmpty())
                continue;
            plan->readable.push_back(QFile::encodeName(canonical).toStdString());
            const std::string &kept = plan->readable.back();
            if (!under(kept, "/tmp") && !under(kept, "/var/tmp"))
                continue;
            for (size_t slash = kept.find('/', 1); slash != std::string::npos; slash = kept.find('/', slash + 1))
                plan->directories.push_back(kept.substr(0, slash));
            plan->directories.push_back(kept);
        }
    }
    return [plan] {
        enter(*plan);
    };
}
