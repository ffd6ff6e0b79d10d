// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilewriter.h"
#include "systemroot.h"

#include <QHash>

class HelperChangeChannel;

// The editor's writes through armorer-helper's one change channel. Local overrides
// ("local/NAME") go through WriteOverride, which validates, keeps the previous bytes in the change journal, replaces
// the file atomically and reloads the profile (rolling back when the reload fails). The helper writes nothing else;
// other files go to the fallback writer when there is one (the demo's sandbox), and are refused otherwise.
class HelperProfileWriter : public ProfileWriter
{
    Q_OBJECT
public:
    HelperProfileWriter(HelperChangeChannel *channel, const SystemRoot &root, ProfileWriter *fallback = nullptr,
        QObject *parent = nullptr);

    // A local override goes through WriteOverride, expecting the hash of loaded: a change made
    // since the caller loaded the file comes back as a conflict: conflicted() with what the file
    // holds now, then finished() with ok false.
    int write(const QString &relativePath, const QByteArray &content,
        const std::optional<QByteArray> &loaded = std::nullopt) override;
    QString profileDir() const override { return m_root.profileDir(); }

private:
    void finishLater(int id, bool ok, const QString &error);

    HelperChangeChannel *m_channel;
    SystemRoot m_root;
    ProfileWriter *m_fallback;
    int m_nextId = 1;
    QHash<int, int> m_fallbackIds; // fallback's request id -> ours
};
