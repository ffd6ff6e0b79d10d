// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "helpererror.h"
#include "statussnapshot.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QObject>

#include <functional>
#include <memory>

class IoGithubArmorerHelper1Interface;

// The GUI's and armorctl's side of armorer-helper: the proxy generated from the same XML file
// as the helper's adaptor, with typed results, asynchronous calls (callbacks run in the
// caller's thread) and errors mapped back to HelperError. Interactive authorization is
// allowed, so polkit's agent can ask for a password for "modify". Reads are public; changes
// are made only through HelperChangeChannel.
class HelperClient : public QObject
{
    Q_OBJECT

public:
    struct Change
    {
        HelperError error;
        QString changeId;
        QString hash;
    };
    struct Override
    {
        HelperError error;
        QString text;
        QString hash;
    };
    struct Profiles
    {
        HelperError error;
        StatusSnapshot snapshot;
    };
    struct Denials
    {
        HelperError error;
        QStringList records; // raw log lines: DenialParser::parseLine() them
        QString nextCursor;
    };

    // The system bus by default; the demo passes its private bus.
    explicit HelperClient(const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr);
    ~HelperClient() override;

    // Every call has a time limit: reads ReadTimeoutMs, changes ChangeTimeoutMs (they may wait
    // for the user at a polkit password prompt). setTimeout() sets both (tests).
    static constexpr int ReadTimeoutMs = 25 * 1000;
    static constexpr int ChangeTimeoutMs = 120 * 1000;
    void setTimeout(int ms);

    void listProfiles(std::function<void(const Profiles &)> done);
    void readDenials(const QString &cursor, uint max, std::function<void(const Denials &)> done);
    void readOverride(const QString &profile, std::function<void(const Override &)> done);
    void history(std::function<void(const HelperError &, const QString &historyJson)> done);
    void mode(std::function<void(const HelperError &, const QString &mode)> done);

    // Blocks until every pending call has answered (armorctl, tests).
    void waitForPending();

    static HelperError errorFrom(const QDBusError &error);
    // A sentence for the user (translated here, never in the helper).
    static QString describe(const HelperError &error);
    // ListProfiles' aa-status JSON back into a snapshot.
    static StatusSnapshot snapshotFromJson(int state, const QString &json);

private:
    // The change calls: only HelperChangeChannel, the one change channel, makes them.
    friend class HelperChangeChannel;
    // A change whose reply is lost (the helper stopped, or the call timed out) is looked up in
    // History before it is reported as failed: the journal says whether it was made.
    void writeOverride(const QString &profile, const QString &text, const QString &expectedHash,
        std::function<void(const Change &)> done);
    // ApplyOverride: the include (in child's block when child is not "") and the override in one call.
    void applyOverride(const QString &profile, const QString &child, const QString &text, const QString &expectedHash,
        std::function<void(const Change &)> done);
    // mode: enforce, complain, kill, unconfined or prompt.
    void setMode(const QString &profile, const QString &mode, std::function<void(const Change &)> done);
    void unloadProfile(const QString &profile, std::function<void(const Change &)> done);
    void disableProfile(const QString &profile, std::function<void(const Change &)> done);
    void enableProfile(const QString &profile, std::function<void(const Change &)> done);
    void undo(const QString &changeId, std::function<void(const Change &)> done);

    // When the bus is missing, done gets HelperUnavailable (queued, like a reply); true then.
    bool refuseWithoutBus(const std::function<void(const HelperError &)> &done);
    // After a lost reply: done(change) if History shows the change to profile that left text's
    // hash, else done(lost).
    void findInHistory(
        const QString &profile, const QString &text, const Change &lost, std::function<void(const Change &)> done);

    QDBusConnection m_bus;
    std::unique_ptr<IoGithubArmorerHelper1Interface> m_proxy;
    int m_readTimeout = ReadTimeoutMs;
    int m_changeTimeout = ChangeTimeoutMs;
    int m_pending = 0;
};
