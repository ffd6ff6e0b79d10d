// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtray.h"
#include "displaytext.h"
#include "notificationthrottle.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>

using namespace Qt::StringLiterals;

DenialTray::DenialTray(NotificationThrottle *throttle, bool withQuit, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_throttle(throttle)
    , m_menu(new QMenu)
    , m_muted(new QMenu(tr("Muted profiles")))
{
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    QAction *history = m_menu->addAction(QIcon::fromTheme(u"view-list-details"_s), tr("Show &denials"));
    connect(history, &QAction::triggered, this, &DenialTray::showHistoryRequested);
    QAction *seen = m_menu->addAction(tr("Mark all as &seen"));
    connect(seen, &QAction::triggered, throttle, &NotificationThrottle::markAllSeen);
    m_menu->addMenu(m_muted);
    if (withQuit) {
        m_menu->addSeparator();
        QAction *quit = m_menu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit notifier"));
        connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    }
    setContextMenu(m_menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            Q_EMIT showHistoryRequested();
    });
    connect(throttle, &NotificationThrottle::unseenCountChanged, this, &DenialTray::updateCount);
    connect(throttle, &NotificationThrottle::mutedChanged, this, &DenialTray::rebuildMutedMenu);
    rebuildMutedMenu();
    updateCount(throttle->unseenCount());
}

QIcon DenialTray::iconFor(int unseen)
{
    const QIcon base(u":/icons/armorer.svg"_s);
    if (unseen <= 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = unseen > 99 ? u"99+"_s : QString::number(unseen);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(qMax(7, size * (text.size() > 2 ? 4 : 5) / 11));
        p.setFont(font);
        const int w = qMax(size * 6 / 10, QFontMetrics(font).horizontalAdvance(text) + size / 8);
        const int h = size * 6 / 10;
        const QRectF badge(size - w, size - h, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x30, 0x25));
        p.drawRoundedRect(badge, h / 2.0, h / 2.0);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void DenialTray::updateCount(int unseen)
{
    setIcon(iconFor(unseen));
    setToolTip(unseen > 0 ? tr("Armorer: %n unseen AppArmor denial(s)", nullptr, unseen)
                          : tr("Armorer: no new AppArmor denials"));
}

void DenialTray::rebuildMutedMenu()
{
    m_muted->clear();
    const QStringList muted = m_throttle->mutedProfiles();
    m_muted->setEnabled(!muted.isEmpty());
    for (const QString &profile : muted) {
        QString shown = DisplayText::escaped(profile);
        QAction *a = m_muted->addAction(tr("Unmute %1").arg(shown.replace(u'&', u"&&"_s)));
        connect(a, &QAction::triggered, m_throttle, [this, profile] {
            m_throttle->unmute(profile);
        });
    }
}
