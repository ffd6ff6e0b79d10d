// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "unifieddiff.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace {
// A last line without a newline differs from the same line with one (diff(1) shows the
// change), so it carries a NUL marker while lines are compared.
constexpr QChar NoEol = QChar(0);

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    else
        lines.last().append(NoEol);
    return lines;
}

enum class Op { Keep, Remove, Add };

// Myers' greedy algorithm with a saved trace, backtracked into an edit script.
std::vector<Op> editScript(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(2 * max + 3, 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                x = v[offset + k + 1];
            else
                x = v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    std::vector<Op> ops;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[d];
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = pv[offset + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push_back(Op::Keep);
            --x;
            --y;
        }
        if (x == prevX)
            ops.push_back(Op::Add);
        else
            ops.push_back(Op::Remove);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        ops.push_back(Op::Keep);
        --x;
        --y;
    }
    return {ops.rbegin(), ops.rend()};
}
} // namespace

QList<UnifiedDiff::Hunk> UnifiedDiff::compute(const QString &before, const QString &after, int context)
{
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    const std::vector<Op> ops = editScript(a, b);

    QList<Line> all;
    all.reserve(qsizetype(ops.size()));
    int ai = 0;
    int bi = 0;
    for (Op op : ops) {
        switch (op) {
        case Op::Keep:
            all.append({Line::Kind::Context, a[ai], ai + 1, bi + 1});
            ++ai;
            ++bi;
            break;
        case Op::Remove:
            all.append({Line::Kind::Removed, a[ai], ai + 1, 0});
            ++ai;
            break;
        case Op::Add:
            all.append({Line::Kind::Added, b[bi], 0, bi + 1});
            ++bi;
            break;
        }
    }

    for (Line &line : all) {
        if (line.text.endsWith(NoEol)) {
            line.text.chop(1);
            line.noNewlineAtEnd = true;
        }
    }

    // Group changes with up to `context` lines around them; changes closer than 2*context
    // share a hunk.
    QList<Hunk> hunks;
    const int count = int(all.size());
    int i = 0;
    while (i < count) {
        while (i < count && all[i].kind == Line::Kind::Context)
            ++i;
        if (i >= count)
            break;
        int start = qMax(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (all[end].kind != Line::Kind::Context)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = qMin(count, lastChange + context + 1);
        Hunk hunk;
        for (int j = start; j < end; ++j) {
            const Line &line = all[j];
            hunk.lines.append(line);
            if (line.kind != Line::Kind::Added) {
                if (hunk.oldCount++ == 0)
                    hunk.oldStart = line.oldLine;
            }
            if (line.kind != Line::Kind::Removed) {
                if (hunk.newCount++ == 0)
                    hunk.newStart = line.newLine;
            }
        }
        // An empty side starts "after" the line before it, as diff(1) writes it.
        if (hunk.oldCount == 0) {
            int previous = 0;
            for (int j = start - 1; j >= 0 && !previous; --j)
                previous = all[j].oldLine;
            hunk.oldStart = previous;
        }
        if (hunk.newCount == 0) {
            int previous = 0;
            for (int j = start - 1; j >= 0 && !previous; --j)
                previous = all[j].newLine;
            hunk.newStart = previous;
        }
        hunks.append(hunk);
        i = end;
    }
    return hunks;
}

QString UnifiedDiff::format(
    const QString &before, const QString &after, const QString &oldName, const QString &newName, int context)
{
    const QList<Hunk> hunks = compute(before, after, context);
    if (hunks.isEmpty())
        return {};
    QString out = u"--- "_s + oldName + u"\n+++ "_s + newName + u'\n';
    const auto range = [](int start, int count) {
        return count == 1 ? QString::number(start) : u"%1,%2"_s.arg(start).arg(count);
    };
    for (const Hunk &hunk : hunks) {
        out += u"@@ -"_s + range(hunk.oldStart, hunk.oldCount) + u" +"_s + range(hunk.newStart, hunk.newCount)
            + u" @@\n"_s;
        for (const Line &line : hunk.lines) {
            const QChar mark = line.kind == Line::Kind::Context ? u' ' : line.kind == Line::Kind::Added ? u'+' : u'-';
            if (line.noNewlineAtEnd)
                out += mark + line.text + u"\n\\ No newline at end of file\n"_s;
            else
                out += mark + line.text + u'\n';
        }
    }
    return out;
}
