// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "armorerhelper.h"

#include "helperlogreader.h"
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
    connect(&m_idle, &QTimer::timeout, this, &ArmorerHelper::idle);
    m_idle.start();
}

HelperError ArmorerHelper::open()
{
    return m_writer.open();
}

bool ArmorerHelper::authorize(const char *action)
{
    m_idle.start();
    if (!calledFromDBus())
        return false;
    QElapsedTimer timer;
    timer.start();
    const HelperError error = m_authorizer->check(message(), QString::fromLatin1(action));
    m_authorizeMs = timer.elapsed();
    return !fail(error);
}

bool ArmorerHelper::fail(const HelperError &error)
{
    if (!error)
        return false;
    sendErrorReply(HelperError::dbusName(error.code), error.dbusMessage());
    return true;
}

qint64 ArmorerHelper::callerUid()
{
    const QDBusReply<uint> uid = connection().interface()->serviceUid(message().service());
    return uid.isValid() ? qint64(uid.value()) : -1;
}

QString ArmorerHelper::Mode()
{
    if (!authorize(ReadStatus))
        return {};
    return m_parser.loadMode() == ParserRunner::LoadMode::Kernel ? u"kernel"_s : u"validate-only"_s;
}

int ArmorerHelper::ListProfiles(QString &statusJson)
{
    if (!authorize(ReadStatus))
        return 0;
    const StatusSnapshot snapshot = StatusReader(m_root).read();
    statusJson = QString::fromUtf8(StatusJson::toAaStatus(snapshot));
    return snapshot.exitCode();
}

QStringList ArmorerHelper::ReadDenials(const QString &cursor, uint max, QString &nextCursor)
{
    if (!authorize(ReadLog))
        return {};
    const HelperLogReader::Page page = HelperLogReader::read(m_root, cursor, max);
    if (fail(page.error))
        return {};
    nextCursor = page.nextCursor;
    return page.records;
}

QString ArmorerHelper::ReadOverride(const QString &profile, QString &hash)
{
    if (!authorize(ReadStatus))
        return {};
    const OverrideWriter::Content content = m_writer.readOverride(profile);
    if (fail(content.error))
        return {};
    hash = content.hash;
    return QString::fromUtf8(content.bytes);
}

QString ArmorerHelper::WriteOverride(
    const QString &profile, const QString &text, const QString &expectedHash, QString &hash)
{
    QElapsedTimer total;
    total.start();
    if (!authorize(Modify))
        return {};
    const OverrideWriter::Outcome outcome = m_writer.writeOverride(profile, text, expectedHash, callerUid());
    logChange("WriteOverride", profile, outcome, total.elapsed());
    if (fail(outcome.error))
        return {};
    hash = outcome.hash;
    return outcome.changeId;
}

QString ArmorerHelper::ApplyOverride(
    const QString &profile, const QString &child, const QString &text, const QString &expectedHash, QString &hash)
{
    QElapsedTimer total;
    total.start();
    if (!authorize(Modify))
        return {};
    const OverrideWriter::Outcome outcome = m_writer.applyOverride(profile, child, text, expectedHash, callerUid());
    logChange("ApplyOverride", child.isEmpty() ? profile : profile + u"//"_s + child, outcome, total.elapsed());
    if (fail(outcome.error))
        return {};
    hash = outcome.hash;
    return outcome.changeId;
}

void ArmorerHelper::logChange(
    const char *method, const QString &what, const OverrideWriter::Outcome &outcome, qint64 ms)
{
    // One line per change with where the time went: the allow benchmark reads it.
    qCInfo(lcHelper).noquote()
        << method << what << (outcome.error ? outcome.error.detail : outcome.changeId)
        << u"| steps: polkit %1 ms, %2 | call %3 ms"_s.arg(m_authorizeMs).arg(outcome.stepsText()).arg(ms);
}

QString ArmorerHelper::EnsureLocalInclude(const QString &profile)
{
    if (!authorize(Modify))
        return {};
    const OverrideWriter::Outcome outcome = m_writer.ensureLocalInclude(profile, callerUid());
    return fail(outcome.error) ? QString() : outcome.changeId;
}

void ArmorerHelper::ReloadProfile(const QString &profile)
{
    if (!authorize(Modify))
        return;
    fail(m_writer.reload(profile).error);
}

QString ArmorerHelper::SetMode(const QString &profile, const QString &mode)
{
    if (!authorize(Modify))
        return {};
    const OverrideWriter::Outcome outcome = m_writer.setMode(profile, mode, callerUid());
    return fail(outcome.error) ? QString() : outcome.changeId;
}

void ArmorerHelper::UnloadProfile(const QString &profile)
{
    if (!authorize(Modify))
        return;
    fail(m_writer.unload(profile).error);
}

QString ArmorerHelper::History()
{
    if (!authorize(ReadStatus))
        return {};
    return QString::fromUtf8(ChangeRecord::toJson(m_writer.history()));
}

QString ArmorerHelper::Undo(const QString &changeId)
{
    if (!authorize(Modify))
        return {};
    const OverrideWriter::Outcome outcome = m_writer.undo(changeId, callerUid());
    return fail(outcome.error) ? QString() : outcome.changeId;
}
