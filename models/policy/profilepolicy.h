// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "existingrules.h"
#include "filescope.h"

#include <QList>
#include <QString>

// One profile's whole policy as its files say: the rules of its block and of every file it
// includes (abstractions, local overrides, directories), each part with the file it comes
// from, the variables of the tunables and of the profile file, its flags and its declared ABI.
class ProfilePolicy
{
public:
    struct Part
    {
        QString file;
        ExistingRules rules;
    };

    // profileName's block in file (a child "a//b" or hat is its own block), and every file it
    // includes, found under profileDir. Missing "include if exists" targets are skipped, and
    // so are include loops.
    static ProfilePolicy load(const QString &profileDir, const QString &file, const QString &profileName,
        const FileScope::Variables &variables);

    bool isValid() const { return m_headerLine > 0; }
    QString file() const { return m_file; }
    int headerLine() const { return m_headerLine; }
    QString flags() const { return m_flags; }
    // The ABI the file declares ("abi/4.0"), empty when it declares none.
    QString abi() const { return m_abi; }
    const QList<Part> &parts() const { return m_parts; }
    const FileScope::Variables &variables() const { return m_variables; }

private:
    void addFile(const QString &profileDir, const QString &path, const ExistingRules &rules, QStringList &seen);

    QString m_file;
    int m_headerLine = 0;
    QString m_flags;
    QString m_abi;
    QList<Part> m_parts;
    FileScope::Variables m_variables;
};
