// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors

// armorer-probe: the program the VM scenarios confine. Each command makes exactly one
// access the kernel mediates, so a denial points at one rule:
//   read PATH     open(2) + read(2)            -> file
//   setuid        setuid(4711)                 -> capability setuid
//   socket        socket(AF_INET, SOCK_DGRAM)  -> network inet dgram
//   kill PID      kill(PID, SIGWINCH)          -> signal (harmless: ignored by default)
//   sleep SECS    stays alive (a confined process for the status listing)
//   hat NAME CMD  changes into the hat NAME (the kernel's changehat), then runs CMD
// Prints "ok" or the errno name, and exits 0 or with the errno.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

static int report(int result)
{
    if (result >= 0) {
        std::puts("ok");
        return 0;
    }
    const int error = errno;
    std::printf("%s (errno %d)\n", std::strerror(error), error);
    return error;
}

static int run(int argc, char *argv[]);

// "changehat TOKEN^HAT" written to the task's attribute, as libapparmor's aa_change_hat does.
static int changeHat(const char *hat)
{
    const char *paths[] = {"/proc/self/attr/apparmor/current", "/proc/self/attr/current"};
    for (const char *path : paths) {
        const int fd = open(path, O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        char command[512];
        const int length = std::snprintf(command, sizeof command, "changehat 4242^%s", hat);
        const ssize_t written = write(fd, command, static_cast<size_t>(length));
        close(fd);
        return written == length ? 0 : -1;
    }
    return -1;
}

int main(int argc, char *argv[])
{
    return run(argc, argv);
}

static int run(int argc, char *argv[])
{
    if (argc < 2) {
        std::fputs("usage: armorer-probe read PATH | setuid | socket | kill PID | sleep SECS | exec PATH ARGS... | "
                   "hat NAME CMD...\n",
            stderr);
        return 2;
    }
    const char *command = argv[1];
    if (std::strcmp(command, "read") == 0 && argc == 3) {
        const int fd = open(argv[2], O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return report(fd);
        char buffer[256];
        const ssize_t n = read(fd, buffer, sizeof buffer);
        close(fd);
        return report(n < 0 ? -1 : 0);
    }
    if (std::strcmp(command, "setuid") == 0 && argc == 2)
        return report(setuid(4711));
    if (std::strcmp(command, "socket") == 0 && argc == 2) {
        const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd >= 0)
            close(fd);
        return report(fd);
    }
    if (std::strcmp(command, "kill") == 0 && argc == 3)
        return report(kill(static_cast<pid_t>(std::atol(argv[2])), SIGWINCH));
    // exec PATH ARGS...: runs PATH (a profile transition, e.g. into a child profile).
    if (std::strcmp(command, "exec") == 0 && argc >= 3) {
        execv(argv[2], argv + 2);
        return report(-1);
    }
    if (std::strcmp(command, "hat") == 0 && argc >= 4) {
        if (changeHat(argv[2]) != 0)
            return report(-1);
        return run(argc - 2, argv + 2);
    }
    if (std::strcmp(command, "sleep") == 0 && argc == 3) {
        sleep(static_cast<unsigned>(std::atoi(argv[2])));
        return 0;
    }
    std::fprintf(stderr, "armorer-probe: bad command: %s\n", command);
    return 2;
}
