// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserdiagnostic.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

#include <QProcess>
class QTemporaryDir;

// Checks the text of a profile file, saved or not, with the real apparmor_parser
// ("-QK -M FEATURES": parse and compile, load nothing, no cache), in a background QProcess.
//
// The buffer is written into a temporary overlay directory searched first ("-I OVERLAY -I
// PROFILEDIR"), so what is checked is the file as it would be on disk:
//  - a profile file is checked as itself;
//  - local/NAME is checked through its main profile NAME when that includes it, so an override
//    is checked together with the profile it extends;
//  - abstractions and tunables (and a local file no profile includes) are included by a small
//    wrapper profile.
// Requests are debounced; a new request cancels the run in progress (the process is killed,
// never waited for). The GUI thread never blocks.
class ProfileValidator : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString file; // the real file that was checked
        int generation = 0;
        bool valid = false;
        bool parserFailed = false; // the parser could not run or crashed
        QList<ParserDiagnostic> diagnostics;
        QString output; // the parser's stderr, as it printed it
        qint64 elapsedMs = 0;
    };

    explicit ProfileValidator(const QString &profileDir, QObject *parent = nullptr);
    ~ProfileValidator() override;

    void setParser(const QString &program) { m_parser = program; }
    void setFeaturesFile(const QString &file) { m_features = file; }
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }

    // Checks text as the content of file once typing pauses.
    void schedule(const QString &file, const QString &text);
    // Checks now, cancelling any pending or running check.
    void validate(const QString &file, const QString &text);
    void cancel();
    bool isRunning() const { return m_process != nullptr; }
    int generation() const { return m_generation; }

    // The parser's command line for a set of files (used by "armorctl validate" too).
    QStringList arguments(const QStringList &includeDirs, const QStringList &files) const;

Q_SIGNALS:
    void started(int generation);
    void finished(const ProfileValidator::Result &result);

private:
    void start();
    void stopProcess();

    QString m_profileDir;
    QString m_parser;
    QString m_features;
    QTimer m_debounce;
    QString m_pendingFile;
    QString m_pendingText;
    int m_generation = 0;
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_overlay;
};
Q_DECLARE_METATYPE(ProfileValidator::Result)
