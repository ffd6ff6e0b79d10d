// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperclient.h"

#include "changerecord.h"
#include "helper1interface.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusPendingCallWatcher>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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
    , m_bus(bus)
    , m_proxy(std::make_unique<IoGithubArmorerHelper1Interface>(
          u"io.github.armorer.Helper1"_s, u"/io/github/armorer/Helper1"_s, bus))
{
    m_proxy->setInteractiveAuthorizationAllowed(true);
    m_proxy->setTimeout(m_readTimeout);
}

HelperClient::~HelperClient() = default;

void HelperClient::setTimeout(int ms)
{
    m_readTimeout = ms;
    m_changeTimeout = ms;
}

bool HelperClient::refuseWithoutBus(const std::function<void(const HelperError &)> &done)
{
    if (m_bus.isConnected())
        return false;
    // A call on a bus that is not there never answers: answered here, queued like a reply.
    ++m_pending;
    QMetaObject::invokeMethod(
        this,
        [this, done] {
            --m_pending;
            done({HelperError::Code::HelperUnavailable, u"no system bus"_s});
        },
        Qt::QueuedConnection);
    return true;
}

HelperError HelperClient::errorFrom(const QDBusError &error)
{
    if (!error.isValid())
        return {};
    HelperError result;
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
        return {HelperError::Code::HelperUnavailable, error.message()};
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
        return {HelperError::Code::NoReply, error.message()};
    case QDBusError::Disconnected:
        return {HelperError::Code::HelperUnavailable, u"no system bus"_s};
    default:
        break;
    }
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
    case HelperError::Code::RollbackFailed:
        sentence = tr("The change failed, and putting the previous version back failed too: the files are not "
                      "as they were. The previous version is kept in the change history (armorctl history).");
        break;
    case HelperError::Code::HelperUnavailable:
        sentence = error.detail == u"no system bus"
            ? tr("There is no system bus, so armorer-helper cannot be reached. Start D-Bus "
                 "(systemctl start dbus, package dbus).")
            : tr("armorer-helper is not installed on the system bus. Install the armorer package, which "
                 "provides armorer-helper and its D-Bus service io.github.armorer.Helper1.");
        break;
    case HelperError::Code::NoReply:
        sentence = tr("armorer-helper did not answer in time.");
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
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}});
        }))
        return;
    m_proxy->setTimeout(m_readTimeout);
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
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_readTimeout);
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
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_readTimeout);
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
    if (refuseNul(this, &m_pending, text, done) || refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_changeTimeout);
    whenDone(this, m_proxy->WriteOverride(profile, text, expectedHash), &m_pending,
        changeWithHash([this, profile, text, done](const Change &change) {
            if (change.error.code == HelperError::Code::NoReply)
                findInHistory(profile, text, change, done);
            else
                done(change);
        }));
}

void HelperClient::applyOverride(const QString &profile, const QString &child, const QString &text,
    const QString &expectedHash, std::function<void(const Change &)> done)
{
    if (refuseNul(this, &m_pending, text, done) || refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_changeTimeout);
    whenDone(this, m_proxy->ApplyOverride(profile, child, text, expectedHash), &m_pending,
        changeWithHash([this, profile, text, done](const Change &change) {
            if (change.error.code == HelperError::Code::NoReply)
                findInHistory(profile, text, change, done);
            else
                done(change);
        }));
}

void HelperClient::findInHistory(
    const QString &profile, const QString &text, const Change &lost, std::function<void(const Change &)> done)
{
    // The helper that lost the reply makes its journal true when it starts again (D-Bus
    // activation starts it for this call); a short wait covers a restart in progress.
    const QString afterHash
        = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [this, profile, afterHash, lost, done, attempt](int left) {
        history([this, profile, afterHash, lost, done, attempt, left](const HelperError &error, const QString &json) {
            if (error.code == HelperError::Code::HelperUnavailable && left > 0) {
                ++m_pending;
                QTimer::singleShot(200, this, [this, attempt, left] {
                    --m_pending;
                    (*attempt)(left - 1);
                });
                return;
            }
            if (!error) {
                for (const ChangeRecord &e : ChangeRecord::fromJson(json.toUtf8())) {
                    if (e.profile != profile || e.state != ChangeRecord::State::Done)
                        continue;
                    // The newest change to the profile's files: ours if it left our text.
                    if (e.afterHash == afterHash && e.action == u"write-override")
                        done({{}, e.id, e.afterHash});
                    else
                        done(lost);
                    *attempt = nullptr;
                    return;
                }
            }
            done(lost);
            *attempt = nullptr;
        });
    };
    (*attempt)(25);
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

void HelperClient::setMode(const QString &profile, const QString &mode, std::function<void(const Change &)> done)
{
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_changeTimeout);
    whenDone(this, m_proxy->SetMode(profile, mode), &m_pending, changeFromString(std::move(done)));
}

void HelperClient::unloadProfile(const QString &profile, std::function<void(const Change &)> done)
{
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_changeTimeout);
    whenDone(this, m_proxy->UnloadProfile(profile), &m_pending, changeFromVoid(std::move(done)));
}

void HelperClient::disableProfile(const QString &profile, std::function<void(const Change &)> done)
{
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_changeTimeout);
    whenDone(this, m_proxy->DisableProfile(profile), &m_pending, changeFromString(std::move(done)));
}

void HelperClient::enableProfile(const QString &profile, std::function<void(const Change &)> done)
{
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_changeTimeout);
    whenDone(this, m_proxy->EnableProfile(profile), &m_pending, changeFromString(std::move(done)));
}

void HelperClient::undo(const QString &changeId, std::function<void(const Change &)> done)
{
    if (refuseWithoutBus([done](const HelperError &e) {
            done({e, {}, {}});
        }))
        return;
    m_proxy->setTimeout(m_changeTimeout);
    whenDone(this, m_proxy->Undo(changeId), &m_pending, changeFromString(std::move(done)));
}

void HelperClient::history(std::function<void(const HelperError &, const QString &)> done)
{
    if (refuseWithoutBus([done](const HelperError &e) {
            done(e, {});
        }))
        return;
    m_proxy->setTimeout(m_readTimeout);
    whenDone(this, m_proxy->History(), &m_pending, [done](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QString> reply = *w;
        done(errorFrom(reply.error()), reply.isError() ? QString() : reply.value());
    });
}

void HelperClient::mode(std::function<void(const HelperError &, const QString &)> done)
{
    if (refuseWithoutBus([done](const HelperError &e) {
            done(e, {});
        }))
        return;
    m_proxy->setTimeout(m_readTimeout);
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
