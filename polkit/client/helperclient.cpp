// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperclient.h"

#include "helper1interface.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Runs done(watcher) when the call answers, keeping count of calls in flight.
template<typename Fn>
void whenDone(QObject *context, const QDBusPendingCall &call, int *pending, Fn done)
{
    ++*pending;
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, context, [watcher, pending, done = std::move(done)]() mutable {
            --*pending;
            done(watcher);
            watcher->deleteLater();
        });
}
} // namespace

HelperClient::HelperClient(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_proxy(std::make_unique<IoGithubArmorerHelper1Interface>(
          u"io.github.armorer.Helper1"_s, u"/io/github/armorer/Helper1"_s, bus))
{
    m_proxy->setInteractiveAuthorizationAllowed(true);
    m_proxy->setTimeout(120 * 1000);
}

HelperClient::~HelperClient() = default;

void HelperClient::setTimeout(int ms)
{
    m_proxy->setTimeout(ms);
}

HelperError HelperClient::errorFrom(const QDBusError &error)
{
    if (!error.isValid())
        return {};
    HelperError result;
    result.code = HelperError::fromDBusName(error.name());
    QString message = error.message();
    // "CODE: detail" from the helper; anything else (no helper, timeout) as it came.
    const qsizetype colon = message.indexOf(u": "_s);
    bool numeric = false;
    if (colon > 0)
        message.left(colon).toInt(&numeric);
    result.detail = numeric ? message.sliced(colon + 2) : (error.name() + u": "_s + message);
    return result;
}

QString HelperClient::describe(const HelperError &error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("HelperClient", text);
    };
    QString sentence;
    switch (error.code) {
    case HelperError::Code::None:
        return {};
    case HelperError::Code::AccessDenied:
        sentence = tr("You are not allowed to do this.");
        break;
    case HelperError::Code::AuthorizationRequired:
        sentence = tr("This needs an administrator's password, and no authentication agent could ask for it.");
        break;
    case HelperError::Code::InvalidProfileName:
        sentence = tr("That is not the name of a profile file.");
        break;
    case HelperError::Code::InvalidArgument:
        sentence = tr("The request was not valid.");
        break;
    case HelperError::Code::TooLarge:
        sentence = tr("The text is too large.");
        break;
    case HelperError::Code::PathRefused:
        sentence = tr("The file is not a plain file inside the profile directory, so it was left alone.");
        break;
    case HelperError::Code::NotFound:
        sentence = tr("The profile file does not exist.");
        break;
    case HelperError::Code::Conflict:
        sentence = tr("The file was changed by someone else since you opened it. Nothing was overwritten.");
        break;
    case HelperError::Code::ParserRejected:
        sentence = tr("AppArmor's parser refused the profile; nothing was changed.");
        break;
    case HelperError::Code::ReloadFailed:
        sentence = tr("The kernel refused the profile; the previous version was restored.");
        break;
    case HelperError::Code::IoError:
        sentence = tr("The helper could not complete the operation.");
        break;
    case HelperError::Code::NoSuchChange:
        sentence = tr("That change is not in the history.");
        break;
    }
    return error.detail.isEmpty() ? sentence : sentence + u"\n"_s + error.detail;
}

StatusSnapshot HelperClient::snapshotFromJson(int state, const QString &json)
{
    StatusSnapshot snapshot;
    snapshot.state = static_cast<StatusSnapshot::State>(std::clamp(state, 0, 4));
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject profiles = root.value(u"profiles"_s).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        LoadedProfile profile;
        profile.name = it.key();
        profile.localName = it.key();
        if (profile.name.startsWith(u':')) {
            // ":ns://name"
            const qsizetype sep = profile.name.indexOf(u"://"_s);
            if (sep > 0) {
                profile.nameSpace = profile.name.mid(1, sep - 1);
                profile.localName = profile.name.sliced(sep + 3);
            }
        }
        profile.mode = ProfileModes::fromString(it.value().toString());
        snapshot.profiles.append(profile);
    }
    const QJsonObject processes = root.value(u"processes"_s).toObject();
    for (auto it = processes.begin(); it != processes.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            ConfinedProcess process;
            process.exe = it.key();
            process.pid = o.value(u"pid"_s).toString().toLongLong();
            process.profile = o.value(u"profile"_s).toString();
            process.mode = ProfileModes::fromString(o.value(u"status"_s).toString());
            snapshot.processes.append(process);
        }
    }
    std::sort(snapshot.profiles.begin(), snapshot.profiles.end(), [](const LoadedProfile &a, const LoadedProfile &b) {
        return a.name < b.name;
    });
    std::sort(
        snapshot.processes.begin(), snapshot.processes.end(), [](const ConfinedProcess &a, const ConfinedProcess &b) {
            return a.pid < b.pid;
        });
    return snapshot;
}

void HelperClient::listProfiles(std::function<void(const Profiles &)> done)
{
    whenDone(this, m_proxy->ListProfiles(), &m_pending, [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<int, QString> reply = *w;
        Profiles result;
        result.error = errorFrom(reply.error());
        if (!result.error)
            result.snapshot = snapshotFromJson(reply.argumentAt<0>(), reply.argumentAt<1>());
        done(result);
    });
}

void HelperClient::readDenials(const QString &cursor, uint max, std::function<void(const Denials &)> done)
{
    whenDone(this, m_proxy->ReadDenials(cursor, max), &m_pending, [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QStringList, QString> reply = *w;
        Denials result;
        result.error = errorFrom(reply.error());
        if (!result.error) {
            result.records = reply.argumentAt<0>();
            result.nextCursor = reply.argumentAt<1>();
        }
        done(result);
    });
}

void HelperClient::readOverride(const QString &profile, std::function<void(const Override &)> done)
{
    whenDone(this, m_proxy->ReadOverride(profile), &m_pending, [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QString, QString> reply = *w;
        Override result;
        result.error = errorFrom(reply.error());
        if (!result.error) {
            result.text = reply.argumentAt<0>();
            result.hash = reply.argumentAt<1>();
        }
        done(result);
    });
}

namespace {
// A D-Bus string cannot hold NUL, and a text cut there must never be saved: refused here, with
// the answer queued like a reply's.
bool refuseNul(
    HelperClient *client, int *pending, const QString &text, std::function<void(const HelperClient::Change &)> done)
{
    if (!text.contains(QChar(0)))
        return false;
    ++*pending;
    QMetaObject::invokeMethod(
        client,
        [pending, done] {
            --*pending;
            done(HelperClient::Change{
                HelperError(HelperError::Code::InvalidArgument, u"text contains a NUL character"_s), {}, {}});
        },
        Qt::QueuedConnection);
    return true;
}

auto changeWithHash(std::function<void(const HelperClient::Change &)> done)
{
    return [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QString, QString> reply = *w;
        HelperClient::Change result;
        result.error = HelperClient::errorFrom(reply.error());
        if (!result.error) {
            result.changeId = reply.argumentAt<0>();
            result.hash = reply.argumentAt<1>();
        }
        done(result);
    };
}
} // namespace

void HelperClient::writeOverride(
    const QString &profile, const QString &text, const QString &expectedHash, std::function<void(const Change &)> done)
{
    if (refuseNul(this, &m_pending, text, done))
        return;
    whenDone(this, m_proxy->WriteOverride(profile, text, expectedHash), &m_pending, changeWithHash(std::move(done)));
}

void HelperClient::applyOverride(const QString &profile, const QString &child, const QString &text,
    const QString &expectedHash, std::function<void(const Change &)> done)
{
    if (refuseNul(this, &m_pending, text, done))
        return;
    whenDone(
        this, m_proxy->ApplyOverride(profile, child, text, expectedHash), &m_pending, changeWithHash(std::move(done)));
}

namespace {
auto changeFromString(std::function<void(const HelperClient::Change &)> done)
{
    return [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QString> reply = *w;
        HelperClient::Change result;
        result.error = HelperClient::errorFrom(reply.error());
        if (!result.error)
            result.changeId = reply.value();
        done(result);
    };
}
auto changeFromVoid(std::function<void(const HelperClient::Change &)> done)
{
    return [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<> reply = *w;
        HelperClient::Change result;
        result.error = HelperClient::errorFrom(reply.error());
        done(result);
    };
}
} // namespace

void HelperClient::ensureLocalInclude(const QString &profile, std::function<void(const Change &)> done)
{
    whenDone(this, m_proxy->EnsureLocalInclude(profile), &m_pending, changeFromString(std::move(done)));
}

void HelperClient::reloadProfile(const QString &profile, std::function<void(const Change &)> done)
{
    whenDone(this, m_proxy->ReloadProfile(profile), &m_pending, changeFromVoid(std::move(done)));
}

void HelperClient::setMode(const QString &profile, const QString &mode, std::function<void(const Change &)> done)
{
    whenDone(this, m_proxy->SetMode(profile, mode), &m_pending, changeFromString(std::move(done)));
}

void HelperClient::unloadProfile(const QString &profile, std::function<void(const Change &)> done)
{
    whenDone(this, m_proxy->UnloadProfile(profile), &m_pending, changeFromVoid(std::move(done)));
}

void HelperClient::undo(const QString &changeId, std::function<void(const Change &)> done)
{
    whenDone(this, m_proxy->Undo(changeId), &m_pending, changeFromString(std::move(done)));
}

void HelperClient::history(std::function<void(const HelperError &, const QString &)> done)
{
    whenDone(this, m_proxy->History(), &m_pending, [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QString> reply = *w;
        done(errorFrom(reply.error()), reply.isError() ? QString() : reply.value());
    });
}

void HelperClient::mode(std::function<void(const HelperError &, const QString &)> done)
{
    whenDone(this, m_proxy->Mode(), &m_pending, [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QString> reply = *w;
        done(errorFrom(reply.error()), reply.isError() ? QString() : reply.value());
    });
}

void HelperClient::waitForPending()
{
    while (m_pending > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}
