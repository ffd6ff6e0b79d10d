// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;
class LoadedProfilesModel;
class ProfilesView;

// The main window: one page per task (loaded profiles first), a banner that says when the
// window shows a demo or sandbox root, and the application's menus and shortcuts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LoadedProfilesModel *profiles, QWidget *parent = nullptr);

    // Shows a permanent banner above the pages (used for "Demo: this kernel has no AppArmor").
    void setBanner(const QString &text);
    QString bannerText() const;
    // Says in the status bar which system root is shown.
    void setRootDescription(const QString &text);

    ProfilesView *profilesView() const { return m_profilesView; }
    QTabWidget *pages() const { return m_pages; }

Q_SIGNALS:
    void refreshRequested();
    // Help > Setup Check: show the first-run screen again.
    void setupCheckRequested();

private:
    void exportSelectedProfile();
    LoadedProfilesModel *m_model;

    QTabWidget *m_pages;
    ProfilesView *m_profilesView;
    QLabel *m_banner;
    QLabel *m_rootLabel;
};
