// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "fleetexport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class KubectlDeploy;

// Exports one profile for containers and clusters (see FleetExport): a page per format, the
// list of what SPO's structured v1 form cannot express, copy/save, and "Deploy with kubectl".
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // fileText is the profile file's text; profileName the profile in it to export.
    ExportDialog(const QString &fileText, const QString &profileName, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *modeBox() const { return m_mode; }
    QTabWidget *formats() const { return m_formats; }
    QListWidget *notesList() const { return m_notes; }
    QPushButton *deployButton() const { return m_deploy; }
    QLabel *statusLabel() const { return m_status; }
    // The text of the shown format.
    QString currentText() const;
    FleetExport currentExport() const { return m_export; }

Q_SIGNALS:
    // kubectl finished (for tests and the status line).
    void deployFinished(bool ok, const QString &output);

private:
    void regenerate();
    void deploy();
    void save();

    QString m_fileText;
    QString m_profileName;
    FleetExport m_export;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    QComboBox *m_mode;
    QTabWidget *m_formats;
    QList<QPair<FleetExport::Format, QPlainTextEdit *>> m_pages;
    QListWidget *m_notes;
    QPushButton *m_deploy;
    QLabel *m_status;
    KubectlDeploy *m_kubectl;
    bool m_modeChosen = false; // until then the profile's flags give the mode
};
