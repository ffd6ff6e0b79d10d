// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "privatehelper.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
const QString ConnectionName = u"armorer-private-helper"_s;
// The demo lives as long as the window: a day without a call is as good as never.
constexpr int IdleTimeoutMs = 24 * 60 * 60 * 1000;
} // namespace

PrivateHelper::PrivateHelper()
    : m_dir(QDir::tempPath() + u"/armorer-bus-XXXXXX"_s)
{
}

PrivateHelper::~PrivateHelper()
{
    QDBusConnection::disconnectFromBus(ConnectionName);
    for (QProcess *process : {m_helper.get(), m_bus.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(2000))
                process->kill();
            process->waitForFinished(1000);
        }
    }
}

QString PrivateHelper::helperPath()
{
    const QString installed = QStringLiteral(ARMORER_HELPER_INSTALL_PATH);
    const QString local = QCoreApplication::applicationDirPath() + u"/armorer-helper"_s;
    // A build tree's own helper first, so a build never talks to an older installed one.
    return QFileInfo(local).isExecutable() ? local : installed;
}

bool PrivateHelper::start(const QString &rootDir, QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"cannot create a directory for the private bus"_s;
        return false;
    }
    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_bus->start(u"dbus-daemon"_s,
        {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s, u"--address=unix:path="_s + m_dir.path() + u"/bus"_s});
    if (!m_bus->waitForStarted(5000) || !m_bus->waitForReadyRead(10000)) {
        *error = u"cannot start dbus-daemon: "_s + m_bus->errorString();
        return false;
    }
    m_address = QString::fromUtf8(m_bus->readLine().trimmed());

    m_helper = std::make_unique<QProcess>();
    m_helper->setProcessChannelMode(QProcess::ForwardedChannels);
    m_helper->start(helperPath(),
        {u"--bus"_s, m_address, u"--root"_s, rootDir, u"--validate-only"_s, u"--idle-timeout"_s,
            QString::number(IdleTimeoutMs)});
    if (!m_helper->waitForStarted(5000)) {
        *error = helperPath() + u": "_s + m_helper->errorString();
        return false;
    }
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, ConnectionName);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_helper->state() == QProcess::Running) {
        if (bus.interface()->isServiceRegistered(u"io.github.armorer.Helper1"_s).value())
            return true;
        QThread::msleep(20);
    }
    *error = u"armorer-helper did not come up on the private bus"_s;
    return false;
}

QDBusConnection PrivateHelper::connection() const
{
    return QDBusConnection(ConnectionName);
}
