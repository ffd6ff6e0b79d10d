// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QVBoxLayout;
class QToolButton;
class GrantedRulesController;
class GrantedRulesView;
class LoadedProfilesModel;
class ProcessListModel;
class ProfileFilterProxy;

// The loaded profiles: a search field and mode filters over the table, and a details pane with
// the selected profile's processes and source file. It only views: the model is owned outside.
class ProfilesView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesView(LoadedProfilesModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ProfileFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *modeButton(ProfileMode mode) const { return m_modeButtons.value(mode); }
    // The name of the selected profile, or an empty string.
    QString selectedProfile() const;
    void selectProfile(const QString &name);
    // Adds the "Granted rules" section, which then follows the selection.
    void setGrantedRules(GrantedRulesController *controller);
    GrantedRulesView *grantedRules() const { return m_granted; }

Q_SIGNALS:
    // The user asked to open the file that defines a profile.
    void openSourceRequested(const QString &file, int line);

private:
    void updateDetails();
    void updateState();

    LoadedProfilesModel *m_model;
    ProfileFilterProxy *m_proxy;
    ProcessListModel *m_processes;
    QLineEdit *m_search;
    QHash<ProfileMode, QToolButton *> m_modeButtons;
    QLabel *m_stateBanner;
    QLabel *m_countLabel;
    QTableView *m_table;
    QLabel *m_detailsTitle;
    QLabel *m_detailsSource;
    QToolButton *m_openSource;
    QTableView *m_processTable;
    QVBoxLayout *m_detailsLayout;
    GrantedRulesView *m_granted = nullptr;
};
