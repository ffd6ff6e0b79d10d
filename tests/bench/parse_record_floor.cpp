// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
// The floor: a bare C loop over libapparmor's parse_record with an "apparmor=" prefilter, no
// Qt. Prints "lines N records M".
#include <aalogparse/aalogparse.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

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
        if (!std::strstr(line, "apparmor=") || n > 16384)
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
