// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changejournal.h"
#include "config.h"
#include "overridewriter.h"
#include "parserrunner.h"
#include "systemroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sched.h>
#include <sys/mount.h>

using namespace Qt::StringLiterals;

// OverrideWriter when things really fail: a file system that turns read-only under it, and a
// writer killed in the middle of a change. Runs in a private mount namespace (as root), so
// the tmpfs mounts stay its own.
class TestOverrideWriterFailures : public QObject
{
    Q_OBJECT

private:
    static constexpr auto Profile = "usr.bin.armorertest";
    static QString profile() { return QString::fromLatin1(Profile); }

    QTemporaryDir m_tmp;
    SystemRoot m_root;

    QByteArray read(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QString journalDir() const { return m_root.path(u"/var/lib/armorer/changes"_s); }
    QStringList temporaryFiles(const QString &dir) const
    {
        return QDir(dir).entryList({u".armorer-*.tmp"_s}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(QDir().mkpath(dir + u"/etc/apparmor.d/local"_s));
        m_root = SystemRoot::fromDirectory(dir);
        write(m_root.profileDir() + u'/' + profile(),
            "profile armorertest /usr/bin/armorertest {\n  include if exists <local/usr.bin.armorertest>\n}\n");
    }

    // The load fails, and putting the previous override back fails too, because local/ has
    // become read-only (a real read-only remount of a tmpfs, by a fake kernel load: a script
    // named as such). The entry and its backup stay, marked, and the caller is told.
    void failedRollbackKeepsBackup()
    {
        const QString local = m_root.localDir();
        QVERIFY(::mount("tmpfs", QFile::encodeName(local).constData(), "tmpfs", 0, "size=64k,mode=0755") == 0);
        const QString fake = m_tmp.path() + u"/fake-apparmor_parser"_s;
        write(fake,
            "#!/bin/sh\n"
            "for a in \"$@\"; do\n"
            "  if [ \"$a\" = -r ]; then mount -o remount,ro '"
                + QFile::encodeName(local)
                + "'; echo 'AppArmor parser error: fake kernel refused the load' >&2; exit 1; fi\n"
                  "done\n"
                  "exec " ARMORER_APPARMOR_PARSER " \"$@\"\n");
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        write(local + u'/' + profile(), "/etc/before r,\n");

        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::Kernel, fake));
        QVERIFY(!writer.open());
        const auto outcome
            = writer.writeOverride(profile(), u"/etc/after r,\n"_s, ChangeRecord::hash("/etc/before r,\n"), 4711);
        const bool readOnlyNow = !QFile(local + u"/probe"_s).open(QIODevice::WriteOnly);
        QVERIFY(::mount(nullptr, QFile::encodeName(local).constData(), nullptr, MS_REMOUNT, "size=64k") == 0);
        QVERIFY(readOnlyNow);

        QCOMPARE(outcome.error.code, HelperError::Code::RollbackFailed);
        QVERIFY2(outcome.error.detail.contains(u"fake kernel refused the load"_s), qPrintable(outcome.error.detail));
        QVERIFY2(outcome.error.detail.contains(u"not as they were"_s), qPrintable(outcome.error.detail));
        // The new text stayed (the rollback could not replace it); its backup is kept.
        QCOMPARE(read(local + u'/' + profile()), QByteArray("/etc/after r,\n"));
        const QList<ChangeJournal::Entry> history = writer.history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().state, ChangeJournal::Entry::State::RollbackFailed);
        QVERIFY(history.first().stateDetail.contains(profile()));
        QCOMPARE(read(journalDir() + u'/' + history.first().id + u".before"_s), QByteArray("/etc/before r,\n"));
        QVERIFY(ChangeRecord::toJson(history).contains("\"state\":\"rollback-failed\""));

        // Once the file system is writable again, that backup is what undo puts back.
        OverrideWriter validating(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!validating.open());
        const auto undone = validating.undo(history.first().id, 4711);
        QVERIFY2(!undone.error, qPrintable(undone.error.detail));
        QCOMPARE(read(local + u'/' + profile()), QByteArray("/etc/before r,\n"));
        // The writers still hold local/ open: detach it.
        QVERIFY(::umount2(QFile::encodeName(local).constData(), MNT_DETACH) == 0);
    }

    // What a writer killed in the middle of changes leaves: a change written but not yet
    // committed, one recorded but not written, and temporary files. The next writer makes the
    // first true, drops the second, and removes the temporary files.
    void killedWriterRecovered()
    {
        {
            OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
            QVERIFY(!writer.open());
        }
        ChangeJournal journal;
        QString error;
        QVERIFY2(journal.open(m_root.path(u"/var/lib/armorer"_s), &error), qPrintable(error));
        const auto entryFor = [](const QByteArray &before, const QByteArray &after) {
            ChangeJournal::Entry e;
            e.uid = 4711;
            e.action = u"write-override"_s;
            e.profile = profile();
            e.file = u"local/"_s + profile();
            e.existedBefore = !before.isEmpty();
            e.beforeHash = before.isEmpty() ? QString() : ChangeRecord::hash(before);
            e.afterHash = ChangeRecord::hash(after);
            return e;
        };
        // Change 1: recorded, written, killed before its commit.
        const QString written = journal.record(entryFor({}, "/etc/one r,\n"), {}, &error);
        QVERIFY(!written.isEmpty());
        write(m_root.localDir() + u'/' + profile(), "/etc/one r,\n");
        // Change 2: recorded, killed before the write.
        const QString notWritten = journal.record(entryFor("/etc/one r,\n", "/etc/two r,\n"), "/etc/one r,\n", &error);
        QVERIFY(!notWritten.isEmpty());
        for (const QString &dir : {m_root.localDir(), m_root.profileDir(), journalDir()})
            write(dir + u"/.armorer-killed.tmp"_s, "partial");
        QCOMPARE(journal.pending().size(), 2);

        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const QList<ChangeJournal::Entry> history = writer.history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().id, written);
        QCOMPARE(history.first().state, ChangeJournal::Entry::State::Done);
        QVERIFY(!QFile::exists(journalDir() + u'/' + notWritten + u".before"_s));
        for (const QString &dir : {m_root.localDir(), m_root.profileDir(), journalDir()})
            QCOMPARE(temporaryFiles(dir), QStringList());
        // The recovered change is undone like any other.
        QVERIFY(!writer.undo(written, 4711).error);
        QCOMPARE(read(m_root.localDir() + u'/' + profile()), QByteArray("<missing>"));
    }
};

int main(int argc, char *argv[])
{
    if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        std::fprintf(stderr, "tst_overridewriter_failures: cannot make a private mount namespace (needs root)\n");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestOverrideWriterFailures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_overridewriter_failures.moc"
