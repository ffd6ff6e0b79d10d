// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denialgroup.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

// Every field of one denial (and its group's count and first/last seen), with the actions a
// user takes from there: Allow… (the allow flow connects to allowRequested), opening the
// profile in the editor (for a local override by hand) and muting the profile's notifications.
class DenialDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit DenialDetailsView(QWidget *parent = nullptr);

    void setGroup(const DenialGroup &group);
    void clear();
    const DenialGroup &group() const { return m_group; }
    // The rows shown, as (field, value), for tests.
    QList<std::pair<QString, QString>> rows() const;

Q_SIGNALS:
    void allowRequested(const Denial &denial);
    void muteRequested(const QString &profile);
    // The profile that was denied, as the kernel names it (children as "parent//child").
    void openProfileRequested(const QString &profile);

private:
    DenialGroup m_group;
    QTreeWidget *m_fields;
    QPushButton *m_allow;
    QPushButton *m_openProfile;
    QPushButton *m_mute;
};
