// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "linereader.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdlib>

// libFuzzer: the one line reader against a plain split. The first bytes choose the cap and
// the chunk sizes; the rest is the input. Whatever the chunks, the lines handed out (by next()
// and by nextBlock()) are exactly those of the split, over-long ones skipped and counted, and
// consumed() + pending() always equals what went in.
namespace {
struct Lines
{
    QList<QByteArray> lines;
    quint64 skipped = 0;
    quint64 total = 0;
};

Lines split(QByteArrayView input, qsizetype max)
{
    Lines out;
    QList<QByteArray> pieces = input.toByteArray().split('\n');
    if (pieces.last().isEmpty())
        pieces.removeLast();
    for (const QByteArray &p : std::as_const(pieces)) {
        ++out.total;
        if (p.size() > max)
            ++out.skipped;
        else
            out.lines.append(p);
    }
    return out;
}

Lines read(QByteArrayView input, qsizetype max, QByteArrayView chunkSizes, bool blocks)
{
    LineReader reader(max);
    Lines out;
    const auto drain = [&] {
        QByteArrayView v;
        if (blocks) {
            while (reader.nextBlock(&v)) {
                QList<QByteArray> inBlock = v.toByteArray().split('\n');
                if (v.endsWith('\n'))
                    inBlock.removeLast();
                out.lines += inBlock;
            }
        } else {
            while (reader.next(&v))
                out.lines.append(v.toByteArray());
        }
    };
    qsizetype pos = 0;
    for (qsizetype i = 0; pos < input.size(); ++i) {
        const qsizetype n = qMin<qsizetype>(1 + quint8(chunkSizes[i % chunkSizes.size()]), input.size() - pos);
        reader.append(input.sliced(pos, n));
        pos += n;
        drain();
        if (reader.consumed() + reader.pending() != pos || reader.pending() < 0)
            std::abort();
    }
    reader.finish();
    drain();
    out.skipped = reader.skipped();
    out.total = reader.lines();
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype max = 1 + quint8(all[0]) % 64;
    const QByteArrayView chunks = all.sliced(1, 4);
    const QByteArrayView input = all.sliced(5);
    const Lines want = split(input, max);
    for (bool blocks : {false, true}) {
        const Lines got = read(input, max, chunks, blocks);
        if (got.lines != want.lines || got.skipped != want.skipped || got.total != want.total)
            std::abort();
    }
    return 0;
}
