// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "sourceselector.h"
#include "boundedfile.h"
#include "denialparser.h"
#include "journalsource.h"
#include "linereader.h"
#include "logfilesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

static QString tr(const char *text)
{
    return QCoreApplication::translate("SourceSelector", text);
}

int SourceSelector::countRecordsInTail(const QString &path)
{
    // Only a regular file has a tail to look at: never wait on a FIFO or read a device.
    const BoundedFile::Stream stream = BoundedFile::openStream(path);
    if (stream.fd < 0 || !stream.regular) {
        if (stream.fd >= 0)
            ::close(stream.fd);
        return -1;
    }
    QFile file;
    if (!file.open(stream.fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(stream.fd);
        return -1;
    }
    if (file.size() > EvidenceBytes)
        file.seek(file.size() - EvidenceBytes);
    const QByteArray data = file.read(EvidenceBytes);
    LineReader lines(DenialParser::MaxLineLength);
    lines.append(data);
    lines.finish();
    int count = 0;
    QByteArrayView line;
    while (lines.next(&line)) {
        if (DenialParser::parseLine(line))
            ++count;
    }
    return count;
}

QString SourceSelector::journalDirectory() const
{
    return m_root.isSandbox() ? m_root.path(u"/var/log/journal"_s) : QString();
}

SourceSelector::Choice SourceSelector::choose(const QString &request) const
{
    struct Candidate
    {
        QString key;
        QString path; // empty for the journal
    };
    const QList<Candidate> candidates = {
        {u"journal"_s, {}},
        {u"audit"_s, m_root.path(u"/var/log/audit/audit.log"_s)},
        {u"kern"_s, m_root.path(u"/var/log/kern.log"_s)},
        {u"syslog"_s, m_root.path(u"/var/log/syslog"_s)},
        {u"messages"_s, m_root.path(u"/var/log/messages"_s)},
    };
    Choice choice;
    const auto journalChoice = [&](const QString &reason) {
        choice.kind = Choice::Kind::Journal;
        choice.path = journalDirectory();
        choice.reason = reason;
        choice.missing = m_root.isSandbox() ? QString() : LogAccess::journalHint();
        return choice;
    };
    const auto fileChoice = [&](const QString &path, const QString &reason) {
        choice.kind = Choice::Kind::File;
        choice.path = path;
        choice.reason = reason;
        if (QFileInfo::exists(path) && !QFileInfo(path).isReadable())
            choice.missing = LogAccess::fileHint(path);
        return choice;
    };

    if (!request.isEmpty() && request != u"auto") {
        if (request == u"journal")
            return journalChoice(tr("the journal, as requested"));
        for (const Candidate &c : candidates) {
            if (c.key == request)
                return fileChoice(c.path, tr("%1, as requested").arg(c.path));
        }
        // A file named on purpose must exist: "jornal" is a typo, not a log to wait for.
        if (request != u"-" && !QFileInfo::exists(request)) {
            choice.kind = Choice::Kind::None;
            choice.reason = tr("%1 does not exist (a source is auto, journal, audit, kern, syslog, messages, a file "
                               "or - for standard input)")
                                .arg(request);
            return choice;
        }
        return fileChoice(request == u"-" ? request : QFileInfo(request).absoluteFilePath(),
            request == u"-" ? tr("standard input") : tr("%1, as requested").arg(request));
    }

    const bool journalExists = m_root.isSandbox()
        ? QDir(journalDirectory()).exists()
        : (QDir(u"/run/log/journal"_s).exists() || QDir(u"/var/log/journal"_s).exists());
    QStringList notes;
    QString firstReadable;
    QStringList unreadable;
    if (journalExists) {
        const bool allowed = m_root.isSandbox() || LogAccess::canReadSystemJournal();
        const int n = allowed ? JournalSource::countRecentRecords(journalDirectory(), 20000) : -1;
        if (n > 0)
            return journalChoice(tr("the journal: it holds %n AppArmor record(s) among its latest kernel and audit "
                                    "entries")
                    .replace(u"%n"_s, QString::number(n)));
        if (allowed) {
            notes << tr("the journal has no AppArmor records yet");
            firstReadable = u"journal"_s;
        } else {
            unreadable << tr("the journal");
        }
    }
    for (const Candidate &c : candidates.sliced(1)) {
        if (!QFileInfo::exists(c.path))
            continue;
        const int n = countRecordsInTail(c.path);
        if (n > 0) {
            QString reason = QCoreApplication::translate(
                "SourceSelector", "%1: it holds %n AppArmor record(s) in its last 4 MiB", nullptr, n)
                                 .arg(c.path);
            if (!notes.isEmpty())
                reason += u" ("_s + notes.join(u"; "_s) + u')';
            return fileChoice(c.path, reason);
        }
        if (n < 0) {
            unreadable << c.path;
        } else {
            notes << tr("%1 has none").arg(c.path);
            if (firstReadable.isEmpty())
                firstReadable = c.path;
        }
    }
    // Nothing holds records yet: follow where the kernel's messages go.
    if (firstReadable == u"journal")
        return journalChoice(tr("the journal: no log holds AppArmor records yet, and the kernel logs there"));
    if (!firstReadable.isEmpty())
        return fileChoice(
            firstReadable, tr("%1: no log holds AppArmor records yet (%2)").arg(firstReadable, notes.join(u"; "_s)));
    choice.kind = Choice::Kind::None;
    if (!unreadable.isEmpty()) {
        choice.reason = tr("no readable log: %1 cannot be read").arg(unreadable.join(u", "_s));
        choice.missing = unreadable.first() == tr("the journal") ? LogAccess::journalHint()
                                                                 : LogAccess::fileHint(unreadable.first());
    } else {
        choice.reason = tr("no log found: neither the journal nor audit.log, kern.log, syslog or messages exists");
    }
    return choice;
}

std::unique_ptr<DenialSource> SourceSelector::create(const Choice &choice, QObject *parent)
{
    std::unique_ptr<DenialSource> source;
    switch (choice.kind) {
    case Choice::Kind::None:
        return nullptr;
    case Choice::Kind::Journal:
        source = choice.path.isEmpty() ? std::make_unique<JournalSource>(parent)
                                       : std::make_unique<JournalSource>(choice.path, parent);
        break;
    case Choice::Kind::File:
        source = std::make_unique<LogFileSource>(choice.path, parent);
        break;
    }
    source->setReason(choice.reason);
    return source;
}
