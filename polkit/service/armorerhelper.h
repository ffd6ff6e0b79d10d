// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "authorizer.h"
#include "overridewriter.h"
#include "systemroot.h"

#include <QDBusContext>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

// The object armorer-helper exports at /io/github/armorer/Helper1. Its slots are the
// interface (the generated Helper1Adaptor forwards to them). Every call is answered later: the
// slot asks polkit (asynchronously, so other callers are served meanwhile) and does its work
// only after a yes. Only authorized work restarts the idle timer, so a caller polkit refuses
// cannot keep a root process alive.
// A change is staged and compiled while polkit decides: the parser runs on a worker thread, in
// an unprivileged child (ParserSandbox), and the helper's thread only writes and loads the
// binary after a yes. A no cancels the compile; nothing is written.
class ArmorerHelper : public QObject, protected QDBusContext
{
    Q_OBJECT

public:
    static constexpr auto ServiceName = "io.github.armorer.Helper1";
    static constexpr auto ObjectPath = "/io/github/armorer/Helper1";

    ArmorerHelper(const SystemRoot &root, const ParserRunner &parser, Authorizer *authorizer, int idleTimeoutMs,
        const ParserSandbox &sandbox = ParserSandbox(ParserSandbox::Level::Unprivileged), QObject *parent = nullptr);
    ~ArmorerHelper() override;

    // Opens the profile tree and the journal; false (with a message on stderr) if it cannot.
    HelperError open();

Q_SIGNALS:
    void idle();

public Q_SLOTS:
    QString Mode();
    int ListProfiles(QString &statusJson);
    QStringList ReadDenials(const QString &cursor, uint max, QString &nextCursor);
    QString ReadOverride(const QString &profile, QString &hash);
    QString WriteOverride(const QString &profile, const QString &text, const QString &expectedHash, QString &hash);
    QString ApplyOverride(
        const QString &profile, const QString &child, const QString &text, const QString &expectedHash, QString &hash);
    QString SetMode(const QString &profile, const QString &mode);
    void UnloadProfile(const QString &profile);
    QString DisableProfile(const QString &profile);
    QString EnableProfile(const QString &profile);
    QString History();
    QString Undo(const QString &changeId);

private:
    // The reply's arguments, or the error to send instead.
    using Work = std::function<QVariantList(HelperError *error)>;
    // Takes over the current call: asks polkit for action (with details for modify), then runs
    // work and sends its reply, or sends the refusal.
    void authorized(const char *action, const Authorizer::Details &details, Work work);
    // A change: stage() is called now and its compile started; after polkit's yes and the
    // compile, the writer commits it and reply() builds the answer from the outcome.
    struct Change;
    using Reply = std::function<QVariantList(const OverrideWriter::Outcome &)>;
    void change(const char *method, const QString &what, const Authorizer::Details &details,
        std::function<OverrideWriter::StagedPtr()> stage, Reply reply);
    void startCompile(const std::shared_ptr<Change> &change);
    void finish(const std::shared_ptr<Change> &change);
    static qint64 uidOf(const QDBusConnection &bus, const QDBusMessage &message);
    // details for a change to profile: polkit shows them in its prompt and .rules can read them.
    static Authorizer::Details changeDetails(const QString &profile, const QString &change);
    void logChange(
        const char *method, const QString &what, const OverrideWriter::Outcome &outcome, qint64 authMs, qint64 ms);
    void idleTimeout();

    SystemRoot m_root;
    ParserRunner m_parser;
    OverrideWriter m_writer;
    Authorizer *m_authorizer;
    QTimer m_idle;
    // Changes polkit has allowed whose compile or commit is still running: authorized work,
    // which keeps the helper up (it must not exit between the yes and the reply).
    int m_working = 0;
    QThreadPool m_compiles; // last: waited for before the writer goes
};
