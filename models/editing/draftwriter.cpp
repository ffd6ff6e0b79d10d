// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "draftwriter.h"

DraftWriter::DraftWriter(const DraftStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // One thread, first in first out (all requests have the same priority).
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

DraftWriter::~DraftWriter()
{
    flush();
}

void DraftWriter::setStore(const DraftStore &store)
{
    flush();
    m_store = store;
}

const DraftStore &DraftWriter::store()
{
    flush();
    return m_store;
}

void DraftWriter::save(const QString &file, const QString &text, const QString &baseText)
{
    // The store is copied: setStore() waits for this request before replacing it anyway.
    m_worker.start([this, store = m_store, file, text, baseText]() mutable {
        QString error;
        if (!store.save(file, text, baseText, &error)) {
            QMetaObject::invokeMethod(
                this,
                [this, file, error] {
                    Q_EMIT saveFailed(file, error);
                },
                Qt::QueuedConnection);
        }
    });
}

void DraftWriter::remove(const QString &file)
{
    m_worker.start([store = m_store, file]() mutable {
        store.remove(file);
    });
}

void DraftWriter::flush()
{
    m_worker.waitForDone();
}
