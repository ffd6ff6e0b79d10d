// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperlogreader.h"
#include "systemroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The helper's log reader reads only what a user cannot write: in syslog and messages, which
// take anyone's logger lines, only the kernel's.
class TestHelperLogReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyKernelLinesOfSyslog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("syslog") << u"/var/log/syslog"_s;
        QTest::newRow("messages") << u"/var/log/messages"_s;
    }
    void onlyKernelLinesOfSyslog()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.path() + u"/var/log"_s));
        const QByteArray denial = "apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"cupsd\" "
                                  "name=\"/etc/shadow\" pid=1234 comm=\"cupsd\" requested_mask=\"r\" "
                                  "denied_mask=\"r\" fsuid=0 ouid=0";
        const QByteArray kernel
            = "Nov 22 10:00:00 host kernel: [  100.000001] audit: type=1400 audit(1763805600.123:41): " + denial;
        const QByteArray rfc3339 = "2026-11-22T10:00:02.000000+00:00 host kernel: audit: type=1400 "
                                   "audit(1763805602.123:43): "
            + denial;
        QFile log(dir.path() + file);
        QVERIFY(log.open(QIODevice::WriteOnly));
        // What "logger" writes, with a forged stamp, a forged tag in the message, or a tag of
        // "kernel" that is not the sender's field.
        log.write(
            "Nov 22 10:00:01 host alice: [  100.000002] audit: type=1400 audit(1763805601.1:42): " + denial + "\n");
        log.write(
            "Nov 22 10:00:01 host dbus-daemon[99]: kernel: audit: type=1400 audit(1763805601.2:42): " + denial + "\n");
        log.write(kernel + "\n");
        log.write(rfc3339 + "\n");
        log.write("Nov 22 10:00:03 host systemd[1]: Started something.\n");
        log.close();

        const HelperLogReader::Page page
            = HelperLogReader::read(SystemRoot::fromDirectory(dir.path()), QString(), HelperLogReader::MaxRecords);
        QVERIFY(!page.error);
        QCOMPARE(page.file, file);
        QCOMPARE(page.records, (QStringList{QString::fromUtf8(kernel), QString::fromUtf8(rfc3339)}));
    }

    // The client counts every line the helper returns as verified: a kern.log its group or
    // anyone may write to is refused, not read.
    void writableByOthersRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("refused");
        QTest::newRow("0644") << 0644 << false;
        QTest::newRow("0640") << 0640 << false;
        QTest::newRow("group-writable") << 0664 << true;
        QTest::newRow("world-writable") << 0646 << true;
    }
    void writableByOthersRefused()
    {
        QFETCH(int, mode);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.path() + u"/var/log"_s));
        const QString path = dir.path() + u"/var/log/kern.log"_s;
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("Nov 22 10:00:00 host kernel: audit: type=1400 audit(1763805600.123:41): apparmor=\"DENIED\" "
                  "operation=\"open\" profile=\"cupsd\" name=\"/etc/shadow\" pid=1 comm=\"cupsd\"\n");
        log.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        const HelperLogReader::Page page
            = HelperLogReader::read(SystemRoot::fromDirectory(dir.path()), QString(), HelperLogReader::MaxRecords);
        QCOMPARE(page.error.code, refused ? HelperError::Code::PathRefused : HelperError::Code::None);
        QCOMPARE(page.records.size(), refused ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(TestHelperLogReader)
#include "tst_helperlogreader.moc"
