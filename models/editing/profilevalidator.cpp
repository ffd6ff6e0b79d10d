// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilevalidator.h"
#include "boundedfile.h"
#include "config.h"
#include "losslessutf8.h"
#include "overridenaming.h"
#include "parserdiagnostics.h"
#include "parserrunner.h"
#include "policydocument.h"
#include "profileindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

ProfileValidator::ProfileValidator(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(QDir::cleanPath(QDir(profileDir).absolutePath()))
    , m_parser(QStringLiteral(ARMORER_APPARMOR_PARSER))
    , m_features(QStringLiteral(ARMORER_FEATURES_FILE))
{
    qRegisterMetaType<ProfileValidator::Result>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ProfileValidator::start);
    // One run at a time: the next waits for the cancelled one to end (a few milliseconds).
    m_pool.setMaxThreadCount(1);
}

ProfileValidator::~ProfileValidator()
{
    cancel();
    // The workers kill their parsers on cancellation, so this wait is short.
    m_pool.waitForDone();
}

void ProfileValidator::schedule(const QString &file, const QString &text)
{
    m_pendingFile = file;
    m_pendingText = text;
    m_pendingSource = nullptr;
    stopRunning(); // its answer would be stale by the time it came
    m_debounce.start();
}

void ProfileValidator::schedule(const QString &file, std::function<QString()> text)
{
    m_pendingFile = file;
    m_pendingText.clear();
    m_pendingSource = std::move(text);
    stopRunning();
    m_debounce.start();
}

void ProfileValidator::validate(const QString &file, const QString &text)
{
    m_pendingFile = file;
    m_pendingText = text;
    m_pendingSource = nullptr;
    m_debounce.stop();
    start();
}

void ProfileValidator::cancel()
{
    m_debounce.stop();
    m_queued.reset();
    stopRunning();
}

void ProfileValidator::stopRunning()
{
    // The worker sees the flag within a few milliseconds, kills the parser and returns; its
    // answer is dropped. m_running stays set until then, so no second run overlaps it.
    if (m_running)
        m_running->cancelled = true;
}

void ProfileValidator::start()
{
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    job->file = QDir::cleanPath(QFileInfo(m_pendingFile).absoluteFilePath());
    job->text = m_pendingSource ? m_pendingSource() : m_pendingText;
    job->profileDir = m_profileDir;
    job->parser = m_parser;
    job->features = m_features;
    m_pendingSource = nullptr;
    m_pendingText.clear();
    m_queued = std::move(job);
    if (m_running)
        m_running->cancelled = true; // launched when it ends
    else
        launch();
}

void ProfileValidator::launch()
{
    std::shared_ptr<Job> job = std::move(m_queued);
    m_queued.reset();
    if (!job)
        return;
    m_running = job;
    Q_EMIT started(job->generation);
    m_pool.start([this, job] {
        const Result result = run(*job);
        QMetaObject::invokeMethod(
            this,
            [this, job, result] {
                onJobDone(job, result);
            },
            Qt::QueuedConnection);
    });
}

void ProfileValidator::onJobDone(const std::shared_ptr<Job> &job, const Result &result)
{
    if (m_running == job)
        m_running.reset();
    const bool stale = job->cancelled || job->generation != m_generation;
    if (m_queued && !m_running)
        launch();
    if (!stale)
        Q_EMIT finished(result);
}

// Runs on a worker thread: nothing here touches the validator.
ProfileValidator::Result ProfileValidator::run(Job &job)
{
    const QString &file = job.file;
    const QString &text = job.text;
    const QString &profileDir = job.profileDir;
    Result failed;
    failed.file = file;
    failed.generation = job.generation;
    failed.parserFailed = true;

    QTemporaryDir overlay(QDir::tempPath() + u"/armorer-check-XXXXXX"_s);
    if (!overlay.isValid()) {
        failed.diagnostics.append(
            ParserDiagnostic::general(tr("Cannot create a temporary directory: %1").arg(overlay.errorString())));
        return failed;
    }

    const QString rel = file.startsWith(profileDir + u'/') ? file.mid(profileDir.size() + 1) : QString();
    const QString copy = overlay.filePath(rel.isEmpty() ? QFileInfo(file).fileName() : rel);
    QDir().mkpath(QFileInfo(copy).absolutePath());
    auto writeFile = [](const QString &path, const QString &content) {
        QFile f(path);
        // The bytes the file would have: those that are not UTF-8 as they were.
        return f.open(QIODevice::WriteOnly) && f.write(LosslessUtf8::encode(content)) >= 0;
    };
    writeFile(copy, text);

    ParserDiagnostics diagnostics;
    diagnostics.mapPath(copy, file, text);
    const QStringList includeDirs{overlay.path(), profileDir};
    diagnostics.setIncludeDirs(includeDirs);

    QString target = copy;
    const bool topLevel = !rel.isEmpty() && ProfileIndex::isProfileFile(rel);
    if (!rel.isEmpty() && !topLevel) {
        QString mainProfile;
        if (rel.startsWith(u"local/"_s)) {
            // The profile file that includes this override (OverrideNaming says where to look).
            for (const QString &name : OverrideNaming::profileFilesFor(rel.mid(6))) {
                const QString candidate = profileDir + u'/' + name;
                if (!ProfileIndex::isProfileFileName(name))
                    continue;
                const BoundedFile::Result candidateText = BoundedFile::read(candidate, 4 * 1024 * 1024);
                if (!candidateText.ok())
                    continue;
                const PolicyDocument doc = PolicyDocument::parse(QString::fromUtf8(candidateText.data));
                const auto &nodes = doc.nodes();
                if (std::any_of(nodes.cbegin(), nodes.cend(), [&rel](const PolicyDocument::Node &n) {
                        return n.kind == PolicyDocument::NodeKind::Include && n.angled && n.name == rel;
                    })) {
                    mainProfile = candidate;
                    break;
                }
            }
        }
        if (!mainProfile.isEmpty()) {
            target = mainProfile;
        } else {
            // A fragment: rules (abstractions, local) or variables (tunables) included where
            // they belong.
            QString wrapper;
            if (rel.startsWith(u"tunables/"_s))
                wrapper = u"include <%1>\nprofile armorer-check {\n}\n"_s.arg(rel);
            else
                wrapper = u"include <tunables/global>\nprofile armorer-check {\n  include <%1>\n}\n"_s.arg(rel);
            target = overlay.filePath(u".armorer-check"_s);
            writeFile(target, wrapper);
            diagnostics.mapPath(target, file, wrapper);
        }
    }
    // Everything else in the overlay reads as the real file it stands for.
    if (!rel.isEmpty())
        diagnostics.mapPath(overlay.filePath(rel), file, text);

    ParserRunner runner(ParserRunner::LoadMode::ValidateOnly, job.parser);
    runner.setFeaturesFile(job.features);
    runner.setDiagnostics(diagnostics);
    runner.setCancelFlag(&job.cancelled);
    // A check runs as the user types: the parser and its workers give the CPU to the editor,
    // so a keystroke never waits behind it.
    runner.setNice(10);
    QElapsedTimer timer;
    timer.start();
    const ParserRunner::Result ran = runner.validate(profileDir, target, includeDirs);
    if (ran.cancelled)
        return failed;
    if (!ran.started) {
        failed.diagnostics.append(ParserDiagnostic::general(tr("Cannot run %1: %2").arg(job.parser, ran.output)));
        return failed;
    }

    Result r;
    r.file = file;
    r.generation = job.generation;
    r.elapsedMs = timer.elapsed();
    r.output = ran.output;
    r.diagnostics = ran.diagnostics;
    r.parserFailed = ran.crashed || ran.timedOut;
    // An error the parser printed makes the file invalid even when it exits 0 (it does, for
    // one, when a --base or include directory is missing).
    const bool printedError = std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [](const ParserDiagnostic &d) {
        return d.severity == ParserDiagnostic::Severity::Error;
    });
    r.valid = ran.ok && !printedError;
    if (!r.valid && r.diagnostics.isEmpty())
        r.diagnostics.append(ParserDiagnostic::general(ran.timedOut
                ? tr("apparmor_parser did not finish in time")
                : tr("apparmor_parser failed (exit code %1) without a message").arg(ran.exitCode)));
    return r;
}
