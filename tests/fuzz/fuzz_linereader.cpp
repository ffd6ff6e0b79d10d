// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "linereaderoracle.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdlib>

// libFuzzer: the one line reader against a plain split. The first bytes choose the cap and
// the chunk sizes; the rest is the input. Whatever the chunks, the lines handed out (by next()
// and by nextBlock()) are exactly those of the split, over-long ones skipped and counted, and
// consumed() + pending() always equals what went in.

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype max = 1 + quint8(all[0]) % 64;
    const QByteArrayView chunks = all.sliced(1, 4);
    const QByteArrayView input = all.sliced(5);
    const LineReaderOracle::Lines want = LineReaderOracle::split(input, max);
    const auto chunkSize = [chunks](qsizetype i) {
        return qsizetype(1 + quint8(chunks[i % chunks.size()]));
    };
    for (bool blocks : {false, true}) {
        bool consistent = true;
        if (LineReaderOracle::read(input, max, chunkSize, blocks, &consistent) != want || !consistent)
            std::abort();
    }
    return 0;
}
