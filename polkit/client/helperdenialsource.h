// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denialsource.h"
#include "helpererror.h"

class HelperClient;

// AppArmor records read through armorer-helper's ReadDenials (polkit action
// io.github.armorer.read-log), for a user who may not read the system log: the GUI's "Read
// Through the Helper" and armorctl denials --helper. The helper reads only audit.log, kern.log
// and the kernel's lines of syslog, so its records get the origin the direct reader would give
// them (LogOrigin::originOfHelperLine). The helper answers calls, it sends no signals, so this
// source cannot follow: each start() reads once, page by page, from its position to the end of
// the log, then stops (isOneShot; the caller offers Refresh).
class HelperDenialSource : public DenialSource
{
    Q_OBJECT
public:
    // Records asked for per call.
    static constexpr uint PageSize = 1000;

    explicit HelperDenialSource(HelperClient *client, QObject *parent = nullptr);

    QString name() const override;
    // follow is ignored: see the class comment.
    void start(const DenialStart &from, bool follow) override;
    void stop() override;
    QString position() const override { return m_cursor; }
    bool isOneShot() const override { return true; }

    // The last call's error (HelperError::Code::None after a read that reached the end).
    HelperError error() const { return m_error; }

private:
    void readPage();

    HelperClient *m_client;
    QString m_cursor;
    qint64 m_sinceMs = 0;
    bool m_deliver = true;
    // Bumped by stop() and start(): the answer of a call made before is dropped.
    quint64 m_generation = 0;
    HelperError m_error;
};
