// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QObject>
#include <QProcess>

// Sends YAML to the cluster with "kubectl apply -f -" when kubectl is installed; otherwise
// says which command to run. kubectl's own configuration (KUBECONFIG, context) applies.
class KubectlDeploy : public QObject
{
    Q_OBJECT
public:
    explicit KubectlDeploy(QObject *parent = nullptr);

    // The kubectl found on PATH, or an empty string.
    static QString kubectlPath();
    // The command to run by hand: "kubectl apply -f FILE".
    static QString manualCommand(const QString &file = QStringLiteral("profile.yaml"));

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // Starts kubectl with yaml on its standard input; false when kubectl is missing or busy.
    bool apply(const QByteArray &yaml);

Q_SIGNALS:
    // kubectl's exit code and its combined output.
    void finished(bool ok, const QString &output);

private:
    QProcess m_process;
};
