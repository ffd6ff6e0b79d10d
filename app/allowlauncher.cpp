// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowlauncher.h"

#include "abstractionindex.h"
#include "allowdialog.h"
#include "allowflow.h"
#include "apparmorevent.h"
#include "boundedfile.h"
#include "denialexplainer.h"
#include "denialgroup.h"
#include "deniallistmodel.h"
#include "existingrules.h"
#include "helperoverrideapplier.h"
#include "overrideapplier.h"
#include "profileindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>

AllowLauncher::AllowLauncher(const SystemRoot &root, OverrideApplier *applier, HelperOverrideApplier *helperApplier,
    const DenialListModel *recent, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_applier(applier)
    , m_helperApplier(helperApplier)
    , m_recent(recent)
{
}

void AllowLauncher::open(const AppArmorEvent &denial)
{
    if (!m_applier) {
        QMessageBox::information(nullptr, QCoreApplication::translate("main", "Allow"),
            QCoreApplication::translate("main",
                "Changes to the system's profiles go through armorer-helper, which is not "
                "available here."));
        return;
    }
    // Built now, not at start-up: the profile directory may have changed since.
    ProfileIndex index;
    index.build(m_root.profileDir());
    if (m_helperApplier)
        m_helperApplier->setIndex(index);
    auto *flow = new AllowFlow(denial, m_applier);
    QList<AppArmorEvent> recent;
    for (int row = 0; row < m_recent->rowCount(); ++row)
        recent.append(m_recent->group(row).latest);
    flow->setRecentDenials(recent);
    // What the profile already allows: its own file and its local override.
    QString rules;
    const ProfileIndex::Source source = index.sourceOf(denial.profile);
    if (source.isValid()) {
        rules = QString::fromUtf8(BoundedFile::read(source.file, ProfileIndex::MaxProfileSize).data);
    }
    rules += u'\n' + m_applier->currentOverride(denial.profile);
    flow->setProfileRules(ExistingRules::fromText(rules));
    flow->setAbstractions(AbstractionIndex::load(m_root.profileDir()));
    if (m_explainer)
        flow->setExplanation(m_explainer->explain(denial));
    auto *dialog = new AllowDialog(flow);
    flow->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(flow, &AllowFlow::applied, this, [this](bool ok) {
        if (ok)
            Q_EMIT applied();
    });
    connect(flow, &AllowFlow::undone, this, [this](bool ok) {
        if (ok)
            Q_EMIT applied();
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}
