// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overriderules.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One change the helper made to a file of the policy tree, as its journal keeps it and as
// History sends it: the contract between the root-side engine, which writes these, and the
// client side (history, undo, granted rules), which reads them.
struct ChangeRecord
{
    QString id; // decimal, increasing
    QDateTime time;
    qint64 uid = -1; // the caller
    QString action; // "write-override", "ensure-include", "set-mode", "disable", "enable", "undo"
    QString profile;
    QString file; // relative to the profile directory: "local/NAME", "disable/NAME" or "NAME"
    bool existedBefore = false;
    QString beforeHash; // sha256 hex, empty when the file did not exist
    QString afterHash;
    QString undoes; // for "undo": the change it reverted
    // What became of the change. A change is recorded as Pending before its file is touched
    // and becomes Done only once it is complete, so a record never names a change that was not
    // made. RollbackFailed: the change failed and putting the previous bytes back failed too;
    // the file is not as it was, and the record and its backup are kept.
    enum class State { Done, Pending, RollbackFailed };
    State state = State::Done;
    QString stateDetail; // why the rollback failed
    // For a local override: the rules the change added and took out, so a view can say
    // which change granted a rule. Unknown for other files, for entries written before
    // the field existed, and when the lists would be too long to keep.
    bool rulesKnown = false;
    QList<OverrideRuleRef> rulesAdded;
    QList<OverrideRuleRef> rulesRemoved;

    // Fills the rule lists from the override's bytes before and after the change.
    void setRules(const QByteArray &before, const QByteArray &after);

    QJsonObject toObject() const;
    static ChangeRecord fromObject(const QJsonObject &object);
    static QByteArray toJson(const QList<ChangeRecord> &records);
    static QList<ChangeRecord> fromJson(const QByteArray &json);
    // The sha256 hex of a file's bytes, as records and the helper's replies name contents.
    static QString hash(const QByteArray &bytes);
};
