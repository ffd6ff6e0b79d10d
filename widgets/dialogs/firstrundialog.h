// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "setupcheck.h"

#include <QDialog>

class QCheckBox;

// The first-run screen: what Armorer found missing on this system (see SetupCheck) and how to
// fix each, with the commands selectable for copying.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const QList<SetupCheck::Finding> &findings, QWidget *parent = nullptr);

    QCheckBox *showAgainBox() const { return m_showAgain; }

    // Whether to show the screen at this start: at the first start, and later while something
    // is missing unless the user turned it off. Reads and writes QSettings.
    static bool shouldShow(const QList<SetupCheck::Finding> &findings);
    void rememberChoice() const;

private:
    QCheckBox *m_showAgain;
};
