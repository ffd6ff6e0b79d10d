// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "draftstore.h"

#include <QObject>
#include <QThreadPool>

// Writes and removes drafts off the GUI thread: a draft of a large profile is hundreds of KB
// and an fsync, which must not delay the next keystroke. One worker runs the requests in the
// order they were made, so a removal never overtakes the save before it.
class DraftWriter : public QObject
{
    Q_OBJECT
public:
    explicit DraftWriter(const DraftStore &store = DraftStore(), QObject *parent = nullptr);
    ~DraftWriter() override; // finishes what is queued: a draft is not dropped on close

    // Waits for the queued requests, then uses store.
    void setStore(const DraftStore &store);
    // For reads; waits for the queued requests first, so it reflects every save and removal.
    const DraftStore &store();

    void save(const QString &file, const QString &text, const QString &baseText);
    void remove(const QString &file);
    // Blocks until every queued request is done.
    void flush();

Q_SIGNALS:
    void saveFailed(const QString &file, const QString &error);

private:
    DraftStore m_store;
    QThreadPool m_worker;
};
