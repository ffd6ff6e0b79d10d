// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialdetailsview.h"
#include "displaytext.h"
#include "logorigin.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DenialDetailsView::DenialDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_fields(new QTreeWidget(this))
    , m_why(new QLabel(this))
    , m_allow(new QPushButton(QIcon::fromTheme(u"security-medium"_s), tr("&Allow…"), this))
    , m_openProfile(new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("Open Profile in &Editor"), this))
    , m_mute(new QPushButton(QIcon::fromTheme(u"notifications-disabled"_s), tr("&Mute this profile"), this))
    , m_unverified(new QLabel(this))
{
    m_unverified->setObjectName(u"unverifiedNotice"_s);
    m_unverified->setWordWrap(true);
    m_unverified->setFrameShape(QFrame::StyledPanel);
    m_unverified->setContentsMargins(6, 4, 6, 4);
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_allow->setToolTip(tr("Add a rule that allows exactly this access"));
    m_openProfile->setObjectName(u"openProfileButton"_s);
    m_openProfile->setToolTip(tr("Open the file that defines this profile, to change it through its local override"));
    m_mute->setToolTip(tr("No more notifications for this profile (the history still records it)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allow);
    buttons->addWidget(m_openProfile);
    buttons->addWidget(m_mute);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unverified);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setObjectName(u"explanationLabel"_s);
    m_why->setAccessibleName(tr("Why was this denied?"));
    m_why->setFrameShape(QFrame::StyledPanel);
    m_why->setMargin(6);
    layout->addWidget(m_why);
    layout->addWidget(m_fields, 1);
    layout->addLayout(buttons);

    connect(m_allow, &QPushButton::clicked, this, [this] {
        Q_EMIT allowRequested(m_group.latest);
    });
    connect(m_openProfile, &QPushButton::clicked, this, [this] {
        Q_EMIT openProfileRequested(m_group.latest.profile);
    });
    connect(m_mute, &QPushButton::clicked, this, [this] {
        Q_EMIT muteRequested(m_group.latest.profile);
    });
    clear();
}

void DenialDetailsView::clear()
{
    m_group = {};
    m_fields->clear();
    m_why->clear();
    m_why->hide();
    m_allow->setEnabled(false);
    m_openProfile->setEnabled(false);
    m_mute->setEnabled(false);
    m_unverified->hide();
}

void DenialDetailsView::setGroup(const DenialGroup &group)
{
    m_group = group;
    m_fields->clear();
    const AppArmorEvent &d = group.latest;
    const auto time = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) : QString();
    };
    const auto opt = [](const std::optional<quint64> &v) {
        return v ? QString::number(*v) : QString();
    };
    const auto num = [](qint64 v) {
        return v ? QString::number(v) : QString();
    };
    const QString reason = LogOrigin::unverifiedReason(d);
    const QList<std::pair<QString, QString>> rows = {
        {tr("Kind"), AppArmorEvent::kindName(d.kind)},
        {tr("Verified"), reason.isEmpty() ? tr("yes: logged by the kernel, auditd or the bus daemon") : tr("no")},
        {tr("Occurrences"), QString::number(group.count)},
        {tr("First seen"), time(group.firstSeenMs)},
        {tr("Last seen"), time(group.lastSeenMs)},
        {tr("Profile"), d.profile},
        {tr("Operation"), d.operation},
        {tr("Class"), DenialGroup::classOf(d)},
        {tr("Name"), d.name},
        {tr("Second name"), d.name2},
        {tr("Requested"), d.requestedMask},
        {tr("Denied"), d.deniedMask},
        {tr("Command"), d.comm},
        {tr("PID"), num(d.pid)},
        {tr("Parent PID"), num(d.parent)},
        {tr("Task"), num(d.task)},
        {tr("Executable path"), d.execPath},
        {tr("File owner (ouid)"), opt(d.ouid)},
        {tr("Caller's fsuid"), opt(d.fsuid)},
        {tr("Info"), d.info},
        {tr("Error code"), d.errorCode ? QString::number(d.errorCode) : QString()},
        {tr("Peer profile"), d.peerProfile},
        {tr("Peer"), d.peer},
        {tr("Peer PID"), num(d.peerPid)},
        {tr("Peer info"), d.peerInfo},
        {tr("Hat"), d.activeHat},
        {tr("Namespace"), d.nameSpace},
        {tr("Attribute"), d.attribute},
        {tr("Network family"), d.netFamily},
        {tr("Socket type"), d.netSockType},
        {tr("Protocol"), d.netProtocol},
        {tr("Local address"), d.netLocalAddr},
        {tr("Local port"), opt(d.netLocalPort)},
        {tr("Foreign address"), d.netForeignAddr},
        {tr("Foreign port"), opt(d.netForeignPort)},
        {tr("Unix address"), d.netAddr},
        {tr("Peer address"), d.peerAddr},
        {tr("D-Bus bus"), d.dbusBus},
        {tr("D-Bus path"), d.dbusPath},
        {tr("D-Bus interface"), d.dbusInterface},
        {tr("D-Bus member"), d.dbusMember},
        {tr("Signal"), d.signal},
        {tr("File system type"), d.fsType},
        {tr("Mount flags"), d.flags},
        {tr("Mount source"), d.srcName},
        {tr("Audit ID"), d.auditId},
    };
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        // Shown escaped: a control character or bidi override in a name must not disguise it.
        const QString shown = DisplayText::escaped(value);
        auto *item = new QTreeWidgetItem(m_fields, {label, shown});
        item->setToolTip(1, shown);
    }
    m_unverified->setVisible(!reason.isEmpty());
    m_unverified->setText(tr("<b>Unverified record.</b> %1").arg(reason.toHtmlEscaped()));
    m_unverified->setToolTip(reason);
    const bool access = d.kind == AppArmorEvent::Kind::Denied || d.kind == AppArmorEvent::Kind::Allowed;
    m_allow->setEnabled(access);
    m_allow->setToolTip(reason.isEmpty() ? tr("Add a rule that allows exactly this access")
                                         : tr("Add a rule for this unverified record (asks for confirmation first)"));
    m_openProfile->setEnabled(!d.profile.isEmpty());
    m_mute->setEnabled(access && !d.profile.isEmpty());
}

void DenialDetailsView::setExplanation(const Explanation &e)
{
    if (e.cause == Explanation::Cause::NotADenial) {
        m_why->clear();
        m_why->hide();
        return;
    }
    QString text = tr("Why was this denied? %1").arg(Explanation::causeTitle(e.cause)) + u'\n' + e.summary;
    if (!e.rule.isEmpty()) {
        text += u"\n    "_s + e.rule;
        if (!e.file.isEmpty())
            text += u"  ("_s + e.file + u':' + QString::number(e.line) + u')';
    }
    if (!e.advice.isEmpty())
        text += u'\n' + tr("Fix: %1").arg(e.advice);
    if (!e.warning.isEmpty())
        text += u'\n' + tr("Warning: %1").arg(e.warning);
    if (e.fix == Explanation::Fix::UsernsProfile || e.fix == Explanation::Fix::PriorityRule)
        text += u"\n\n"_s + e.proposal.trimmed();
    m_why->setText(text);
    m_why->show();
    // An allow rule changes nothing where a deny rule decides (AppArmor 4), where snapd or SPO
    // owns the profile, or where the rule is already on disk (a reload is the fix).
    const bool allowHelps = e.fix == Explanation::Fix::AllowDialog || e.fix == Explanation::Fix::PriorityRule
        || e.fix == Explanation::Fix::WiderRule || e.fix == Explanation::Fix::ChangeOtherProfile;
    const AppArmorEvent &d = m_group.latest;
    m_allow->setEnabled(
        (d.kind == AppArmorEvent::Kind::Denied || d.kind == AppArmorEvent::Kind::Allowed) && allowHelps);
}

QString DenialDetailsView::explanationText() const
{
    return m_why->isHidden() ? QString() : m_why->text();
}

QList<std::pair<QString, QString>> DenialDetailsView::rows() const
{
    QList<std::pair<QString, QString>> out;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        out.append({m_fields->topLevelItem(i)->text(0), m_fields->topLevelItem(i)->text(1)});
    return out;
}
