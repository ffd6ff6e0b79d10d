// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "systemroot.h"

#include <QString>

#include <memory>

class DenialSource;
class QObject;

// Chooses where to read AppArmor records: the place on this system that actually holds them
// (the journal, audit.log, kern.log, syslog or messages, in that order of preference), and says
// why. An override ("journal", "audit", "kern", "syslog", "messages" or a file path) wins.
class SourceSelector
{
public:
    struct Choice
    {
        enum class Kind { None, Journal, File };
        Kind kind = Kind::None;
        QString path; // the file, or the journal directory (empty: the system journal)
        QString reason; // one sentence for the user: what was picked and why
        QString missing; // when nothing readable was found: what access is missing
    };

    explicit SourceSelector(const SystemRoot &root)
        : m_root(root)
    {
    }

    // "auto" (or empty) looks at the system; anything else is an override.
    Choice choose(const QString &request = {}) const;
    // The source for a choice, its reason set; nullptr for Kind::None.
    static std::unique_ptr<DenialSource> create(const Choice &choice, QObject *parent = nullptr);

    // How much of a file's tail is searched for evidence of AppArmor records.
    static constexpr qint64 EvidenceBytes = 4 * 1024 * 1024;
    // AppArmor records in the last EvidenceBytes of path; -1 when it cannot be read.
    static int countRecordsInTail(const QString &path);

private:
    QString journalDirectory() const;
    SystemRoot m_root;
};
