// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "commandline.h"
#include "denialmonitor.h"
#include "systemroot.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class AllowLauncher;
class ChangeHistory;
class DenialDetailsView;
class DenialExplainer;
class DenialExplanationModel;
class DenialTray;
class DenialsView;
class DesktopNotifier;
class EditorPage;
class GrantedRulesController;
class HelperChangeChannel;
class HelperClient;
class HelperOverrideApplier;
class LoadedProfilesModel;
class MainWindow;
class ModeChanger;
class QuitOnSignal;
class SingleInstance;
class OverrideApplier;
class PrivateHelper;
class ProfileWriter;
class QTemporaryDir;
class StatusWatcher;
struct AppArmorEvent;

// The armorer process: which system root it shows (the system, a sandbox or the demo), the
// helper that makes its changes, the denial monitor with its tray and notifications, and the
// main window with its pages wired together, made when first needed (--tray starts without it).
// One process per session and root (SingleInstance): a later start hands over its arguments.
class ArmorerApp : public QObject
{
    Q_OBJECT
public:
    ArmorerApp(const CommandLine &options, QElapsedTimer sinceStart);
    ~ArmorerApp() override;

    // Sets everything up and runs the event loop; returns the exit code.
    int run();

private:
    bool setUpRoot();
    void setUpHelper();
    void setUpDenials();
    void ensureWindow();
    void showWindow(const QString &page);
    void activate(const QStringList &arguments);
    void openProfile(const QString &profile);
    void setUpModes();
    // The file that defines a loaded profile (the helper's SetMode and UnloadProfile take it).
    QString profileFileOf(const QString &profile) const;
    void setUpEditor();
    void setUpDenialsPage();
    void setUpGrantedRules();
    void showDenialDetails(const AppArmorEvent &denial);
    void showSetupCheck(bool always);

    CommandLine m_options;
    std::unique_ptr<QuitOnSignal> m_quitOnSignal;
    std::unique_ptr<SingleInstance> m_instance;
    QElapsedTimer m_sinceStart;
    SystemRoot m_root;
    QString m_banner;
    std::unique_ptr<QTemporaryDir> m_demoDir;

    // Root actions go through armorer-helper: the system one (D-Bus activated, polkit), or in
    // the demo a private, unprivileged one over the sandbox that checks instead of loading.
    std::unique_ptr<PrivateHelper> m_privateHelper;
    std::unique_ptr<HelperClient> m_helperClient;
    // The one way a change reaches the helper: the applier, the editor's writer, the history's
    // Undo and the mode changer all go through it.
    std::unique_ptr<HelperChangeChannel> m_channel;
    std::unique_ptr<OverrideApplier> m_applier;
    HelperOverrideApplier *m_helperApplier = nullptr;
    std::unique_ptr<ChangeHistory> m_history; // the helper's journal (History, Undo)

    DenialMonitor m_monitor;
    std::unique_ptr<DenialTray> m_tray;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<AllowLauncher> m_allow;
    std::unique_ptr<DenialExplainer> m_explainer;
    std::unique_ptr<DenialExplanationModel> m_explanations;
    std::unique_ptr<DenialDetailsView> m_details; // while there is no window

    // The window's parts, in the order they must outlive each other.
    std::unique_ptr<LoadedProfilesModel> m_model;
    std::unique_ptr<StatusWatcher> m_watcher;
    std::unique_ptr<ProfileWriter> m_sandboxWriter;
    std::unique_ptr<ProfileWriter> m_helperWriter;
    std::unique_ptr<ModeChanger> m_modes;
    std::unique_ptr<MainWindow> m_window;
    EditorPage *m_editor = nullptr;
    DenialsView *m_denials = nullptr;
    GrantedRulesController *m_granted = nullptr;
};
