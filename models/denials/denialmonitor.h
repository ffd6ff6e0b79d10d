// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "deniallistmodel.h"
#include "denialsource.h"
#include "denialtimeline.h"
#include "notificationthrottle.h"

#include <QObject>

#include <memory>

class QSettings;

// Wires one DenialSource to the history (DenialListModel, DenialTimeline) and to the
// notification throttle. Only records logged after the source caught up are offered to the
// throttle, so opening the history never replays old denials as popups. The source can be
// replaced (the journal or a log file, as SourceSelector finds them).
class DenialMonitor : public QObject
{
    Q_OBJECT
public:
    explicit DenialMonitor(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~DenialMonitor() override;

    // Takes ownership and starts it.
    void setSource(std::unique_ptr<DenialSource> source, const DenialStart &from);
    DenialSource *source() const { return m_source.get(); }
    // A one-shot source reads again from where it stopped: only records logged since.
    void refresh();

    DenialListModel *model() { return &m_model; }
    DenialTimeline *timeline() { return &m_timeline; }
    NotificationThrottle *throttle() { return &m_throttle; }

Q_SIGNALS:
    // The source changed, or its state or message did: views show what is read and why.
    void sourceChanged();

private:
    std::unique_ptr<DenialSource> m_source;
    DenialListModel m_model;
    DenialTimeline m_timeline;
    NotificationThrottle m_throttle;
    bool m_live = false;
};
