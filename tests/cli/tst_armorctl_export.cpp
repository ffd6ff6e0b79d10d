// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

// Runs the real armorctl binary; kubectl is a fake (a script that records what it was sent),
// since no cluster can run here.
class TestArmorctlExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void formats_data();
    void formats();
    void exitCodes_data();
    void exitCodes();
    void applyWithKubectl();
    void applyWithoutKubectl();
    void fileNameThatIsNotUtf8();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run armorctl(const QStringList &args, const QString &path = QString()) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArmorctlExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(m_dir->filePath(u"etc/apparmor.d"_s)));
    QFile f(m_dir->filePath(u"etc/apparmor.d/usr.sbin.web"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("include <tunables/global>\n/usr/sbin/web {\n  include <abstractions/base>\n  /srv/** r,\n"
            "  signal,\n}\nprofile web-worker flags=(complain) {\n  /srv/** rw,\n}\n");
}

TestArmorctlExport::Run TestArmorctlExport::armorctl(const QStringList &args, const QString &path) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, path.isEmpty() ? u"/usr/bin:/bin"_s : path);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), QStringList{u"export"_s, u"--root"_s, m_dir->path()} + args);
    if (!p.waitForFinished(30000))
        return {-1, {}, u"timeout"_s};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestArmorctlExport::formats_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("docker") << QStringList{u"web-worker"_s, u"--format"_s, u"docker"_s}
                            << u"docker run --security-opt apparmor=web-worker IMAGE\n"_s;
    QTest::newRow("lxc, path name") << QStringList{u"/usr/sbin/web"_s, u"--format"_s, u"lxc"_s}
                                    << u"lxc.apparmor.profile = /usr/sbin/web\n"_s;
    QTest::newRow("renamed") << QStringList{u"/usr/sbin/web"_s, u"--name"_s, u"web"_s, u"--format"_s, u"lxc"_s}
                             << u"lxc.apparmor.profile = web\n"_s;
    QTest::newRow("v1 mode") << QStringList{u"web-worker"_s, u"--format"_s, u"spo-v1"_s} << u"  mode: Complain\n"_s;
    QTest::newRow("v1 mode override") << QStringList{u"web-worker"_s, u"--format"_s, u"spo-v1"_s, u"--mode"_s,
        u"enforce"_s} << u"  mode: Enforce\n"_s;
    QTest::newRow("v1alpha1 carries the policy") << QStringList{u"web-worker"_s, u"--format"_s, u"spo-v1alpha1"_s}
                                                 << u"    profile web-worker flags=(complain) {\n"_s;
}

void TestArmorctlExport::formats()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run run = armorctl(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (expected.endsWith(u"IMAGE\n") || expected.startsWith(u"lxc"))
        QCOMPARE(run.out, expected);
    else
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestArmorctlExport::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown profile") << QStringList{u"nope"_s} << 1 << u"no file in"_s;
    QTest::newRow("path name needs --name for a CRD") << QStringList{u"/usr/sbin/web"_s} << 1 << u"--name"_s;
    QTest::newRow("bad --name") << QStringList{u"/usr/sbin/web"_s, u"--name"_s, u"Web_1"_s} << 1 << u"--name"_s;
    QTest::newRow("bad format") << QStringList{u"web-worker"_s, u"--format"_s, u"helm"_s} << 2 << u"unknown format"_s;
    QTest::newRow("bad mode") << QStringList{u"web-worker"_s, u"--mode"_s, u"kill"_s} << 2 << u"enforce or complain"_s;
    QTest::newRow("no profile") << QStringList{} << 2 << u"name one profile"_s;
    QTest::newRow("bad --api") << QStringList{u"web-worker"_s, u"--apply"_s, u"--api"_s, u"v2"_s} << 2
                               << u"v1 or v1alpha1"_s;
    QTest::newRow("notes on stderr") << QStringList{u"/usr/sbin/web"_s, u"--name"_s, u"web"_s} << 0 << u"signal"_s;
}

void TestArmorctlExport::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = armorctl(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestArmorctlExport::applyWithKubectl()
{
    QTemporaryDir bin;
    const QString sent = bin.filePath(u"sent.yaml"_s);
    QFile fake(bin.filePath(u"kubectl"_s));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\n# fake kubectl: records its arguments and input\necho \"$@\" > \"$0.args\"\ncat > \""
        + sent.toUtf8() + "\"\necho 'apparmorprofile.security-profiles-operator.x-k8s.io/web-worker created'\n");
    fake.close();
    QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const Run run = armorctl({u"web-worker"_s, u"--apply"_s}, bin.path() + u":/usr/bin:/bin"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"web-worker created"_s));
    QFile args(fake.fileName() + u".args"_s);
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll(), QByteArray("apply -f -\n"));

    QProcess py;
    py.start(u"python3"_s, {QStringLiteral(ARMORER_TEST_SOURCE_DIR "/yamltojson.py"), sent});
    QVERIFY(py.waitForFinished(30000));
    const QJsonArray docs = QJsonDocument::fromJson(py.readAllStandardOutput()).object().value(sent).toArray();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs[0][u"kind"_s].toString(), u"AppArmorProfile"_s);
    QCOMPARE(docs[0][u"apiVersion"_s].toString(), u"security-profiles-operator.x-k8s.io/v1"_s);
    QCOMPARE(docs[0][u"metadata"_s][u"name"_s].toString(), u"web-worker"_s);

    // --api v1alpha1 sends the older API, with the exact policy.
    const Run old
        = armorctl({u"web-worker"_s, u"--apply"_s, u"--api"_s, u"v1alpha1"_s}, bin.path() + u":/usr/bin:/bin"_s);
    QVERIFY2(old.exitCode == 0, qPrintable(old.err));
    py.start(u"python3"_s, {QStringLiteral(ARMORER_TEST_SOURCE_DIR "/yamltojson.py"), sent});
    QVERIFY(py.waitForFinished(30000));
    const QJsonArray oldDocs = QJsonDocument::fromJson(py.readAllStandardOutput()).object().value(sent).toArray();
    QCOMPARE(oldDocs[0][u"apiVersion"_s].toString(), u"security-profiles-operator.x-k8s.io/v1alpha1"_s);
    QVERIFY(oldDocs[0][u"spec"_s][u"policy"_s].toString().contains(u"profile web-worker"_s));
}

void TestArmorctlExport::applyWithoutKubectl()
{
    QTemporaryDir empty;
    const Run run = armorctl({u"web-worker"_s, u"--apply"_s}, empty.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"kubectl apply -f profile.yaml"_s), qPrintable(run.err));
}

// --file names a file "caf\xe9" (Latin-1): argv keeps its bytes, so the file opens. The shell
// passes the raw bytes, which QProcess's QString arguments could not.
void TestArmorctlExport::fileNameThatIsNotUtf8()
{
    const QByteArray file = QFile::encodeName(m_dir->path()) + "/caf\xe9";
    FILE *f = std::fopen(file.constData(), "w");
    QVERIFY(f);
    std::fputs("profile cafe {\n  /srv/** r,\n}\n", f);
    std::fclose(f);
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    p.start(u"/bin/sh"_s,
        {u"-c"_s, u"exec \"$0\" export --format lxc --file \"$(printf 'caf\\351')\" cafe"_s,
            QStringLiteral(ARMORER_BIN_DIR "/armorctl")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(p.readAllStandardOutput(), QByteArray("lxc.apparmor.profile = cafe\n"));
}

QTEST_GUILESS_MAIN(TestArmorctlExport)
#include "tst_armorctl_export.moc"
