// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialmonitor.h"

DenialMonitor::DenialMonitor(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_throttle(settings)
{
}

DenialMonitor::~DenialMonitor() = default;

void DenialMonitor::setSource(std::unique_ptr<DenialSource> source, const DenialStart &from)
{
    m_source = std::move(source);
    m_live = false;
    if (!m_source) {
        Q_EMIT sourceChanged();
        return;
    }
    DenialSource *s = m_source.get();
    connect(s, &DenialSource::denialsRead, this, [this](const QList<AppArmorEvent> &records) {
        m_model.addDenials(records);
        m_timeline.add(records);
        if (m_live)
            m_throttle.submit(records);
    });
    connect(s, &DenialSource::caughtUp, this, [this] {
        m_live = true;
    });
    connect(s, &DenialSource::stateChanged, this, &DenialMonitor::sourceChanged);
    Q_EMIT sourceChanged();
    s->start(from, true);
}

void DenialMonitor::refresh()
{
    if (m_source && m_source->isOneShot() && m_source->state() != DenialSource::State::Reading)
        m_source->start(DenialStart::at(m_source->position()), false);
}
