// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "disableprofiledialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

DisableProfileDialog::DisableProfileDialog(const QString &file, const QStringList &profiles, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(u"disableProfileDialog"_s);
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Disable Profile"));
    setTextFormat(Qt::PlainText);
    setText(tr("Disable %1?").arg(file));
    QStringList names = profiles;
    names.removeAll(QString());
    names.removeDuplicates();
    // Every profile of the file goes: the user must see them all, not just the one selected.
    const QString which = names.isEmpty()
        ? tr("Every profile in %1 is removed from the kernel.").arg(file)
        : tr("These profiles in %1 are removed from the kernel together, and the processes they confine are no "
             "longer confined by them:\n%2")
              .arg(file, u"  "_s + names.join(u"\n  "_s));
    setInformativeText(which + u"\n\n"_s
        + tr("The file stays, with a link in disable/ as aa-disable makes it, so it stays off after a reboot. "
             "Undo brings it back (Profile → Undo, or armorctl enable %1).")
            .arg(file));
    m_disable = addButton(tr("&Disable"), QMessageBox::AcceptRole);
    m_disable->setObjectName(u"disableButton"_s);
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    setDefaultButton(cancel);
    setEscapeButton(cancel);
}
