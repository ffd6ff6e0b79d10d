// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "authorizer.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "armorer.helper.auth", QtInfoMsg)

namespace {
// polkit's Subject, (sa{sv}): a system bus name.
struct PolkitSubject
{
    QString kind;
    QVariantMap details;
};
// polkit's AuthorizationResult, (bba{ss}).
struct PolkitResult
{
    bool authorized = false;
    bool challenge = false;
    QMap<QString, QString> details;
};
} // namespace

Q_DECLARE_METATYPE(PolkitSubject)
Q_DECLARE_METATYPE(PolkitResult)

namespace {
QDBusArgument &operator<<(QDBusArgument &argument, const PolkitSubject &subject)
{
    argument.beginStructure();
    argument << subject.kind << subject.details;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PolkitSubject &subject)
{
    argument.beginStructure();
    argument >> subject.kind >> subject.details;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const PolkitResult &result)
{
    argument.beginStructure();
    argument << result.authorized << result.challenge << result.details;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PolkitResult &result)
{
    argument.beginStructure();
    argument >> result.authorized >> result.challenge >> result.details;
    argument.endStructure();
    return argument;
}

// polkit's CheckAuthorizationFlags.
constexpr uint AllowUserInteraction = 1;
// A password prompt may stay open a long time; polkit's agent has its own limit.
constexpr int PolkitTimeoutMs = 10 * 60 * 1000;
} // namespace

Authorizer::Authorizer(const QDBusConnection &bus, Mode mode, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_mode(mode)
{
    qDBusRegisterMetaType<PolkitSubject>();
    qDBusRegisterMetaType<PolkitResult>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

void Authorizer::finish(const Done &done, const HelperError &error)
{
    done(error);
    if (--m_pending == 0)
        Q_EMIT settled();
}

void Authorizer::check(const QDBusMessage &message, const QString &action, const Details &details, Done done)
{
    ++m_pending;
    const QString caller = message.service();
    const auto answerLater = [this, done](const HelperError &error) {
        QMetaObject::invokeMethod(
            this,
            [this, done, error] {
                finish(done, error);
            },
            Qt::QueuedConnection);
    };
    if (!caller.startsWith(u':')) {
        answerLater({HelperError::Code::AccessDenied, u"no unique sender"_s});
        return;
    }
    if (m_mode == Mode::SameUser) {
        const QDBusReply<uint> uid = m_bus.interface()->serviceUid(caller);
        const bool allowed = uid.isValid() && uid.value() == ::geteuid();
        answerLater(allowed ? HelperError() : HelperError(HelperError::Code::AccessDenied, action));
        return;
    }

    qCInfo(lcAuth) << "asking polkit:" << caller << action << details;
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.PolicyKit1"_s,
        u"/org/freedesktop/PolicyKit1/Authority"_s, u"org.freedesktop.PolicyKit1.Authority"_s, u"CheckAuthorization"_s);
    const PolkitSubject subject{u"system-bus-name"_s, {{u"name"_s, caller}}};
    const uint flags = message.isInteractiveAuthorizationAllowed() ? AllowUserInteraction : 0;
    call << QVariant::fromValue(subject) << action << QVariant::fromValue(details) << flags << QString();
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, PolkitTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, caller, action, done] {
        watcher->deleteLater();
        const QDBusPendingReply<PolkitResult> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcAuth) << "polkit error for" << caller << action << reply.error().message();
            finish(done, {HelperError::Code::AccessDenied, action + u": "_s + reply.error().message()});
            return;
        }
        const PolkitResult result = reply.value();
        qCInfo(lcAuth) << caller << action
                       << (result.authorized         ? "allowed"
                                  : result.challenge ? "needs authentication"
                                                     : "denied");
        if (result.authorized)
            finish(done, {});
        else if (result.challenge)
            finish(done, {HelperError::Code::AuthorizationRequired, action});
        else
            finish(done, {HelperError::Code::AccessDenied, action});
    });
}
