// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowdialog.h"
#include "allowflow.h"
#include "config.h"
#include "denialtestlines.h"
#include "englishplurals.h"
#include "localoverridewriter.h"
#include "scopechoicemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The allow dialog over a real profile directory: LocalOverrideWriter writes local/NAME and
// checks it with the real apparmor_parser, so the errors shown are the parser's own.
class TestAllowDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultRuleAndDiff_data();
    void defaultRuleAndDiff();
    void scopeChangesRuleAndPreview();
    void denyWritesDenyRule();
    void denyRuleInTheWay_data();
    void denyRuleInTheWay();
    void applyAndUndo();
    void parserErrorIsShownAndNothingChanges();
    void invalidCustomPatternCannotApply();
    void customPatternCheckedAsTypedAndDebounced();
    void alreadyAllowed();
    void abstractionAndRedundancyHints();
    void unverifiedNeedsConfirmation();
    void screenshot();

private:
    AppArmorEvent fileDenial(const QString &path) const;
    QString localText() const;
    std::unique_ptr<QTemporaryDir> m_root; // the profile directory
    std::unique_ptr<QTemporaryDir> m_files; // files the denials name
    std::unique_ptr<LocalOverrideWriter> m_writer;
};

AppArmorEvent TestAllowDialog::fileDenial(const QString &path) const
{
    return TestLines::parsed(R"(apparmor="DENIED" operation="open" class="file" profile="/usr/bin/app" name=")"
        + path.toUtf8() + R"(" pid=4242 comm="app" requested_mask="r" denied_mask="r" fsuid=1000 ouid=1000)");
}

QString TestAllowDialog::localText() const
{
    QFile f(m_root->filePath(u"local/usr.bin.app"_s));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The words a user sees (these tests also take the README's pictures).
void TestAllowDialog::initTestCase()
{
    QVERIFY(installEnglishPlurals());
}

void TestAllowDialog::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid() && m_files->isValid());
    QDir(m_root->path()).mkpath(u"local"_s);
    QFile profile(m_root->filePath(u"usr.bin.app"_s));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("/usr/bin/app {\n  /etc/app.conf r,\n  include if exists <local/usr.bin.app>\n}\n");
    profile.close();
    QDir(m_files->path()).mkpath(u"data/sub"_s);
    for (const QString &f : {u"data/a.csv"_s, u"data/b.csv"_s, u"data/notes.txt"_s, u"data/sub/c.csv"_s}) {
        QFile file(m_files->filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    m_writer = std::make_unique<LocalOverrideWriter>(m_root->path(), QStringLiteral(ARMORER_APPARMOR_PARSER));
}

void TestAllowDialog::defaultRuleAndDiff_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("scopes");
    QTest::addColumn<QString>("words");
    QTest::newRow("capability") << QByteArray(
        R"(apparmor="DENIED" operation="capable" class="cap" profile="/usr/bin/app" pid=1 comm="app" capability=12 capname="net_admin")")
                                << u"capability net_admin,"_s << false << u"capability net_admin"_s;
    QTest::newRow("network") << QByteArray(
        R"(apparmor="DENIED" operation="create" class="net" profile="/usr/bin/app" pid=1 comm="app" family="inet" sock_type="raw" protocol=1 requested="create" denied="create")")
                             << u"network (create) inet raw,"_s << false << u"inet raw socket"_s;
    QTest::newRow("exec") << QByteArray(
        R"(apparmor="DENIED" operation="exec" class="file" profile="/usr/bin/app" name="/usr/bin/helper" pid=1 comm="app" requested_mask="x" denied_mask="x" fsuid=0 ouid=0)")
                          << u"/usr/bin/helper mrix,"_s << false << u"running /usr/bin/helper"_s;
    QTest::newRow("file in a hat") << QByteArray(
        R"(apparmor="DENIED" operation="open" class="file" profile="/usr/bin/app//hat" name="/etc/hat.conf" pid=1 comm="app" requested_mask="r" denied_mask="r" fsuid=0 ouid=1)")
                                   << u"/etc/hat.conf r,"_s << true << u"read access to /etc/hat.conf"_s;
}

void TestAllowDialog::defaultRuleAndDiff()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, rule);
    QFETCH(bool, scopes);
    QFETCH(QString, words);
    AllowFlow flow(TestLines::parsed(record), m_writer.get());
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(flow.rule(), rule);
    QVERIFY2(dialog.diffView()->toPlainText().contains(u'+' + rule)
            || dialog.diffView()->toPlainText().contains(u"+  "_s + rule),
        qPrintable(dialog.diffView()->toPlainText()));
    QVERIFY(dialog.diffView()->toPlainText().startsWith(u"--- "_s + flow.overrideName()));
    QCOMPARE(
        flow.overrideName(), flow.suggestion().target.isChild() ? u"local/usr.bin.app_hat"_s : u"local/usr.bin.app"_s);
    QCOMPARE(dialog.scopeView()->isVisible(), scopes);
    QVERIFY2(dialog.findChildren<QLabel *>().constFirst()->text().contains(words),
        qPrintable(dialog.findChildren<QLabel *>().constFirst()->text()));
    QVERIFY(dialog.applyButton()->isEnabled());
    QVERIFY(dialog.candidateBox()->count() >= 1);
}

void TestAllowDialog::scopeChangesRuleAndPreview()
{
    const QString dir = m_files->path() + u"/data/"_s;
    AllowFlow flow(fileDenial(dir + u"a.csv"_s), m_writer.get());
    flow.setRecentDenials({fileDenial(dir + u"a.csv"_s), fileDenial(dir + u"b.csv"_s), fileDenial(dir + u"sub/c.csv"_s),
        fileDenial(u"/etc/other"_s)});
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(flow.rule(), u"owner "_s + dir + u"a.csv r,"_s);
    QCOMPARE(dialog.matchedDenials()->count(), 1);

    auto selectKind = [&](FileScope::Kind kind) {
        for (int r = 0; r < flow.scopeModel()->rowCount(); ++r) {
            const QModelIndex i = flow.scopeModel()->index(r);
            if (i.data(ScopeChoiceModel::KindRole).toInt() == int(kind)) {
                dialog.scopeView()->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    };
    QVERIFY(selectKind(FileScope::Kind::Extension));
    QCOMPARE(flow.rule(), u"owner "_s + dir + u"*.csv r,"_s);
    QCOMPARE(dialog.matchedDenials()->count(), 2);
    QCOMPARE(dialog.matchedFiles()->count(), 2);
    QVERIFY(dialog.diffView()->toPlainText().contains(u"+owner "_s + dir + u"*.csv r,"_s));

    QVERIFY(selectKind(FileScope::Kind::FolderRecursive));
    QCOMPARE(dialog.matchedDenials()->count(), 3);
    QCOMPARE(dialog.matchedFiles()->count(), 5); // a.csv b.csv notes.txt sub/ sub/c.csv

    QVERIFY2(
        dialog.candidateBox()->currentText().contains(dir + u"**"_s), qPrintable(dialog.candidateBox()->currentText()));
    QTest::keyClicks(dialog.customPatternEdit(), dir + u"**.csv"_s);
    dialog.applyPendingPattern();
    QCOMPARE(flow.scopeRow(), flow.scopeModel()->customRow());
    QCOMPARE(flow.rule(), u"owner "_s + dir + u"**.csv r,"_s);
    QCOMPARE(dialog.matchedDenials()->count(), 3);
}

void TestAllowDialog::denyWritesDenyRule()
{
    AllowFlow flow(fileDenial(u"/etc/secret"_s), m_writer.get());
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.denyButton()->click();
    QCOMPARE(flow.rule(), u"deny owner /etc/secret r,"_s);
    QCOMPARE(dialog.applyButton()->text(), u"Deny"_s);
    QVERIFY(dialog.diffView()->toPlainText().contains(u"+deny owner /etc/secret r,"_s));
    QSignalSpy applied(&flow, &AllowFlow::applied);
    dialog.applyButton()->click();
    QTRY_COMPARE(applied.size(), 1);
    QVERIFY2(applied.first().at(0).toBool(), qPrintable(applied.first().at(1).toString()));
    QCOMPARE(localText(), u"deny owner /etc/secret r,\n"_s);
}

// A deny rule decides: an allow rule cannot win. AppArmor 4: Allow stays disabled; AppArmor 5:
// only with the priority= box ticked, which is off by default and carries the warning.
void TestAllowDialog::denyRuleInTheWay_data()
{
    QTest::addColumn<bool>("apparmor5");
    QTest::newRow("AppArmor 4") << false;
    QTest::newRow("AppArmor 5") << true;
}

void TestAllowDialog::denyRuleInTheWay()
{
    QFETCH(bool, apparmor5);
    AllowFlow flow(fileDenial(u"/etc/secret"_s), m_writer.get());
    Explanation e;
    e.cause = Explanation::Cause::DenyRule;
    e.fix = apparmor5 ? Explanation::Fix::PriorityRule : Explanation::Fix::ChangeDenyRule;
    e.summary = u"An explicit deny rule blocks it."_s;
    e.rule = u"deny /etc/secret r,"_s;
    e.file = u"/etc/apparmor.d/app"_s;
    e.line = 7;
    e.warning = apparmor5 ? u"It overrides a deny rule written on purpose."_s : QString();
    flow.setExplanation(e);
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.explanationLabel()->isVisible());
    QVERIFY(dialog.explanationLabel()->text().contains(u"deny /etc/secret r,  (/etc/apparmor.d/app:7)"_s));
    QVERIFY(flow.allowIsBlocked());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.priorityBox()->isVisible(), apparmor5);
    QVERIFY(!dialog.priorityBox()->isChecked());
    if (!apparmor5)
        return;
    QVERIFY(dialog.priorityBox()->text().contains(e.warning));
    dialog.priorityBox()->click();
    QCOMPARE(flow.rule(), u"priority=1 owner /etc/secret r,"_s);
    QVERIFY(dialog.applyButton()->isEnabled());
    dialog.priorityBox()->click();
    QVERIFY(!dialog.applyButton()->isEnabled());
}

void TestAllowDialog::applyAndUndo()
{
    QFile existing(m_root->filePath(u"local/usr.bin.app"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("# my own rules\n/srv/mine r,\n");
    existing.close();

    const QString path = m_files->path() + u"/data/a b, {c}.csv"_s;
    AllowFlow flow(fileDenial(path), m_writer.get());
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.undoButton()->isVisible());
    QSignalSpy applied(&flow, &AllowFlow::applied);
    dialog.applyButton()->click();
    QTRY_COMPARE(applied.size(), 1);
    QVERIFY2(applied.first().at(0).toBool(), qPrintable(applied.first().at(1).toString()));
    const QString rule = u"owner \""_s + m_files->path() + u"/data/a b, \\{c\\}.csv\" r,"_s;
    QCOMPARE(localText(), u"# my own rules\n/srv/mine r,\n"_s + rule + u'\n');
    QVERIFY(dialog.statusLabel()->text().contains(u"reloaded"_s));
    QVERIFY(dialog.undoButton()->isVisible());
    // Applying again would change nothing.
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.diffView()->toPlainText().startsWith(u"Undo would write"_s));
    QVERIFY(dialog.hintLabel()->text().isEmpty());

    // Undo names the rule it takes back and shows the diff it would write.
    QVERIFY2(dialog.undoButton()->text().contains(rule), qPrintable(dialog.undoButton()->text()));
    QVERIFY2(dialog.diffView()->toPlainText().contains(u'-' + rule), qPrintable(dialog.diffView()->toPlainText()));
    QVERIFY(!dialog.redoButton()->isVisible());
    QSignalSpy undone(&flow, &AllowFlow::undone);
    dialog.undoButton()->click();
    QTRY_COMPARE(undone.size(), 1);
    QVERIFY(undone.first().at(0).toBool());
    QCOMPARE(localText(), u"# my own rules\n/srv/mine r,\n"_s);
    QVERIFY(!dialog.undoButton()->isVisible());
    QVERIFY(dialog.applyButton()->isEnabled());
    // A second click cannot undo the undo: Redo is its own button.
    QVERIFY(dialog.redoButton()->isVisible());
    QVERIFY(dialog.redoButton()->text().contains(rule));
    QSignalSpy redone(&flow, &AllowFlow::redone);
    dialog.redoButton()->click();
    QTRY_COMPARE(redone.size(), 1);
    QVERIFY(redone.first().at(0).toBool());
    QCOMPARE(localText(), u"# my own rules\n/srv/mine r,\n"_s + rule + u'\n');
    QVERIFY(!dialog.redoButton()->isVisible());
    QVERIFY(dialog.undoButton()->isVisible());
}

void TestAllowDialog::customPatternCheckedAsTypedAndDebounced()
{
    const QString dir = m_files->path() + u"/data/"_s;
    AllowFlow flow(fileDenial(dir + u"a.csv"_s), m_writer.get());
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString defaultRule = flow.rule();
    QSignalSpy changed(&flow, &AllowFlow::changed);
    // Fast typing: every character lands in the field, and nothing is previewed until a pause.
    const QString pattern = dir + u"*.txt"_s;
    QTest::keyClicks(dialog.customPatternEdit(), pattern);
    QCOMPARE(dialog.customPatternEdit()->text(), pattern);
    QVERIFY(dialog.previewTimer()->isActive());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(flow.rule(), defaultRule);
    // The pause: one preview of the whole pattern, which misses the denied file and says so.
    dialog.applyPendingPattern();
    QVERIFY(!dialog.previewTimer()->isActive());
    QCOMPARE(flow.scopeRow(), flow.scopeModel()->customRow());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY2(dialog.hintLabel()->text().contains(u"does not match"_s), qPrintable(dialog.hintLabel()->text()));
    // Fixed by typing on: the timer restarts; after it, a valid rule.
    QTest::keyClick(dialog.customPatternEdit(), Qt::Key_Backspace);
    QTest::keyClick(dialog.customPatternEdit(), Qt::Key_Backspace);
    QTest::keyClick(dialog.customPatternEdit(), Qt::Key_Backspace);
    QTest::keyClicks(dialog.customPatternEdit(), u"csv"_s);
    QVERIFY(dialog.previewTimer()->isActive());
    QTRY_VERIFY(!dialog.previewTimer()->isActive()); // the real timer fires too
    QCOMPARE(flow.rule(), u"owner "_s + dir + u"*.csv r,"_s);
    QVERIFY(dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.matchedFiles()->count(), 2);
}

void TestAllowDialog::parserErrorIsShownAndNothingChanges()
{
    AllowFlow flow(fileDenial(u"/srv/x"_s), m_writer.get());
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A pattern the parser refuses (unbalanced alternation).
    QTest::keyClicks(dialog.customPatternEdit(), u"/srv/{x"_s);
    dialog.applyPendingPattern();
    QVERIFY(dialog.applyButton()->isEnabled());
    QSignalSpy applied(&flow, &AllowFlow::applied);
    dialog.applyButton()->click();
    QTRY_COMPARE(applied.size(), 1);
    QVERIFY(!applied.first().at(0).toBool());
    const QString error = dialog.statusLabel()->text();
    // apparmor_parser's own words.
    QVERIFY2(error.contains(u"Unclosed grouping"_s), qPrintable(error));
    QVERIFY(!dialog.undoButton()->isVisible());
    QCOMPARE(localText(), QString());
    QVERIFY(!QFile::exists(m_root->filePath(u"local/usr.bin.app"_s)));
}

void TestAllowDialog::invalidCustomPatternCannotApply()
{
    AllowFlow flow(fileDenial(u"/srv/x"_s), m_writer.get());
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.customPatternEdit(), u"/srv/x\" r, /** rwx"_s);
    dialog.applyPendingPattern();
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.hintLabel()->text().contains(u"quotes"_s));
    QCOMPARE(dialog.diffView()->toPlainText(), u"(no rule to write)"_s);
}

void TestAllowDialog::alreadyAllowed()
{
    AllowFlow flow(fileDenial(u"/etc/app.conf"_s), m_writer.get());
    flow.setProfileRules(ExistingRules::fromText(u"/etc/app.conf r,\n"_s));
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(flow.isAlreadyAllowed());
    QVERIFY2(dialog.hintLabel()->text().contains(u"reloaded"_s), qPrintable(dialog.hintLabel()->text()));
}

void TestAllowDialog::abstractionAndRedundancyHints()
{
    QDir(m_root->path()).mkpath(u"abstractions"_s);
    QFile abstraction(m_root->filePath(u"abstractions/appdata"_s));
    QVERIFY(abstraction.open(QIODevice::WriteOnly));
    abstraction.write("  /srv/appdata/** r,\n");
    abstraction.close();
    const QString dir = m_files->path() + u"/data/"_s;

    AllowFlow flow(fileDenial(u"/srv/appdata/x"_s), m_writer.get());
    flow.setAbstractions(AbstractionIndex::load(m_root->path()));
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The covering abstraction is a choice, not only a hint.
    QVERIFY(dialog.abstractionBox()->isVisible());
    QVERIFY(dialog.abstractionBox()->text().contains(u"<abstractions/appdata>"_s));
    QCOMPARE(flow.rule(), u"owner /srv/appdata/x r,"_s);
    dialog.abstractionBox()->click();
    QCOMPARE(flow.rule(), u"include <abstractions/appdata>"_s);
    QVERIFY2(dialog.diffView()->toPlainText().contains(u"+include <abstractions/appdata>"_s),
        qPrintable(dialog.diffView()->toPlainText()));
    QVERIFY(dialog.candidateBox()->currentText().contains(u"include <abstractions/appdata>"_s));
    dialog.abstractionBox()->click();
    QCOMPARE(flow.rule(), u"owner /srv/appdata/x r,"_s);

    AllowFlow wider(fileDenial(dir + u"a.csv"_s), m_writer.get());
    wider.setProfileRules(ExistingRules::fromText(u"owner "_s + dir + u"b.csv r,\n"_s + dir + u"sub/c.csv r,\n"_s));
    AllowDialog second(&wider);
    QVERIFY(second.hintLabel()->text().isEmpty());
    for (int r = 0; r < wider.scopeModel()->rowCount(); ++r) {
        if (wider.scopeModel()->index(r).data(ScopeChoiceModel::KindRole).toInt() == int(FileScope::Kind::Folder))
            second.scopeView()->setCurrentIndex(wider.scopeModel()->index(r));
    }
    QVERIFY2(second.hintLabel()->text().contains(u"1 existing rule"_s), qPrintable(second.hintLabel()->text()));
}

// Issue 12: a record anyone could have written says so, and why, and Apply stays off until
// the user confirms it.
void TestAllowDialog::unverifiedNeedsConfirmation()
{
    AppArmorEvent forged = fileDenial(u"/etc/shadow"_s);
    forged.origin = AppArmorEvent::Origin::OtherProcess;
    AllowFlow flow(forged, m_writer.get());
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.unverifiedLabel()->isVisible());
    QVERIFY2(dialog.unverifiedLabel()->text().contains(u"logger"_s), qPrintable(dialog.unverifiedLabel()->text()));
    QVERIFY(dialog.confirmUnverifiedBox()->isVisible());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QSignalSpy applied(&flow, &AllowFlow::applied);
    flow.apply(); // refused, with the reason
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toBool(), false);
    QCOMPARE(localText(), QString());
    dialog.confirmUnverifiedBox()->click();
    QVERIFY(dialog.applyButton()->isEnabled());
    dialog.applyButton()->click();
    QTRY_COMPARE(applied.size(), 2);
    QVERIFY2(applied.at(1).at(0).toBool(), qPrintable(applied.at(1).at(1).toString()));
    QVERIFY(localText().contains(u"/etc/shadow r,"_s));

    // A genuine record shows neither.
    AllowFlow genuine(fileDenial(u"/etc/hosts"_s), m_writer.get());
    AllowDialog plain(&genuine);
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    QVERIFY(!plain.unverifiedLabel()->isVisible());
    QVERIFY(!plain.confirmUnverifiedBox()->isVisible());
}

void TestAllowDialog::screenshot()
{
    // Saved where ARMORER_SCREENSHOT_DIR says (run under xvfb-run to look at it), else thrown away.
    QTemporaryDir scratch;
    const QString out = qEnvironmentVariable("ARMORER_SCREENSHOT_DIR", scratch.path());
    const QString dir = m_files->path() + u"/data/"_s;
    AllowFlow flow(fileDenial(dir + u"a.csv"_s), m_writer.get());
    flow.setRecentDenials(
        {fileDenial(dir + u"a.csv"_s), fileDenial(dir + u"b.csv"_s), fileDenial(dir + u"sub/c.csv"_s)});
    AllowDialog dialog(&flow);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.scopeView()->setCurrentIndex(flow.scopeModel()->index(3));
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(out + u"/allowdialog.png"_s));
    QSignalSpy applied(&flow, &AllowFlow::applied);
    dialog.applyButton()->click();
    QTRY_COMPARE(applied.size(), 1);
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(out + u"/allowdialog-applied.png"_s));
    QVERIFY(dialog.undoButton()->isVisible());
}

QTEST_MAIN(TestAllowDialog)
#include "tst_allowdialog.moc"
