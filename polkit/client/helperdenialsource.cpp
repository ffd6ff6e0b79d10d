// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperdenialsource.h"

#include "denialparser.h"
#include "helperclient.h"
#include "logorigin.h"

#include <QPointer>

using namespace Qt::StringLiterals;

HelperDenialSource::HelperDenialSource(HelperClient *client, QObject *parent)
    : DenialSource(parent)
    , m_client(client)
{
}

QString HelperDenialSource::name() const
{
    return tr("the system log, through armorer-helper");
}

void HelperDenialSource::start(const DenialStart &from, bool)
{
    ++m_generation;
    m_error = {};
    m_sinceMs = from.mode == DenialStart::Mode::Since ? from.sinceMs : 0;
    // From the end: page through to find it, delivering nothing.
    m_deliver = from.mode != DenialStart::Mode::End;
    m_cursor = from.mode == DenialStart::Mode::Position ? from.position : QString();
    setState(State::Reading, tr("Reading the system log through armorer-helper…"));
    readPage();
}

void HelperDenialSource::stop()
{
    ++m_generation;
    if (state() == State::Reading)
        setState(State::Stopped, {});
}

void HelperDenialSource::readPage()
{
    QPointer<HelperDenialSource> self(this);
    const quint64 generation = m_generation;
    const QString cursor = m_cursor;
    m_client->readDenials(cursor, PageSize, [self, generation, cursor](const HelperClient::Denials &page) {
        if (!self || self->m_generation != generation)
            return;
        self->m_error = page.error;
        if (page.error) {
            QString why;
            if (page.error.code == HelperError::Code::AccessDenied)
                why = tr("polkit does not allow you to read the system log (action io.github.armorer.read-log).");
            else if (page.error.code == HelperError::Code::NotFound)
                why = tr("it reads audit.log, kern.log, syslog or messages in /var/log, and none of them exists here "
                         "(it does not read the journal).");
            else
                why = HelperClient::describe(page.error);
            self->setState(State::Failed, tr("armorer-helper did not read the system log: %1").arg(why));
            return;
        }
        QList<AppArmorEvent> records;
        for (const QString &text : page.records) {
            const QByteArray line = text.toUtf8();
            ++self->m_lines;
            AppArmorEvent d;
            if (!DenialParser::parseLineInto(line, d))
                continue;
            if (self->m_sinceMs > 0 && d.epochMs > 0 && d.epochMs < self->m_sinceMs)
                continue;
            d.origin = LogOrigin::originOfHelperLine(line);
            records.append(d);
        }
        self->m_cursor = page.nextCursor;
        if (self->m_deliver)
            self->deliver(records);
        if (!self || self->m_generation != generation)
            return;
        // A page that moved the cursor may have more behind it; one that did not is the end.
        if (page.nextCursor != cursor && !page.nextCursor.isEmpty()) {
            self->readPage();
            return;
        }
        self->setState(State::Stopped,
            tr("Read once through armorer-helper: new records are not followed. Refresh reads those logged since."));
        Q_EMIT self->caughtUp();
    });
}
