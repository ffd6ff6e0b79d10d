// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changerecord.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace

QJsonObject ChangeRecord::toObject() const
{
    const ChangeRecord &e = *this;
    QJsonObject o{{u"id"_s, e.id}, {u"time"_s, e.time.toUTC().toString(Qt::ISODateWithMs)}, {u"uid"_s, e.uid},
        {u"action"_s, e.action}, {u"profile"_s, e.profile}, {u"file"_s, e.file}, {u"existedBefore"_s, e.existedBefore},
        {u"beforeHash"_s, e.beforeHash}, {u"afterHash"_s, e.afterHash}};
    if (!e.undoes.isEmpty())
        o.insert(u"undoes"_s, e.undoes);
    // Absent for a completed change, as in records written before the field existed.
    if (e.state == State::Pending)
        o.insert(u"state"_s, u"pending"_s);
    else if (e.state == State::RollbackFailed)
        o.insert(u"state"_s, u"rollback-failed"_s);
    if (!e.stateDetail.isEmpty())
        o.insert(u"stateDetail"_s, e.stateDetail);
    // Optional, so readers that predate it (armorctl history, older GUIs) are unaffected.
    if (e.rulesKnown)
        o.insert(u"rules"_s, QJsonObject{{u"added"_s, toArray(e.rulesAdded)}, {u"removed"_s, toArray(e.rulesRemoved)}});
    return o;
}

ChangeRecord ChangeRecord::fromObject(const QJsonObject &o)
{
    ChangeRecord e;
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
    e.state = state == u"pending" ? State::Pending : state == u"rollback-failed" ? State::RollbackFailed : State::Done;
    e.stateDetail = o.value(u"stateDetail"_s).toString();
    const QJsonValue rules = o.value(u"rules"_s);
    e.rulesKnown = rules.isObject();
    if (e.rulesKnown) {
        e.rulesAdded = fromArray(rules[u"added"_s]);
        e.rulesRemoved = fromArray(rules[u"removed"_s]);
    }
    return e;
}

void ChangeRecord::setRules(const QByteArray &before, const QByteArray &after)
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

QString ChangeRecord::hash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray ChangeRecord::toJson(const QList<ChangeRecord> &records)
{
    QJsonArray array;
    for (const ChangeRecord &r : records)
        array.append(r.toObject());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<ChangeRecord> ChangeRecord::fromJson(const QByteArray &json)
{
    QList<ChangeRecord> result;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array)
        result.append(fromObject(v.toObject()));
    return result;
}
