// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>
#include <QStringList>

// The profile files disabled as aa-disable does it: a symbolic link disable/NAME next to the
// file NAME, which the boot's loader and apparmor_parser skip. For the views (armorctl status,
// the GUI's Enable menu); the helper reads and changes disable/ through its own confined
// directory.
namespace DisabledProfiles {
// The names, sorted, of the files in profileDir that have a link in disable/ (a link whose
// file is gone is left out: there is nothing to enable).
QStringList files(const QString &profileDir);
} // namespace DisabledProfiles
