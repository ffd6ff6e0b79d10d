// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QCoreApplication>
#include <QTranslator>

// Installs Armorer's English plural forms (resources/translations/armorer_en.ts), as armorer and
// armorctl do at start, so that a test sees "1 denial" and "2 denials", not "%n denial(s)".
// False when the built .qm cannot be loaded.
inline bool installEnglishPlurals()
{
    static QTranslator plurals;
    return plurals.load(QStringLiteral(ARMORER_QM_DIR "/armorer_en.qm"))
        && QCoreApplication::installTranslator(&plurals);
}
