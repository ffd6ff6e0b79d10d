// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// The editor's incremental highlighting against a synchronous KSyntaxHighlighting run of the
// same text: a large document is opened without highlighting it in one go, ends highlighted
// exactly like the synchronous run, and stays exact when it is edited mid-way.
#include "bigprofile.h"
#include "incrementalhighlighter.h"
#include "profileeditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
// The first block whose formats differ from a synchronous highlight of the same text, or -1.
int firstDifference(ProfileEditor &editor)
{
    QTextDocument reference;
    reference.setDefaultFont(editor.document()->defaultFont());
    KSyntaxHighlighting::SyntaxHighlighter sync(&reference);
    sync.setDefinition(ProfileEditor::repository().definitionForName(ProfileEditor::definitionName()));
    sync.setTheme(editor.highlighter()->theme());
    reference.setPlainText(editor.toPlainText());
    sync.rehighlight(); // all of it, now (the insertion alone waits for an event loop)
    if (reference.blockCount() != editor.document()->blockCount())
        return 0;
    QTextBlock mine = editor.document()->begin();
    for (QTextBlock theirs = reference.begin(); theirs.isValid(); theirs = theirs.next(), mine = mine.next()) {
        const auto a = mine.layout()->formats();
        const auto b = theirs.layout()->formats();
        if (a.size() != b.size())
            return theirs.blockNumber();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].start != b[i].start || a[i].length != b[i].length || a[i].format != b[i].format)
                return theirs.blockNumber();
        }
    }
    return -1;
}

int formattedBlocks(const QTextDocument *doc)
{
    int n = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        n += !b.layout()->formats().isEmpty();
    return n;
}
} // namespace

class TestIncrementalHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largeDocumentEndsLikeSynchronous_data();
    void largeDocumentEndsLikeSynchronous();
    void visibleBlocksAreHighlightedFirst();
    void editWhileHighlighting_data();
    void editWhileHighlighting();
    void pausesAfterEdit();
    void snapshotFollowsEdits_data();
    void snapshotFollowsEdits();
};

void TestIncrementalHighlighter::largeDocumentEndsLikeSynchronous_data()
{
    QTest::addColumn<int>("lines");
    QTest::newRow("small, one go") << 20;
    QTest::newRow("10,000 lines") << 10000;
}

void TestIncrementalHighlighter::largeDocumentEndsLikeSynchronous()
{
    QFETCH(int, lines);
    ProfileEditor editor;
    QVERIFY(ProfileEditor::repository().definitionForName(ProfileEditor::definitionName()).isValid());
    QSignalSpy completed(editor.highlighter(), &IncrementalHighlighter::completed);
    const QString text = bigProfile(lines);
    editor.setPlainText(text);
    // Nothing is highlighted synchronously by the insertion itself.
    QCOMPARE(editor.highlighter()->isComplete(), false);
    QCOMPARE(formattedBlocks(editor.document()), 0);
    QVERIFY(completed.wait(60000));
    QVERIFY(editor.highlighter()->isComplete());
    QCOMPARE(editor.highlighter()->highlightedBlockCount(), editor.document()->blockCount());
    QVERIFY(formattedBlocks(editor.document()) > editor.document()->blockCount() / 2);
    QCOMPARE(firstDifference(editor), -1);
}

void TestIncrementalHighlighter::visibleBlocksAreHighlightedFirst()
{
    ProfileEditor editor;
    editor.resize(800, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.highlighter()->setSliceMs(0); // as slow as it gets: one block per event-loop turn
    editor.setPlainText(bigProfile(10000));
    editor.viewport()->repaint();
    QVERIFY(!editor.highlighter()->isComplete());
    // What was painted is highlighted, the bottom of the file is not yet.
    const int visible = editor.highlighter()->highlightedBlockCount();
    QVERIFY2(visible > 5 && visible < 1000, qPrintable(QString::number(visible)));
    QVERIFY(!editor.document()->findBlockByNumber(4).layout()->formats().isEmpty());
    QVERIFY(editor.document()->lastBlock().previous().layout()->formats().isEmpty());
    // Jumping down highlights what is shown there at once.
    editor.goToLine(6000);
    editor.viewport()->repaint();
    QVERIFY(editor.highlighter()->highlightedBlockCount() >= 6000);
    QVERIFY(!editor.document()->findBlockByNumber(5999).layout()->formats().isEmpty());
}

void TestIncrementalHighlighter::editWhileHighlighting_data()
{
    QTest::addColumn<int>("line"); // 0-based block to edit, counted from the frontier if negative
    QTest::addColumn<QString>("insert");
    QTest::addColumn<int>("remove");

    // Above the frontier: the profile's opening line loses its brace, every state below changes.
    QTest::newRow("state change above") << 3 << QString() << 42;
    QTest::newRow("hat opened above") << 10 << u"  ^extra {\n"_s << 0;
    QTest::newRow("at the frontier") << -1 << u"  # typed\n"_s << 0;
    QTest::newRow("below the frontier") << 8000 << u"  ^late {\n"_s << 0;
    QTest::newRow("large paste above") << 20 << bigProfile(300) << 0;
    QTest::newRow("large removal across") << 30 << QString() << 200000;
}

void TestIncrementalHighlighter::editWhileHighlighting()
{
    QFETCH(int, line);
    QFETCH(QString, insert);
    QFETCH(int, remove);
    ProfileEditor editor;
    QSignalSpy completed(editor.highlighter(), &IncrementalHighlighter::completed);
    editor.setPlainText(bigProfile(10000));
    // Let the pass get part of the way.
    QTRY_VERIFY(editor.highlighter()->highlightedBlockCount() > 1000);
    QVERIFY(!editor.highlighter()->isComplete());
    const int frontier = editor.highlighter()->highlightedBlockCount();
    QTextCursor cursor(editor.document()->findBlockByNumber(line < 0 ? frontier : line));
    if (remove > 0) {
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor,
            qMin(remove, editor.document()->characterCount() - 1 - cursor.position()));
        cursor.removeSelectedText();
    }
    cursor.insertText(insert);
    if (!editor.highlighter()->isComplete())
        QVERIFY(completed.wait(60000));
    // The cascade of an edit above the frontier runs on queued calls: let it settle (each
    // comparison highlights the whole text again, so not too often).
    for (int i = 0; i < 20 && firstDifference(editor) != -1; ++i)
        QTest::qWait(500);
    QCOMPARE(firstDifference(editor), -1);
}

// Typing stops the background pass for a while (a slice never runs between a key and its
// paint); the pass resumes by itself and still ends exactly like a synchronous highlight.
void TestIncrementalHighlighter::pausesAfterEdit()
{
    ProfileEditor editor;
    editor.highlighter()->setPauseAfterEditMs(400);
    QSignalSpy completed(editor.highlighter(), &IncrementalHighlighter::completed);
    QSignalSpy edited(&editor, &ProfileEditor::textEdited);
    editor.setPlainText(bigProfile(10000));
    QTRY_VERIFY(editor.highlighter()->highlightedBlockCount() > 500);
    QVERIFY(!editor.highlighter()->isComplete());
    edited.clear();
    QTextCursor cursor(editor.document()->findBlockByNumber(10));
    cursor.insertText(u"  ^typed {\n"_s);
    QCOMPARE(edited.size(), 1);
    QVERIFY(editor.highlighter()->isPaused());
    const int frontier = editor.highlighter()->highlightedBlockCount();
    QTest::qWait(150);
    // Paused: the frontier has not moved (the cascade of the edit may run, above it).
    QCOMPARE(editor.highlighter()->highlightedBlockCount(), frontier);
    QVERIFY(editor.highlighter()->isPaused());
    // Highlighting is not an edit.
    QCOMPARE(edited.size(), 1);
    QVERIFY(completed.wait(60000));
    QVERIFY(!editor.highlighter()->isPaused());
    QCOMPARE(edited.size(), 1);
    for (int i = 0; i < 20 && firstDifference(editor) != -1; ++i)
        QTest::qWait(500);
    QCOMPARE(firstDifference(editor), -1);
}

void TestIncrementalHighlighter::snapshotFollowsEdits_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("remove");
    QTest::addColumn<QString>("insert");
    QTest::addColumn<bool>("undo");

    QTest::newRow("typed") << 100 << 0 << u"x"_s << false;
    QTest::newRow("return") << 100 << 0 << u"\n"_s << false;
    QTest::newRow("line joined") << 100 << 60 << QString() << false;
    QTest::newRow("replaced") << 7 << 3 << u"abc"_s << false;
    QTest::newRow("no-break space") << 50 << 0 << u"a\u00a0b"_s << false;
    QTest::newRow("paste") << 20 << 0 << bigProfile(300) << false;
    QTest::newRow("removal to the end") << 9000 << 1000000 << QString() << false;
    QTest::newRow("undone") << 100 << 20 << u"  deny /x r,\n"_s << true;
}

// The editor's copy of its text for checks and drafts is what toPlainText() gives, edit by edit.
void TestIncrementalHighlighter::snapshotFollowsEdits()
{
    QFETCH(int, line);
    QFETCH(int, remove);
    QFETCH(QString, insert);
    QFETCH(bool, undo);
    ProfileEditor editor;
    editor.setPlainText(bigProfile(10000));
    QCOMPARE(editor.plainTextSnapshot(), editor.toPlainText());
    QTextCursor cursor(editor.document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor,
        qMin(remove, editor.document()->characterCount() - 1 - cursor.position()));
    cursor.insertText(insert);
    QCOMPARE(editor.plainTextSnapshot(), editor.toPlainText());
    QTextCursor typing(editor.document()->findBlockByNumber(3));
    typing.insertText(u"y"_s);
    QCOMPARE(editor.plainTextSnapshot(), editor.toPlainText());
    if (undo) {
        editor.undo();
        editor.undo();
        QCOMPARE(editor.plainTextSnapshot(), editor.toPlainText());
        editor.redo();
        QCOMPARE(editor.plainTextSnapshot(), editor.toPlainText());
    }
    editor.setPlainText(u"small\n"_s);
    QCOMPARE(editor.plainTextSnapshot(), u"small\n"_s);
}

QTEST_MAIN(TestIncrementalHighlighter)
#include "tst_incrementalhighlighter.moc"
