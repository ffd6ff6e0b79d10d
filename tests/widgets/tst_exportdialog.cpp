// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "exportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

static const auto profileText = u"include <tunables/global>\n/usr/sbin/web flags=(complain) {\n"
                                u"  include <abstractions/base>\n  /srv/** r,\n  ptrace,\n}\n"_s;

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qputenv("PATH", "/usr/bin:/bin"); }
    void invalidNameBlocksCrds();
    void renameUpdatesEveryFormat();
    void modeFollowsFlagsThenChoice();
    void deployRunsKubectl();
    void deployWithoutKubectlShowsCommand();
};

static QString page(ExportDialog &d, int index)
{
    return qobject_cast<QPlainTextEdit *>(d.formats()->widget(index))->toPlainText();
}

void TestExportDialog::invalidNameBlocksCrds()
{
    ExportDialog d(profileText, u"/usr/sbin/web"_s);
    // A path is no Kubernetes name: the dialog starts with a valid one, and says so.
    QCOMPARE(d.nameField()->text(), u"usr-sbin-web"_s);
    QVERIFY(d.deployButton()->isEnabled());
    QVERIFY(page(d, 0).contains(u"apiVersion"_s));
    QVERIFY(page(d, 0).contains(u"usr-sbin-web"_s));
    // The profile's own name blocks the CRDs.
    d.nameField()->setText(u"/usr/sbin/web"_s);
    QVERIFY(!d.deployButton()->isEnabled());
    QVERIFY(!page(d, 0).contains(u"apiVersion"_s));
    // Pods, docker and LXC do not need a Kubernetes object name.
    QCOMPARE(page(d, 3), u"docker run --security-opt apparmor=/usr/sbin/web IMAGE\n"_s);
    QCOMPARE(d.notesList()->count(), 1); // ptrace
    QVERIFY(d.notesList()->item(0)->text().contains(u"ptrace"_s));
}

void TestExportDialog::renameUpdatesEveryFormat()
{
    ExportDialog d(profileText, u"/usr/sbin/web"_s);
    d.nameField()->setText(u"web"_s);
    QVERIFY(d.deployButton()->isEnabled());
    // SPO 1.0's v1 is the first page, the older v1alpha1 the second.
    QVERIFY(page(d, 0).contains(u"apiVersion: security-profiles-operator.x-k8s.io/v1\n"_s));
    QVERIFY(page(d, 1).contains(u"  name: \"web\"\n"_s));
    QVERIFY(page(d, 1).contains(u"profile web /usr/sbin/web flags=(complain) {"_s));
    QVERIFY(page(d, 2).contains(u"localhostProfile: \"web\""_s));
    QCOMPARE(page(d, 4), u"lxc.apparmor.profile = web\n"_s);
    d.formats()->setCurrentIndex(4);
    QCOMPARE(d.currentText(), u"lxc.apparmor.profile = web\n"_s);
}

void TestExportDialog::modeFollowsFlagsThenChoice()
{
    ExportDialog d(profileText, u"/usr/sbin/web"_s);
    d.nameField()->setText(u"web"_s);
    QVERIFY(page(d, 0).contains(u"  mode: Complain\n"_s));
    d.modeBox()->setCurrentIndex(0);
    QVERIFY(page(d, 0).contains(u"  mode: Enforce\n"_s));
    d.nameField()->setText(u"web2"_s);
    QVERIFY(page(d, 0).contains(u"  mode: Enforce\n"_s));
}

void TestExportDialog::deployRunsKubectl()
{
    QTemporaryDir bin;
    const QString sent = bin.filePath(u"sent.yaml"_s);
    QFile fake(bin.filePath(u"kubectl"_s));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\n# fake kubectl\ncat > \"" + sent.toUtf8() + "\"\necho configured\n");
    fake.close();
    QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("PATH", (bin.path() + u":/usr/bin:/bin"_s).toUtf8());

    ExportDialog d(profileText, u"/usr/sbin/web"_s);
    d.nameField()->setText(u"web"_s);
    QCOMPARE(d.deployButton()->text(), u"&Deploy with kubectl"_s);
    QSignalSpy spy(&d, &ExportDialog::deployFinished);
    d.deployButton()->click();
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QVERIFY(d.statusLabel()->text().contains(u"configured"_s));
    QFile f(sent);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // v1 unless the v1alpha1 page is shown.
    QCOMPARE(QString::fromUtf8(f.readAll()), d.currentExport().spoV1());
    f.close();
    d.formats()->setCurrentIndex(1);
    d.deployButton()->click();
    QVERIFY(spy.wait(10000));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), d.currentExport().spoV1Alpha1());
}

void TestExportDialog::deployWithoutKubectlShowsCommand()
{
    ExportDialog d(profileText, u"/usr/sbin/web"_s);
    d.nameField()->setText(u"web"_s);
    QCOMPARE(d.deployButton()->text(), u"Show &kubectl Command"_s);
    d.deployButton()->click();
    QVERIFY2(d.statusLabel()->text().contains(u"kubectl apply -f web.yaml"_s), qPrintable(d.statusLabel()->text()));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
