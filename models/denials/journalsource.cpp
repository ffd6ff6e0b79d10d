// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "journalsource.h"
#include "denialparser.h"
#include "logorigin.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <systemd/sd-journal.h>

#include <cstdlib>
#include <cstring>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
// Entries handled per slice before yielding to the event loop.
constexpr int SliceEntries = 20000;

QByteArrayView field(sd_journal *j, const char *name)
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(j, name, &data, &length) < 0)
        return {};
    const QByteArrayView all(static_cast<const char *>(data), qsizetype(length));
    const qsizetype eq = all.indexOf('=');
    return eq < 0 ? QByteArrayView() : all.sliced(eq + 1);
}

bool addMatches(sd_journal *j)
{
    // Same-field matches are ORed; the disjunctions add dbus-daemon's own lines, found by the
    // name journald saw (_COMM) or the one the sender gave (SYSLOG_IDENTIFIER, which anyone can
    // claim: such entries are read, and marked unverified).
    return sd_journal_add_match(j, "_TRANSPORT=kernel", 0) >= 0 && sd_journal_add_match(j, "_TRANSPORT=audit", 0) >= 0
        && sd_journal_add_disjunction(j) >= 0 && sd_journal_add_match(j, "_COMM=dbus-daemon", 0) >= 0
        && sd_journal_add_disjunction(j) >= 0 && sd_journal_add_match(j, "SYSLOG_IDENTIFIER=dbus-daemon", 0) >= 0;
}

AppArmorEvent::Origin entryOrigin(sd_journal *j)
{
    // Each field's data is valid only until the next sd_journal_get_data: copy the short ones.
    const QByteArray transport = field(j, "_TRANSPORT").toByteArray();
    const QByteArray comm = field(j, "_COMM").toByteArray();
    return LogOrigin::originOfJournalEntry(transport, comm, field(j, "_UID"));
}

std::optional<AppArmorEvent> parseMessage(sd_journal *j)
{
    const QByteArrayView message = field(j, "MESSAGE");
    if (message.isEmpty() || !DenialParser::mightBeAppArmor(message))
        return std::nullopt;
    if (field(j, "_TRANSPORT") == "audit") {
        // The audit transport drops the "audit(S.ms:ID)" stamp; rebuild it from the entry.
        qint64 usec = field(j, "_SOURCE_REALTIME_TIMESTAMP").toLongLong();
        if (usec <= 0) {
            uint64_t t = 0;
            sd_journal_get_realtime_usec(j, &t);
            usec = qint64(t);
        }
        const quint64 serial = field(j, "_AUDIT_ID").toULongLong();
        return DenialParser::parseAuditBody(message, usec / 1000, serial);
    }
    return DenialParser::parseLine(message);
}

std::optional<AppArmorEvent> parseEntry(sd_journal *j)
{
    std::optional<AppArmorEvent> d = parseMessage(j);
    if (d)
        d->origin = entryOrigin(j);
    return d;
}

QString journalError(int r)
{
    return QString::fromLocal8Bit(std::strerror(-r));
}
} // namespace

JournalSource::JournalSource(QObject *parent)
    : DenialSource(parent)
{
}

JournalSource::JournalSource(const QString &directory, QObject *parent)
    : DenialSource(parent)
    , m_directory(directory)
{
}

JournalSource::~JournalSource()
{
    close();
}

QString JournalSource::name() const
{
    return m_directory.isEmpty() ? u"journal"_s : u"journal:"_s + m_directory;
}

bool JournalSource::open()
{
    close();
    const int r = m_directory.isEmpty()
        ? sd_journal_open(&m_journal, SD_JOURNAL_LOCAL_ONLY | SD_JOURNAL_SYSTEM)
        : sd_journal_open_directory(&m_journal, QFile::encodeName(m_directory).constData(), 0);
    if (r < 0) {
        m_journal = nullptr;
        setState(State::Failed,
            QCoreApplication::translate("JournalSource", "Cannot open the journal: %1").arg(journalError(r)));
        return false;
    }
    sd_journal_set_data_threshold(m_journal, DenialParser::MaxLineLength + 16);
    if (!addMatches(m_journal)) {
        setState(State::Failed, QCoreApplication::translate("JournalSource", "Cannot filter the journal."));
        close();
        return false;
    }
    return true;
}

void JournalSource::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    delete m_timeout;
    m_timeout = nullptr;
    if (m_journal)
        sd_journal_close(m_journal);
    m_journal = nullptr;
}

void JournalSource::start(const DenialStart &from, bool follow)
{
    stop();
    m_follow = follow;
    m_caughtUp = false;
    if (!open())
        return;
    switch (from.mode) {
    case DenialStart::Mode::End:
        // Stand on the last entry so that next() returns only what is appended later.
        sd_journal_seek_tail(m_journal);
        sd_journal_previous(m_journal);
        break;
    case DenialStart::Mode::Beginning:
        sd_journal_seek_head(m_journal);
        break;
    case DenialStart::Mode::Since:
        sd_journal_seek_realtime_usec(m_journal, uint64_t(from.sinceMs) * 1000);
        break;
    case DenialStart::Mode::Position: {
        const QByteArray cursor = from.position.toUtf8();
        if (sd_journal_seek_cursor(m_journal, cursor.constData()) < 0) {
            sd_journal_seek_head(m_journal);
        } else if (sd_journal_next(m_journal) > 0 && sd_journal_test_cursor(m_journal, cursor.constData()) <= 0) {
            // The cursor's entry is gone (vacuumed): start from where it would have been.
            sd_journal_previous(m_journal);
        }
        break;
    }
    }
    if (follow) {
        const int fd = sd_journal_get_fd(m_journal);
        if (fd < 0) {
            setState(State::Failed,
                QCoreApplication::translate("JournalSource", "Cannot follow the journal: %1").arg(journalError(fd)));
            return;
        }
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &JournalSource::onReadable);
        // Some file systems give no inotify events; sd_journal_get_timeout says when to look anyway.
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, &JournalSource::onReadable);
    }
    const QString hint = m_directory.isEmpty() ? LogAccess::journalHint() : QString();
    if (!hint.isEmpty())
        setState(State::NeedsPrivileges, hint);
    else
        setState(State::Reading, QCoreApplication::translate("JournalSource", "Reading the journal"));
    readAvailable();
}

void JournalSource::stop()
{
    close();
    if (state() != State::NeedsPrivileges)
        setState(State::Stopped, {});
}

void JournalSource::onReadable()
{
    if (!m_journal)
        return;
    const int r = sd_journal_process(m_journal);
    if (r < 0) {
        Q_EMIT errorOccurred(QCoreApplication::translate("JournalSource", "The journal: %1").arg(journalError(r)));
        return;
    }
    if (!m_scheduled)
        readAvailable();
}

void JournalSource::readAvailable()
{
    m_scheduled = false;
    if (!m_journal)
        return;
    QList<AppArmorEvent> out;
    int handled = 0;
    bool advanced = false;
    int r = 0;
    while (handled < SliceEntries && (r = sd_journal_next(m_journal)) > 0) {
        ++handled;
        ++m_lines;
        advanced = true;
        if (std::optional<AppArmorEvent> d = parseEntry(m_journal))
            out.append(std::move(*d));
    }
    if (advanced) {
        char *cursor = nullptr;
        if (sd_journal_get_cursor(m_journal, &cursor) >= 0) {
            m_cursor = QString::fromUtf8(cursor);
            std::free(cursor);
        }
    }
    deliver(out);
    if (handled >= SliceEntries) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &JournalSource::readAvailable);
        return;
    }
    if (!m_caughtUp) {
        m_caughtUp = true;
        if (state() == State::Reading)
            setState(m_follow ? State::Following : State::Stopped,
                m_follow ? QCoreApplication::translate("JournalSource", "Following the journal") : QString());
        Q_EMIT caughtUp();
    }
    if (m_timeout) {
        uint64_t usec = 0;
        if (sd_journal_get_timeout(m_journal, &usec) >= 0 && usec != uint64_t(-1)) {
            timespec now{};
            ::clock_gettime(CLOCK_MONOTONIC, &now);
            const uint64_t nowUsec = uint64_t(now.tv_sec) * 1000000 + uint64_t(now.tv_nsec) / 1000;
            m_timeout->start(int(usec > nowUsec ? qMin<uint64_t>((usec - nowUsec) / 1000 + 1, 60000) : 0));
        }
    }
}

int JournalSource::countRecentRecords(const QString &directory, int maxEntries)
{
    sd_journal *j = nullptr;
    const int r = directory.isEmpty() ? sd_journal_open(&j, SD_JOURNAL_LOCAL_ONLY | SD_JOURNAL_SYSTEM)
                                      : sd_journal_open_directory(&j, QFile::encodeName(directory).constData(), 0);
    if (r < 0)
        return -1;
    int count = 0;
    if (addMatches(j)) {
        sd_journal_seek_tail(j);
        for (int i = 0; i < maxEntries && sd_journal_previous(j) > 0; ++i) {
            if (parseEntry(j))
                ++count;
        }
    }
    sd_journal_close(j);
    return count;
}
