// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the editor can complete, and which of it fits where the cursor is: rule keywords and
// permissions, capability names after "capability", network families after "network",
// abstraction and tunable names inside "include <", and the variables tunables define after "@{".
class CompletionCatalog
{
public:
    enum class Kind { Keyword, Permission, Capability, NetworkFamily, Include, Variable };
    struct Item
    {
        QString text;
        Kind kind;
        bool operator==(const Item &) const = default;
    };
    struct Context
    {
        qsizetype wordStart = 0; // where the word being completed starts in the line
        QString prefix; // the part of it already typed
        QList<Item> items; // every item that fits here (not yet filtered by prefix)
    };

    // Reads abstraction and tunable names and the variables defined in tunables/.
    void build(const QString &profileDir);

    // What fits at the end of linePrefix (the line's text left of the cursor).
    Context complete(QStringView linePrefix) const;

    QStringList includes() const { return m_includes; }
    QStringList variables() const { return m_variables; }

    static QStringList keywords();
    static QStringList permissions();
    static QStringList capabilities();
    static QStringList networkFamilies();

private:
    QStringList m_includes; // "abstractions/base", "tunables/global", ...
    QStringList m_variables; // "HOME", "PROC", ...
};
