// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "denialmonitor.h"
#include "denialsview.h"
#include "denialtestlines.h"
#include "loadedprofilesmodel.h"
#include "logfilesource.h"
#include "mainwindow.h"
#include "profileindex.h"
#include "profilesview.h"
#include "statusreader.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Every page from 1024×700 to 4K, in English and German, grabbed offscreen: the search fields
// keep their words, no column is cut off, the chart's title fits. With ARMORER_SCREENSHOT_DIR
// set, the grabs are saved there to be looked at.
class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();

private:
    QTemporaryDir m_dir;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString root = m_dir.path();
    QList<LoadedProfile> profiles;
    for (const QString &name : {u"/usr/lib/x86_64-linux-gnu/libreoffice/program/soffice.bin"_s, u"/usr/sbin/cupsd"_s,
             u"firefox"_s, u"Xorg"_s, u"/usr/bin/evince//sanitized_helper"_s})
        profiles.append({name, {}, {}, ProfileMode::Enforce});
    profiles.append({u"thunderbird"_s, {}, {}, ProfileMode::Complain});
    QVERIFY(DemoRoot::writeProfiles(root, profiles));
    const QString dir = root + u"/etc/apparmor.d/"_s;
    QVERIFY(QDir().mkpath(dir));
    const QList<std::pair<QString, QByteArray>> files
        = {{u"usr.lib.x86_64-linux-gnu.libreoffice.program.soffice.bin"_s,
               "/usr/lib/x86_64-linux-gnu/libreoffice/program/soffice.bin {\n}\n"},
            {u"usr.sbin.cupsd"_s, "/usr/sbin/cupsd {\n}\n"},
            {u"firefox"_s, "profile firefox /usr/lib/firefox/firefox {\n}\n"}};
    for (const auto &[name, text] : files) {
        QFile f(dir + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QFile log(root + u"/kern.log"_s);
    QVERIFY(log.open(QIODevice::WriteOnly));
    for (int i = 0; i < 40; ++i)
        log.write(TestLines::kernLine(
            i * 37, i % 3 ? "firefox" : "/usr/lib/x86_64-linux-gnu/libreoffice/program/soffice.bin"));
}

void TestLayout::pages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {u"en"_s, u"de"_s}) {
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(3840, 2160)})
            QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }
}

void TestLayout::pages()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QTranslator translator;
    if (language != u"en") {
        QVERIFY(translator.load(QStringLiteral(ARMORER_QM_DIR "/armorer_") + language + u".qm"_s));
        QApplication::installTranslator(&translator);
    }
    LoadedProfilesModel model;
    ProfileIndex index;
    index.build(m_dir.path() + u"/etc/apparmor.d"_s);
    model.setStatus(StatusReader(SystemRoot::fromDirectory(m_dir.path())).read(), index);
    QSettings settings(m_dir.filePath(u"armorer.conf"_s), QSettings::IniFormat);
    DenialMonitor monitor(&settings);
    MainWindow window(&model);
    auto *denials = new DenialsView(&monitor, window.pages());
    window.pages()->addTab(denials, QCoreApplication::translate("main", "&Denials"));
    monitor.setSource(std::make_unique<LogFileSource>(m_dir.filePath(u"kern.log"_s)), DenialStart::beginning());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(denials->table()->model()->rowCount(), 40);
    QTRY_VERIFY(!denials->chartView()->chart()->series().isEmpty());
    window.profilesView()->selectProfile(u"firefox"_s);
    QCOMPARE(window.size(), size);

    const auto wordsFit = [](QLineEdit *field, const QString &what) {
        // The placeholder's first words fit: not "S…".
        const int needed = field->fontMetrics().horizontalAdvance(field->placeholderText().section(u' ', 0, 1));
        QVERIFY2(field->width() >= needed + 20,
            qPrintable(u"%1: %2 px for \"%3\""_s.arg(what).arg(field->width()).arg(field->placeholderText())));
    };
    const QString out = qEnvironmentVariable("ARMORER_SCREENSHOT_DIR");
    const QString tag = u"%1-%2x%3"_s.arg(language).arg(size.width()).arg(size.height());

    // Profiles: the search keeps its words, every chip its label, no column runs off the table.
    window.pages()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    ProfilesView *profiles = window.profilesView();
    wordsFit(profiles->searchField(), u"profile search"_s);
    for (ProfileMode mode : ProfileModes::profileModes()) {
        QToolButton *chip = profiles->modeButton(mode);
        QVERIFY2(chip->width() >= chip->sizeHint().width(), qPrintable(chip->text()));
        QVERIFY(chip->geometry().right() <= chip->parentWidget()->width());
    }
    QTableView *table = profiles->table();
    QHeaderView *header = table->horizontalHeader();
    int right = 0;
    for (int column = 0; column < header->count(); ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title) + 8,
            qPrintable(u"column \"%1\" is %2 px"_s.arg(title).arg(header->sectionSize(column))));
        right = qMax(right, header->sectionViewportPosition(column) + header->sectionSize(column));
    }
    QVERIFY2(right <= table->viewport()->width() + 1,
        qPrintable(u"columns end at %1 of %2"_s.arg(right).arg(table->viewport()->width())));
    QVERIFY(header->sectionSize(LoadedProfilesModel::SourceColumn) >= 100);
    if (!out.isEmpty())
        QVERIFY(window.grab().save(out + u"/layout-profiles-"_s + tag + u".png"_s));

    // Denials: the search keeps its words, the chart its title.
    window.pages()->setCurrentWidget(denials);
    QCoreApplication::processEvents();
    wordsFit(denials->searchField(), u"denial search"_s);
    QLabel *title = denials->chartTitle();
    QVERIFY(title->isVisible());
    QVERIFY2(title->height() >= title->heightForWidth(title->width()),
        qPrintable(u"chart title cut: %1 px for %2"_s.arg(title->height()).arg(title->heightForWidth(title->width()))));
    QVERIFY(denials->chartView()->height() >= 150);
    // The time axis has only as many bars as their labels fit under, never "…".
    auto *timeAxis = qobject_cast<QBarCategoryAxis *>(denials->chartView()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(timeAxis);
    int labelled = 0, widest = 0;
    for (const QString &c : timeAxis->categories()) {
        ++labelled;
        widest = qMax(widest, QFontMetrics(timeAxis->labelsFont()).horizontalAdvance(c));
    }
    QVERIFY(labelled >= 2);
    const qreal plot = denials->chartView()->chart()->plotArea().width();
    QVERIFY2(labelled * widest <= plot,
        qPrintable(u"%1 time labels of %2 px under %3 px"_s.arg(labelled).arg(widest).arg(plot)));
    if (!out.isEmpty())
        QVERIFY(window.grab().save(out + u"/layout-denials-"_s + tag + u".png"_s));
    QApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
