// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperprofilewriter.h"
#include "changerecord.h"
#include "helperchangechannel.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

HelperProfileWriter::HelperProfileWriter(
    HelperChangeChannel *channel, const SystemRoot &root, ProfileWriter *fallback, QObject *parent)
    : ProfileWriter(parent)
    , m_channel(channel)
    , m_root(root)
    , m_fallback(fallback)
{
    if (m_fallback) {
        connect(m_fallback, &ProfileWriter::finished, this, [this](int fallbackId, bool ok, const QString &error) {
            const auto it = m_fallbackIds.constFind(fallbackId);
            if (it == m_fallbackIds.cend())
                return;
            const int id = it.value();
            m_fallbackIds.erase(it);
            Q_EMIT finished(id, ok, error);
        });
    }
}

void HelperProfileWriter::finishLater(int id, bool ok, const QString &error)
{
    // finished() must never come before write() has returned the id.
    QTimer::singleShot(0, this, [this, id, ok, error] {
        Q_EMIT finished(id, ok, error);
    });
}

int HelperProfileWriter::write(
    const QString &relativePath, const QByteArray &content, const std::optional<QByteArray> &loaded)
{
    const int id = m_nextId++;
    const QStringList parts = relativePath.split(u'/');
    if (parts.size() != 2 || parts.first() != u"local") {
        if (m_fallback) {
            m_fallbackIds.insert(m_fallback->write(relativePath, content, loaded), id);
            return id;
        }
        finishLater(id, false,
            tr("Only local overrides can be changed through armorer-helper; %1 is not one. "
               "Put your change in the profile's local override.")
                .arg(relativePath));
        return id;
    }
    const QString name = parts.last();
    const QString text = QString::fromUtf8(content);
    // The hash of what the caller loaded, never of what is there now: a change made since (an
    // allow, another admin) is refused as a conflict instead of overwritten.
    const QString expectedHash = loaded ? ChangeRecord::hash(*loaded) : QString();
    m_channel->writeOverride(name, text, expectedHash,
        [self = QPointer<HelperProfileWriter>(this), id](const HelperChangeChannel::Result &r) {
            if (!self)
                return;
            if (r.isConflict())
                Q_EMIT self->conflicted(id, r.currentText);
            Q_EMIT self->finished(id, r.ok(), r.message());
        });
    return id;
}
