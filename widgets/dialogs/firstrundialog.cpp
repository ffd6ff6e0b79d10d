// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "firstrundialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstRunDialog::FirstRunDialog(const QList<SetupCheck::Finding> &findings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Armorer"));
    const bool allOk = SetupCheck::allOk(findings);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(allOk ? tr("<h3>Armorer is ready</h3><p>Everything it needs is in place.</p>")
                                   : tr("<h3>Armorer needs a few things</h3><p>Some parts cannot work on this "
                                        "system yet. Here is what is missing and how to fix it.</p>"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const SetupCheck::Finding &f : findings) {
        auto *icon = new QLabel(this);
        const QIcon pixmapIcon
            = style()->standardIcon(f.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
        icon->setPixmap(pixmapIcon.pixmap(24, 24));
        icon->setAccessibleName(f.ok ? tr("OK") : tr("Missing"));
        icon->setAlignment(Qt::AlignTop);
        QString html = u"<b>"_s + f.title.toHtmlEscaped() + u"</b><br>"_s + f.detail.toHtmlEscaped();
        if (!f.fix.isEmpty())
            html += u"<br><i>"_s + tr("How to fix:").toHtmlEscaped() + u"</i> "_s + f.fix.toHtmlEscaped();
        auto *text = new QLabel(html, this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setAccessibleName(f.title);
        text->setAccessibleDescription(f.detail + u' ' + f.fix);
        text->setObjectName(u"finding"_s);
        grid->addWidget(icon, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
        if (row < findings.size() * 2 - 1) {
            auto *line = new QFrame(this);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            grid->addWidget(line, row++, 0, 1, 2);
        }
    }
    layout->addLayout(grid);
    layout->addStretch(1);

    m_showAgain = new QCheckBox(tr("&Show this at start while something is missing"), this);
    m_showAgain->setChecked(QSettings().value(u"firstRun/showWhileMissing"_s, true).toBool());
    layout->addWidget(m_showAgain);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::finished, this, &FirstRunDialog::rememberChoice);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

bool FirstRunDialog::shouldShow(const QList<SetupCheck::Finding> &findings)
{
    QSettings settings;
    if (!settings.value(u"firstRun/done"_s, false).toBool())
        return true;
    return !SetupCheck::allOk(findings) && settings.value(u"firstRun/showWhileMissing"_s, true).toBool();
}

void FirstRunDialog::rememberChoice() const
{
    QSettings settings;
    settings.setValue(u"firstRun/done"_s, true);
    settings.setValue(u"firstRun/showWhileMissing"_s, m_showAgain->isChecked());
}
