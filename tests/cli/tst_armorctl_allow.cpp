// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "privatehelper.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real armorctl binary: "allow", writing through a real armorer-helper on a private bus
// (given to armorctl as its system bus) over a sandbox root, or with --root alone directly.
class TestArmorctlAllow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void allow_data();
    void allow();
    void refused_data();
    void refused();
    void dryRunChangesNothing();
    void fromJson();
    void fromLog();
    void forgedSyslogLine();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Run armorctl(const QStringList &args, const QByteArray &input = {}, const QString &bus = {},
        const QString &command = u"allow"_s) const;
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }
    QByteArray override() const;
    static QByteArray line(const QByteArray &name, const QByteArray &mask = "r");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateHelper> m_helper;
};

// A kernel denial for /usr/bin/app; name is given as the kernel logs it (quoted or hex).
QByteArray TestArmorctlAllow::line(const QByteArray &name, const QByteArray &mask)
{
    return "Nov 22 10:00:00 host kernel: audit: type=1400 audit(1700000000.100:1): apparmor=\"DENIED\" "
           "operation=\"open\" class=\"file\" profile=\"/usr/bin/app\" name="
        + name + " pid=10 comm=\"app\" requested_mask=\"" + mask + "\" denied_mask=\"" + mask + "\" fsuid=1000 ouid=0";
}

TestArmorctlAllow::Run TestArmorctlAllow::armorctl(
    const QStringList &args, const QByteArray &input, const QString &bus, const QString &command) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, bus.isEmpty() ? m_helper->address() : bus);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), QStringList{command} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

QByteArray TestArmorctlAllow::override() const
{
    QFile f(profileDir() + u"/local/usr.bin.app"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void TestArmorctlAllow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(profileDir() + u"/local"_s));
    QFile f(profileDir() + u"/usr.bin.app"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("/usr/bin/app {\n  /etc/app.conf r,\n  include if exists <local/usr.bin.app>\n}\n");
    f.close();
    m_helper = std::make_unique<PrivateHelper>();
    QString error;
    QVERIFY2(m_helper->start(m_dir->path(), &error), qPrintable(error));
}

void TestArmorctlAllow::cleanup()
{
    m_helper.reset();
    m_dir.reset();
}

void TestArmorctlAllow::allow_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("mask");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("direct"); // --root without the helper: LocalOverrideWriter
    QTest::addColumn<QByteArray>("written");

    const QByteArray report = "\"/srv/data/report.txt\"";
    QTest::newRow("exact, default") << report << QByteArray("r") << QStringList{} << false
                                    << QByteArray("/srv/data/report.txt r,\n");
    QTest::newRow("exact, write") << report << QByteArray("w") << QStringList{u"--scope"_s, u"exact"_s} << false
                                  << QByteArray("/srv/data/report.txt w,\n");
    QTest::newRow("dir") << report << QByteArray("r") << QStringList{u"--scope"_s, u"dir"_s} << false
                         << QByteArray("/srv/data/* r,\n");
    QTest::newRow("recursive") << report << QByteArray("r") << QStringList{u"--scope"_s, u"recursive"_s} << false
                               << QByteArray("/srv/data/** r,\n");
    QTest::newRow("ext") << report << QByteArray("r") << QStringList{u"--scope"_s, u"ext"_s} << false
                         << QByteArray("/srv/data/*.txt r,\n");
    QTest::newRow("custom") << report << QByteArray("r") << QStringList{u"--scope"_s, u"custom:/srv/{data,logs}/*"_s}
                            << false << QByteArray("\"/srv/{data,logs}/*\" r,\n"); // a comma: quoted, one token
    QTest::newRow("deny") << report << QByteArray("r") << QStringList{u"--deny"_s} << false
                          << QByteArray("deny /srv/data/report.txt r,\n");
    // The kernel hex-encodes a name with spaces or quotes: the rule is that one file, quoted
    // and escaped, never a glob, a variable or a second rule.
    QTest::newRow("hostile name") << QByteArray("/tmp/a b,\"{**}@{HOME}\nx r, /** rw").toHex().toUpper()
                                  << QByteArray("r") << QStringList{} << false
                                  << QByteArray("\"/tmp/a b,\\\"\\{\\*\\*\\}@\\{HOME\\}\\012x r, /\\*\\* rw\" r,\n");
    QTest::newRow("direct, exact") << report << QByteArray("r") << QStringList{} << true
                                   << QByteArray("/srv/data/report.txt r,\n");
    QTest::newRow("direct, hostile dir") << QByteArray("/srv/we*rd {x}/f.txt").toHex().toUpper() << QByteArray("r")
                                         << QStringList{u"--scope"_s, u"dir"_s} << true
                                         << QByteArray("\"/srv/we\\*rd \\{x\\}/*\" r,\n");
    // Issue 15: a name that is not UTF-8 keeps its bytes (octal escapes), or the rule names
    // another file ("caf\xEF\xBF\xBD").
    const QByteArray latin1 = QByteArray("/srv/caf\xe9/menu.txt").toHex().toUpper();
    QTest::newRow("name that is not UTF-8")
        << latin1 << QByteArray("r") << QStringList{} << false << QByteArray("\"/srv/caf\\351/menu.txt\" r,\n");
    QTest::newRow("direct, name that is not UTF-8")
        << latin1 << QByteArray("r") << QStringList{} << true << QByteArray("\"/srv/caf\\351/menu.txt\" r,\n");
}

void TestArmorctlAllow::allow()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, mask);
    QFETCH(QStringList, options);
    QFETCH(bool, direct);
    QFETCH(QByteArray, written);
    // A line handed over is unverified: the tests confirm it, as an admin who checked it would.
    QStringList args = options
        + QStringList{
            u"--root"_s, m_dir->path(), u"--allow-unverified"_s, u"--line"_s, QString::fromUtf8(line(name, mask))};
    if (!direct)
        args << u"--helper"_s;
    const Run r = armorctl(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(override(), written);
    QVERIFY2(r.out.startsWith(QByteArray(written.trimmed() + "\n")), r.out.constData());
    // Through the helper the change id is printed, so "armorctl undo ID" can follow.
    static const QRegularExpression changeLine(
        uR"(^Change (\d+) \(undo it with: armorctl undo \1\)$)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch change = changeLine.match(QString::fromUtf8(r.out));
    QVERIFY2(change.hasMatch() != direct, r.out.constData());
    // Once more: the rule is there already, nothing changes.
    const Run again = armorctl(args);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(override(), written);
    QVERIFY(!changeLine.match(QString::fromUtf8(again.out)).hasMatch());
    if (!direct) {
        const Run undone = armorctl({change.captured(1)}, {}, {}, u"undo"_s);
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        QCOMPARE(override(), QByteArray("<missing>"));
    }
}

void TestArmorctlAllow::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("before"); // the override as it is
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");

    const QString report = QString::fromUtf8(line("\"/srv/data/report.txt\""));
    // A broken override the parser refuses: its exact message, the file unchanged.
    const QString confirmed = u"--allow-unverified"_s;
    QTest::newRow("parser refuses") << QStringList{u"--helper"_s, confirmed, u"--line"_s, report}
                                    << QByteArray("/b rz,\n") << 1 << QByteArray("usr.bin.app");
    QTest::newRow("parser refuses, direct")
        << QStringList{confirmed, u"--line"_s, report} << QByteArray("/b rz,\n") << 1 << QByteArray("usr.bin.app");
    QTest::newRow("relative custom pattern")
        << QStringList{u"--helper"_s, confirmed, u"--scope"_s, u"custom:srv/*"_s, u"--line"_s, report} << QByteArray()
        << 1 << QByteArray("armorctl: ");
    QTest::newRow("unknown scope") << QStringList{u"--helper"_s, confirmed, u"--scope"_s, u"everything"_s, u"--line"_s,
        report} << QByteArray() << 1
                                   << QByteArray("\"everything\"");
    // Issue 12: a line handed over may be a forgery; without the confirmation nothing is written,
    // and the refusal names the reason and the way out.
    QTest::newRow("unverified, not confirmed")
        << QStringList{u"--helper"_s, u"--line"_s, report} << QByteArray() << 1 << QByteArray("--allow-unverified");
    QTest::newRow("unverified, not confirmed, direct")
        << QStringList{u"--line"_s, report} << QByteArray() << 1 << QByteArray("handed over directly");
    QTest::newRow("not a record") << QStringList{u"--helper"_s, u"--line"_s, u"hello"_s} << QByteArray() << 1
                                  << QByteArray("armorctl: ");
    QTest::newRow("--index without --log")
        << QStringList{u"--index"_s, u"1"_s, u"--line"_s, report} << QByteArray() << 2 << QByteArray();
    QTest::newRow("unknown option") << QStringList{u"--everything"_s} << QByteArray() << 2 << QByteArray("everything");
}

void TestArmorctlAllow::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, before);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    if (!before.isEmpty()) {
        QFile f(profileDir() + u"/local/usr.bin.app"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    const Run r = armorctl(QStringList{u"--root"_s, m_dir->path()} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(override(), before.isEmpty() ? QByteArray("<missing>") : before);
}

void TestArmorctlAllow::dryRunChangesNothing()
{
    const Run r = armorctl({u"--root"_s, m_dir->path(), u"--helper"_s, u"--dry-run"_s, u"--scope"_s, u"dir"_s,
        u"--line"_s, QString::fromUtf8(line("\"/srv/data/report.txt\""))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\n+/srv/data/* r,\n"), r.out.constData());
    QVERIFY(r.out.contains("local/usr.bin.app"));
    QCOMPARE(override(), QByteArray("<missing>"));
}

void TestArmorctlAllow::fromJson()
{
    // What "armorctl denials --json" prints, handed over on stdin.
    const QByteArray json = R"({"apparmor":"DENIED","operation":"open","class":"file","profile":"/usr/bin/app",)"
                            R"("name":"/tmp/a \"b\", {c}","pid":10,"comm":"app","requested_mask":"r",)"
                            R"("denied_mask":"r","fsuid":1000,"ouid":0})";
    // JSON on stdin is handed over: unverified, whatever it claims.
    const Run refused = armorctl({u"--root"_s, m_dir->path(), u"--helper"_s}, json.chopped(1) + R"(,"verified":true})");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--allow-unverified"), refused.err.constData());
    QCOMPARE(override(), QByteArray("<missing>"));
    const Run r = armorctl({u"--root"_s, m_dir->path(), u"--helper"_s, u"--allow-unverified"_s}, json + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(override(), QByteArray("\"/tmp/a \\\"b\\\", \\{c\\}\" r,\n"));
    const Run bad = armorctl({u"--root"_s, m_dir->path(), u"--helper"_s}, R"({"apparmor":"DENIED","pid":"x"})");
    QCOMPARE(bad.exitCode, 1);
}

void TestArmorctlAllow::fromLog()
{
    const QString log = m_dir->filePath(u"kern.log"_s);
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(line("\"/srv/one\"") + "\nNov 22 10:00:01 host systemd[1]: unrelated\n" + line("\"/srv/two\"", "w") + '\n');
    f.close();
    // A system log: root's, and no one else may write it. Its records are verified.
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const QStringList base{u"--root"_s, m_dir->path(), u"--helper"_s, u"--log"_s, log};
    QCOMPARE(armorctl(base + QStringList{u"--index"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(override(), QByteArray("/srv/one r,\n"));
    QCOMPARE(armorctl(base + QStringList{u"--last"_s}).exitCode, 0);
    QCOMPARE(override(), QByteArray("/srv/one r,\n/srv/two w,\n"));
    const Run missing = armorctl(base + QStringList{u"--index"_s, u"3"_s});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(override(), QByteArray("/srv/one r,\n/srv/two w,\n"));
}

// Issue 12: a local user's logger line in syslog, a cupsd "denial" of /etc/shadow, is refused
// with the reason; the kernel's own line in the same file is allowed.
void TestArmorctlAllow::forgedSyslogLine()
{
    QFile profile(profileDir() + u"/usr.sbin.cupsd"_s);
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("/usr/sbin/cupsd {\n  include if exists <local/usr.sbin.cupsd>\n}\n");
    profile.close();
    const QString log = m_dir->filePath(u"syslog"_s);
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(line("\"/srv/one\"") + '\n');
    f.write("Nov 22 10:00:02 host cupsd: audit: type=1400 audit(1700000002.100:2): apparmor=\"DENIED\" "
            "operation=\"open\" class=\"file\" profile=\"/usr/sbin/cupsd\" name=\"/etc/shadow\" pid=99 "
            "comm=\"cupsd\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0\n");
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const QStringList base{u"--root"_s, m_dir->path(), u"--helper"_s, u"--log"_s, log};
    const Run forged = armorctl(base + QStringList{u"--last"_s});
    QCOMPARE(forged.exitCode, 1);
    QVERIFY2(forged.err.contains("logger") && forged.err.contains("--allow-unverified"), forged.err.constData());
    QFile shadowRule(profileDir() + u"/local/usr.sbin.cupsd"_s);
    QVERIFY(!shadowRule.exists());
    const Run genuine = armorctl(base + QStringList{u"--index"_s, u"1"_s});
    QVERIFY2(genuine.exitCode == 0, genuine.err.constData());
    QCOMPARE(override(), QByteArray("/srv/one r,\n"));
}

QTEST_GUILESS_MAIN(TestArmorctlAllow)
#include "tst_armorctl_allow.moc"
