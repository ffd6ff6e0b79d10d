// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denialgroup.h"
#include "explanation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// Why one denial happened and every field of it (and its group's count and first/last seen), with the actions a
// user takes from there: Allow… (the allow flow connects to allowRequested), opening the
// profile in the editor (for a local override by hand) and muting the profile's notifications.
class DenialDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit DenialDetailsView(QWidget *parent = nullptr);

    void setGroup(const DenialGroup &group);
    // "Why was this denied?" for the group shown: the cause, the rule that decided (file and
    // line), the fix; Allow… is offered only where an allow rule can take effect.
    void setExplanation(const Explanation &explanation);
    void clear();
    QString explanationText() const;
    const DenialGroup &group() const { return m_group; }
    // The rows shown, as (field, value), for tests.
    QList<std::pair<QString, QString>> rows() const;

Q_SIGNALS:
    void allowRequested(const AppArmorEvent &denial);
    void muteRequested(const QString &profile);
    // The profile that was denied, as the kernel names it (children as "parent//child").
    void openProfileRequested(const QString &profile);

private:
    DenialGroup m_group;
    QTreeWidget *m_fields;
    QLabel *m_why;
    QPushButton *m_allow;
    QPushButton *m_openProfile;
    QPushButton *m_mute;
    QLabel *m_unverified; // shown for a record anyone could have written, with the reason
};
