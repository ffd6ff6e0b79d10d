// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "existingrules.h"
#include "filescope.h"

#include <QHash>
#include <QString>

// The abstractions of a profile directory (abstractions/*) with their includes followed, and
// the variables its tunables define: to say "<abstractions/fonts> already covers this".
class AbstractionIndex
{
public:
    static AbstractionIndex load(const QString &profileDir);

    const FileScope::Variables &variables() const { return m_variables; }
    // Applies the variable definitions of a file's text ("@{X} = a b", "@{X} += c") to variables.
    static void addDefinitions(const QString &text, FileScope::Variables &variables);
    QStringList names() const;
    // The smallest abstraction (fewest rules) that grants perms on path, as
    // "abstractions/NAME"; empty when none does.
    QString covering(const QString &path, const QString &perms, bool owner) const;

private:
    ExistingRules flattened(const QString &name, QStringList &seen) const;

    FileScope::Variables m_variables;
    QHash<QString, ExistingRules> m_abstractions; // "abstractions/NAME" -> its own rules
};
