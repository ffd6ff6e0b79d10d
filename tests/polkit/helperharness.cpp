// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperharness.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
const QString RulesFile = u"/etc/polkit-1/rules.d/10-armorer-test.rules"_s;

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

constexpr QFileDevice::Permissions ReadableByAll
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// Waits until name is on the bus, and when ownerPid is given, owned by that process (not by
// a helper that was just killed and whose connection the bus has not dropped yet).
enum class Owner { Held, Released };
// Polls the bus until name has an owner (ownerPid's, when given), or none for Released.
bool waitForName(const QString &address, const QString &name, int ms, Owner want = Owner::Held, qint64 ownerPid = 0)
{
    const QString connectionName = u"harness-"_s + name;
    bool found = false;
    {
        QDBusConnection bus = QDBusConnection::connectToBus(address, connectionName);
        const QDeadlineTimer deadline(ms);
        while (bus.isConnected() && !deadline.hasExpired()) {
            const bool owned = bus.interface()->isServiceRegistered(name).value()
                && (ownerPid == 0 || qint64(bus.interface()->servicePid(name).value()) == ownerPid);
            if (owned == (want == Owner::Held)) {
                found = true;
                break;
            }
            QThread::msleep(10);
        }
    }
    QDBusConnection::disconnectFromBus(connectionName);
    return found;
}
} // namespace

bool HelperHarness::enterPrivateMounts(QString *error)
{
    if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *error = u"cannot make a private mount namespace (needs root)"_s;
        return false;
    }
    for (const char *dir : {"/etc/polkit-1/rules.d", "/usr/share/polkit-1/rules.d", "/usr/share/polkit-1/actions"}) {
        ::mkdir(dir, 0755);
        if (::mount("tmpfs", dir, "tmpfs", 0, "mode=0755") != 0) {
            *error = u"cannot mount a tmpfs on "_s + QString::fromLatin1(dir);
            return false;
        }
    }
    // The package's .policy and .rules, where the package installs them.
    QFile policy(QStringLiteral(ARMORER_POLKIT_SOURCE_DIR) + u"/io.github.armorer.policy"_s);
    QFile rules(QStringLiteral(ARMORER_POLKIT_SOURCE_DIR) + u"/io.github.armorer.rules"_s);
    if (!policy.open(QIODevice::ReadOnly) || !rules.open(QIODevice::ReadOnly)
        || !writeFile(u"/usr/share/polkit-1/actions/io.github.armorer.policy"_s, policy.readAll(), ReadableByAll)
        || !writeFile(u"/usr/share/polkit-1/rules.d/60-io.github.armorer.rules"_s, rules.readAll(), ReadableByAll)) {
        *error = u"cannot install io.github.armorer.policy and .rules"_s;
        return false;
    }
    // nobody joins adm in a private copy of /etc/group, which polkitd reads for isInGroup().
    QFile groups(u"/etc/group"_s);
    if (!groups.open(QIODevice::ReadOnly)) {
        *error = u"cannot read /etc/group"_s;
        return false;
    }
    QList<QByteArray> lines = groups.readAll().split('\n');
    for (QByteArray &line : lines) {
        if (line.startsWith("adm:"))
            line += line.endsWith(':') ? "nobody" : ",nobody";
    }
    static QTemporaryDir copyDir;
    const QString copy = copyDir.path() + u"/group"_s;
    if (!writeFile(copy, lines.join('\n'), ReadableByAll)
        || ::mount(QFile::encodeName(copy).constData(), "/etc/group", nullptr, MS_BIND, nullptr) != 0) {
        *error = u"cannot bind a private /etc/group"_s;
        return false;
    }
    return true;
}

HelperHarness::HelperHarness()
    : m_dir(u"/tmp/armorer-polkit-XXXXXX"_s)
{
    QFile::setPermissions(
        m_dir.path(), ReadableByAll | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
}

HelperHarness::~HelperHarness()
{
    for (auto *process : {m_helper.get(), m_polkit.get(), m_bus.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(1000);
        }
    }
}

bool HelperHarness::start(QString *error)
{
    // A system-type bus: deny by default, the distribution's policy files (polkitd's own among
    // them), and our io.github.armorer.Helper1.conf exactly as it is installed.
    const QString confDir = m_dir.path() + u"/system.d"_s;
    QDir().mkpath(confDir);
    QFile ours(QStringLiteral(ARMORER_POLKIT_SOURCE_DIR) + u"/io.github.armorer.Helper1.conf"_s);
    if (!ours.open(QIODevice::ReadOnly)
        || !writeFile(confDir + u"/io.github.armorer.Helper1.conf"_s, ours.readAll(), ReadableByAll)) {
        *error = u"cannot copy the bus policy"_s;
        return false;
    }
    const QByteArray config = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig>\n"
                              "  <type>system</type>\n"
                              "  <listen>unix:path="
        + m_dir.path().toUtf8()
        + "/system_bus_socket</listen>\n"
          "  <auth>EXTERNAL</auth>\n"
          "  <policy context=\"default\">\n"
          "    <allow user=\"*\"/>\n"
          "    <deny own=\"*\"/>\n"
          "    <deny send_type=\"method_call\"/>\n"
          "    <allow send_type=\"signal\"/>\n"
          "    <allow send_requested_reply=\"true\" send_type=\"method_return\"/>\n"
          "    <allow send_requested_reply=\"true\" send_type=\"error\"/>\n"
          "    <allow receive_type=\"method_call\"/>\n"
          "    <allow receive_type=\"method_return\"/>\n"
          "    <allow receive_type=\"error\"/>\n"
          "    <allow receive_type=\"signal\"/>\n"
          "    <allow send_destination=\"org.freedesktop.DBus\" send_interface=\"org.freedesktop.DBus\"/>\n"
          "    <allow send_destination=\"org.freedesktop.DBus\" "
          "send_interface=\"org.freedesktop.DBus.Introspectable\"/>\n"
          "    <allow send_destination=\"org.freedesktop.DBus\" send_interface=\"org.freedesktop.DBus.Properties\"/>\n"
          "    <deny send_destination=\"org.freedesktop.DBus\" send_interface=\"org.freedesktop.DBus\" "
          "send_member=\"UpdateActivationEnvironment\"/>\n"
          "  </policy>\n"
          "  <includedir>/usr/share/dbus-1/system.d</includedir>\n"
          "  <includedir>"
        + confDir.toUtf8()
        + "</includedir>\n"
          "</busconfig>\n";
    const QString configFile = m_dir.path() + u"/system.conf"_s;
    if (!writeFile(configFile, config, ReadableByAll)) {
        *error = u"cannot write the bus configuration"_s;
        return false;
    }
    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_bus->start(u"dbus-daemon"_s, {u"--config-file="_s + configFile, u"--nofork"_s, u"--print-address=1"_s});
    if (!m_bus->waitForStarted(5000) || !m_bus->waitForReadyRead(10000)) {
        *error = u"dbus-daemon did not start"_s;
        return false;
    }
    m_address = QString::fromUtf8(m_bus->readLine().trimmed());
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());

    m_polkit = std::make_unique<QProcess>();
    m_polkit->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_polkit->setStandardOutputFile(QProcess::nullDevice());
    m_polkit->start(u"/usr/lib/polkit-1/polkitd"_s, {u"--no-debug"_s});
    if (!m_polkit->waitForStarted(5000) || !waitForName(m_address, u"org.freedesktop.PolicyKit1"_s, 15000)) {
        *error = u"polkitd did not start"_s;
        return false;
    }
    return true;
}

bool HelperHarness::startHelper(const QString &root, int idleTimeoutMs, QString *error)
{
    m_helper = std::make_unique<QProcess>();
    m_helper->setProcessChannelMode(QProcess::MergedChannels);
    m_helperLog.clear();
    m_helper->start(QStringLiteral(ARMORER_BIN_DIR) + u"/armorer-helper"_s,
        {u"--root"_s, root, u"--validate-only"_s, u"--idle-timeout"_s, QString::number(idleTimeoutMs)});
    if (!m_helper->waitForStarted(5000)
        || !waitForName(m_address, u"io.github.armorer.Helper1"_s, 10000, Owner::Held, m_helper->processId())) {
        // Collects what it printed, and how it ended if it did.
        m_helper->waitForFinished(1000);
        *error = u"armorer-helper did not start (%1): "_s.arg(m_helper->state() == QProcess::NotRunning
                         ? u"exit code %1"_s.arg(m_helper->exitCode())
                         : u"still running"_s)
            + helperLog();
        return false;
    }
    return true;
}

bool HelperHarness::waitForHelperNameReleased(int ms)
{
    return waitForName(m_address, u"io.github.armorer.Helper1"_s, ms, Owner::Released);
}

QString HelperHarness::helperLog()
{
    if (m_helper)
        m_helperLog += m_helper->readAll();
    return QString::fromUtf8(m_helperLog);
}

void HelperHarness::setRuleScript(const QByteArray &body, const QString &expectedModeError)
{
    writeFile(RulesFile, "polkit.addRule(function(action, subject) {\n" + body + "\n});\n", ReadableByAll);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QThread::msleep(100);
        if (!m_helper || m_helper->state() != QProcess::Running)
            return;
        if (probe({u"mode"_s}).value(u"error"_s).toString() == expectedModeError)
            return;
    }
}

void HelperHarness::setRule(Rule rule)
{
    QFile::remove(RulesFile);
    if (rule != Rule::None) {
        const QByteArray result = rule == Rule::Yes ? "polkit.Result.YES" : "polkit.Result.NO";
        writeFile(RulesFile,
            "polkit.addRule(function(action, subject) {\n"
            "    if (action.id.indexOf(\"io.github.armorer.\") == 0 && subject.user == \"armorer-test\")\n"
            "        return "
                + result + ";\n});\n",
            ReadableByAll);
    }
    // polkitd re-reads rules.d on change; give it the moment it needs, then check with a call
    // it must answer by the new rule.
    const QString expected = rule == Rule::Yes ? QString()
        : rule == Rule::No                     ? u"org.freedesktop.DBus.Error.AccessDenied"_s
                                               : u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"_s;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QThread::msleep(100);
        if (!m_helper || m_helper->state() != QProcess::Running)
            return;
        if (probe({u"mode"_s}).value(u"error"_s).toString() == expected)
            return;
    }
}

QString HelperHarness::writeTextFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.path() + u'/' + name;
    writeFile(path, bytes, ReadableByAll);
    return path;
}

std::unique_ptr<QProcess> HelperHarness::startProbe(const QStringList &arguments, int uid, const QList<int> &groups)
{
    QStringList groupList;
    for (const int gid : groups)
        groupList.append(QString::number(gid));
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_address);
    environment.insert(u"HOME"_s, u"/tmp"_s);
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(u"setpriv"_s,
        QStringList{u"--reuid="_s + QString::number(uid), u"--regid="_s + QString::number(uid),
            groups.isEmpty() ? u"--clear-groups"_s : u"--groups="_s + groupList.join(u','),
            QStringLiteral(ARMORER_BIN_DIR) + u"/armorer-helperprobe"_s}
            + arguments);
    process->waitForStarted(5000);
    return process;
}

QJsonObject HelperHarness::probe(const QStringList &arguments, int uid, const QList<int> &groups)
{
    const std::unique_ptr<QProcess> process = startProbe(arguments, uid, groups);
    process->waitForFinished(60000);
    const QByteArray output = process->readAllStandardOutput();
    QJsonObject result = QJsonDocument::fromJson(output).object();
    if (result.isEmpty())
        result.insert(u"probe-failed"_s, QString::fromUtf8(output));
    return result;
}
