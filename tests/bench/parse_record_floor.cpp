// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
// The floor: a bare C loop over libapparmor's parse_record with the same prefilter as
// DenialParser::mightBeAppArmor ("apparmor=", and the old kernels' type=APPARMOR*, type=150x and
// type=UNKNOWN[15xx]), so both sides look at the same lines; no Qt. Prints "lines N records M".
#include <aalogparse/aalogparse.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

// The old kernels' three markers all begin with "type=": one search for it, then a look at
// what follows, as LogFileSource does.
static bool mightBeAppArmor(const char *line)
{
    if (std::strstr(line, "apparmor="))
        return true;
    for (const char *type = std::strstr(line, "type="); type; type = std::strstr(type + 5, "type=")) {
        if (!std::strncmp(type + 5, "APPARMOR", 8) || !std::strncmp(type + 5, "150", 3)
            || !std::strncmp(type + 5, "UNKNOWN[15", 10))
            return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    FILE *f = std::fopen(argv[1], "r");
    if (!f)
        return 1;
    char *line = nullptr;
    size_t capacity = 0;
    ssize_t n;
    unsigned long lines = 0, records = 0;
    while ((n = getline(&line, &capacity, f)) > 0) {
        ++lines;
        if (n > 16384 || !mightBeAppArmor(line))
            continue;
        aa_log_record *r = parse_record(line);
        if (r && r->event != AA_RECORD_INVALID)
            ++records;
        free_record(r);
    }
    std::printf("lines %lu records %lu\n", lines, records);
    std::free(line);
    std::fclose(f);
    return 0;
}
