// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QVBoxLayout;
class QToolButton;
class GrantedRulesController;
class GrantedRulesView;
class LoadedProfilesModel;
class ProcessListModel;
class ProfileFilterProxy;

// The loaded profiles: a search field and mode filters over the table, and a details pane with
// the selected profile's processes and source file. A mode chip shows only that mode (more
// chips add modes; none checked shows all). The profile actions (open, edit override, set mode)
// are in the row's context menu and, through profileActions(), in the window's Profile menu.
// It only views: the model is owned outside, changes are asked for with signals.
class ProfilesView : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesView(LoadedProfilesModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ProfileFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *modeButton(ProfileMode mode) const { return m_modeButtons.value(mode); }
    // "No profile matches …", shown instead of an empty table.
    QLabel *emptyLabel() const { return m_emptyLabel; }
    // Open, Edit Local Override, the Set Mode menu, Unload, Disable: for the Profile menu and the
    // context menu.
    QList<QAction *> profileActions() const;
    QAction *modeAction(ProfileMode mode) const { return m_modeActions.value(mode); }
    // Extra actions for the row's context menu (the window's Export…).
    void addContextAction(QAction *action);
    // The context menu as it would open for the current row (tests).
    QMenu *contextMenu() const { return m_contextMenu; }
    // Whether the kernel offers prompt mode (it then can be set here).
    void setPromptAvailable(bool available);
    // The name of the selected profile, or an empty string.
    QString selectedProfile() const;
    void selectProfile(const QString &name);
    // Adds the "Granted rules" section, which then follows the selection.
    void setGrantedRules(GrantedRulesController *controller);
    GrantedRulesView *grantedRules() const { return m_granted; }

Q_SIGNALS:
    // The user asked to open the file that defines a profile.
    void openSourceRequested(const QString &file, int line);
    void editOverrideRequested(const QString &profile);
    void setModeRequested(const QString &profile, ProfileMode mode);
    // Unload from the kernel (the receiver confirms first).
    void unloadRequested(const QString &profile);
    // Disable the profile's file, across reboots (the receiver confirms first).
    void disableRequested(const QString &profile);

private:
    void updateDetails();
    void updateState();
    void updateActions();
    void toggleModeChip(ProfileMode mode);

    LoadedProfilesModel *m_model;
    ProfileFilterProxy *m_proxy;
    ProcessListModel *m_processes;
    QLineEdit *m_search;
    QHash<ProfileMode, QToolButton *> m_modeButtons;
    QLabel *m_stateBanner;
    QLabel *m_countLabel;
    QLabel *m_emptyLabel;
    QMenu *m_contextMenu;
    QMenu *m_modeMenu;
    QAction *m_openAction;
    QAction *m_overrideAction;
    QAction *m_unloadAction;
    QAction *m_disableAction;
    QHash<ProfileMode, QAction *> m_modeActions;
    bool m_promptAvailable = false;
    QTableView *m_table;
    QLabel *m_detailsTitle;
    QLabel *m_detailsSource;
    QToolButton *m_openSource;
    QTableView *m_processTable;
    QVBoxLayout *m_detailsLayout;
    GrantedRulesView *m_granted = nullptr;
};
