// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changerecord.h"
#include "overridewriter.h"
#include "parserrunner.h"
#include "systemroot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

// libFuzzer: OverrideWriter with hostile (profile, text, expectedHash) triples, on a sandbox
// root with a symlink and a victim file, and the real apparmor_parser. Invariants: the victim
// never changes; a refused write leaves the override's bytes as they were; an accepted one
// leaves exactly the text, a journal entry, and an undo that restores the previous bytes.
namespace {
struct Sandbox
{
    QTemporaryDir dir;
    SystemRoot root;
    QString victim;
    Sandbox()
    {
        QDir().mkpath(dir.path() + u"/etc/apparmor.d/local"_s);
        root = SystemRoot::fromDirectory(dir.path());
        QFile profile(root.profileDir() + u"/usr.bin.fuzz"_s);
        profile.open(QIODevice::WriteOnly);
        profile.write("profile fuzz /usr/bin/fuzz {\n  include if exists <local/usr.bin.fuzz>\n}\n");
        profile.close();
        victim = dir.path() + u"/victim"_s;
        QFile v(victim);
        v.open(QIODevice::WriteOnly);
        v.write("victim\n");
        v.close();
        QFile::link(victim, root.profileDir() + u"/usr.bin.link"_s);
        QFile::link(victim, root.localDir() + u"/usr.bin.link"_s);
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_overridewriter";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Sandbox sandbox;
    static OverrideWriter writer(sandbox.root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
    static const bool opened = !writer.open();
    if (!opened)
        std::abort();

    // Input: PROFILE \n HASH-SELECTOR-BYTE TEXT...
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0 || newline + 1 >= input.size())
        return 0;
    const QString profile = QString::fromUtf8(input.left(newline));
    const char selector = input.at(newline + 1);
    const QString text = QString::fromUtf8(input.mid(newline + 2));

    const QString overridePath = sandbox.root.localDir() + u"/usr.bin.fuzz"_s;
    const QByteArray before = readAll(overridePath);
    const QString currentHash = before == "<missing>" ? QString() : ChangeRecord::hash(before);
    const QString hash = (selector & 1) ? currentHash : QString::fromUtf8(input.mid(newline + 2, 64));

    const OverrideWriter::Outcome outcome = writer.writeOverride(profile, text, hash, 0);
    if (readAll(sandbox.victim) != "victim\n")
        std::abort();
    const QByteArray after = readAll(overridePath);
    if (outcome.error) {
        if (after != before)
            std::abort();
    } else if (!outcome.changeId.isEmpty()) {
        if (profile != u"usr.bin.fuzz" || after != text.toUtf8())
            std::abort();
        // Undo brings back the exact previous bytes.
        if (writer.undo(outcome.changeId, 0).error || readAll(overridePath) != before)
            std::abort();
    }
    return 0;
}
