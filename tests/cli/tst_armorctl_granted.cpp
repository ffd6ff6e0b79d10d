// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperchangechannel.h"
#include "helperclient.h"
#include "helperoverrideapplier.h"
#include "overrideeditor.h"
#include "privatehelper.h"
#include "privatehelpersandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// armorctl granted: the override's rules with the journal's changes, through the demo's
// private helper (History) or, with --root alone, without it.
class TestArmorctlGranted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void json();
    void text();
    void withoutHelper();
    void unknownProfile();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run armorctl(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_helper->address());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), QStringList{u"granted"_s} + args);
        if (!p.waitForFinished(60000))
            return {-1, {}, "timeout"};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
    }
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateHelper> m_helper;
};

void TestArmorctlGranted::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_helper = std::make_unique<PrivateHelper>();
    QString error;
    QVERIFY2(PrivateHelperSandbox::start(m_dir->path(), u"usr.sbin.dnsmasq"_s,
                 "profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n}\n", m_helper.get(), &error),
        qPrintable(error));

    // Two allows through the helper, then a comment and a rule added by hand.
    HelperClient client(m_helper->connection());
    HelperChangeChannel channel(&client);
    HelperOverrideApplier applier(&channel, SystemRoot::fromDirectory(m_dir->path()));
    ProfileIndex index;
    index.build(profileDir());
    applier.setIndex(index);
    for (const QString &rule : {u"/srv/tftp/** r,"_s, u"capability net_raw,"_s}) {
        const QString text = OverrideEditor::insertRule(
            applier.currentOverride(u"dnsmasq"_s), RuleTarget::fromLabel(u"dnsmasq"_s), rule);
        const OverrideApplier::Result result = PrivateHelperSandbox::applyAndWait(applier, u"dnsmasq"_s, text);
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    QFile local(profileDir() + u"/local/usr.sbin.dnsmasq"_s);
    QVERIFY(local.open(QIODevice::Append));
    local.write("# by hand\n/srv/extra r,\n");
}

void TestArmorctlGranted::cleanup()
{
    m_helper.reset();
    m_dir.reset();
}

void TestArmorctlGranted::json()
{
    const Run run = armorctl({u"dnsmasq"_s, u"--json"_s, u"--root"_s, m_dir->path(), u"--helper"_s});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(u"profile"_s).toString(), u"dnsmasq"_s);
    QCOMPARE(o.value(u"file"_s).toString(), u"local/usr.sbin.dnsmasq"_s);
    const QJsonArray rules = o.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules[0][u"rule"_s].toString(), u"/srv/tftp/** r,"_s);
    QCOMPARE(rules[1][u"rule"_s].toString(), u"capability net_raw,"_s);
    QCOMPARE(rules[2][u"rule"_s].toString(), u"/srv/extra r,"_s);
    QVERIFY(rules[0][u"change"_s].isString());
    QVERIFY(rules[1][u"change"_s].toString().toInt() > rules[0][u"change"_s].toString().toInt());
    QCOMPARE(rules[1][u"uid"_s].toInteger(), qint64(getuid()));
    QVERIFY(rules[2][u"change"_s].isNull()); // by hand
    QCOMPARE(rules[2][u"line"_s].toInt(), 4);
    QVERIFY(rules[2][u"removable"_s].toBool());
    // Edited by hand since the last change: Undo would be refused, so none is offered.
    QVERIFY(o.value(u"undoableChange"_s).isNull());
}

void TestArmorctlGranted::text()
{
    const Run run = armorctl({u"dnsmasq"_s, u"--root"_s, m_dir->path(), u"--helper"_s});
    QVERIFY2(run.code == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.value(0), QByteArray("# local/usr.sbin.dnsmasq"));
    QVERIFY2(lines.value(1).startsWith("/srv/tftp/** r,  # change "), run.out.constData());
    QVERIFY(lines.value(2).startsWith("capability net_raw,  # change "));
    QCOMPARE(lines.value(3), QByteArray("/srv/extra r,"));
}

void TestArmorctlGranted::withoutHelper()
{
    const Run run = armorctl({u"dnsmasq"_s, u"--json"_s, u"--root"_s, m_dir->path()});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonArray rules = QJsonDocument::fromJson(run.out).object().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 3);
    for (const QJsonValue &rule : rules)
        QVERIFY(rule[u"change"_s].isNull());
}

void TestArmorctlGranted::unknownProfile()
{
    const Run run = armorctl({u"nosuch"_s, u"--root"_s, m_dir->path()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains("nosuch"));
    QCOMPARE(armorctl({u"--root"_s, m_dir->path()}).code, 2);
}

QTEST_GUILESS_MAIN(TestArmorctlGranted)
#include "tst_armorctl_granted.moc"
