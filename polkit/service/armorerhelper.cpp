// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "armorerhelper.h"

#include "helperlogreader.h"
#include "profilename.h"
#include "statusjson.h"
#include "statusreader.h"

#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHelper, "armorer.helper", QtInfoMsg)

namespace {
constexpr auto ReadStatus = "io.github.armorer.read-status";
constexpr auto ReadLog = "io.github.armorer.read-log";
constexpr auto Modify = "io.github.armorer.modify";
} // namespace

// One call that changes something, from its arrival to its reply.
struct ArmorerHelper::Change
{
    QDBusMessage call;
    QDBusConnection bus{QString()};
    const char *method = "";
    QString what;
    std::function<OverrideWriter::StagedPtr()> stage;
    Reply reply;
    OverrideWriter::StagedPtr staged;
    QElapsedTimer total;
    bool compiling = false;
    bool decided = false; // polkit answered
    HelperError refused;
    qint64 authMs = 0;
    int attempts = 0;
};

ArmorerHelper::ArmorerHelper(const SystemRoot &root, const ParserRunner &parser, Authorizer *authorizer,
    int idleTimeoutMs, const ParserSandbox &sandbox, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_parser(parser)
    , m_writer(root, parser)
    , m_authorizer(authorizer)
{
    m_writer.setSandbox(sandbox);
    // Compiles of calls that arrive together run side by side, up to the machine's cores.
    m_compiles.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &ArmorerHelper::idleTimeout);
    m_idle.start();
}

ArmorerHelper::~ArmorerHelper()
{
    m_compiles.waitForDone();
}

HelperError ArmorerHelper::open()
{
    return m_writer.open();
}

void ArmorerHelper::idleTimeout()
{
    // An allowed change still compiling or committing is work: it restarts the timer.
    if (m_working > 0) {
        m_idle.start();
        return;
    }
    // A check still open (a password prompt) is answered first; it does not restart the timer.
    if (m_authorizer->pending() == 0) {
        Q_EMIT idle();
        return;
    }
    connect(
        m_authorizer, &Authorizer::settled, this,
        [this] {
            // After the check's own callback, which may have started an allowed change.
            QTimer::singleShot(0, this, [this] {
                if (!m_idle.isActive() && m_working == 0)
                    Q_EMIT idle();
            });
        },
        Qt::SingleShotConnection);
}

qint64 ArmorerHelper::uidOf(const QDBusConnection &bus, const QDBusMessage &message)
{
    const QDBusReply<uint> uid = bus.interface()->serviceUid(message.service());
    return uid.isValid() ? qint64(uid.value()) : -1;
}

Authorizer::Details ArmorerHelper::changeDetails(const QString &profile, const QString &change)
{
    // Only a valid name goes into the prompt: the call itself refuses any other.
    return {{u"profile"_s, ProfileName::isValid(profile) ? profile : QString()}, {u"change"_s, change}};
}

void ArmorerHelper::authorized(const char *action, const Authorizer::Details &details, Work work)
{
    if (!calledFromDBus())
        return;
    setDelayedReply(true);
    const QDBusMessage call = message();
    QDBusConnection bus = connection();
    QElapsedTimer asked;
    asked.start();
    m_authorizer->check(call, QString::fromLatin1(action), details,
        [this, call, bus, asked, work = std::move(work)](const HelperError &refused) mutable {
            if (refused) {
                bus.send(call.createErrorReply(HelperError::dbusName(refused.code), refused.dbusMessage()));
                return;
            }
            // QDBusContext is only valid during the slot: the connection was kept for this.
            HelperError error;
            const QVariantList reply = work(&error);
            bus.send(error ? call.createErrorReply(HelperError::dbusName(error.code), error.dbusMessage())
                           : call.createReply(reply));
            m_idle.start();
            qCDebug(lcHelper) << call.member() << "answered" << asked.elapsed() << "ms after it came";
        });
}

QString ArmorerHelper::Mode()
{
    authorized(ReadStatus, {}, [this](HelperError *) -> QVariantList {
        return {m_parser.loadMode() == ParserRunner::LoadMode::Kernel ? u"kernel"_s : u"validate-only"_s};
    });
    return {};
}

int ArmorerHelper::ListProfiles(QString &)
{
    authorized(ReadStatus, {}, [this](HelperError *) -> QVariantList {
        const StatusSnapshot snapshot = StatusReader(m_root).read();
        return {snapshot.exitCode(), QString::fromUtf8(StatusJson::toAaStatus(snapshot))};
    });
    return 0;
}

QStringList ArmorerHelper::ReadDenials(const QString &cursor, uint max, QString &)
{
    authorized(ReadLog, {}, [this, cursor, max](HelperError *error) -> QVariantList {
        const HelperLogReader::Page page = HelperLogReader::read(m_root, cursor, max);
        *error = page.error;
        return {page.records, page.nextCursor};
    });
    return {};
}

QString ArmorerHelper::ReadOverride(const QString &profile, QString &)
{
    authorized(ReadStatus, {}, [this, profile](HelperError *error) -> QVariantList {
        const OverrideWriter::Content content = m_writer.readOverride(profile);
        *error = content.error;
        return {QString::fromUtf8(content.bytes), content.hash};
    });
    return {};
}

QString ArmorerHelper::WriteOverride(
    const QString &profile, const QString &text, const QString &expectedHash, QString &)
{
    change(
        "WriteOverride", profile, changeDetails(profile, u"edit-override"_s),
        [this, profile, text, expectedHash] {
            return m_writer.stageWriteOverride(profile, text, expectedHash);
        },
        [](const OverrideWriter::Outcome &outcome) -> QVariantList {
            return {outcome.changeId, outcome.hash};
        });
    return {};
}

QString ArmorerHelper::ApplyOverride(
    const QString &profile, const QString &child, const QString &text, const QString &expectedHash, QString &)
{
    change(
        "ApplyOverride", child.isEmpty() ? profile : profile + u"//"_s + child, changeDetails(profile, u"allow"_s),
        [this, profile, child, text, expectedHash] {
            return m_writer.stageApplyOverride(profile, child, text, expectedHash);
        },
        [](const OverrideWriter::Outcome &outcome) -> QVariantList {
            return {outcome.changeId, outcome.hash};
        });
    return {};
}

void ArmorerHelper::change(const char *method, const QString &what, const Authorizer::Details &details,
    std::function<OverrideWriter::StagedPtr()> stage, Reply reply)
{
    if (!calledFromDBus())
        return;
    setDelayedReply(true);
    auto job = std::make_shared<Change>();
    job->total.start();
    job->call = message();
    job->bus = connection();
    job->method = method;
    job->what = what;
    job->stage = std::move(stage);
    job->reply = std::move(reply);
    // The compile first, so it runs while polkit decides; its result is used only after a yes.
    startCompile(job);
    m_authorizer->check(job->call, QString::fromLatin1(Modify), details, [this, job](const HelperError &refused) {
        job->decided = true;
        job->refused = refused;
        job->authMs = job->total.elapsed();
        if (!refused)
            ++m_working;
        finish(job);
    });
}

void ArmorerHelper::startCompile(const std::shared_ptr<Change> &job)
{
    ++job->attempts;
    job->staged = job->stage();
    if (job->staged->done())
        return;
    job->compiling = true;
    m_compiles.start([this, job, staged = job->staged] {
        m_writer.compile(*staged);
        QMetaObject::invokeMethod(this, [this, job] {
            job->compiling = false;
            finish(job);
        });
    });
}

void ArmorerHelper::finish(const std::shared_ptr<Change> &job)
{
    if (!job->decided)
        return;
    if (job->refused) {
        // Nothing was written; a compile still running is stopped, and its overlay goes with it.
        if (job->call.member().isEmpty())
            return; // answered already; this is the cancelled compile ending
        if (job->staged)
            job->staged->cancel = true;
        qCInfo(lcHelper).noquote() << job->method << job->what << "refused by polkit after" << job->authMs
                                   << "ms; its compile"
                                   << (!job->staged || job->staged->done() ? u"was not needed"_s
                                              : job->compiling
                                              ? u"cancelled"_s
                                              : u"discarded unused (done in %1 ms)"_s.arg(job->staged->compileMs()));
        job->bus.send(job->call.createErrorReply(HelperError::dbusName(job->refused.code), job->refused.dbusMessage()));
        job->call = QDBusMessage();
        return;
    }
    if (job->compiling)
        return;
    const OverrideWriter::Outcome outcome = m_writer.commit(*job->staged, uidOf(job->bus, job->call));
    if (outcome.stale && job->attempts < 3) {
        // Another change came first: stage on top of it and compile again (no second prompt).
        startCompile(job);
        if (!job->compiling)
            finish(job);
        return;
    }
    logChange(job->method, job->what, outcome, job->authMs, job->total.elapsed());
    job->bus.send(outcome.error
            ? job->call.createErrorReply(HelperError::dbusName(outcome.error.code), outcome.error.dbusMessage())
            : job->call.createReply(job->reply(outcome)));
    --m_working;
    m_idle.start();
}

void ArmorerHelper::logChange(
    const char *method, const QString &what, const OverrideWriter::Outcome &outcome, qint64 authMs, qint64 ms)
{
    // One line per change with where the time went: the allow benchmark reads it. The stage
    // and the compile ran while polkit decided.
    qCInfo(lcHelper).noquote()
        << method << what << (outcome.error ? outcome.error.detail : outcome.changeId)
        << u"| steps: polkit %1 ms, %2 | call %3 ms"_s.arg(authMs).arg(outcome.stepsText()).arg(ms);
}

QString ArmorerHelper::SetMode(const QString &profile, const QString &mode)
{
    change(
        "SetMode", profile + u' ' + (ProfileName::isValid(mode) ? mode : QString()),
        changeDetails(profile, u"set-mode "_s + (ProfileName::isValid(mode) ? mode : QString())),
        [this, profile, mode] {
            return m_writer.stageSetMode(profile, mode);
        },
        [](const OverrideWriter::Outcome &outcome) -> QVariantList {
            return {outcome.changeId};
        });
    return {};
}

void ArmorerHelper::UnloadProfile(const QString &profile)
{
    authorized(Modify, changeDetails(profile, u"unload"_s), [this, profile](HelperError *error) -> QVariantList {
        *error = m_writer.unload(profile).error;
        return {};
    });
}

QString ArmorerHelper::DisableProfile(const QString &profile)
{
    change(
        "DisableProfile", profile, changeDetails(profile, u"disable"_s),
        [this, profile] {
            return m_writer.stageDisable(profile);
        },
        [](const OverrideWriter::Outcome &outcome) -> QVariantList {
            return {outcome.changeId};
        });
    return {};
}

QString ArmorerHelper::EnableProfile(const QString &profile)
{
    change(
        "EnableProfile", profile, changeDetails(profile, u"enable"_s),
        [this, profile] {
            return m_writer.stageEnable(profile);
        },
        [](const OverrideWriter::Outcome &outcome) -> QVariantList {
            return {outcome.changeId};
        });
    return {};
}

QString ArmorerHelper::History()
{
    authorized(ReadStatus, {}, [this](HelperError *) -> QVariantList {
        return {QString::fromUtf8(ChangeRecord::toJson(m_writer.history()))};
    });
    return {};
}

QString ArmorerHelper::Undo(const QString &changeId)
{
    // The prompt names the profile the change was made to.
    const std::optional<ChangeJournal::Entry> entry = m_writer.entry(changeId);
    change(
        "Undo", entry ? entry->id : QString(),
        changeDetails(entry ? entry->profile : QString(), u"undo "_s + (entry ? entry->id : QString())),
        [this, changeId] {
            return m_writer.stageUndo(changeId);
        },
        [](const OverrideWriter::Outcome &outcome) -> QVariantList {
            return {outcome.changeId};
        });
    return {};
}
