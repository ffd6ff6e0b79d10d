// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilesview.h"
#include "grantedrulescontroller.h"
#include "grantedrulesview.h"
#include "loadedprofilesmodel.h"
#include "modebadgedelegate.h"
#include "processlistmodel.h"
#include "profilefilterproxy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static QString modeLabel(ProfileMode mode)
{
    switch (mode) {
    case ProfileMode::Enforce:
        return ProfilesView::tr("Enforce");
    case ProfileMode::Complain:
        return ProfilesView::tr("Complain");
    case ProfileMode::Kill:
        return ProfilesView::tr("Kill");
    case ProfileMode::Unconfined:
        return ProfilesView::tr("Unconfined");
    case ProfileMode::Prompt:
        return ProfilesView::tr("Prompt");
    case ProfileMode::Mixed:
        return ProfilesView::tr("Mixed");
    case ProfileMode::Unknown:
        break;
    }
    return ProfilesView::tr("Unknown");
}

ProfilesView::ProfilesView(LoadedProfilesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ProfileFilterProxy(this))
    , m_processes(new ProcessListModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search profiles and files…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search profiles"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ProfileFilterProxy::setText);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    for (ProfileMode mode : ProfileModes::profileModes()) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setText(modeLabel(mode));
        button->setToolTip(tr("Show profiles in %1 mode").arg(ProfileModes::toString(mode)));
        button->setAccessibleName(tr("Show %1 profiles").arg(modeLabel(mode)));
        const QColor c = ModeBadgeDelegate::color(mode);
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(c);
        painter.drawEllipse(1, 1, 10, 10);
        painter.end();
        button->setIcon(QIcon(dot));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        connect(button, &QToolButton::toggled, this, [this, mode](bool on) {
            m_proxy->setModeShown(mode, on);
        });
        m_modeButtons.insert(mode, button);
        filterRow->addWidget(button);
    }

    m_stateBanner = new QLabel(this);
    m_stateBanner->setWordWrap(true);
    m_stateBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateBanner->setStyleSheet(u"QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb;"
                                 " border-radius: 4px; padding: 8px; }"_s);
    m_stateBanner->hide();

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LoadedProfilesModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(LoadedProfilesModel::NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LoadedProfilesModel::NameColumn, 300);
    m_table->setColumnWidth(LoadedProfilesModel::ModeColumn, 120);
    m_table->setColumnWidth(LoadedProfilesModel::ProcessesColumn, 90);
    m_table->setItemDelegateForColumn(
        LoadedProfilesModel::ModeColumn, new ModeBadgeDelegate(LoadedProfilesModel::ModeRole, this));
    m_table->setAccessibleName(tr("Loaded profiles"));

    m_countLabel = new QLabel(this);

    // Details pane.
    auto *details = new QWidget(this);
    m_detailsTitle = new QLabel(details);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_detailsTitle->setFont(titleFont);
    m_detailsTitle->setWordWrap(true);
    m_detailsSource = new QLabel(details);
    m_detailsSource->setWordWrap(true);
    m_detailsSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openSource = new QToolButton(details);
    m_openSource->setText(tr("Open source file"));
    m_openSource->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openSource->setIcon(QIcon::fromTheme(u"document-open"_s));
    m_openSource->setAccessibleName(tr("Open the profile's source file"));
    connect(m_openSource, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        Q_EMIT openSourceRequested(current.data(LoadedProfilesModel::SourceFileRole).toString(),
            current.data(LoadedProfilesModel::SourceLineRole).toInt());
    });
    m_processTable = new QTableView(details);
    m_processTable->setModel(m_processes);
    m_processTable->verticalHeader()->hide();
    m_processTable->setWordWrap(false);
    m_processTable->horizontalHeader()->setSectionResizeMode(ProcessListModel::ExeColumn, QHeaderView::Stretch);
    m_processTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_processTable->setItemDelegateForColumn(
        ProcessListModel::ModeColumn, new ModeBadgeDelegate(ProcessListModel::ModeRole, this));
    m_processTable->setAccessibleName(tr("Processes of the selected profile"));
    m_processTable->setColumnWidth(ProcessListModel::PidColumn, 70);
    m_processTable->setColumnWidth(ProcessListModel::ModeColumn, 110);

    m_detailsLayout = new QVBoxLayout(details);
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsLayout->addWidget(m_detailsTitle);
    m_detailsLayout->addWidget(m_detailsSource);
    m_detailsLayout->addWidget(m_openSource, 0, Qt::AlignLeft);
    m_detailsLayout->addWidget(new QLabel(tr("Processes"), details));
    m_detailsLayout->addWidget(m_processTable, 1);

    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_stateBanner);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_countLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tableSide);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The stretch factors only share out later resizes: start at the same 3:2.
    splitter->setSizes({3000, 2000});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProfilesView::updateDetails);
    const auto refreshAll = [this] {
        updateState();
        updateDetails();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refreshAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refreshAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProfilesView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProfilesView::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProfilesView::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfilesView::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfilesView::updateState);
    updateState();
    updateDetails();
}

QString ProfilesView::selectedProfile() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(LoadedProfilesModel::NameRole).toString() : QString();
}

void ProfilesView::selectProfile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ProfilesView::setGrantedRules(GrantedRulesController *controller)
{
    if (m_granted || !controller)
        return;
    m_granted = new GrantedRulesView(controller, m_detailsSource->parentWidget());
    m_detailsLayout->addWidget(m_granted, 1);
    updateDetails();
}

void ProfilesView::updateState()
{
    const StatusSnapshot &status = m_model->status();
    if (status.state == StatusSnapshot::State::Ok) {
        m_stateBanner->hide();
    } else {
        m_stateBanner->setText(status.message);
        m_stateBanner->show();
    }
    QHash<ProfileMode, int> counts;
    for (const LoadedProfile &p : status.profiles)
        ++counts[p.mode];
    for (auto it = m_modeButtons.cbegin(); it != m_modeButtons.cend(); ++it)
        it.value()->setText(tr("%1 (%2)").arg(modeLabel(it.key())).arg(counts.value(it.key())));
    m_countLabel->setText(tr("%1 of %2 profiles shown · %3 processes confined")
            .arg(m_proxy->rowCount())
            .arg(m_model->rowCount())
            .arg(status.processes.size()));
}

void ProfilesView::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailsTitle->setText(tr("No profile selected"));
        m_detailsSource->setText(tr("Select a profile to see the processes it confines and the file it comes from."));
        m_openSource->setEnabled(false);
        m_processes->setProcesses({});
        if (m_granted)
            m_granted->controller()->setProfile({});
        return;
    }
    const QString name = current.data(LoadedProfilesModel::NameRole).toString();
    const auto mode = static_cast<ProfileMode>(current.data(LoadedProfilesModel::ModeRole).toInt());
    const QString file = current.data(LoadedProfilesModel::SourceFileRole).toString();
    m_detailsTitle->setText(name);
    if (file.isEmpty()) {
        m_detailsSource->setText(tr("Mode: %1\nNo file in the profile directory defines this profile "
                                    "(it may have been loaded from elsewhere, or generated).")
                .arg(modeLabel(mode)));
    } else {
        m_detailsSource->setToolTip(file);
        m_detailsSource->setText(tr("Mode: %1\nDefined in %2, line %3")
                .arg(modeLabel(mode), current.data(LoadedProfilesModel::SourceDisplayRole).toString())
                .arg(current.data(LoadedProfilesModel::SourceLineRole).toInt()));
    }
    m_openSource->setEnabled(!file.isEmpty());
    m_processes->setProcesses(m_model->processesOf(name));
    if (m_granted)
        m_granted->controller()->setProfile(name);
}
