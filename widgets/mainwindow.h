// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSettings;
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
    QMenu *profileMenu() const { return m_profileMenu; }

    // Window geometry, splitter positions (every QSplitter with an object name) and the user's
    // shortcuts, from settings; call once the pages are added. Saved again on close.
    void restoreSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;
    // Every named action of the menus, submenus included (Configure Shortcuts, tests).
    QList<QAction *> namedActions() const;
    void configureShortcuts();

Q_SIGNALS:
    void refreshRequested();
    // Help > Setup Check: show the first-run screen again.
    void setupCheckRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void exportSelectedProfile();
    QHash<QAction *, QKeySequence> m_defaultShortcuts;
    QMenu *m_profileMenu = nullptr;
    LoadedProfilesModel *m_model;

    QTabWidget *m_pages;
    ProfilesView *m_profilesView;
    QLabel *m_banner;
    QLabel *m_rootLabel;
};
