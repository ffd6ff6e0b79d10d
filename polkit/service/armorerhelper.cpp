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

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHelper, "armorer.helper", QtInfoMsg)

namespace {
constexpr auto ReadStatus = "io.github.armorer.read-status";
constexpr auto ReadLog = "io.github.armorer.read-log";
constexpr auto Modify = "io.github.armorer.modify";
} // namespace

ArmorerHelper::ArmorerHelper(
    const SystemRoot &root, const ParserRunner &parser, Authorizer *authorizer, int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_parser(parser)
    , m_writer(root, parser)
    , m_authorizer(authorizer)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &ArmorerHelper::idleTimeout);
    m_idle.start();
}

HelperError ArmorerHelper::open()
{
    return m_writer.open();
}

void ArmorerHelper::idleTimeout()
{
    // A check still open (a password prompt) is answered first; it does not restart the timer.
    if (m_authorizer->pending() == 0) {
        Q_EMIT idle();
        return;
    }
    connect(
        m_authorizer, &Authorizer::settled, this,
        [this] {
            if (!m_idle.isActive())
                Q_EMIT idle();
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
            m_callerUid = uidOf(bus, call);
            HelperError error;
            const QVariantList reply = work(&error);
            m_callerUid = -1;
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
    QElapsedTimer total;
    total.start();
    authorized(Modify, changeDetails(profile, u"edit-override"_s),
        [this, profile, text, expectedHash, total](HelperError *error) -> QVariantList {
            const qint64 authMs = total.elapsed();
            const OverrideWriter::Outcome outcome = m_writer.writeOverride(profile, text, expectedHash, m_callerUid);
            logChange("WriteOverride", profile, outcome, authMs, total.elapsed());
            *error = outcome.error;
            return {outcome.changeId, outcome.hash};
        });
    return {};
}

QString ArmorerHelper::ApplyOverride(
    const QString &profile, const QString &child, const QString &text, const QString &expectedHash, QString &)
{
    QElapsedTimer total;
    total.start();
    authorized(Modify, changeDetails(profile, u"allow"_s),
        [this, profile, child, text, expectedHash, total](HelperError *error) -> QVariantList {
            const qint64 authMs = total.elapsed();
            const OverrideWriter::Outcome outcome
                = m_writer.applyOverride(profile, child, text, expectedHash, m_callerUid);
            logChange("ApplyOverride", child.isEmpty() ? profile : profile + u"//"_s + child, outcome, authMs,
                total.elapsed());
            *error = outcome.error;
            return {outcome.changeId, outcome.hash};
        });
    return {};
}

void ArmorerHelper::logChange(
    const char *method, const QString &what, const OverrideWriter::Outcome &outcome, qint64 authMs, qint64 ms)
{
    // One line per change with where the time went: the allow benchmark reads it.
    qCInfo(lcHelper).noquote()
        << method << what << (outcome.error ? outcome.error.detail : outcome.changeId)
        << u"| steps: polkit %1 ms, %2 | call %3 ms"_s.arg(authMs).arg(outcome.stepsText()).arg(ms);
}

QString ArmorerHelper::SetMode(const QString &profile, const QString &mode)
{
    authorized(Modify, changeDetails(profile, u"set-mode "_s + (ProfileName::isValid(mode) ? mode : QString())),
        [this, profile, mode](HelperError *error) -> QVariantList {
            const OverrideWriter::Outcome outcome = m_writer.setMode(profile, mode, m_callerUid);
            *error = outcome.error;
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
    authorized(Modify, changeDetails(entry ? entry->profile : QString(), u"undo "_s + (entry ? entry->id : QString())),
        [this, changeId](HelperError *error) -> QVariantList {
            const OverrideWriter::Outcome outcome = m_writer.undo(changeId, m_callerUid);
            *error = outcome.error;
            return {outcome.changeId};
        });
    return {};
}
