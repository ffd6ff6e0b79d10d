// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changejournal.h"

#include "profilename.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Far below the 64 KiB an entry file may have, so the entry itself is always kept.
constexpr qsizetype MaxRulesBytes = 32 * 1024;

QJsonArray toArray(const QList<OverrideRuleRef> &refs)
{
    QJsonArray array;
    for (const OverrideRuleRef &ref : refs) {
        QJsonObject o{{u"rule"_s, ref.rule}};
        if (!ref.blocks.isEmpty())
            o.insert(u"in"_s, QJsonArray::fromStringList(ref.blocks));
        array.append(o);
    }
    return array;
}

QList<OverrideRuleRef> fromArray(const QJsonValue &value)
{
    QList<OverrideRuleRef> refs;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        OverrideRuleRef ref;
        ref.rule = o.value(u"rule"_s).toString();
        for (const QJsonValue &block : o.value(u"in"_s).toArray())
            ref.blocks.append(block.toString());
        refs.append(ref);
    }
    return refs;
}

QJsonObject toObject(const ChangeJournal::Entry &e)
{
    QJsonObject o{{u"id"_s, e.id}, {u"time"_s, e.time.toUTC().toString(Qt::ISODateWithMs)}, {u"uid"_s, e.uid},
        {u"action"_s, e.action}, {u"profile"_s, e.profile}, {u"file"_s, e.file}, {u"existedBefore"_s, e.existedBefore},
        {u"beforeHash"_s, e.beforeHash}, {u"afterHash"_s, e.afterHash}};
    if (!e.undoes.isEmpty())
        o.insert(u"undoes"_s, e.undoes);
    // Absent for a completed change, as in entries written before the field existed.
    if (e.state == ChangeJournal::Entry::State::Pending)
        o.insert(u"state"_s, u"pending"_s);
    else if (e.state == ChangeJournal::Entry::State::RollbackFailed)
        o.insert(u"state"_s, u"rollback-failed"_s);
    if (!e.stateDetail.isEmpty())
        o.insert(u"stateDetail"_s, e.stateDetail);
    // Optional, so readers that predate it (armorctl history, older GUIs) are unaffected.
    if (e.rulesKnown)
        o.insert(u"rules"_s, QJsonObject{{u"added"_s, toArray(e.rulesAdded)}, {u"removed"_s, toArray(e.rulesRemoved)}});
    return o;
}

ChangeJournal::Entry fromObject(const QJsonObject &o)
{
    ChangeJournal::Entry e;
    e.id = o.value(u"id"_s).toString();
    e.time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
    e.uid = o.value(u"uid"_s).toInteger(-1);
    e.action = o.value(u"action"_s).toString();
    e.profile = o.value(u"profile"_s).toString();
    e.file = o.value(u"file"_s).toString();
    e.existedBefore = o.value(u"existedBefore"_s).toBool();
    e.beforeHash = o.value(u"beforeHash"_s).toString();
    e.afterHash = o.value(u"afterHash"_s).toString();
    e.undoes = o.value(u"undoes"_s).toString();
    const QString state = o.value(u"state"_s).toString();
    e.state = state == u"pending"     ? ChangeJournal::Entry::State::Pending
        : state == u"rollback-failed" ? ChangeJournal::Entry::State::RollbackFailed
                                      : ChangeJournal::Entry::State::Done;
    e.stateDetail = o.value(u"stateDetail"_s).toString();
    const QJsonValue rules = o.value(u"rules"_s);
    e.rulesKnown = rules.isObject();
    if (e.rulesKnown) {
        e.rulesAdded = fromArray(rules[u"added"_s]);
        e.rulesRemoved = fromArray(rules[u"removed"_s]);
    }
    return e;
}

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

void ChangeJournal::Entry::setRules(const QByteArray &before, const QByteArray &after)
{
    const QString beforeText = QString::fromUtf8(before);
    const QString afterText = QString::fromUtf8(after);
    rulesAdded = OverrideRules::added(beforeText, afterText);
    rulesRemoved = OverrideRules::added(afterText, beforeText);
    // Measured as written: JSON escapes can make a rule several times longer than its text.
    const qsizetype size
        = QJsonDocument(QJsonArray{toArray(rulesAdded), toArray(rulesRemoved)}).toJson(QJsonDocument::Compact).size();
    rulesKnown = size <= MaxRulesBytes;
    if (!rulesKnown) {
        rulesAdded.clear();
        rulesRemoved.clear();
    }
}

QString ChangeJournal::hash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

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
        || m_dir.writeAtomic(entry.id + u".json"_s, QJsonDocument(toObject(entry)).toJson(QJsonDocument::Compact), 0600)
            != ConfinedDir::Status::Ok) {
        *error = u"change journal: "_s + m_dir.errorString();
        m_dir.remove(entry.id + u".before"_s);
        return {};
    }
    return entry.id;
}

bool ChangeJournal::rewrite(const Entry &entry, QString *error)
{
    if (m_dir.writeAtomic(entry.id + u".json"_s, QJsonDocument(toObject(entry)).toJson(QJsonDocument::Compact), 0600)
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
    Entry e = fromObject(doc.object());
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

QByteArray ChangeJournal::toJson(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &e : entries)
        array.append(toObject(e));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<ChangeJournal::Entry> ChangeJournal::fromJson(const QByteArray &json)
{
    QList<Entry> result;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array)
        result.append(fromObject(v.toObject()));
    return result;
}
