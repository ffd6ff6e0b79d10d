// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "linereader.h"

#include <QByteArray>
#include <QList>

// The line reader against a plain split, shared by tst_linereader and fuzz_linereader.
namespace LineReaderOracle {
struct Lines
{
    QList<QByteArray> lines;
    quint64 skipped = 0;
    quint64 total = 0;
    bool operator==(const Lines &) const = default;
};

// The reference: split at newlines, a non-empty last piece is a line, lines over max skipped.
inline Lines split(QByteArrayView input, qsizetype max)
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

// Feeds input to a LineReader in chunks of chunkSize(i) bytes (i = 0, 1, ...), reading with
// next() or nextBlock() after each. *consistent turns false when consumed() + pending() ever
// differs from what went in.
template<typename ChunkSize>
Lines read(QByteArrayView input, qsizetype max, ChunkSize chunkSize, bool blocks, bool *consistent)
{
    LineReader reader(max);
    Lines out;
    *consistent = true;
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
        const qsizetype n = qMin<qsizetype>(chunkSize(i), input.size() - pos);
        reader.append(input.sliced(pos, n));
        pos += n;
        drain();
        if (reader.pending() < 0 || reader.consumed() + reader.pending() != pos)
            *consistent = false;
    }
    reader.finish();
    drain();
    out.skipped = reader.skipped();
    out.total = reader.lines();
    return out;
}
} // namespace LineReaderOracle
