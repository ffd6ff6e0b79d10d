// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// The real thing, inside the trixie root: a dbus-daemon with a system-type configuration on a
// private socket (our bus policy file included), a real polkitd with our .policy, the helper
// running as root, and clients running as the real non-root user armorer-test (uid 4711),
// because polkit authorizes uid 0 whatever the rules say. polkit's directories are replaced by
// private tmpfs mounts in a private mount namespace, so the shared root is never touched.
class HelperHarness
{
public:
    static constexpr int TestUid = 4711;
    enum class Rule { Yes, No, None };

    // Call first thing in main(), before any thread exists: the private mount namespace.
    static bool enterPrivateMounts(QString *error);

    HelperHarness();
    ~HelperHarness();

    bool start(QString *error);
    // The helper as root on a sandbox root, with reloads replaced by -QK.
    bool startHelper(const QString &root, int idleTimeoutMs, QString *error);
    // Whether io.github.armorer.Helper1 has no owner within ms.
    bool waitForHelperNameReleased(int ms);
    QProcess *helper() { return m_helper.get(); }
    QString helperLog();

    // Switches the polkit decision for armorer-test on io.github.armorer.* and waits until
    // polkitd has read it.
    void setRule(Rule rule);
    // A rule of the test's own (the body of polkit.addRule's function); waits until a Mode call
    // by armorer-test gets expectedModeError ("" for allowed).
    void setRuleScript(const QByteArray &body, const QString &expectedModeError);
    qint64 polkitPid() const { return m_polkit ? m_polkit->processId() : 0; }
    // A member of adm: nobody (uid 65534), in the private copy of /etc/group and with adm's
    // gid among the probe's groups (polkit takes a caller's groups from the bus).
    static constexpr int AdmUid = 65534;
    static constexpr int AdmGid = 4;

    // Runs armorer-helperprobe as armorer-test; returns its JSON output.
    // groups: its supplementary groups (none by default).
    QJsonObject probe(const QStringList &arguments, int uid = TestUid, const QList<int> &groups = {});
    // The same, started and left running (stdout: the JSON lines).
    std::unique_ptr<QProcess> startProbe(
        const QStringList &arguments, int uid = TestUid, const QList<int> &groups = {});
    // A file armorer-test can read (the probe's text argument).
    QString writeTextFile(const QString &name, const QByteArray &bytes);

    QString busAddress() const { return m_address; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_polkit;
    std::unique_ptr<QProcess> m_helper;
    QByteArray m_helperLog;
};
