// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilevalidator.h"
#include "config.h"
#include "includedirective.h"
#include "parserdiagnostics.h"
#include "profileindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

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
}

ProfileValidator::~ProfileValidator()
{
    stopProcess();
}

QStringList ProfileValidator::arguments(const QStringList &includeDirs, const QStringList &files) const
{
    QStringList args{u"-QK"_s, u"-M"_s, m_features, u"--base"_s, m_profileDir};
    for (const QString &dir : includeDirs)
        args << u"-I"_s << dir;
    args << u"--"_s << files;
    return args;
}

void ProfileValidator::schedule(const QString &file, const QString &text)
{
    m_pendingFile = file;
    m_pendingText = text;
    stopProcess(); // its answer would be stale by the time it came
    m_debounce.start();
}

void ProfileValidator::validate(const QString &file, const QString &text)
{
    m_pendingFile = file;
    m_pendingText = text;
    m_debounce.stop();
    start();
}

void ProfileValidator::cancel()
{
    m_debounce.stop();
    stopProcess();
}

void ProfileValidator::stopProcess()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    // Killed, and deleted once it is reaped: QProcess's destructor would wait for it, so it
    // must not die with its parent either.
    p->setParent(nullptr);
    connect(p, &QProcess::finished, p, &QObject::deleteLater);
    connect(p, &QProcess::errorOccurred, p, &QObject::deleteLater);
    p->kill();
    m_overlay.reset();
}

void ProfileValidator::start()
{
    stopProcess();
    const int generation = ++m_generation;
    const QString file = QDir::cleanPath(QFileInfo(m_pendingFile).absoluteFilePath());
    const QString text = m_pendingText;

    auto overlay = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/armorer-check-XXXXXX"_s);
    Result failed;
    failed.file = file;
    failed.generation = generation;
    failed.parserFailed = true;
    if (!overlay->isValid()) {
        failed.diagnostics.append(
            ParserDiagnostic::general(tr("Cannot create a temporary directory: %1").arg(overlay->errorString())));
        QMetaObject::invokeMethod(
            this,
            [this, failed] {
                Q_EMIT finished(failed);
            },
            Qt::QueuedConnection);
        return;
    }

    const QString rel = file.startsWith(m_profileDir + u'/') ? file.mid(m_profileDir.size() + 1) : QString();
    const QString copy = overlay->filePath(rel.isEmpty() ? QFileInfo(file).fileName() : rel);
    QDir().mkpath(QFileInfo(copy).absolutePath());
    auto writeFile = [](const QString &path, const QString &content) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content.toUtf8()) >= 0;
    };
    writeFile(copy, text);

    auto diagnostics = std::make_shared<ParserDiagnostics>();
    diagnostics->mapPath(copy, file, text);
    QStringList includeDirs{overlay->path(), m_profileDir};
    diagnostics->setIncludeDirs(includeDirs);

    QString target = copy;
    const bool topLevel = !rel.isEmpty() && !rel.contains(u'/') && ProfileIndex::isProfileFileName(rel);
    if (!rel.isEmpty() && !topLevel) {
        QString mainProfile;
        if (rel.startsWith(u"local/"_s)) {
            const QString candidate = m_profileDir + u'/' + rel.mid(6);
            QFile f(candidate);
            if (f.open(QIODevice::ReadOnly)) {
                const QString mainText = QString::fromUtf8(f.read(4 * 1024 * 1024));
                for (QStringView line : QStringView(mainText).split(u'\n')) {
                    const IncludeDirective inc = IncludeDirective::parse(line);
                    if (inc.isValid() && inc.target == rel) {
                        mainProfile = candidate;
                        break;
                    }
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
            target = overlay->filePath(u".armorer-check"_s);
            writeFile(target, wrapper);
            diagnostics->mapPath(target, file, wrapper);
        }
    }
    // Everything else in the overlay reads as the real file it stands for.
    if (!rel.isEmpty())
        diagnostics->mapPath(overlay->filePath(rel), file, text);

    auto *process = new QProcess(this);
    m_process = process;
    m_overlay = std::move(overlay);
    process->setProgram(m_parser);
    process->setArguments(arguments(includeDirs, {target}));
    process->setProcessChannelMode(QProcess::MergedChannels);
    // A fixed, minimal environment: the parser's messages stay in English for the mapping.
    QProcessEnvironment env;
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"PATH"_s, u"/usr/sbin:/usr/bin:/sbin:/bin"_s);
    process->setProcessEnvironment(env);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(process, &QProcess::finished, this,
        [this, process, file, generation, diagnostics, timer](int code, QProcess::ExitStatus status) {
            Result r;
            r.file = file;
            r.generation = generation;
            r.elapsedMs = timer->elapsed();
            r.output = QString::fromUtf8(process->readAll());
            r.diagnostics = diagnostics->parse(r.output);
            r.parserFailed = status != QProcess::NormalExit;
            r.valid = !r.parserFailed && code == 0;
            if (!r.valid && r.diagnostics.isEmpty())
                r.diagnostics.append(
                    ParserDiagnostic::general(tr("apparmor_parser failed (exit code %1) without a message").arg(code)));
            m_process = nullptr;
            process->deleteLater();
            m_overlay.reset();
            Q_EMIT finished(r);
        });
    connect(process, &QProcess::errorOccurred, this, [this, process, file, generation](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes end in finished()
        Result r;
        r.file = file;
        r.generation = generation;
        r.parserFailed = true;
        r.diagnostics.append(ParserDiagnostic::general(tr("Cannot run %1: %2").arg(m_parser, process->errorString())));
        m_process = nullptr;
        process->deleteLater();
        m_overlay.reset();
        Q_EMIT finished(r);
    });
    Q_EMIT started(generation);
    process->start();
}
