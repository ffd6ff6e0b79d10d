// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttonLayout(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttonLayout);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text)
{
    clear();
    // Tinted like KMessageWidget: readable on light and dark palettes.
    const QColor tint = kind == Kind::Error ? QColor(0xda, 0x44, 0x53)
        : kind == Kind::Warning             ? QColor(0xf6, 0x74, 0x00)
                                            : QColor(0x3d, 0xae, 0xe9);
    QColor bg = tint;
    bg.setAlpha(56);
    setStyleSheet(
        u"NoticeBar { background: rgba(%1,%2,%3,%4); border: 1px solid %5; border-radius: 4px; }"_s.arg(bg.red())
            .arg(bg.green())
            .arg(bg.blue())
            .arg(bg.alpha())
            .arg(tint.name()));
    m_label->setText(text);
    show();
}

QPushButton *NoticeBar::addButton(const QString &text, const std::function<void()> &handler)
{
    auto *b = new QPushButton(text, this);
    m_buttonLayout->addWidget(b);
    m_buttons.append(b);
    connect(b, &QPushButton::clicked, this, handler);
    return b;
}

QPushButton *NoticeBar::button(const QString &text) const
{
    for (QPushButton *b : m_buttons) {
        if (QString(b->text()).remove(u'&') == QString(text).remove(u'&'))
            return b;
    }
    return nullptr;
}

void NoticeBar::clear()
{
    // Deleted later: clear() often runs inside one of these buttons' clicked().
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    m_label->clear();
    hide();
}

QString NoticeBar::text() const
{
    return isVisible() || !isHidden() ? m_label->text() : QString();
}
