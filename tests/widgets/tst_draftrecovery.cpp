// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// A process edits a file, is killed with SIGKILL (no chance to clean up), and the next editor
// offers the edit back.
#include "draftstore.h"
#include "editorfixture.h"
#include "editorpage.h"
#include "noticebar.h"
#include "profileeditor.h"
#include "sandboxprofilewriter.h"

#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestDraftRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedEditorLosesNothing();
};

void TestDraftRecovery::killedEditorLosesNothing()
{
    QTemporaryDir dir, state;
    QVERIFY(EditorFixture::create(dir.path()));
    const SystemRoot root = SystemRoot::fromDirectory(dir.path());
    const QString file = root.localDir() + u"/usr.bin.victim"_s;
    QVERIFY(EditorFixture::write(file, "  /etc/original r,\n"));
    const QString typed = u"  /etc/typed-before-the-kill rw,\n"_s;

    QProcess child;
    child.setProgram(QStringLiteral(ARMORER_BIN_DIR "/draftchild"));
    child.setArguments({dir.path(), state.path(), file, typed});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += child.readAllStandardOutput()).contains("draft-saved") || child.state() == QProcess::NotRunning, 30000);
    QVERIFY2(child.state() == QProcess::Running, out.constData());
    QVERIFY(child.processId() > 0); // kill(0, ...) would kill the test's own process group
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // The file itself was never touched.
    QCOMPARE(EditorFixture::read(file), QByteArray("  /etc/original r,\n"));

    SandboxProfileWriter writer(root);
    EditorPage page(root, &writer);
    page.setDraftStore(DraftStore(state.path()));
    page.show();
    QVERIFY(page.openFile(file));
    QCOMPARE(page.editor()->toPlainText(), u"  /etc/original r,\n"_s);
    QVERIFY2(page.changeNotice()->text().contains(u"draft"_s), qPrintable(page.changeNotice()->text()));
    QPushButton *restore = page.changeNotice()->button(u"Restore Draft"_s);
    QVERIFY(restore);
    restore->click();
    QCOMPARE(page.editor()->toPlainText(), u"  /etc/original r,\n"_s + typed);
    QVERIFY(page.isModified());
    QVERIFY(page.changeNotice()->isHidden());
    // One undo brings the file's text back.
    page.editor()->undo();
    QCOMPARE(page.editor()->toPlainText(), u"  /etc/original r,\n"_s);
}

QTEST_MAIN(TestDraftRecovery)
#include "tst_draftrecovery.moc"
