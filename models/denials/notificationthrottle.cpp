// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "notificationthrottle.h"
#include "denialgroup.h"
#include "displaytext.h"

#include <QElapsedTimer>
#include <QSettings>

#include <limits>

using namespace Qt::StringLiterals;

static qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

NotificationThrottle::NotificationThrottle(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    const QStringList muted = m_settings->value(u"notifications/mutedProfiles"_s).toStringList();
    m_muted = QSet<QString>(muted.begin(), muted.end());
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &NotificationThrottle::flush);
}

NotificationThrottle::~NotificationThrottle() = default;

QStringList NotificationThrottle::mutedProfiles() const
{
    QStringList list(m_muted.begin(), m_muted.end());
    list.sort();
    return list;
}

void NotificationThrottle::saveMutes()
{
    m_settings->setValue(u"notifications/mutedProfiles"_s, mutedProfiles());
    m_settings->sync();
    Q_EMIT mutedChanged();
}

void NotificationThrottle::mute(const QString &profile)
{
    if (profile.isEmpty() || m_muted.contains(profile))
        return;
    m_muted.insert(profile);
    m_windows.remove(profile);
    saveMutes();
}

void NotificationThrottle::unmute(const QString &profile)
{
    if (!m_muted.remove(profile))
        return;
    saveMutes();
}

void NotificationThrottle::markAllSeen()
{
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    Q_EMIT unseenCountChanged(0);
}

void NotificationThrottle::submit(const QList<AppArmorEvent> &records)
{
    const int before = m_unseen;
    for (const AppArmorEvent &d : records) {
        // A record any user could have forged never pops up: that would let anyone put text
        // in front of the admin under AppArmor's name.
        if ((d.kind == AppArmorEvent::Kind::Denied || d.kind == AppArmorEvent::Kind::Allowed) && d.isVerified())
            submitOne(d);
    }
    if (m_unseen != before)
        Q_EMIT unseenCountChanged(m_unseen);
}

bool NotificationThrottle::takeGlobalSlot()
{
    const qint64 now = monotonicMs();
    while (!m_globalShown.isEmpty() && now - m_globalShown.first() >= m_windowMs)
        m_globalShown.removeFirst();
    if (m_globalShown.size() >= m_globalCap)
        return false;
    m_globalShown.append(now);
    return true;
}

// Names from the log are escaped: a newline or an escape sequence in a file name must not
// rewrite the popup.
// tr()'s %n takes an int; a flood larger than that is still "many".
static int asCount(quint64 n)
{
    return int(qMin<quint64>(n, std::numeric_limits<int>::max()));
}

static QString describe(const AppArmorEvent &d)
{
    QString what = DisplayText::escaped(d.operation);
    const QString target = DenialGroup::targetOf(d);
    if (!target.trimmed().isEmpty())
        what += u' ' + DisplayText::escaped(target);
    if (!d.requestedMask.isEmpty())
        what += u" ("_s + DisplayText::escaped(d.requestedMask) + u')';
    if (!d.comm.isEmpty())
        what += u"\n"_s + NotificationThrottle::tr("by %1").arg(DisplayText::escaped(d.comm))
            + (d.pid ? u" [%1]"_s.arg(d.pid) : QString());
    return what;
}

void NotificationThrottle::submitOne(const AppArmorEvent &d)
{
    if (m_muted.contains(d.profile))
        return;
    ++m_unseen;
    const qint64 now = monotonicMs();
    ProfileWindow &w = m_windows[d.profile];
    if (w.windowStart < 0 || now - w.windowStart >= m_windowMs) {
        if (takeGlobalSlot()) {
            w.windowStart = now;
            w.pending = 0;
            Popup p;
            p.profile = d.profile;
            const QString profile = DisplayText::escaped(d.profile);
            p.summary = d.kind == AppArmorEvent::Kind::Allowed ? tr("%1 would be denied (complain mode)").arg(profile)
                                                               : tr("AppArmor denied %1").arg(profile);
            p.body = describe(d);
            p.sample = d;
            show(p);
            if (!m_flushTimer.isActive())
                m_flushTimer.start(m_windowMs);
            return;
        }
        ++m_globalPending;
        m_globalPendingProfiles.insert(d.profile);
        if (!m_flushTimer.isActive())
            m_flushTimer.start(m_windowMs);
        return;
    }
    ++w.pending;
    w.last = d;
}

void NotificationThrottle::flush()
{
    const qint64 now = monotonicMs();
    qint64 nextDue = -1;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        ProfileWindow &w = it.value();
        const qint64 due = w.windowStart + m_windowMs;
        if (w.pending > 0 && due <= now + 5) {
            if (takeGlobalSlot()) {
                Popup p;
                p.profile = it.key();
                p.count = w.pending;
                p.isSummary = true;
                p.summary
                    = tr("%n more denial(s) from %1", nullptr, asCount(w.pending)).arg(DisplayText::escaped(it.key()));
                p.body = tr("Latest: %1").arg(describe(w.last));
                p.sample = w.last;
                w.windowStart = now;
                w.pending = 0;
                show(p);
                nextDue = nextDue < 0 ? now + m_windowMs : qMin(nextDue, now + m_windowMs);
            } else {
                m_globalPending += w.pending;
                m_globalPendingProfiles.insert(it.key());
                w.pending = 0;
            }
        } else if (w.pending > 0) {
            nextDue = nextDue < 0 ? due : qMin(nextDue, due);
        } else if (now - w.windowStart >= m_windowMs) {
            // Quiet for a whole window: forget it, so memory stays bounded by active profiles.
            it = m_windows.erase(it);
            continue;
        }
        ++it;
    }
    if (m_globalPending > 0) {
        if (takeGlobalSlot()) {
            Popup p;
            p.count = m_globalPending;
            p.isSummary = true;
            p.summary = tr("%1 from %2", "%n more denials from %n profiles")
                            .arg(tr("%n more denial(s)", nullptr, asCount(m_globalPending)),
                                tr("%n profile(s)", nullptr, int(m_globalPendingProfiles.size())));
            QStringList names(m_globalPendingProfiles.begin(), m_globalPendingProfiles.end());
            names.sort();
            p.body = DisplayText::escaped(names.mid(0, 8).join(u", "_s));
            m_globalPending = 0;
            m_globalPendingProfiles.clear();
            show(p);
        }
        nextDue = nextDue < 0 ? now + m_windowMs : qMin(nextDue, now + m_windowMs);
    }
    if (nextDue < 0 && !m_windows.isEmpty())
        nextDue = now + m_windowMs;
    if (nextDue >= 0)
        m_flushTimer.start(int(qMax<qint64>(1, nextDue - now)));
}

void NotificationThrottle::show(const Popup &popup)
{
    ++m_popupCounts[popup.profile];
    Q_EMIT popupRequested(popup);
}
