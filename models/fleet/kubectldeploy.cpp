// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "kubectldeploy.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

KubectlDeploy::KubectlDeploy(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_process.readAll());
        Q_EMIT finished(status == QProcess::NormalExit && exitCode == 0, output);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT finished(false,
                QCoreApplication::translate("KubectlDeploy", "kubectl could not be started: %1")
                    .arg(m_process.errorString()));
    });
}

QString KubectlDeploy::kubectlPath()
{
    return QStandardPaths::findExecutable(u"kubectl"_s);
}

QString KubectlDeploy::manualCommand(const QString &file)
{
    return u"kubectl apply -f "_s + file;
}

bool KubectlDeploy::apply(const QByteArray &yaml)
{
    const QString kubectl = kubectlPath();
    if (kubectl.isEmpty() || isRunning())
        return false;
    m_process.start(kubectl, {u"apply"_s, u"-f"_s, u"-"_s});
    m_process.write(yaml);
    m_process.closeWriteChannel();
    return true;
}
