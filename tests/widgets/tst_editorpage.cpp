// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// The editor page on the offscreen platform, with the real apparmor_parser and
// KSyntaxHighlighting: markers, completion, Ctrl+click, the override flow, drafts, disk changes.
#include "denialdetailsview.h"
#include "diagnosticsmodel.h"
#include "draftstore.h"
#include "editorfixture.h"
#include "editorpage.h"
#include "findreplacebar.h"
#include "helperchangechannel.h"
#include "helperclient.h"
#include "helperprofilewriter.h"
#include "noticebar.h"
#include "privatehelper.h"
#include "profileeditor.h"
#include "profiletreemodel.h"
#include "profilewriter.h"
#include "sandboxprofilewriter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

// QTest::keyClicks cannot type a newline: Return is a key of its own.
static void type(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
}

// A fake of the helper's timing, named so: it writes the file at once, as the helper does
// before it replies, and reports the write only later, so the real file watcher sees the
// change before the reply, as it does with the helper (issue: a false "changed on disk").
class ReplyLaterProfileWriter : public ProfileWriter
{
public:
    explicit ReplyLaterProfileWriter(const SystemRoot &root)
        : m_writer(root)
    {
    }
    int write(const QString &relativePath, const QByteArray &content, const std::optional<QByteArray> &) override
    {
        const int id = ++m_next;
        const QString error = m_writer.writeNow(relativePath, content);
        QTimer::singleShot(700, this, [this, id, error] {
            Q_EMIT finished(id, error.isEmpty(), error);
        });
        return id;
    }
    QString profileDir() const override { return m_writer.profileDir(); }

private:
    SandboxProfileWriter m_writer;
    int m_next = 0;
};

class TestEditorPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void definitionAndTheme();
    void markersOnTheRightLines();
    void completionLists_data();
    void completionLists();
    void ctrlClickOpensInclude();
    void overrideFlowCreatesFileAndInclude();
    void shippedProfileIsReadOnlyUntilChosen();
    void saveReviewsAndWrites();
    void diskChangeWhileEditing();
    void unsavedChangesPrompt();
    void findReplace();
    void openProfileFromDenial_data();
    void openProfileFromDenial();
    void ownWriteBeforeItsReply();
    void backForwardAfterCtrlClick();
    void actionsHaveWordsAndMenuEntries();
    void goToLineTitleFits();
    void problemsInPlainWords();
    void saveConflictThroughHelper();

private:
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }
    EditorPage *makePage(ProfileWriter *writer = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<SandboxProfileWriter> m_writer;
    std::unique_ptr<EditorPage> m_page;
    QStringList m_reviewed;
    QStringList m_reviewedBefore; // the "before" text of each review
    QStringList m_confirmed;
    bool m_confirmAnswer = true;
    int m_unsavedAnswer = EditorPage::Cancel;
};

void TestEditorPage::init()
{
    m_page.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(EditorFixture::create(m_dir->path()));
    QVERIFY(EditorFixture::write(profileDir() + u"/usr.bin.tool"_s, EditorFixture::ToolProfile));
    m_reviewed.clear();
    m_reviewedBefore.clear();
    m_confirmed.clear();
    m_confirmAnswer = true;
    m_unsavedAnswer = EditorPage::Cancel;
}

EditorPage *TestEditorPage::makePage(ProfileWriter *writer)
{
    m_writer = std::make_unique<SandboxProfileWriter>(SystemRoot::fromDirectory(m_dir->path()));
    m_page = std::make_unique<EditorPage>(SystemRoot::fromDirectory(m_dir->path()), writer ? writer : m_writer.get());
    m_page->setDraftStore(DraftStore(m_state->path()));
    m_page->setPrompts({[this](const QString &title, const QString &) {
                            m_confirmed.append(title);
                            return m_confirmAnswer;
                        },
        [this](const QString &file, const QString &before, const QString &after) {
            m_reviewed.append(file);
            m_reviewedBefore.append(before);
            return before != after;
        },
        [this](const QString &) {
            return m_unsavedAnswer;
        }});
    m_page->resize(1000, 700);
    m_page->show();
    return m_page.get();
}

void TestEditorPage::definitionAndTheme()
{
    QVERIFY(ProfileEditor::repository().definitionForName(ProfileEditor::definitionName()).isValid());
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/abstractions/base"_s));
    // Asked for by name: abstractions/ matches none of the definition's file patterns.
    QVERIFY(!page->editor()->themeName().isEmpty());
    QPalette dark = page->editor()->palette();
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    page->editor()->setPalette(dark);
    QVERIFY2(page->editor()->themeName().contains(u"Dark"_s), qPrintable(page->editor()->themeName()));
    QPalette light = dark;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    page->editor()->setPalette(light);
    QVERIFY2(!page->editor()->themeName().contains(u"Dark"_s), qPrintable(page->editor()->themeName()));
    // The tree model is checked by the tester while the page uses it.
    QAbstractItemModelTester tester(page->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->treeModel()->setProfileDir(profileDir());
}

void TestEditorPage::markersOnTheRightLines()
{
    EditorPage *page = makePage();
    QSignalSpy validated(page, &EditorPage::validated);
    QVERIFY(page->openFile(profileDir() + u"/local/usr.bin.tool"_s) == false); // does not exist
    QVERIFY(EditorFixture::write(profileDir() + u"/local/usr.bin.tool"_s, ""));
    QVERIFY(EditorFixture::write(profileDir() + u"/usr.bin.tool"_s,
        "include <tunables/global>\nprofile tool {\n  include if exists <local/usr.bin.tool>\n}\n"));
    QVERIFY(page->openFile(profileDir() + u"/local/usr.bin.tool"_s));
    QVERIFY(!page->isReadOnly());
    QVERIFY(validated.wait(30000));
    QVERIFY(page->editor()->markedLines().isEmpty());
    validated.clear();
    // Type like a user: a bad capability on line 2, a rule without its comma on line 4.
    page->editor()->setFocus();
    type(page->editor(), u"  /etc/a r,\n  capability frobnicate,\n\n  /etc/b r\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        !validated.isEmpty() && !validated.last().at(0).value<ProfileValidator::Result>().valid, 30000);
    // The parser stops at its first error: the capability.
    QCOMPARE(page->editor()->markedLines(), QList<int>{2});
    QVERIFY(page->editor()->markTooltip(2).contains(u"frobnicate"_s));
    QCOMPARE(page->problems()->rowCount(), 1);
    // Fix it: now the missing comma shows, on the rule's line, not the parser's.
    QTextCursor c(page->editor()->document()->findBlockByNumber(1));
    c.select(QTextCursor::LineUnderCursor);
    c.insertText(u"  capability chown,"_s);
    validated.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!validated.isEmpty(), 30000);
    QCOMPARE(page->editor()->markedLines(), QList<int>{4});
    QVERIFY(page->editor()->markTooltip(4).contains(u"reported line"_s));
    // A problem in the main profile lists there, not in the margin of this file.
    QCOMPARE(page->problems()->diagnostic(0).file, profileDir() + u"/local/usr.bin.tool"_s);
}

void TestEditorPage::completionLists_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("keyword") << u"  capa"_s << u"capability"_s << u"chown"_s;
    QTest::newRow("capability") << u"  capability sys_p"_s << u"sys_ptrace"_s << u"sys_admin"_s;
    QTest::newRow("network") << u"  network ine"_s << u"inet6"_s << u"unix"_s;
    QTest::newRow("abstraction") << u"  include <abstractions/nameserv"_s << u"abstractions/nameservice"_s
                                 << u"tunables/global"_s;
    QTest::newRow("tunable") << u"include <tunables/glo"_s << u"tunables/global"_s << u"abstractions/base"_s;
    QTest::newRow("variable") << u"  @{HOM"_s << u"HOME"_s << u"PROC"_s;
}

void TestEditorPage::completionLists()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    QVERIFY(EditorFixture::write(profileDir() + u"/local/usr.bin.tool"_s, ""));
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/local/usr.bin.tool"_s));
    page->editor()->setFocus();
    QTest::keyClicks(page->editor(), typed);
    QCompleter *completer = page->editor()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    const QStringList items = static_cast<QStringListModel *>(completer->model())->stringList();
    QVERIFY2(items.contains(expected), qPrintable(items.join(u' ')));
    QVERIFY2(!items.contains(absent), qPrintable(items.join(u' ')));
    // Enter takes the first item, replacing what was typed of the word.
    QCOMPARE(completer->popup()->currentIndex().data().toString(), items.first());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QVERIFY(page->editor()->document()->firstBlock().text().endsWith(items.first()));
}

void TestEditorPage::ctrlClickOpensInclude()
{
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/usr.bin.tool"_s));
    QSignalSpy opened(page, &EditorPage::fileOpened);
    ProfileEditor *editor = page->editor();
    const QTextBlock line = editor->document()->findBlockByNumber(4); // "  include <abstractions/base>"
    QVERIFY(line.text().contains(u"abstractions/base"_s));
    QTextCursor c(line);
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 14);
    const QPoint pos = editor->cursorRect(c).center();
    // A plain click does nothing.
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(opened.count(), 0);
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier, pos);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(page->currentFile(), profileDir() + u"/abstractions/base"_s);
    // "#include" and "include if exists" lines link too.
    QCOMPARE(editor->includeTargetOfLine(1), QString()); // a comment line of abstractions/base
    QVERIFY(page->openFile(profileDir() + u"/usr.bin.tool"_s));
    QCOMPARE(page->editor()->includeTargetOfLine(2), profileDir() + u"/tunables/global"_s);
}

void TestEditorPage::overrideFlowCreatesFileAndInclude()
{
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/usr.bin.tool"_s));
    QVERIFY(page->isReadOnly());
    QVERIFY(page->fileNotice()->text().contains(u"local/usr.bin.tool"_s));
    QVERIFY(page->fileNotice()->button(u"Edit Local Override"_s));
    page->fileNotice()->button(u"Edit Local Override"_s)->click();
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QTRY_COMPARE_WITH_TIMEOUT(page->currentFile(), local, 10000);
    QVERIFY(QFileInfo::exists(local));
    // Both writes were reviewed: the new override, then the profile's include line.
    QCOMPARE(m_reviewed, (QStringList{local, profileDir() + u"/usr.bin.tool"_s}));
    QCOMPARE(m_confirmed.size(), 1);
    const QByteArray main = EditorFixture::read(profileDir() + u"/usr.bin.tool"_s);
    QVERIFY2(main.contains("  /etc/tool r,\n  include if exists <local/usr.bin.tool>\n}\n"), main.constData());
    QVERIFY(!page->isReadOnly());
    // Again: nothing more to create or add.
    m_reviewed.clear();
    QVERIFY(page->openFile(profileDir() + u"/usr.bin.tool"_s));
    page->editLocalOverride();
    QTRY_COMPARE(page->currentFile(), local);
    QVERIFY(m_reviewed.isEmpty());
    // The override is validated with its profile: a bad rule in it shows on its line.
    QSignalSpy validated(page, &EditorPage::validated);
    page->editor()->moveCursor(QTextCursor::End);
    type(page->editor(), u"  capability bogus,\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor()->markedLines().isEmpty(), 30000);
    QCOMPARE(page->editor()->markedLines(), QList<int>{3});
}

void TestEditorPage::shippedProfileIsReadOnlyUntilChosen()
{
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/usr.bin.tool"_s));
    QVERIFY(page->isReadOnly());
    QTest::keyClicks(page->editor(), u"junk"_s);
    QVERIFY(!page->isModified());
    m_confirmAnswer = false;
    QVERIFY(!page->editShippedFile());
    QVERIFY(page->isReadOnly());
    m_confirmAnswer = true;
    QVERIFY(page->editShippedFile());
    QVERIFY(!page->isReadOnly());
    QVERIFY(page->fileNotice()->isHidden());
}

void TestEditorPage::saveReviewsAndWrites()
{
    QVERIFY(EditorFixture::write(profileDir() + u"/local/usr.bin.tool"_s, "  /etc/a r,\n"));
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/local/usr.bin.tool"_s));
    QVERIFY(!page->saveAction()->isEnabled());
    page->editor()->moveCursor(QTextCursor::End);
    type(page->editor(), u"  /etc/b r,\n"_s);
    QVERIFY(page->isModified());
    QVERIFY(page->saveAction()->isEnabled());
    QSignalSpy written(page, &EditorPage::fileWritten);
    QVERIFY(page->save());
    QVERIFY(written.wait());
    QCOMPARE(m_reviewed, QStringList{profileDir() + u"/local/usr.bin.tool"_s});
    QCOMPARE(EditorFixture::read(profileDir() + u"/local/usr.bin.tool"_s), QByteArray("  /etc/a r,\n  /etc/b r,\n"));
    QVERIFY(!page->isModified());
    // A saved file ends with a newline, in the editor as on disk.
    type(page->editor(), u"  /etc/c r,"_s);
    QVERIFY(page->save());
    QVERIFY(written.wait());
    QCOMPARE(EditorFixture::read(profileDir() + u"/local/usr.bin.tool"_s),
        QByteArray("  /etc/a r,\n  /etc/b r,\n  /etc/c r,\n"));
    QCOMPARE(page->editor()->toPlainText(), u"  /etc/a r,\n  /etc/b r,\n  /etc/c r,\n"_s);
    QVERIFY(!page->isModified());
    // Our own write is no "changed on disk".
    QTest::qWait(300);
    QVERIFY(page->changeNotice()->isHidden());
}

void TestEditorPage::diskChangeWhileEditing()
{
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QVERIFY(EditorFixture::write(local, "  /etc/a r,\n"));
    EditorPage *page = makePage();
    QVERIFY(page->openFile(local));
    // Unmodified: reloaded quietly.
    QVERIFY(EditorFixture::write(local, "  /etc/a r,\n  /etc/other r,\n"));
    QTRY_COMPARE_WITH_TIMEOUT(page->editor()->toPlainText(), u"  /etc/a r,\n  /etc/other r,\n"_s, 5000);
    // Modified: asked, and the edit is kept.
    page->editor()->moveCursor(QTextCursor::End);
    type(page->editor(), u"  /etc/mine r,\n"_s);
    QVERIFY(EditorFixture::write(local, "  /etc/theirs r,\n"));
    QTRY_VERIFY_WITH_TIMEOUT(page->changeNotice()->button(u"Keep My Edit"_s), 5000);
    QVERIFY(page->changeNotice()->text().contains(u"changed on disk while you were editing"_s));
    QVERIFY(page->editor()->toPlainText().contains(u"/etc/mine"_s));
    page->changeNotice()->button(u"Keep My Edit"_s)->click();
    QCOMPARE(page->diskText(), u"  /etc/theirs r,\n"_s);
    QVERIFY(page->editor()->toPlainText().contains(u"/etc/mine"_s));
}

void TestEditorPage::unsavedChangesPrompt()
{
    QVERIFY(EditorFixture::write(profileDir() + u"/local/usr.bin.tool"_s, ""));
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/local/usr.bin.tool"_s));
    QTest::keyClicks(page->editor(), u"  /etc/x r,"_s);
    m_unsavedAnswer = EditorPage::Cancel;
    QVERIFY(!page->openFile(profileDir() + u"/usr.bin.tool"_s));
    QCOMPARE(page->currentFile(), profileDir() + u"/local/usr.bin.tool"_s);
    QVERIFY(page->isModified());
    // Closing the window asks as well.
    QWidget window;
    window.installEventFilter(page);
    window.show();
    QVERIFY(!window.close());
    m_unsavedAnswer = EditorPage::Discard;
    QVERIFY(window.close());
    QVERIFY(page->openFile(profileDir() + u"/usr.bin.tool"_s));
}

void TestEditorPage::findReplace()
{
    QVERIFY(EditorFixture::write(profileDir() + u"/local/usr.bin.tool"_s, "  /etc/a r,\n  /etc/b r,\n  /ETC/c r,\n"));
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/local/usr.bin.tool"_s));
    page->editor()->setFocus();
    QTest::keyClick(page->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->findBar()->isVisible());
    page->findBar()->findField()->setText(u"/etc/"_s);
    page->findBar()->replaceField()->setText(u"/srv/"_s);
    QVERIFY(page->findBar()->findNext());
    QCOMPARE(page->editor()->textCursor().blockNumber(), 0);
    QCOMPARE(page->findBar()->replaceAll(), 3);
    QCOMPARE(page->editor()->toPlainText(), u"  /srv/a r,\n  /srv/b r,\n  /srv/c r,\n"_s);
    page->editor()->undo();
    QCOMPARE(page->editor()->toPlainText(), u"  /etc/a r,\n  /etc/b r,\n  /ETC/c r,\n"_s);
    page->editor()->goToLine(3);
    QCOMPARE(page->editor()->textCursor().blockNumber(), 2);
}

void TestEditorPage::openProfileFromDenial_data()
{
    QTest::addColumn<QString>("profile"); // as a denial names it
    QTest::addColumn<QString>("file"); // relative to the profile directory; empty: none
    QTest::addColumn<int>("line");

    QTest::newRow("profile") << u"tool"_s << u"usr.bin.tool"_s << 4;
    QTest::newRow("hat, in its parent's file") << u"tool//^hat"_s << u"usr.bin.tool"_s << 4;
    QTest::newRow("other file") << u"other"_s << u"other"_s << 2;
    QTest::newRow("unknown") << u"nosuch"_s << QString() << 0;
}

// The denial details' "Open Profile in Editor", wired to the page as the application wires it:
// the file that defines the denied profile opens, at its line.
void TestEditorPage::openProfileFromDenial()
{
    QFETCH(QString, profile);
    QFETCH(QString, file);
    QFETCH(int, line);
    QVERIFY(EditorFixture::write(profileDir() + u"/other"_s, "# another\nprofile other {\n}\n"));
    EditorPage *page = makePage();
    DenialDetailsView details;
    bool opened = false;
    connect(&details, &DenialDetailsView::openProfileRequested, page, [&](const QString &name) {
        opened = page->openProfile(name);
    });
    DenialGroup group;
    group.latest.kind = AppArmorEvent::Kind::Denied;
    group.latest.profile = profile;
    group.latest.operation = u"open"_s;
    group.latest.name = u"/etc/secret"_s;
    group.count = 1;
    details.setGroup(group);
    auto *button = details.findChild<QPushButton *>(u"openProfileButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(opened, !file.isEmpty());
    if (file.isEmpty()) {
        QVERIFY(page->currentFile().isEmpty());
        return;
    }
    QCOMPARE(page->currentFile(), profileDir() + u'/' + file);
    QCOMPARE(page->editor()->textCursor().blockNumber() + 1, line);
    // A shipped profile: read-only, with the local override offered.
    QVERIFY(page->isReadOnly());
    QVERIFY(page->overrideAction()->isEnabled());
}

void TestEditorPage::ownWriteBeforeItsReply()
{
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QVERIFY(EditorFixture::write(local, "  /etc/a r,\n"));
    ReplyLaterProfileWriter writer(SystemRoot::fromDirectory(m_dir->path()));
    EditorPage page(SystemRoot::fromDirectory(m_dir->path()), &writer);
    page.setDraftStore(DraftStore(m_state->path()));
    page.setPrompts({[](const QString &, const QString &) {
                         return true;
                     },
        [](const QString &, const QString &, const QString &) {
            return true;
        },
        [](const QString &) {
            return int(EditorPage::Cancel);
        }});
    page.show();
    // Twice, as reported (2 of 2 tries).
    for (int i = 0; i < 2; ++i) {
        QVERIFY(page.openFile(local));
        page.editor()->moveCursor(QTextCursor::End);
        type(page.editor(), u"  /etc/b%1 r,\n"_s.arg(i));
        QSignalSpy written(&page, &EditorPage::fileWritten);
        QVERIFY(page.save());
        QVERIFY(written.wait(5000));
        QVERIFY(!page.isModified());
        QTest::qWait(100);
        QVERIFY2(page.changeNotice()->isHidden(), qPrintable(page.changeNotice()->text()));
    }
    QCOMPARE(EditorFixture::read(local), QByteArray("  /etc/a r,\n  /etc/b0 r,\n  /etc/b1 r,\n"));
}

void TestEditorPage::backForwardAfterCtrlClick()
{
    EditorPage *page = makePage();
    const QString tool = profileDir() + u"/usr.bin.tool"_s;
    const QString base = profileDir() + u"/abstractions/base"_s;
    QVERIFY(page->openFile(tool));
    QVERIFY(!page->backAction()->isEnabled());
    ProfileEditor *editor = page->editor();
    QTextCursor c(editor->document()->findBlockByNumber(4)); // "  include <abstractions/base>"
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 14);
    editor->setTextCursor(c);
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier, editor->cursorRect(c).center());
    QCOMPARE(page->currentFile(), base);
    // The file tree follows the open file, its folder opened.
    QCOMPARE(page->treeView()->currentIndex().data(ProfileTreeModel::PathRole).toString(), base);
    QVERIFY(page->treeView()->isExpanded(page->treeView()->currentIndex().parent()));
    QVERIFY(page->backAction()->isEnabled());

    // The keys are shortcuts of the page's window: it must be the active one.
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(page->currentFile(), tool);
    QCOMPARE(page->editor()->textCursor().blockNumber(), 4); // where the jump started
    QCOMPARE(page->treeView()->currentIndex().data(ProfileTreeModel::PathRole).toString(), tool);
    QVERIFY(page->forwardAction()->isEnabled());
    QTest::keyClick(page->editor(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(page->currentFile(), base);
    QVERIFY(!page->forwardAction()->isEnabled());
}

void TestEditorPage::actionsHaveWordsAndMenuEntries()
{
    EditorPage *page = makePage();
    const QList<QAction *> inMenu = page->menu()->actions();
    int labelled = 0;
    for (QAction *action : page->toolBar()->actions()) {
        if (action->isSeparator())
            continue;
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->toolTip()));
        // Every button explains itself, with its key when it has one.
        QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->text(), qPrintable(action->text()));
        if (!action->shortcut().isEmpty())
            QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        QVERIFY2(inMenu.contains(action), qPrintable(action->text()));
        auto *button = qobject_cast<QToolButton *>(page->toolBar()->widgetForAction(action));
        QVERIFY(button);
        if (button->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && action->priority() != QAction::LowPriority)
            ++labelled;
    }
    QVERIFY(labelled >= 2); // Save and Edit Local Override show their words
    QVERIFY(inMenu.contains(page->backAction()));
}

void TestEditorPage::goToLineTitleFits()
{
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/usr.bin.tool"_s));
    page->editor()->setFocus();
    QTest::keyClick(page->editor(), Qt::Key_G, Qt::ControlModifier);
    auto *dialog = page->findChild<QInputDialog *>(u"goToLineDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Go to Line"_s);
    // Wide enough for the title beside the title bar's icon and buttons.
    QVERIFY(dialog->width() >= dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()) + 150);
    dialog->setIntValue(6);
    dialog->accept();
    QCOMPARE(page->editor()->textCursor().blockNumber(), 5);
}

void TestEditorPage::problemsInPlainWords()
{
    QVERIFY(EditorFixture::write(profileDir() + u"/local/usr.bin.tool"_s, ""));
    EditorPage *page = makePage();
    QVERIFY(page->openFile(profileDir() + u"/local/usr.bin.tool"_s));
    type(page->editor(), u"  /etc/foo,\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page->problems()->rowCount() > 0, 30000);
    const QModelIndex raw = page->problems()->index(0, DiagnosticsModel::MessageColumn);
    const QModelIndex plain = page->problems()->index(0, DiagnosticsModel::MeaningColumn);
    QVERIFY2(raw.data().toString().contains(u"TOK_MODE"_s), qPrintable(raw.data().toString()));
    QVERIFY2(plain.data().toString().contains(u"missing its permissions or its comma"_s),
        qPrintable(plain.data().toString()));
    QVERIFY(page->editor()->markTooltip(1).contains(u"missing its permissions"_s));
    QVERIFY(!page->problemsView()->isColumnHidden(DiagnosticsModel::MeaningColumn));
}

// A save refused because someone else wrote the override since it was loaded, through the real
// helper (a private one over the sandbox): nothing is written, the user's text stays, the notice
// offers the fresh diff, and Overwrite reviews against what is on disk now before writing.
void TestEditorPage::saveConflictThroughHelper()
{
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QVERIFY(EditorFixture::write(local, "  /etc/a r,\n"));
    PrivateHelper helper;
    QString error;
    QVERIFY2(helper.start(m_dir->path(), &error), qPrintable(error));
    HelperClient client(helper.connection());
    HelperChangeChannel channel(&client);
    HelperProfileWriter writer(&channel, SystemRoot::fromDirectory(m_dir->path()));
    EditorPage *page = makePage(&writer);
    QVERIFY(page->openFile(local));
    page->editor()->moveCursor(QTextCursor::End);
    type(page->editor(), u"  /etc/mine r,\n"_s);
    QSignalSpy failed(page, &EditorPage::writeFailed);
    QSignalSpy written(page, &EditorPage::fileWritten);
    QSignalSpy conflicted(&channel, &HelperChangeChannel::conflicted);
    // Another admin saves first; this save still carries the hash of what was loaded.
    QVERIFY(EditorFixture::write(local, "  /etc/theirs r,\n"));
    QVERIFY(page->save());
    QVERIFY(failed.wait(30000));
    QCOMPARE(conflicted.size(), 1);
    QCOMPARE(EditorFixture::read(local), QByteArray("  /etc/theirs r,\n"));
    QCOMPARE(page->editor()->toPlainText(), u"  /etc/a r,\n  /etc/mine r,\n"_s);
    QVERIFY(page->isModified());
    // The edit is also kept as a draft, against what the file holds now.
    QTRY_VERIFY_WITH_TIMEOUT(DraftStore(m_state->path()).draftFor(local).has_value(), 5000);
    QCOMPARE(DraftStore(m_state->path()).draftFor(local)->text, u"  /etc/a r,\n  /etc/mine r,\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page->changeNotice()->button(u"Overwrite with My Text"_s), 5000);
    QVERIFY2(
        page->changeNotice()->text().contains(u"changed by someone else"_s), qPrintable(page->changeNotice()->text()));
    QVERIFY(page->changeNotice()->button(u"Show Differences"_s));
    QVERIFY(page->changeNotice()->button(u"Reload from Disk"_s));

    // Overwrite: reviewed against their text (the fresh diff), then written.
    page->changeNotice()->button(u"Overwrite with My Text"_s)->click();
    QVERIFY(written.wait(30000));
    QCOMPARE(m_reviewedBefore.constLast(), u"  /etc/theirs r,\n"_s);
    QCOMPARE(EditorFixture::read(local), QByteArray("  /etc/a r,\n  /etc/mine r,\n"));
    QVERIFY(!page->isModified());
    QCOMPARE(failed.size(), 1);
}

QTEST_MAIN(TestEditorPage)
#include "tst_editorpage.moc"
