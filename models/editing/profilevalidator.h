// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserdiagnostic.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

// Checks the text of a profile file, saved or not, with the real apparmor_parser
// ("-QK -M FEATURES": parse and compile, load nothing, no cache), run by ParserRunner on a
// worker thread, below the editor's priority.
//
// The buffer is written into a temporary overlay directory searched first ("-I OVERLAY -I
// PROFILEDIR"), so what is checked is the file as it would be on disk:
//  - a profile file is checked as itself;
//  - local/NAME is checked through its main profile NAME when that includes it, so an override
//    is checked together with the profile it extends;
//  - abstractions and tunables (and a local file no profile includes) are included by a small
//    wrapper profile.
// Requests are debounced and coalesced; a new request cancels the run in progress (its process
// is killed and its answer dropped). The GUI thread never blocks and does no file or process
// work: the overlay is written, the parser started, waited for and its output mapped on a
// worker thread; at most one run is in flight, and the requests that come while it is being
// cancelled collapse into the newest.
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
    // The same, with the text taken only when the check starts (an editor's buffer is copied
    // once per check, not once per keystroke).
    void schedule(const QString &file, std::function<QString()> text);
    // Checks now, cancelling any pending or running check.
    void validate(const QString &file, const QString &text);
    void cancel();
    bool isRunning() const { return m_running != nullptr; }
    int generation() const { return m_generation; }

Q_SIGNALS:
    void started(int generation);
    void finished(const ProfileValidator::Result &result);

private:
    struct Job
    {
        QString file;
        QString text;
        int generation = 0;
        QString profileDir;
        QString parser;
        QString features;
        std::atomic_bool cancelled = false;
    };
    static Result run(Job &job);
    void start();
    void launch();
    void onJobDone(const std::shared_ptr<Job> &job, const Result &result);
    void stopRunning();

    QString m_profileDir;
    QString m_parser;
    QString m_features;
    QTimer m_debounce;
    QString m_pendingFile;
    QString m_pendingText;
    std::function<QString()> m_pendingSource;
    int m_generation = 0;
    std::shared_ptr<Job> m_running;
    std::shared_ptr<Job> m_queued; // waits for the cancelled run to end
    QThreadPool m_pool;
};
Q_DECLARE_METATYPE(ProfileValidator::Result)
