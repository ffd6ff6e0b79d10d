// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

// The confirmation before a profile file is disabled: it names the file and every profile the
// file defines (they all go off together), and says that it lasts across reboots and how to
// undo it. Cancel is the default button.
class DisableProfileDialog : public QMessageBox
{
    Q_OBJECT
public:
    // profiles: the profiles the file defines, as the index read them ("" entries are skipped).
    DisableProfileDialog(const QString &file, const QStringList &profiles, QWidget *parent = nullptr);

    QPushButton *disableButton() const { return m_disable; }
    // Whether the user chose Disable (after exec(), or after the button was clicked).
    bool confirmed() const { return clickedButton() == m_disable; }

private:
    QPushButton *m_disable;
};
