// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>

using namespace Qt::StringLiterals;

static const QString kInterface = u"io.github.armorer.Gui1"_s;

SingleInstance::SingleInstance(const QDBusConnection &bus, const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_service(serviceName)
{
}

SingleInstance::~SingleInstance()
{
    if (m_role == Role::Primary) {
        m_bus.unregisterObject(QString::fromLatin1(ObjectPath));
        m_bus.unregisterService(m_service);
    }
}

QString SingleInstance::serviceNameFor(bool demo, const QString &rootDirectory)
{
    if (demo)
        return u"io.github.armorer.Gui.demo"_s;
    if (rootDirectory.isEmpty())
        return u"io.github.armorer.Gui"_s;
    // A bus name element may not start with a digit: prefix the hash of the canonical path.
    const QString canonical = QDir(rootDirectory).canonicalPath();
    const QByteArray hash = QCryptographicHash::hash(
        (canonical.isEmpty() ? rootDirectory : canonical).toUtf8(), QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return u"io.github.armorer.Gui.root_"_s + QString::fromLatin1(hash);
}

SingleInstance::Role SingleInstance::claim()
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return m_role = Role::Alone;
    const auto reply = m_bus.interface()->registerService(
        m_service, QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered) {
        if (!m_bus.registerObject(QString::fromLatin1(ObjectPath), this, QDBusConnection::ExportScriptableSlots)) {
            m_bus.unregisterService(m_service);
            return m_role = Role::Alone;
        }
        return m_role = Role::Primary;
    }
    return m_role = m_bus.interface()->isServiceRegistered(m_service).value() ? Role::Secondary : Role::Alone;
}

bool SingleInstance::forward(const QStringList &arguments, QString *error)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(m_service, QString::fromLatin1(ObjectPath), kInterface, u"Activate"_s);
    call << arguments;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, 10000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        if (error)
            *error = reply.errorMessage();
        return false;
    }
    return true;
}

void SingleInstance::Activate(const QStringList &arguments)
{
    Q_EMIT activated(arguments);
}
