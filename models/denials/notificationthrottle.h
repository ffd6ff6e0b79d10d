// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QSettings;

// Decides which denials become popups, so a flood never drowns the user: at most one popup
// per profile per window (10 s), the rest of that window summed up in one "37 more denials
// from firefox" popup at its end, at most globalCap popups per window across all profiles
// (the overflow summed up too), and no popup at all for a muted profile. Mutes are persisted
// in QSettings. Also counts the denials the user has not seen yet (the tray's badge).
class NotificationThrottle : public QObject
{
    Q_OBJECT
public:
    struct Popup
    {
        QString profile; // empty for the global overflow summary
        QString summary;
        QString body;
        AppArmorEvent sample; // the first denial (single popups) or the last one (summaries)
        quint64 count = 1;
        bool isSummary = false;
    };

    // settings: where mutes are kept (nullptr: the application's default QSettings).
    explicit NotificationThrottle(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~NotificationThrottle() override;

    void setWindow(int ms) { m_windowMs = ms; }
    int window() const { return m_windowMs; }
    void setGlobalCap(int popups) { m_globalCap = popups; }
    int globalCap() const { return m_globalCap; }

    void mute(const QString &profile);
    void unmute(const QString &profile);
    bool isMuted(const QString &profile) const { return m_muted.contains(profile); }
    QStringList mutedProfiles() const;

    int unseenCount() const { return m_unseen; }

    // Popups shown so far, per profile (benchmarks and tests).
    QHash<QString, int> popupsPerProfile() const { return m_popupCounts; }

public Q_SLOTS:
    // Any records; only DENIED and ALLOWED ones notify.
    void submit(const QList<AppArmorEvent> &records);
    void markAllSeen();

Q_SIGNALS:
    void popupRequested(const NotificationThrottle::Popup &popup);
    void unseenCountChanged(int count);
    void mutedChanged();

private:
    struct ProfileWindow
    {
        qint64 windowStart = -1; // when the last popup for this profile was shown
        quint64 pending = 0;
        AppArmorEvent last;
    };
    void submitOne(const AppArmorEvent &d);
    bool takeGlobalSlot();
    void flush();
    void show(const Popup &popup);
    void saveMutes();

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    QSet<QString> m_muted;
    QHash<QString, ProfileWindow> m_windows;
    QList<qint64> m_globalShown; // times of recent popups
    quint64 m_globalPending = 0;
    QSet<QString> m_globalPendingProfiles;
    QHash<QString, int> m_popupCounts;
    QTimer m_flushTimer;
    int m_windowMs = 10000;
    int m_globalCap = 5;
    int m_unseen = 0;
};

Q_DECLARE_METATYPE(NotificationThrottle::Popup)
