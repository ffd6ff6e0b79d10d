# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
# The path aa-notify takes for each log line, from python3-apparmor: ReadLog's prefilter
# (RE_LOG_ALL), then parse_event (LibAppArmor.parse_record + parse_record into a dict).
import sys

from apparmor.logparser import ReadLog

log = ReadLog(sys.argv[1], {}, '/etc/apparmor.d')
lines = records = 0
with open(sys.argv[1], errors='surrogateescape') as f:
    for line in f:
        lines += 1
        if not ReadLog.RE_LOG_ALL.search(line):
            continue
        if log.parse_event(line):
            records += 1
print(f'lines {lines} records {records}')
