// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class DenialDetailsView;
class DenialExplanationModel;
class DenialFilterProxy;
class DenialMonitor;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

// The denial history page: what is read and why (or what access is missing), a filterable
// table of denial groups, every field of the selected one, and a stacked bar chart of denials
// over time for the busiest profiles.
class DenialsView : public QWidget
{
    Q_OBJECT
public:
    explicit DenialsView(DenialMonitor *monitor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DenialFilterProxy *proxy() const { return m_proxy; }
    DenialDetailsView *details() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QString sourceText() const;
    // On the notice that the log cannot be read: "Read Through the Helper", shown while the
    // source needs privileges and setHelperReadAvailable(true) (a helper is there to ask).
    QPushButton *helperReadButton() const { return m_helperRead; }
    void setHelperReadAvailable(bool available);
    // Shown while the source reads once (through the helper): reads what was logged since.
    QPushButton *refreshButton() const { return m_refresh; }
    QChartView *chartView() const { return m_chart; }
    QLabel *chartTitle() const { return m_chartTitle; }
    // "Notifications muted for …" with Unmute: shown while any profile is muted.
    QWidget *mutedBar() const { return m_mutedBar; }
    QLabel *mutedLabel() const { return m_mutedLabel; }
    QToolButton *unmuteButton() const { return m_unmute; }
    // A profile's colour in the chart: the same in every refresh and run.
    static QColor profileColor(const QString &profile);
    // Colours for the profiles shown together, all different: each profile its own
    // profileColor() unless a profile before it (by name) has that one, then the next free one.
    static QHash<QString, QColor> profileColors(QStringList profiles);
    // Explains the selected denial in the details pane (its source model is the monitor's).
    void setExplanationModel(DenialExplanationModel *model);
    // Selects the group of denial, if it is in the window.
    void showDenial(const AppArmorEvent &denial);

Q_SIGNALS:
    void allowRequested(const AppArmorEvent &denial);
    // Open the file of this profile in the editor.
    void openProfileRequested(const QString &profile);
    // Read the log through armorer-helper instead (polkit decides).
    void helperReadRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSource();
    void updateProfiles();
    void updateChart();
    void updateDetails();
    void updateMuted();

    DenialMonitor *m_monitor;
    DenialFilterProxy *m_proxy;
    QLabel *m_sourceLabel;
    QLabel *m_privilegeLabel;
    QWidget *m_privilegeBar;
    QPushButton *m_helperRead;
    QPushButton *m_refresh;
    bool m_helperReadAvailable = false;
    QLineEdit *m_search;
    QComboBox *m_profile;
    QComboBox *m_class;
    QComboBox *m_time;
    QCheckBox *m_showEvents;
    QTableView *m_table;
    DenialDetailsView *m_details;
    QWidget *m_mutedBar;
    QLabel *m_mutedLabel;
    QToolButton *m_unmute;
    QLabel *m_chartTitle;
    DenialExplanationModel *m_explanations = nullptr;
    QChartView *m_chart;
    QTimer *m_chartTimer;
    int m_chartLabelledWidth = 0; // the chart's width when its time labels were chosen
};
