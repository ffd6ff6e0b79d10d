// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changejournal.h"
#include "changerecord.h"
#include "config.h"
#include "overridewriter.h"
#include "parserrunner.h"
#include "systemroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Disable and Enable of a profile file in OverrideWriter, on a sandboxed system root with the
// real apparmor_parser (ValidateOnly: loads and unloads run -QK). Where a load or an unload has
// to fail, a fake parser (a script, named as such) refuses it and runs the real one otherwise.
class TestProfileDisable : public QObject
{
    Q_OBJECT

private:
    static QString profile() { return u"usr.bin.armorertest"_s; }
    static QByteArray profileText()
    {
        return "profile armorertest /usr/bin/armorertest {\n"
               "  /etc/armorertest r,\n"
               "}\n"
               "profile armorertest-two /usr/bin/armorertest-two {\n"
               "  /etc/armorertest r,\n"
               "}\n";
    }

    QTemporaryDir m_tmp;
    SystemRoot m_root;

    QString linkPath() const { return m_root.profileDir() + u"/disable/"_s + profile(); }
    void write(const QString &relative, const QByteArray &bytes)
    {
        QFile f(m_root.profileDir() + u'/' + relative);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    // A parser that answers every run with option `refuse` with `message` (exit 1) and runs the
    // real one otherwise.
    QString fakeParser(const QByteArray &refuse, const QByteArray &message)
    {
        const QString fake = m_tmp.path() + u"/fake-apparmor_parser-"_s + QString::fromLatin1(refuse);
        QFile script(fake);
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write("#!/bin/sh\n"
                     "for a in \"$@\"; do\n"
                     "  if [ \"$a\" = "
            + refuse + " ]; then echo \"" + message
            + "\" >&2; exit 1; fi\n"
              "done\n"
              "exec " ARMORER_APPARMOR_PARSER " \"$@\"\n");
        script.close();
        QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return fake;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction())
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QVERIFY(QDir().mkpath(dir + u"/etc/apparmor.d/local"_s));
        m_root = SystemRoot::fromDirectory(dir);
        write(profile(), profileText());
    }

    void disableThenEnable()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QVERIFY(!writer.isDisabled(profile()));

        const auto disabled = writer.disable(profile(), 1000);
        QVERIFY2(!disabled.error, qPrintable(disabled.error.detail));
        QVERIFY(!disabled.changeId.isEmpty());
        // As aa-disable makes it: a link in disable/ that resolves to the profile file.
        const QFileInfo link(linkPath());
        QVERIFY(link.isSymLink());
        QCOMPARE(link.symLinkTarget(), QFileInfo(m_root.profileDir() + u'/' + profile()).canonicalFilePath());
        QCOMPARE(QFile::symLinkTarget(linkPath()), link.symLinkTarget());
        QVERIFY(writer.isDisabled(profile()));
        // The profile file itself is untouched.
        QFile file(m_root.profileDir() + u'/' + profile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), profileText());

        const QList<ChangeRecord> history = writer.history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().id, disabled.changeId);
        QCOMPARE(history.first().action, u"disable"_s);
        QCOMPARE(history.first().file, u"disable/"_s + profile());
        QCOMPARE(history.first().profile, profile());
        QCOMPARE(history.first().state, ChangeRecord::State::Done);
        QCOMPARE(history.first().uid, 1000);

        const auto again = writer.disable(profile(), 1000);
        QCOMPARE(again.error.code, HelperError::Code::InvalidArgument);
        QVERIFY(again.error.detail.contains(u"disabled already"_s));

        const auto enabled = writer.enable(profile(), 1000);
        QVERIFY2(!enabled.error, qPrintable(enabled.error.detail));
        QVERIFY(!QFileInfo(linkPath()).isSymLink());
        QVERIFY(!writer.isDisabled(profile()));
        QCOMPARE(writer.history().first().action, u"enable"_s);
        QCOMPARE(writer.history().size(), 2);

        const auto notDisabled = writer.enable(profile(), 1000);
        QCOMPARE(notDisabled.error.code, HelperError::Code::InvalidArgument);
        QCOMPARE(writer.history().size(), 2);
    }

    // Undo of a disable enables, and undo of that undo disables again; an aa-disable link
    // (absolute target) is enabled and put back as it was.
    void undoReverses()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const auto disabled = writer.disable(profile(), 0);
        QVERIFY(!disabled.error);
        const auto undone = writer.undo(disabled.changeId, 0);
        QVERIFY2(!undone.error, qPrintable(undone.error.detail));
        QVERIFY(!QFileInfo(linkPath()).isSymLink());
        QCOMPARE(writer.history().first().undoes, disabled.changeId);
        const auto redone = writer.undo(undone.changeId, 0);
        QVERIFY2(!redone.error, qPrintable(redone.error.detail));
        QVERIFY(QFileInfo(linkPath()).isSymLink());

        QVERIFY(QFile::remove(linkPath()));
        const QString absolute = m_root.profileDir() + u'/' + profile();
        QVERIFY(QFile::link(absolute, linkPath()));
        const auto enabled = writer.enable(profile(), 0);
        QVERIFY2(!enabled.error, qPrintable(enabled.error.detail));
        QVERIFY(!QFileInfo(linkPath()).isSymLink());
        QVERIFY(!writer.undo(enabled.changeId, 0).error);
        QCOMPARE(QFile::symLinkTarget(linkPath()), absolute);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("traversal") << u"../../../etc/shadow"_s << int(HelperError::Code::InvalidProfileName);
        QTest::newRow("absolute") << u"/etc/shadow"_s << int(HelperError::Code::InvalidProfileName);
        QTest::newRow("dot dot") << u".."_s << int(HelperError::Code::InvalidProfileName);
        QTest::newRow("empty") << QString() << int(HelperError::Code::InvalidProfileName);
        QTest::newRow("missing profile") << u"usr.bin.nothere"_s << int(HelperError::Code::NotFound);
        QTest::newRow("symlinked profile") << u"usr.bin.link"_s << int(HelperError::Code::PathRefused);
    }
    void refused()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        QVERIFY(QFile::link(m_root.profileDir() + u'/' + profile(), m_root.profileDir() + u"/usr.bin.link"_s));
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QCOMPARE(int(writer.disable(name, 0).error.code), code);
        QCOMPARE(int(writer.enable(name, 0).error.code), code);
        QCOMPARE(
            QDir(m_root.profileDir() + u"/disable"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
            QStringList());
        QVERIFY(writer.history().isEmpty());
    }

    // disable/ replaced by a link to elsewhere: disable and enable refuse it, nothing is made
    // there, and every other change still works.
    void disableDirSymlinkRefused()
    {
        const QString elsewhere = m_tmp.path() + u"/elsewhere-"_s + QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, m_root.profileDir() + u"/disable"_s));
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QCOMPARE(writer.disable(profile(), 0).error.code, HelperError::Code::PathRefused);
        QCOMPARE(writer.enable(profile(), 0).error.code, HelperError::Code::PathRefused);
        QVERIFY(QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System));
        QVERIFY(!writer.setMode(profile(), u"complain"_s, 0).error);
    }

    // What sits in disable/ under the profile's name but is no link is never touched.
    void nonLinkInDisableRefused()
    {
        QVERIFY(QDir().mkpath(m_root.profileDir() + u"/disable"_s));
        write(u"disable/"_s + profile(), "not a link\n");
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QCOMPARE(writer.enable(profile(), 0).error.code, HelperError::Code::PathRefused);
        QVERIFY(writer.disable(profile(), 0).error);
        QFile f(m_root.profileDir() + u"/disable/"_s + profile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a link\n"));
        QVERIFY(writer.history().isEmpty());
    }

    // The kernel refuses the load after the link is gone: the link comes back, the caller is
    // told, and the journal keeps no entry.
    void enableRollsBackWhenTheLoadFails()
    {
        const QString fake = fakeParser("-r", "AppArmor parser error: fake kernel refused the load");
        QVERIFY(!fake.isEmpty());
        QVERIFY(QDir().mkpath(m_root.profileDir() + u"/disable"_s));
        QVERIFY(QFile::link(u"../"_s + profile(), linkPath()));
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::Kernel, fake));
        QVERIFY(!writer.open());
        const auto outcome = writer.enable(profile(), 0);
        QCOMPARE(outcome.error.code, HelperError::Code::ReloadFailed);
        QVERIFY(outcome.error.detail.contains(u"fake kernel refused the load"_s));
        QVERIFY(outcome.error.detail.contains(u"disabled again"_s));
        QCOMPARE(
            QFile::symLinkTarget(linkPath()), QFileInfo(m_root.profileDir() + u'/' + profile()).canonicalFilePath());
        QVERIFY(writer.history().isEmpty());
    }

    // The kernel refuses the removal after the link is made (here, for real: the kernel's
    // policy interface cannot be opened for writing in this sandbox): the link goes again, the
    // caller is told, and the journal keeps no entry. The VM suite makes the real kernel refuse.
    void disableRollsBackWhenTheUnloadFails()
    {
        if (QFileInfo(u"/sys/kernel/security/apparmor/.remove"_s).isWritable())
            QSKIP("the kernel's policy interface is writable here: a removal would not fail");
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::Kernel));
        QVERIFY(!writer.open());
        const auto outcome = writer.disable(profile(), 0);
        QCOMPARE(outcome.error.code, HelperError::Code::ReloadFailed);
        QVERIFY2(outcome.error.detail.contains(u"enabled again"_s), qPrintable(outcome.error.detail));
        // Both profiles of the file were named to the kernel.
        QCOMPARE(outcome.parser.argv,
            (QStringList{u"aa_kernel_interface_remove_policy"_s, u"armorertest"_s, u"armorertest-two"_s}));
        QVERIFY(!QFileInfo(linkPath()).isSymLink());
        QVERIFY(!QFileInfo::exists(linkPath()));
        QVERIFY(writer.history().isEmpty());
    }

    // A helper killed in the middle of a disable leaves its entry pending: with the link made
    // the next writer makes the entry true (and unloads the file); a disable whose link was
    // never made is dropped; a temporary link is removed.
    void killedDisableRecovered_data()
    {
        QTest::addColumn<bool>("linkMade");
        QTest::newRow("link made") << true;
        QTest::newRow("link not made") << false;
    }
    void killedDisableRecovered()
    {
        QFETCH(bool, linkMade);
        {
            OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
            QVERIFY(!writer.open());
        }
        ChangeJournal journal;
        QString error;
        QVERIFY2(journal.open(m_root.path(u"/var/lib/armorer"_s), &error), qPrintable(error));
        ChangeJournal::Entry entry;
        entry.uid = 4711;
        entry.action = u"disable"_s;
        entry.profile = profile();
        entry.file = u"disable/"_s + profile();
        entry.afterHash = ChangeRecord::hash(OverrideWriter::disableLinkTarget(profile()));
        const QString id = journal.record(entry, {}, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        if (linkMade)
            QVERIFY(QFile::link(u"../"_s + profile(), linkPath()));
        const QString temporary = m_root.profileDir() + u"/disable/.armorer-killed.tmp"_s;
        QVERIFY(QFile::link(u"../"_s + profile(), temporary));

        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QVERIFY(!QFileInfo(temporary).isSymLink());
        QCOMPARE(writer.isDisabled(profile()), linkMade);
        const QList<ChangeRecord> history = writer.history();
        if (!linkMade) {
            QVERIFY(history.isEmpty());
            return;
        }
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().id, id);
        QCOMPARE(history.first().state, ChangeRecord::State::Done);
        // The recovered disable is undone like any other.
        QVERIFY(!writer.undo(id, 4711).error);
        QVERIFY(!writer.isDisabled(profile()));
    }
};

QTEST_GUILESS_MAIN(TestProfileDisable)
#include "tst_profiledisable.moc"
