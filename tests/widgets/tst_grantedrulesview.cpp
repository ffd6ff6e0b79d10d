// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "apparmorquoting.h"
#include "demoroot.h"
#include "diffpreviewdialog.h"
#include "englishplurals.h"
#include "grantedrulescontroller.h"
#include "grantedrulesmodel.h"
#include "grantedrulesview.h"
#include "helperchangechannel.h"
#include "helperchangehistory.h"
#include "helperclient.h"
#include "helperoverrideapplier.h"
#include "loadedprofilesmodel.h"
#include "overrideeditor.h"
#include "privatehelper.h"
#include "privatehelpersandbox.h"
#include "profilesview.h"
#include "statusreader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The profiles page's "Granted rules" against a real armorer-helper (the demo's private one,
// over a sandbox root, validating with the real apparmor_parser): a rule allowed through the
// helper is listed with its change, removed after the diff preview, and put back with Undo.
class TestGrantedRulesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void allowListRemoveUndo();
    void parserErrorIsShownAndNothingIsLost();
    void fileChangedSincePreview();
    void hatBlockUnderItsHeader();

private:
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }
    QString overridePath() const { return profileDir() + u"/local/usr.sbin.dnsmasq"_s; }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    // Adds a rule the way the allow flow does: OverrideEditor, then the helper applier.
    bool allow(const QString &rule)
    {
        const QString text = OverrideEditor::insertRule(
            m_applier->currentOverride(u"dnsmasq"_s), RuleTarget::fromLabel(u"dnsmasq"_s), rule);
        return PrivateHelperSandbox::applyAndWait(*m_applier, u"dnsmasq"_s, text).ok;
    }
    bool refreshed()
    {
        QSignalSpy spy(m_controller.get(), &GrantedRulesController::refreshed);
        m_controller->refresh();
        return spy.wait(30000);
    }
    QModelIndex rowOf(const QString &rule) const
    {
        const GrantedRulesModel *model = m_controller->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(GrantedRulesModel::RuleRole).toString() == rule)
                return model->index(row, 0);
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateHelper> m_helper;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<HelperChangeChannel> m_channel;
    std::unique_ptr<HelperOverrideApplier> m_applier;
    std::unique_ptr<HelperChangeHistory> m_history;
    std::unique_ptr<GrantedRulesController> m_controller;
    std::unique_ptr<LoadedProfilesModel> m_model;
    std::unique_ptr<ProfilesView> m_view;
};

// The words a user sees (these tests also take the README's pictures).
void TestGrantedRulesView::initTestCase()
{
    QVERIFY(installEnglishPlurals());
}

void TestGrantedRulesView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(DemoRoot::writeProfiles(m_dir->path(), {{u"dnsmasq"_s, {}, u"dnsmasq"_s, ProfileMode::Enforce}}));
    m_helper = std::make_unique<PrivateHelper>();
    QString error;
    // Named "dnsmasq": only the profile index knows its override is local/usr.sbin.dnsmasq.
    QVERIFY2(PrivateHelperSandbox::start(m_dir->path(), u"usr.sbin.dnsmasq"_s,
                 "profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n}\n", m_helper.get(), &error),
        qPrintable(error));
    m_client = std::make_unique<HelperClient>(m_helper->connection());
    m_channel = std::make_unique<HelperChangeChannel>(m_client.get());
    const SystemRoot root = SystemRoot::fromDirectory(m_dir->path());
    m_applier = std::make_unique<HelperOverrideApplier>(m_channel.get(), root);
    ProfileIndex index;
    index.build(profileDir());
    m_applier->setIndex(index);
    m_history = std::make_unique<HelperChangeHistory>(m_channel.get());
    m_controller = std::make_unique<GrantedRulesController>(m_applier.get(), m_history.get());
    m_model = std::make_unique<LoadedProfilesModel>();
    m_model->setStatus(StatusReader(root).read(), index);
    m_view = std::make_unique<ProfilesView>(m_model.get());
    m_view->setGrantedRules(m_controller.get());
    m_view->resize(1280, 720);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestGrantedRulesView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_controller.reset();
    m_history.reset();
    m_applier.reset();
    m_channel.reset();
    m_client.reset();
    m_helper.reset();
    m_dir.reset();
}

void TestGrantedRulesView::allowListRemoveUndo()
{
    GrantedRulesView *granted = m_view->grantedRules();
    QVERIFY(granted);
    QAbstractItemModelTester tester(m_controller->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshedSpy(m_controller.get(), &GrantedRulesController::refreshed);
    m_view->selectProfile(u"dnsmasq"_s);
    QVERIFY(refreshedSpy.wait(30000));
    QCOMPARE(m_controller->profile(), u"dnsmasq"_s);
    QCOMPARE(m_controller->model()->rowCount(), 0);
    QVERIFY(granted->fileLabel()->text().contains(u"local/usr.sbin.dnsmasq"_s));
    QVERIFY(!granted->undoButton()->isEnabled());

    // Two allows, the second with a hostile name, both through the helper.
    const QString plain = u"/srv/tftp/pxelinux.0 r,"_s;
    const QString hostile = AppArmorQuoting::literalPath(u"/srv/tftp/a b, c {x} \"q\" ** @{HOME}"_s) + u" r,"_s;
    QVERIFY(allow(plain));
    QVERIFY(allow(hostile));
    const QByteArray both = read(overridePath());
    QCOMPARE(both, (plain + u'\n' + hostile + u'\n').toUtf8());
    QVERIFY(refreshed());
    QCOMPARE(m_controller->model()->rowCount(), 2);
    const QModelIndex plainRow = rowOf(plain);
    const QModelIndex hostileRow = rowOf(hostile);
    QVERIFY(plainRow.isValid());
    QVERIFY(hostileRow.isValid());
    const QString plainChange = plainRow.data(GrantedRulesModel::ChangeIdRole).toString();
    const QString hostileChange = hostileRow.data(GrantedRulesModel::ChangeIdRole).toString();
    QVERIFY(!plainChange.isEmpty());
    QVERIFY(hostileChange.toInt() > plainChange.toInt());
    QCOMPARE(hostileRow.data(GrantedRulesModel::UidRole).toLongLong(), qint64(getuid()));
    QCOMPARE(hostileRow.siblingAtColumn(GrantedRulesModel::UserColumn).data().toString(),
        GrantedRulesModel::systemUserName(getuid()));
    QVERIFY(granted->undoButton()->isEnabled());

    // Remove the hostile rule: the preview shows exactly that line going, Write writes it.
    granted->tree()->setCurrentIndex(rowOf(hostile));
    QVERIFY(granted->removeButton()->isEnabled());
    QSignalSpy finished(m_controller.get(), &GrantedRulesController::finished);
    QSignalSpy applied(m_controller.get(), &GrantedRulesController::applied);
    QTest::mouseClick(granted->removeButton(), Qt::LeftButton);
    auto *dialog = granted->findChild<DiffPreviewDialog *>();
    QVERIFY(dialog);
    QVERIFY2(dialog->unifiedText().contains(u'-' + hostile), qPrintable(dialog->unifiedText()));
    QVERIFY(!dialog->unifiedText().contains(u'-' + plain));
    QCOMPARE(read(overridePath()), both); // nothing written before Write
    dialog->accept();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(read(overridePath()), (plain + u'\n').toUtf8());
    if (m_controller->model()->rowCount() != 1)
        QVERIFY(refreshedSpy.wait(30000));
    QCOMPARE(m_controller->model()->rowCount(), 1);
    QVERIFY(!rowOf(hostile).isValid());
    QCOMPARE(rowOf(plain).data(GrantedRulesModel::ChangeIdRole).toString(), plainChange);
    QVERIFY(granted->statusLabel()->isVisible());

    // Undo the removal: the helper puts the bytes back, and the rule is listed again, now
    // attributed to the undo.
    QVERIFY(granted->undoButton()->isEnabled());
    QVERIFY2(granted->undoButton()->toolTip().contains(u"0 added, 1 removed"_s),
        qPrintable(granted->undoButton()->toolTip()));
    QVERIFY(m_controller->model()->undoableChange());
    const QString removalChange = m_controller->model()->undoableChange()->id;
    QVERIFY(removalChange.toInt() > hostileChange.toInt());
    finished.clear();
    refreshedSpy.clear();
    // Undo names the change and shows what it takes back before anything happens.
    QCOMPARE(granted->undoButton()->text(), u"&Undo Change %1"_s.arg(removalChange));
    QVERIFY(!granted->redoButton()->isEnabled());
    QTest::mouseClick(granted->undoButton(), Qt::LeftButton);
    auto *undoPreview = granted->findChild<DiffPreviewDialog *>();
    QVERIFY(undoPreview);
    QVERIFY2(undoPreview->unifiedText().contains(u'+' + hostile), qPrintable(undoPreview->unifiedText()));
    QVERIFY(undoPreview->windowTitle().contains(removalChange));
    QCOMPARE(read(overridePath()), (plain + u'\n').toUtf8()); // nothing before the confirmation
    undoPreview->accept();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(read(overridePath()), both);
    if (refreshedSpy.isEmpty())
        QVERIFY(refreshedSpy.wait(30000));
    QCOMPARE(m_controller->model()->rowCount(), 2);
    QCOMPARE(rowOf(hostile).siblingAtColumn(GrantedRulesModel::ChangeColumn).data().toString(),
        u"%1 (undo of %2)"_s.arg(rowOf(hostile).data(GrantedRulesModel::ChangeIdRole).toString(), removalChange));
    QVERIFY(rowOf(hostile).data(GrantedRulesModel::ChangeIdRole).toInt() > hostileChange.toInt());

    // Undo does not undo the undo: it goes on to the change before (the hostile allow),
    // and Redo is its own action, which takes the undo back.
    QVERIFY(m_controller->model()->undoableChange());
    QCOMPARE(m_controller->model()->undoableChange()->id, hostileChange);
    QVERIFY(granted->redoButton()->isEnabled());
    finished.clear();
    refreshedSpy.clear();
    QTest::mouseClick(granted->redoButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.constFirst().at(0).toBool());
    QCOMPARE(read(overridePath()), (plain + u'\n').toUtf8());
    if (refreshedSpy.isEmpty())
        QVERIFY(refreshedSpy.wait(30000));
    // Redone: the removal is in effect again, so Undo offers it once more, and Redo nothing.
    QCOMPARE(m_controller->model()->undoableChange()->id, removalChange);
    QVERIFY(!granted->redoButton()->isEnabled());
}

void TestGrantedRulesView::parserErrorIsShownAndNothingIsLost()
{
    QVERIFY(allow(u"/srv/a r,"_s));
    QVERIFY(allow(u"/srv/b r,"_s));
    const QByteArray before = read(overridePath());
    GrantedRulesView *granted = m_view->grantedRules();
    QSignalSpy refreshedSpy(m_controller.get(), &GrantedRulesController::refreshed);
    m_view->selectProfile(u"dnsmasq"_s);
    QVERIFY(refreshedSpy.wait(30000));
    QCOMPARE(m_controller->model()->rowCount(), 2);
    // Someone breaks the profile itself meanwhile: the helper validates the whole profile
    // before writing, so the removal is refused with the parser's own words.
    QFile profile(profileDir() + u"/usr.sbin.dnsmasq"_s);
    QVERIFY(profile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    profile.write("profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf rz,\n  include if exists "
                  "<local/usr.sbin.dnsmasq>\n}\n");
    profile.close();
    granted->tree()->setCurrentIndex(rowOf(u"/srv/a r,"_s));
    QSignalSpy finished(m_controller.get(), &GrantedRulesController::finished);
    QSignalSpy applied(m_controller.get(), &GrantedRulesController::applied);
    QTest::mouseClick(granted->removeButton(), Qt::LeftButton);
    auto *dialog = granted->findChild<DiffPreviewDialog *>();
    QVERIFY(dialog);
    dialog->accept();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(u"usr.sbin.dnsmasq"_s), qPrintable(message));
    QCOMPARE(granted->statusLabel()->text(), message); // verbatim
    QCOMPARE(applied.size(), 0);
    QCOMPARE(read(overridePath()), before);
    if (m_controller->model()->rowCount() != 2)
        QVERIFY(refreshedSpy.wait(30000));
    QCOMPARE(m_controller->model()->rowCount(), 2);
}

void TestGrantedRulesView::fileChangedSincePreview()
{
    QVERIFY(allow(u"/srv/a r,"_s));
    GrantedRulesView *granted = m_view->grantedRules();
    QSignalSpy refreshedSpy(m_controller.get(), &GrantedRulesController::refreshed);
    m_view->selectProfile(u"dnsmasq"_s);
    QVERIFY(refreshedSpy.wait(30000));
    granted->tree()->setCurrentIndex(rowOf(u"/srv/a r,"_s));
    // A shortcut fires only in the active window (offscreen every window is; not under X11).
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    granted->tree()->setFocus();
    QTest::keyClick(granted->tree(), Qt::Key_Delete); // the keyboard way to Remove rule…
    auto *dialog = granted->findChild<DiffPreviewDialog *>();
    QVERIFY(dialog);
    // Someone edits the override while the preview is open: their edit is kept.
    const QByteArray edited = "/srv/a r,\n/srv/b r,\n";
    QFile f(overridePath());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(edited);
    f.close();
    QSignalSpy finished(m_controller.get(), &GrantedRulesController::finished);
    dialog->accept();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(granted->statusLabel()->text().contains(u"local/usr.sbin.dnsmasq"_s));
    QCOMPARE(read(overridePath()), edited);
    if (m_controller->model()->rowCount() != 2)
        QVERIFY(refreshedSpy.wait(30000));
    QCOMPARE(m_controller->model()->rowCount(), 2);
    // The hand edit is not the helper's: the latest change no longer matches, so no Undo.
    QVERIFY(!granted->undoButton()->isEnabled());
}

void TestGrantedRulesView::hatBlockUnderItsHeader()
{
    QVERIFY(allow(u"/srv/tftp/** r,"_s));
    QVERIFY(allow(u"capability net_raw,"_s));
    // A hat's rules go in its block of the same override (written whole, as the editor does).
    const QString withHat = m_applier->currentOverride(u"dnsmasq"_s)
        + u"# for the PXE helper\n^pxe {\n  /srv/tftp/pxelinux.cfg/* r,\n  network inet dgram,\n}\n"_s;
    const OverrideApplier::Result result = PrivateHelperSandbox::applyAndWait(*m_applier, u"dnsmasq"_s, withHat);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(allow(AppArmorQuoting::literalPath(u"/var/lib/misc/dnsmasq leases, old"_s) + u" rw,"_s));

    GrantedRulesView *granted = m_view->grantedRules();
    QSignalSpy refreshedSpy(m_controller.get(), &GrantedRulesController::refreshed);
    m_view->selectProfile(u"dnsmasq"_s);
    QVERIFY(refreshedSpy.wait(30000));
    const GrantedRulesModel *model = m_controller->model();
    QCOMPARE(model->ruleCount(), 5);
    const QModelIndex hat = rowOf(u"^pxe"_s);
    QVERIFY(hat.isValid());
    QVERIFY(hat.data(GrantedRulesModel::IsBlockRole).toBool());
    QCOMPARE(model->rowCount(hat), 2);
    const QModelIndex hatRule = model->index(0, 0, hat);
    QCOMPARE(hatRule.data(GrantedRulesModel::RuleRole).toString(), u"/srv/tftp/pxelinux.cfg/* r,"_s);
    QVERIFY(!hatRule.data(GrantedRulesModel::ChangeIdRole).toString().isEmpty());
    QVERIFY(hatRule.data(GrantedRulesModel::RemovableRole).toBool());
    QVERIFY(granted->tree()->isExpanded(hat));
    granted->tree()->setCurrentIndex(hatRule);
    QVERIFY(granted->removeButton()->isEnabled());

    // ARMORER_SCREENSHOT_DIR: keep a picture of the page (run under xvfb-run for a real one).
    const QString shots = qEnvironmentVariable("ARMORER_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(m_view->grab().save(shots + u"/granted-rules.png"_s));
    }
}

QTEST_MAIN(TestGrantedRulesView)
#include "tst_grantedrulesview.moc"
