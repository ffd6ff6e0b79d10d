// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperchangechannel.h"

#include "helperclient.h"

#include <QPointer>

QString HelperChangeChannel::Result::message() const
{
    return ok() ? QString() : HelperClient::describe(error);
}

HelperChangeChannel::HelperChangeChannel(HelperClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void HelperChangeChannel::finish(QPointer<HelperChangeChannel> self, const QString &name, const HelperError &error,
    const QString &changeId, const QString &hash, Done done)
{
    Result result;
    result.error = error;
    result.changeId = changeId;
    result.hash = hash;
    if (!error) {
        result.status = Result::Status::Done;
        done(result);
        if (self)
            Q_EMIT self->changed(changeId);
        return;
    }
    if (error.code != HelperError::Code::Conflict) {
        done(result);
        return;
    }
    result.status = Result::Status::Conflict;
    if (name.isEmpty() || !self) {
        done(result); // an undo of a file changed since: no override text to show
        return;
    }
    // Refused, nothing written: what is there now, for the caller's fresh diff.
    self->m_client->readOverride(name, [self, name, result, done](const HelperClient::Override &current) mutable {
        if (!current.error) {
            result.currentText = current.text;
            result.currentHash = current.hash;
        }
        done(result);
        if (self)
            Q_EMIT self->conflicted(name, result.currentText);
    });
}

void HelperChangeChannel::writeOverride(const QString &name, const QString &text, const QString &loadedHash, Done done)
{
    m_client->writeOverride(
        name, text, loadedHash, [self = QPointer(this), name, done](const HelperClient::Change &change) {
            finish(self, name, change.error, change.changeId, change.hash, done);
        });
}

void HelperChangeChannel::applyOverride(const QString &file, const QString &child, const QString &name,
    const QString &text, const QString &loadedHash, Done done)
{
    m_client->applyOverride(
        file, child, text, loadedHash, [self = QPointer(this), name, done](const HelperClient::Change &change) {
            finish(self, name, change.error, change.changeId, change.hash, done);
        });
}

void HelperChangeChannel::setMode(const QString &file, const QString &mode, Done done)
{
    m_client->setMode(file, mode, [self = QPointer(this), done](const HelperClient::Change &change) {
        finish(self, {}, change.error, change.changeId, {}, done);
    });
}

void HelperChangeChannel::unload(const QString &file, Done done)
{
    m_client->unloadProfile(file, [self = QPointer(this), done](const HelperClient::Change &change) {
        finish(self, {}, change.error, {}, {}, done);
    });
}

void HelperChangeChannel::disable(const QString &file, Done done)
{
    m_client->disableProfile(file, [self = QPointer(this), done](const HelperClient::Change &change) {
        finish(self, {}, change.error, change.changeId, {}, done);
    });
}

void HelperChangeChannel::enable(const QString &file, Done done)
{
    m_client->enableProfile(file, [self = QPointer(this), done](const HelperClient::Change &change) {
        finish(self, {}, change.error, change.changeId, {}, done);
    });
}

void HelperChangeChannel::undo(const QString &changeId, Done done)
{
    m_client->undo(changeId, [self = QPointer(this), done](const HelperClient::Change &change) {
        finish(self, {}, change.error, change.changeId, {}, done);
    });
}
