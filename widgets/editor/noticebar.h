// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

// A message above the editor with a few action buttons (a recovered draft, a file changed on
// disk, a read-only shipped profile). Non-modal: the user decides when.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(Kind kind, const QString &text);
    // Adds a button; clicking it runs handler (the bar stays unless handler hides it).
    QPushButton *addButton(const QString &text, const std::function<void()> &handler);
    void clear();
    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }
    QPushButton *button(const QString &text) const;

private:
    QLabel *m_label;
    QHBoxLayout *m_buttonLayout;
    QList<QPushButton *> m_buttons;
};
