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
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static QString modeLabel(ProfileMode mode)
{
    return ModeBadgeDelegate::label(mode);
}

// The Set Mode menu's entries, with their Alt mnemonics.
static QString modeMenuText(ProfileMode mode)
{
    switch (mode) {
    case ProfileMode::Enforce:
        return ProfilesView::tr("&Enforce");
    case ProfileMode::Complain:
        return ProfilesView::tr("&Complain");
    case ProfileMode::Kill:
        return ProfilesView::tr("&Kill");
    case ProfileMode::Unconfined:
        return ProfilesView::tr("&Unconfined");
    case ProfileMode::Prompt:
        return ProfilesView::tr("&Prompt");
    default:
        return modeLabel(mode);
    }
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
    m_search->setToolTip(tr("Matches the profile's name, what it attaches to, its file and the programs it "
                            "confines. Esc clears it."));
    // Room for the placeholder's first words in every language, whatever the chips need.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u"Search profiles"_s) + 40);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ProfileFilterProxy::setText);
    connect(m_search, &QLineEdit::textChanged, this, &ProfilesView::updateState);
    // Esc clears the search (and only then leaves the field alone).
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);

    // The search field has its own row, so the mode chips never squeeze it (German labels are long).
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    for (ProfileMode mode : ProfileModes::profileModes()) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(false);
        button->setText(modeLabel(mode));
        button->setToolTip(tr("Show only profiles in %1 mode; click more modes to add them, click again to "
                              "show all")
                .arg(modeLabel(mode)));
        button->setAccessibleName(tr("Show only %1 profiles").arg(modeLabel(mode)));
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
        connect(button, &QToolButton::clicked, this, [this, mode] {
            toggleModeChip(mode);
        });
        m_modeButtons.insert(mode, button);
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);

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
    // Mode and count take what their header and badges need; the name and the file share the
    // rest, a long path elided in the middle (the whole one is in the tooltip).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(LoadedProfilesModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LoadedProfilesModel::ModeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LoadedProfilesModel::ProcessesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LoadedProfilesModel::SourceColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegateForColumn(
        LoadedProfilesModel::ModeColumn, new ModeBadgeDelegate(LoadedProfilesModel::ModeRole, this));
    m_table->setAccessibleName(tr("Loaded profiles"));

    m_countLabel = new QLabel(this);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(u"noMatch"_s);
    m_emptyLabel->hide();

    // The profile actions, shared by the context menu and the window's Profile menu.
    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Profile in Editor"), this);
    m_openAction->setObjectName(u"openProfile"_s);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT openSourceRequested(current.data(LoadedProfilesModel::SourceFileRole).toString(),
                current.data(LoadedProfilesModel::SourceLineRole).toInt());
    });
    m_overrideAction = new QAction(QIcon::fromTheme(u"document-edit"_s), tr("Edit &Local Override"), this);
    m_overrideAction->setObjectName(u"editOverride"_s);
    m_overrideAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_overrideAction, &QAction::triggered, this, [this] {
        if (!selectedProfile().isEmpty())
            Q_EMIT editOverrideRequested(selectedProfile());
    });
    m_modeMenu = new QMenu(tr("Set &Mode"), this);
    m_modeMenu->setIcon(QIcon::fromTheme(u"security-medium"_s));
    auto *modeGroup = new QActionGroup(this);
    for (ProfileMode mode : {ProfileMode::Enforce, ProfileMode::Complain, ProfileMode::Kill, ProfileMode::Unconfined,
             ProfileMode::Prompt}) {
        QAction *action = m_modeMenu->addAction(modeMenuText(mode));
        action->setObjectName(u"setMode-"_s + ProfileModes::toString(mode));
        action->setCheckable(true);
        modeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] {
            const QString name = selectedProfile();
            updateActions(); // the check follows the kernel, not the click
            if (!name.isEmpty())
                Q_EMIT setModeRequested(name, mode);
        });
        m_modeActions.insert(mode, action);
    }
    m_modeActions.value(ProfileMode::Enforce)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_modeActions.value(ProfileMode::Complain)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    // Next to the modes: out of the kernel until the next reload (the window asks first).
    m_unloadAction = new QAction(QIcon::fromTheme(u"edit-delete-remove"_s), tr("&Unload from Kernel…"), this);
    m_unloadAction->setObjectName(u"unloadProfile"_s);
    connect(m_unloadAction, &QAction::triggered, this, [this] {
        if (!selectedProfile().isEmpty())
            Q_EMIT unloadRequested(selectedProfile());
    });
    // Off for good, as aa-disable: every profile of the file, also after a reboot.
    m_disableAction = new QAction(QIcon::fromTheme(u"process-stop"_s), tr("&Disable…"), this);
    m_disableAction->setObjectName(u"disableProfile"_s);
    m_disableAction->setToolTip(
        tr("Unload the profile's file and keep it from loading at boot, as aa-disable does (undo restores it)"));
    connect(m_disableAction, &QAction::triggered, this, [this] {
        if (!selectedProfile().isEmpty())
            Q_EMIT disableRequested(selectedProfile());
    });
    m_contextMenu = new QMenu(this);
    m_contextMenu->addAction(m_openAction);
    m_contextMenu->addAction(m_overrideAction);
    m_contextMenu->addMenu(m_modeMenu);
    m_contextMenu->addAction(m_unloadAction);
    m_contextMenu->addAction(m_disableAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });

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
    tableLayout->addWidget(m_search);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_stateBanner);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_emptyLabel);
    tableLayout->addWidget(m_countLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"profilesSplitter"_s);
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

QList<QAction *> ProfilesView::profileActions() const
{
    return {m_openAction, m_overrideAction, m_modeMenu->menuAction(), m_unloadAction, m_disableAction};
}

void ProfilesView::addContextAction(QAction *action)
{
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(action);
}

void ProfilesView::setPromptAvailable(bool available)
{
    m_promptAvailable = available;
    updateActions();
}

void ProfilesView::toggleModeChip(ProfileMode mode)
{
    QSet<ProfileMode> modes = m_proxy->modeFilter();
    if (modes.contains(mode))
        modes.remove(mode);
    else
        modes.insert(mode);
    m_proxy->setModeFilter(modes);
    for (auto it = m_modeButtons.cbegin(); it != m_modeButtons.cend(); ++it)
        it.value()->setChecked(modes.contains(it.key()));
    updateState();
}

void ProfilesView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool selected = current.isValid();
    const auto mode = selected ? static_cast<ProfileMode>(current.data(LoadedProfilesModel::ModeRole).toInt())
                               : ProfileMode::Unknown;
    m_openAction->setEnabled(selected && !current.data(LoadedProfilesModel::SourceFileRole).toString().isEmpty());
    m_overrideAction->setEnabled(m_openAction->isEnabled());
    // A prompt-mode profile belongs to the prompting service: Armorer does not compete with it.
    m_modeMenu->setEnabled(selected && mode != ProfileMode::Prompt);
    m_unloadAction->setEnabled(selected && mode != ProfileMode::Prompt);
    m_disableAction->setEnabled(m_unloadAction->isEnabled());
    for (auto it = m_modeActions.cbegin(); it != m_modeActions.cend(); ++it) {
        it.value()->setChecked(it.key() == mode);
        it.value()->setEnabled(selected && mode != ProfileMode::Prompt && it.key() != mode
            && (it.key() != ProfileMode::Prompt || m_promptAvailable));
    }
    m_modeActions.value(ProfileMode::Prompt)->setVisible(m_promptAvailable);
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
    m_countLabel->setText(tr("%1 of %n profile(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount())
        + u" · "_s + tr("%n process(es) confined", nullptr, int(status.processes.size())));
    const bool noMatch = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    if (noMatch) {
        QStringList modes;
        for (ProfileMode mode : m_proxy->modeFilter())
            modes << modeLabel(mode);
        modes.sort();
        if (!m_proxy->text().isEmpty())
            m_emptyLabel->setText(tr("No profile matches \"%1\". Press Esc to clear the search.").arg(m_proxy->text()));
        else
            m_emptyLabel->setText(tr("No profile is in %1 mode.").arg(modes.join(u", "_s)));
    }
    m_emptyLabel->setVisible(noMatch);
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
        updateActions();
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
    if (mode == ProfileMode::Prompt)
        m_detailsSource->setText(m_detailsSource->text() + u'\n'
            + tr("In prompt mode the prompting service (the desktop's permission prompts) decides each access: "
                 "Armorer leaves this profile to it."));
    m_openSource->setEnabled(!file.isEmpty());
    updateActions();
    m_processes->setProcesses(m_model->processesOf(name));
    if (m_granted)
        m_granted->controller()->setProfile(name);
}
