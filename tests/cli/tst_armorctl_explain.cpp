// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real armorctl binary: "explain" on a sandboxed system root, from a log file and from
// --record, as text and as JSON.
class TestArmorctlExplain : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run armorctl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), args);
        if (!p.waitForFinished(30000))
            return {-1, {}, "timeout"};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }
    void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    QTemporaryDir m_dir;
    QString m_log;
    const QByteArray m_denyLine = "Nov 22 10:00:00 host kernel: audit: type=1400 audit(1700000000.100:1): "
                                  "apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"app\" "
                                  "name=\"/etc/shadow\" pid=10 comm=\"app\" requested_mask=\"r\" denied_mask=\"r\" "
                                  "fsuid=0 ouid=0";
    const QByteArray m_noRuleLine = "Nov 22 10:00:01 host kernel: audit: type=1400 audit(1700000000.200:2): "
                                    "apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"app\" "
                                    "name=\"/srv/x\" pid=10 comm=\"app\" requested_mask=\"r\" denied_mask=\"r\" "
                                    "fsuid=0 ouid=0";

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(m_dir.filePath(u"etc/apparmor.d/app"_s),
            "profile app /usr/bin/app {\n  /etc/passwd r,\n  deny /etc/shadow r,\n}\n");
        m_log = m_dir.filePath(u"kern.log"_s);
        write(m_log, m_denyLine + "\nNov 22 10:00:00 host systemd[1]: unrelated.\n" + m_noRuleLine + '\n');
    }

    void textFromLog()
    {
        const Run r = armorctl({u"explain"_s, u"--root"_s, m_dir.path(), u"--source"_s, m_log});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("A deny rule blocks it"), r.out.constData());
        QVERIFY(r.out.contains("deny /etc/shadow r,"));
        QVERIFY(r.out.contains("/etc/apparmor.d/app:3"));
        QVERIFY(r.out.contains("No rule allows it"));
    }

    void jsonFromRecord()
    {
        const Run r = armorctl({u"explain"_s, u"--json"_s, u"--root"_s, m_dir.path(), u"--record"_s,
            QString::fromUtf8(m_denyLine), u"--record"_s, QString::fromUtf8(m_noRuleLine)});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(u"profile"_s).toString(), u"app"_s);
        const QJsonObject e = first.value(u"explanation"_s).toObject();
        QCOMPARE(e.value(u"cause"_s).toString(), u"deny-rule"_s);
        QCOMPARE(e.value(u"fix"_s).toString(), u"change-deny-rule"_s);
        QCOMPARE(e.value(u"line"_s).toInt(), 3);
        QCOMPARE(e.value(u"file"_s).toString(), m_dir.filePath(u"etc/apparmor.d/app"_s));
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object().value(u"explanation"_s).toObject();
        QCOMPARE(second.value(u"cause"_s).toString(), u"no-rule"_s);
        QVERIFY(second.value(u"proposal"_s).toString().endsWith(u"/srv/x r,"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("help") << QStringList{u"explain"_s, u"--help"_s} << 0;
        QTest::newRow("not a record") << QStringList{u"explain"_s, u"--record"_s, u"hello"_s} << 1;
        QTest::newRow("bad option") << QStringList{u"explain"_s, u"--bogus"_s} << 2;
        QTest::newRow("bad time") << QStringList{u"explain"_s, u"--since"_s, u"yesterday-ish"_s} << 2;
        QTest::newRow("missing log") << QStringList{u"explain"_s, u"--source"_s, u"/nonexistent/log"_s} << 1;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = armorctl(args + QStringList{u"--root"_s, m_dir.path()});
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0)
            QVERIFY(r.out.contains("--record"));
        else
            QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArmorctlExplain)
#include "tst_armorctl_explain.moc"
