// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "parserrunner.h"
#include "parsersandbox.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// What the compile child of the helper may do. A fake parser (a shell script, named as such)
// prints what it finds about itself; the runner is the real ParserRunner.
class TestParserSandbox : public QObject
{
    Q_OBJECT

private:
    static constexpr auto Listable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    // Under the temporary directory on purpose: the sandbox replaces /tmp, and must keep the
    // directories the parser needs.
    QTemporaryDir m_dir{QDir::tempPath() + u"/armorer-sandbox-test-XXXXXX"_s};

    QString fakeParser(const QByteArray &script)
    {
        const QString path = m_dir.path() + u"/bin/fake-apparmor_parser"_s;
        QDir().mkpath(m_dir.path() + u"/bin"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write("#!/bin/sh\n" + script) < 0)
            return {};
        file.close();
        QFile::setPermissions(path, Listable);
        QFile::setPermissions(m_dir.path() + u"/bin"_s, Listable);
        return path;
    }
    QStringList run(const ParserSandbox &sandbox, const QByteArray &script, const QStringList &readable)
    {
        ParserRunner runner(ParserRunner::LoadMode::ValidateOnly, fakeParser(script));
        runner.setChildSetup(sandbox.childSetup(readable));
        const ParserRunner::Result result = runner.validate(m_dir.path(), u"x"_s);
        if (!result.ok)
            qWarning("fake parser failed: %s", qPrintable(result.output));
        return result.standardOutput.split(u'\n', Qt::SkipEmptyParts);
    }
    static QString valueOf(const QStringList &lines, const QString &key)
    {
        for (const QString &line : lines) {
            if (line.startsWith(key))
                return line.mid(key.size()).trimmed();
        }
        return u"<none>"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::setPermissions(m_dir.path(), Listable));
    }

    void offLeavesTheRunAlone()
    {
        QVERIFY(!ParserSandbox(ParserSandbox::Level::Off).childSetup({}));
        QVERIFY(ParserSandbox(ParserSandbox::Level::NoNewPrivs).childSetup({}));
        QVERIFY(!ParserSandbox(ParserSandbox::Level::NoNewPrivs).dropsPrivileges());
    }

    // An unprivileged helper's child: no_new_privs, and the runner's cleared environment.
    void noNewPrivsAndAClearedEnvironment()
    {
        qputenv("ARMORER_SECRET_FOR_TEST", "x");
        const QStringList lines = run(ParserSandbox(ParserSandbox::Level::NoNewPrivs),
            "grep '^NoNewPrivs:' /proc/self/status\nenv | sed 's/^/env /'\n", {});
        qunsetenv("ARMORER_SECRET_FOR_TEST");
        QCOMPARE(valueOf(lines, u"NoNewPrivs:"_s), u"1"_s);
        QStringList environment;
        for (const QString &line : lines) {
            if (line.startsWith(u"env "_s) && !line.startsWith(u"env PWD="_s))
                environment.append(line.mid(4));
        }
        environment.sort();
        QCOMPARE(environment, (QStringList{u"LC_ALL=C"_s, u"PATH=/usr/sbin:/usr/bin:/sbin:/bin"_s}));
    }

    // No network for the compile: a socket is refused at every level that sandboxes, as
    // nobody and as the caller. The same probe without the sandbox gets its socket (and then
    // a refused or unreachable connection), so the probe itself can tell.
    void socketsAreRefused_data()
    {
        QTest::addColumn<ParserSandbox::Level>("level");
        QTest::addColumn<bool>("refused");
        QTest::newRow("off") << ParserSandbox::Level::Off << false;
        QTest::newRow("no_new_privs") << ParserSandbox::Level::NoNewPrivs << true;
        QTest::newRow("unprivileged") << ParserSandbox::Level::Unprivileged << true;
    }
    void socketsAreRefused()
    {
        QFETCH(ParserSandbox::Level, level);
        QFETCH(bool, refused);
        const QStringList lines = run(ParserSandbox(level),
            "echo \"seccomp $(sed -n 's/^Seccomp:[[:space:]]*//p' /proc/self/status)\"\n"
            "echo \"tcp $(bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>&1 | tr '\\n' ' ')\"\n"
            "echo \"udp $(bash -c 'exec 3<>/dev/udp/127.0.0.1/9 && echo opened' 2>&1 | tr '\\n' ' ')\"\n",
            {m_dir.path() + u"/bin"_s});
        const QString tcp = valueOf(lines, u"tcp "_s);
        const QString udp = valueOf(lines, u"udp "_s);
        QVERIFY2(tcp != u"<none>" && udp != u"<none>", qPrintable(lines.join(u'\n')));
        QCOMPARE(tcp.contains(u"Permission denied"_s), refused);
        QCOMPARE(udp.contains(u"Permission denied"_s), refused);
        QCOMPARE(udp.contains(u"opened"_s), !refused);
        if (refused)
            QCOMPARE(valueOf(lines, u"seccomp "_s), u"2"_s); // a filter
    }

    // The system helper's child, started by root: nobody, no groups, no capabilities, no
    // sockets, an empty /tmp that still shows the kept directories, read-only.
    void rootChildRunsAsNobody()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the sandbox drops to nobody only from root");
        const struct passwd *nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        const ParserSandbox sandbox(ParserSandbox::Level::Unprivileged);
        QVERIFY(sandbox.dropsPrivileges());
        QCOMPARE(sandbox.uid(), nobody->pw_uid);

        const QString tree = m_dir.path() + u"/tree"_s;
        QVERIFY(QDir().mkpath(tree));
        QVERIFY(QFile::setPermissions(tree, Listable));
        QFile profile(tree + u"/profile"_s);
        QVERIFY(profile.open(QIODevice::WriteOnly) && profile.write("readable\n") > 0);
        profile.close();
        QVERIFY(profile.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QTemporaryFile marker(QDir::tempPath() + u"/armorer-sandbox-marker-XXXXXX"_s);
        QVERIFY(marker.open());
        QFile::setPermissions(marker.fileName(), Listable);

        // The child shares the caller's memory until exec (vfork): the caller keeps root in
        // every thread, a second one included.
        QThread other;
        other.start();
        const auto stopOther = qScopeGuard([&other] {
            other.quit();
            other.wait();
        });
        const QByteArray t = QFile::encodeName(tree);
        const QStringList lines = run(sandbox,
            "echo \"uid $(id -u)\"\necho \"gid $(id -g)\"\necho \"groups $(id -G)\"\n"
            "grep -E '^(NoNewPrivs|CapEff|CapPrm):' /proc/self/status\n"
            "echo \"udp $(bash -c 'exec 3<>/dev/udp/127.0.0.1/9 && echo opened' 2>&1 | tr '\\n' ' ')\"\n"
            "echo \"tree $(cat '"
                + t
                + "/profile')\"\n"
                  "if [ -e '"
                + QFile::encodeName(marker.fileName())
                + "' ]; then echo 'marker visible'; "
                  "else echo 'marker hidden'; fi\n"
                  "if touch '"
                + t
                + "/new' 2>/dev/null; then echo 'write yes'; else echo 'write no'; fi\n"
                  "echo \"mount $(awk '$5 == \""
                + t + "\" { print $6 }' /proc/self/mountinfo)\"\n",
            {tree, m_dir.path() + u"/bin"_s});
        QCOMPARE(valueOf(lines, u"uid "_s), QString::number(nobody->pw_uid));
        QCOMPARE(valueOf(lines, u"gid "_s), QString::number(nobody->pw_gid));
        QCOMPARE(valueOf(lines, u"groups "_s), QString::number(nobody->pw_gid));
        QCOMPARE(valueOf(lines, u"NoNewPrivs:"_s), u"1"_s);
        QCOMPARE(valueOf(lines, u"CapEff:"_s), u"0000000000000000"_s);
        QCOMPARE(valueOf(lines, u"CapPrm:"_s), u"0000000000000000"_s);
        QVERIFY2(valueOf(lines, u"udp "_s).contains(u"Permission denied"_s), qPrintable(lines.join(u'\n')));
        QCOMPARE(valueOf(lines, u"tree "_s), u"readable"_s);
        QCOMPARE(valueOf(lines, u"marker "_s), u"hidden"_s);
        QCOMPARE(valueOf(lines, u"write "_s), u"no"_s);
        QVERIFY2(valueOf(lines, u"mount "_s).split(u',').contains(u"ro"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(!QFile::exists(tree + u"/new"_s));
        const QStringList tasks = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(tasks.size() >= 2);
        for (const QString &task : tasks) {
            QFile status(u"/proc/self/task/"_s + task + u"/status"_s);
            QVERIFY(status.open(QIODevice::ReadOnly));
            const QList<QByteArray> fields = status.readAll().split('\n');
            for (const QByteArray &field : fields) {
                if (field.startsWith("Uid:") || field.startsWith("Gid:"))
                    QCOMPARE(field.mid(4).simplified(), QByteArray("0 0 0 0"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestParserSandbox)
#include "tst_parsersandbox.moc"
