// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "systemroot.h"

#include <QObject>

class DenialExplainer;
class DenialListModel;
class HelperOverrideApplier;
class OverrideApplier;
struct AppArmorEvent;

// Opens the allow dialog for a denial, from the notification, the history or the tray: it
// gathers what the flow needs (the profile index, the rules the profile already has, the
// abstractions, the recent denials for the scope preview) at the moment the user asks.
class AllowLauncher : public QObject
{
    Q_OBJECT
public:
    // applier may be null (no helper and no sandbox): open() then says why nothing can change.
    AllowLauncher(const SystemRoot &root, OverrideApplier *applier, HelperOverrideApplier *helperApplier,
        const DenialListModel *recent, QObject *parent = nullptr);

    void open(const AppArmorEvent &denial);
    // Explains each denial in the dialog (why it happened; whether an allow rule can win).
    void setExplainer(const DenialExplainer *explainer) { m_explainer = explainer; }

Q_SIGNALS:
    // A rule was written and the profile reloaded: views of the loaded policy should refresh.
    void applied();

private:
    SystemRoot m_root;
    OverrideApplier *m_applier;
    HelperOverrideApplier *m_helperApplier;
    const DenialListModel *m_recent;
    const DenialExplainer *m_explainer = nullptr;
};
