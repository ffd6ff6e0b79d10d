// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialparser.h"
#include "linereader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

// libFuzzer: the path a log line takes in the helper, which runs it as root: the line reader,
// the prefilter, the rewriting into a form libapparmor parses, and libapparmor's parse_record,
// for every log form (file lines, journald's audit transport). Invariants beyond "no crash":
// nothing the prefilter rejects is a record, a line holding a NUL (which parse_record would
// read cut short) is never one, and no line is longer than the cap.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    LineReader reader(DenialParser::MaxLineLength);
    reader.append(input);
    reader.finish();
    QByteArrayView line;
    while (reader.next(&line)) {
        if (line.size() > DenialParser::MaxLineLength)
            std::abort();
        const bool candidate = DenialParser::mightBeAppArmor(line);
        const std::optional<AppArmorEvent> d = DenialParser::parseLine(line);
        if (d && (!candidate || line.contains('\0')))
            std::abort();
        (void)DenialParser::normalize(line);
        (void)DenialParser::parseAuditBody(line, 1700000000123, 42);
    }
    return 0;
}
