// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changejournal.h"

#include "profilename.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QList<qint64> ids(const ConfinedDir &dir)
{
    QList<qint64> result;
    for (const QString &name : dir.entries()) {
        if (!name.endsWith(u".json"))
            continue;
        const QString id = name.chopped(5);
        if (ProfileName::isValidChangeId(id))
            result.append(id.toLongLong());
    }
    std::sort(result.begin(), result.end());
    return result;
}
} // namespace

bool ChangeJournal::open(const QString &stateDir, QString *error)
{
    ConfinedDir state;
    if (state.open(stateDir, true, true) != ConfinedDir::Status::Ok) {
        *error = state.errorString();
        return false;
    }
    if (m_dir.openSub(state, u"changes"_s, true, true) != ConfinedDir::Status::Ok) {
        *error = m_dir.errorString();
        return false;
    }
    return true;
}

QString ChangeJournal::record(Entry entry, const QByteArray &before, QString *error)
{
    const QList<qint64> existing = ids(m_dir);
    entry.id = QString::number(existing.isEmpty() ? 1 : existing.last() + 1);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    entry.state = Entry::State::Pending;
    // The bytes first: an entry without its backup must never exist. One directory fsync, after
    // the entry, persists both names.
    if (m_dir.writeAtomic(entry.id + u".before"_s, before, 0600, ConfinedDir::SyncDir::Later) != ConfinedDir::Status::Ok
        || m_dir.writeAtomic(
               entry.id + u".json"_s, QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact), 0600)
            != ConfinedDir::Status::Ok) {
        *error = u"change journal: "_s + m_dir.errorString();
        m_dir.remove(entry.id + u".before"_s);
        return {};
    }
    return entry.id;
}

bool ChangeJournal::rewrite(const Entry &entry, QString *error)
{
    if (m_dir.writeAtomic(entry.id + u".json"_s, QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact), 0600)
        == ConfinedDir::Status::Ok)
        return true;
    if (error)
        *error = u"change journal: "_s + m_dir.errorString();
    return false;
}

bool ChangeJournal::commit(const QString &id, QString *error)
{
    std::optional<Entry> e = entry(id);
    if (!e) {
        if (error)
            *error = u"change journal: no entry "_s + id;
        return false;
    }
    e->state = Entry::State::Done;
    return rewrite(*e, error);
}

bool ChangeJournal::markRollbackFailed(const QString &id, const QString &detail)
{
    std::optional<Entry> e = entry(id);
    if (!e)
        return false;
    e->state = Entry::State::RollbackFailed;
    e->stateDetail = detail;
    return rewrite(*e, nullptr);
}

void ChangeJournal::removeTemporaryFiles()
{
    for (const QString &name : ConfinedDir::temporaryFiles(m_dir))
        m_dir.remove(name);
}

QList<ChangeJournal::Entry> ChangeJournal::pending() const
{
    QList<Entry> result;
    for (const qint64 id : ids(m_dir)) {
        if (const auto e = entry(QString::number(id)); e && e->state == Entry::State::Pending)
            result.append(*e);
    }
    return result;
}

void ChangeJournal::discard(const QString &id)
{
    if (!ProfileName::isValidChangeId(id))
        return;
    m_dir.remove(id + u".json"_s);
    m_dir.remove(id + u".before"_s);
}

std::optional<ChangeJournal::Entry> ChangeJournal::entry(const QString &id) const
{
    if (!ProfileName::isValidChangeId(id))
        return std::nullopt;
    QByteArray json;
    if (m_dir.read(id + u".json"_s, &json, 64 * 1024) != ConfinedDir::Status::Ok)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    Entry e = ChangeRecord::fromObject(doc.object());
    if (e.id != id)
        return std::nullopt;
    return e;
}

std::optional<QByteArray> ChangeJournal::before(const QString &id) const
{
    if (!ProfileName::isValidChangeId(id))
        return std::nullopt;
    QByteArray bytes;
    if (m_dir.read(id + u".before"_s, &bytes) != ConfinedDir::Status::Ok)
        return std::nullopt;
    return bytes;
}

QList<ChangeJournal::Entry> ChangeJournal::history(int max) const
{
    QList<Entry> result;
    const QList<qint64> all = ids(m_dir);
    for (auto it = all.crbegin(); it != all.crend() && result.size() < max; ++it) {
        if (const auto e = entry(QString::number(*it)))
            result.append(*e);
    }
    return result;
}
