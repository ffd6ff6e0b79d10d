// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "exportdialog.h"
#include "kubectldeploy.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(const QString &fileText, const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_fileText(fileText)
    , m_profileName(profileName)
    , m_kubectl(new KubectlDeploy(this))
{
    setWindowTitle(tr("Export %1 for Containers and Kubernetes").arg(profileName));

    // A path-named profile cannot keep its name in Kubernetes: offer a valid one to start with.
    m_name = new QLineEdit(
        FleetExport::isObjectName(profileName) ? profileName : FleetExport::objectNameFor(profileName), this);
    m_name->setAccessibleName(tr("Name the profile is loaded under"));
    m_nameHint = new QLabel(this);
    m_nameHint->setWordWrap(true);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Enforce"), false);
    m_mode->addItem(tr("Complain"), true);
    m_mode->setAccessibleName(tr("Mode of the structured (v1) profile"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("&Mode (v1):"), m_mode);

    m_formats = new QTabWidget(this);
    m_formats->setAccessibleName(tr("Export formats"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QList<QPair<FleetExport::Format, QString>> pages = {
        {FleetExport::Format::SpoV1, tr("SPO v1 (SPO 1.0, structured)")},
        {FleetExport::Format::SpoV1Alpha1, tr("SPO v1alpha1 (older SPO, exact policy)")},
        {FleetExport::Format::Pod, tr("Pod")},
        {FleetExport::Format::Docker, tr("Docker")},
        {FleetExport::Format::Lxc, tr("LXC")},
    };
    for (const auto &[format, title] : pages) {
        auto *edit = new QPlainTextEdit(m_formats);
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setAccessibleName(title);
        m_formats->addTab(edit, title);
        m_pages.append({format, edit});
    }

    m_notes = new QListWidget(this);
    m_notes->setAccessibleName(tr("What the structured form cannot express"));
    m_notes->setWordWrap(true);
    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(new QLabel(tr("What SPO's structured v1 form cannot express (v1alpha1 carries the profile "
                                         "exactly):"),
        notesBox));
    notesLayout->addWidget(m_notes);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_formats);
    splitter->addWidget(notesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setShortcut(QKeySequence::Copy);
    copy->setToolTip(
        tr("Copy the shown format (%1)").arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    QPushButton *saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    saveButton->setShortcut(QKeySequence::Save);
    m_deploy = buttons->addButton(tr("&Deploy with kubectl"), QDialogButtonBox::ActionRole);
    m_deploy->setToolTip(tr("Run \"kubectl apply -f -\" with the AppArmorProfile shown (v1alpha1 unless the v1 page "
                            "is shown)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(currentText());
    });
    connect(saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_deploy, &QPushButton::clicked, this, &ExportDialog::deploy);
    connect(m_kubectl, &KubectlDeploy::finished, this, [this](bool ok, const QString &output) {
        m_status->setText(
            ok ? tr("kubectl: %1").arg(output.trimmed()) : tr("kubectl failed: %1").arg(output.trimmed()));
        m_deploy->setEnabled(m_export.hasObjectName());
        Q_EMIT deployFinished(ok, output);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ExportDialog::regenerate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerate);
    regenerate();
    // The profile's own flags choose the initial mode.
    m_mode->setCurrentIndex(m_export.complain() ? 1 : 0);
    m_modeChosen = true;
    resize(900, 640);
}

void ExportDialog::regenerate()
{
    const QString name = m_name->text().trimmed();
    m_export = FleetExport::fromProfileText(m_fileText, m_profileName, name == m_profileName ? QString() : name);
    if (m_export.isValid() && m_modeChosen)
        m_export.setComplain(m_mode->currentData().toBool());
    if (!m_export.isValid()) {
        for (const auto &page : std::as_const(m_pages))
            page.second->setPlainText(m_export.error());
        m_nameHint->setText(m_export.error());
        m_deploy->setEnabled(false);
        return;
    }
    const bool crdOk = m_export.hasObjectName();
    m_nameHint->setText(crdOk
            ? (name == m_profileName ? tr("SPO loads the profile under this name; pods refer to it by the same name.")
                                     : tr("SPO loads the profile as %1 (renamed from %2, which is not a valid "
                                          "Kubernetes object name); pods refer to it by that name.")
                                           .arg(name.toHtmlEscaped(), m_profileName.toHtmlEscaped()))
            : tr("<b>Not a valid Kubernetes object name.</b> SPO loads the profile under the "
                 "AppArmorProfile's name: use lower case letters, digits, '-' and '.'."));
    for (const auto &[format, edit] : std::as_const(m_pages)) {
        const bool isCrd = format == FleetExport::Format::SpoV1Alpha1 || format == FleetExport::Format::SpoV1;
        edit->setPlainText(isCrd && !crdOk ? tr("# Choose a valid Kubernetes name above.") : m_export.text(format));
    }
    m_notes->clear();
    for (const FleetExport::Note &n : m_export.notes()) {
        auto *item = new QListWidgetItem(
            tr("Line %1 (%2): %3 — %4").arg(n.line).arg(FleetExport::noteKindName(n.kind), n.rule, n.reason), m_notes);
        item->setIcon(QIcon::fromTheme(
            n.kind == FleetExport::Note::Kind::Dropped ? u"dialog-information"_s : u"dialog-warning"_s));
    }
    if (m_notes->count() == 0)
        new QListWidgetItem(tr("Nothing: the structured form carries every rule."), m_notes);
    m_deploy->setEnabled(crdOk && !m_kubectl->isRunning());
    if (KubectlDeploy::kubectlPath().isEmpty())
        m_deploy->setText(tr("Show &kubectl Command"));
}

QString ExportDialog::currentText() const
{
    const int index = m_formats->currentIndex();
    return index >= 0 && index < m_pages.size() ? m_pages[index].second->toPlainText() : QString();
}

void ExportDialog::deploy()
{
    // v1 unless the v1alpha1 page is the one shown.
    const bool v1alpha1 = m_pages.value(m_formats->currentIndex()).first == FleetExport::Format::SpoV1Alpha1;
    const QString yaml = v1alpha1 ? m_export.spoV1Alpha1() : m_export.spoV1();
    if (KubectlDeploy::kubectlPath().isEmpty()) {
        m_status->setText(tr("kubectl is not installed here. Save the AppArmorProfile (Save…) and run on a machine "
                             "with cluster access:\n%1")
                .arg(KubectlDeploy::manualCommand(m_export.name() + u".yaml"_s)));
        return;
    }
    m_deploy->setEnabled(false);
    m_status->setText(tr("Running kubectl apply -f - …"));
    m_kubectl->apply(yaml.toUtf8());
}

void ExportDialog::save()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save Export"), m_export.name() + u".yaml"_s, tr("YAML (*.yaml *.yml);;All files (*)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(currentText().toUtf8()) < 0 || !out.commit())
        m_status->setText(tr("Cannot save %1: %2").arg(file, out.errorString()));
    else
        m_status->setText(tr("Saved %1.").arg(file));
}
