// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// The victim of tst_draftrecovery: an editor page that types into a file until its draft is
// autosaved, says so, and waits to be killed.
//   draftchild ROOT STATEDIR FILE TEXT
#include "draftstore.h"
#include "editorpage.h"
#include "profileeditor.h"
#include "sandboxprofilewriter.h"

#include <QApplication>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const SystemRoot root = SystemRoot::fromDirectory(args[1]);
    SandboxProfileWriter writer(root);
    EditorPage page(root, &writer);
    DraftStore store(args[2]);
    page.setDraftStore(store);
    page.setDraftDelay(100);
    page.show();
    if (!page.openFile(args[3]))
        return 3;
    page.editor()->setFocus();
    page.editor()->moveCursor(QTextCursor::End);
    // Typed as a user types; Return is a key of its own.
    const QStringList lines = args[4].split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(page.editor(), Qt::Key_Return);
        QTest::keyClicks(page.editor(), lines[i]);
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const auto draft = store.draftFor(args[3]);
        if (draft && draft->text == page.editor()->toPlainText()) {
            poll.stop();
            QTextStream(stdout) << "draft-saved" << Qt::endl;
        }
    });
    poll.start(20);
    return app.exec();
}
