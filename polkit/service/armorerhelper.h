// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "authorizer.h"
#include "overridewriter.h"
#include "systemroot.h"

#include <QDBusContext>
#include <QObject>
#include <QTimer>

// The object armorer-helper exports at /io/github/armorer/Helper1. Its slots are the
// interface (the generated Helper1Adaptor forwards to them); every one authorizes its caller
// before anything else, and every call restarts the idle timer.
class ArmorerHelper : public QObject, protected QDBusContext
{
    Q_OBJECT

public:
    static constexpr auto ServiceName = "io.github.armorer.Helper1";
    static constexpr auto ObjectPath = "/io/github/armorer/Helper1";

    ArmorerHelper(const SystemRoot &root, const ParserRunner &parser, Authorizer *authorizer, int idleTimeoutMs,
        QObject *parent = nullptr);

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
    QString EnsureLocalInclude(const QString &profile);
    QString ApplyOverride(
        const QString &profile, const QString &child, const QString &text, const QString &expectedHash, QString &hash);
    void ReloadProfile(const QString &profile);
    QString SetMode(const QString &profile, const QString &mode);
    void UnloadProfile(const QString &profile);
    QString History();
    QString Undo(const QString &changeId);

private:
    // Authorizes the current call; on refusal sends the error reply and returns false.
    bool authorize(const char *action);
    // Milliseconds the last authorize() took (the polkit check), for the step log.
    qint64 m_authorizeMs = 0;
    // Sends error as the reply when it is one; returns whether it was.
    bool fail(const HelperError &error);
    qint64 callerUid();
    void logChange(const char *method, const QString &what, const OverrideWriter::Outcome &outcome, qint64 ms);

    SystemRoot m_root;
    ParserRunner m_parser;
    OverrideWriter m_writer;
    Authorizer *m_authorizer;
    QTimer m_idle;
};
