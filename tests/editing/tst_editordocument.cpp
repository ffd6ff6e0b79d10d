// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// The editor's document without widgets: file kinds, our own writes against the disk watcher,
// bytes that are not UTF-8, the final newline, the override flow and Back/Forward.
#include "editordocument.h"
#include "editorfixture.h"
#include "losslessutf8.h"
#include "navigationhistory.h"
#include "sandboxprofilewriter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// A fake of the helper's timing, named so: the file is written at once (the helper writes
// before it replies) and the reply comes only when the test releases it, so the disk watcher
// sees our write before its reply, as it does with the real helper on a busy bus.
class ReplyLaterWriter
{
public:
    explicit ReplyLaterWriter(const QString &root)
        : m_writer(SystemRoot::fromDirectory(root))
    {
    }
    EditorDocument::WriteFile function()
    {
        return [this](const QString &relativePath, const QByteArray &content, const std::optional<QByteArray> &,
                   std::function<void(const EditorDocument::WriteReply &)> done) {
            const QString error = m_writer.writeNow(relativePath, content);
            m_replies.append([done, error] {
                done({error.isEmpty(), error});
            });
        };
    }
    int pending() const { return int(m_replies.size()); }
    void replyAll()
    {
        const auto replies = std::exchange(m_replies, {});
        for (const auto &reply : replies)
            reply();
    }

private:
    SandboxProfileWriter m_writer;
    QList<std::function<void()>> m_replies;
};

class TestEditorDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fileKinds_data();
    void fileKinds();
    void ownWriteBeforeItsReply();
    void foreignChangeStillNoticed();
    void latin1FileKeepsItsBytes();
    void codecRoundTripsAnyBytes();
    void savedFileEndsWithNewline();
    void overrideFlow();
    void backAndForward();

private:
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }
    std::unique_ptr<EditorDocument> makeDocument();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ReplyLaterWriter> m_writer;
    QString m_text; // the "editor's" text
    QStringList m_reviewed;
};

void TestEditorDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(EditorFixture::create(m_dir->path()));
    QVERIFY(EditorFixture::write(profileDir() + u"/usr.bin.tool"_s, EditorFixture::ToolProfile));
    m_writer = std::make_unique<ReplyLaterWriter>(m_dir->path());
    m_text.clear();
    m_reviewed.clear();
}

std::unique_ptr<EditorDocument> TestEditorDocument::makeDocument()
{
    auto document = std::make_unique<EditorDocument>(profileDir());
    document->setDraftStore(DraftStore(m_state->path()));
    document->setWriter(m_writer->function());
    document->setTextSource([this] {
        return m_text;
    });
    document->setPrompts({[](const QString &, const QString &) {
                              return true;
                          },
        [this](const QString &file, const QString &before, const QString &after) {
            m_reviewed.append(file);
            return before != after;
        },
        [](const QString &) {
            return int(EditorDocument::Cancel);
        }});
    return document;
}

void TestEditorDocument::fileKinds_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<int>("kind");
    using K = EditorDocument::FileKind;
    QTest::newRow("profile") << u"usr.bin.tool"_s << int(K::Profile);
    QTest::newRow("override") << u"local/usr.bin.tool"_s << int(K::Local);
    QTest::newRow("abstraction") << u"abstractions/base"_s << int(K::Fragment);
    QTest::newRow("tunable") << u"tunables/global"_s << int(K::Fragment);
    // What the profile index skips is no profile file, as for the parser's directory loader.
    QTest::newRow("package leftover") << u"usr.bin.tool.dpkg-old"_s << int(K::Fragment);
    QTest::newRow("readme") << u"README"_s << int(K::Fragment);
    QTest::newRow("hidden") << u".usr.bin.tool"_s << int(K::Fragment);
    QTest::newRow("outside") << u"../passwd"_s << int(K::Outside);
}

void TestEditorDocument::fileKinds()
{
    QFETCH(QString, relative);
    QFETCH(int, kind);
    EditorDocument document(profileDir());
    const QString path = QDir::cleanPath(profileDir() + u'/' + relative);
    QCOMPARE(int(document.kindOf(path)), kind);
    QCOMPARE(int(document.kindOf(QString())), int(EditorDocument::FileKind::None));
    // Disabled (aa-disable's link in disable/): only a profile file can be.
    QVERIFY(!document.isDisabled(path));
    QVERIFY(QDir().mkpath(profileDir() + u"/disable"_s));
    const QString link = profileDir() + u"/disable/"_s + QFileInfo(path).fileName();
    QVERIFY(QFile::link(path, link) || QFileInfo(link).isSymLink());
    QCOMPARE(document.isDisabled(path), kind == int(EditorDocument::FileKind::Profile));
    QFile::remove(link);
}

void TestEditorDocument::ownWriteBeforeItsReply()
{
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QVERIFY(EditorFixture::write(local, "  /etc/a r,\n"));
    auto document = makeDocument();
    QSignalSpy changed(document.get(), &EditorDocument::changedOnDisk);
    QSignalSpy written(document.get(), &EditorDocument::written);
    QVERIFY(document->open(local));
    m_text = u"  /etc/a r,\n  /etc/b r,\n"_s;
    document->setModified(true);
    QVERIFY(document->save());
    QCOMPARE(m_writer->pending(), 1);
    QCOMPARE(EditorFixture::read(local), QByteArray("  /etc/a r,\n  /etc/b r,\n"));
    // The watcher fires before the reply: twice, as it does for a rename over the file.
    document->diskChanged();
    QTest::qWait(200); // and the real watcher, if the platform delivers it
    document->diskChanged();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document->diskText(), m_text);
    QVERIFY(document->isModified()); // until the reply says the write is done
    m_writer->replyAll();
    QCOMPARE(written.count(), 1);
    QVERIFY(!document->isModified());
    document->diskChanged();
    QCOMPARE(changed.count(), 0);

    // Two saves in flight, both landing before their replies: neither is someone else's.
    m_text += u"  /etc/c r,\n"_s;
    document->setModified(true);
    QVERIFY(document->save());
    m_text += u"  /etc/d r,\n"_s;
    document->setModified(true);
    QVERIFY(document->save());
    document->diskChanged();
    QCOMPARE(changed.count(), 0);
    m_writer->replyAll();
    QCOMPARE(EditorFixture::read(local), m_text.toUtf8());
    QVERIFY(!document->isModified());
}

void TestEditorDocument::foreignChangeStillNoticed()
{
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QVERIFY(EditorFixture::write(local, "  /etc/a r,\n"));
    auto document = makeDocument();
    QSignalSpy changed(document.get(), &EditorDocument::changedOnDisk);
    QVERIFY(document->open(local));
    m_text = u"  /etc/mine r,\n"_s;
    document->setModified(true);
    QVERIFY(document->save());
    // Someone else writes other bytes while our write waits for its reply.
    QVERIFY(EditorFixture::write(local, "  /etc/theirs r,\n"));
    document->diskChanged();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<EditorDocument::DiskChange>(), EditorDocument::DiskChange::Conflict);
    QCOMPARE(changed.at(0).at(1).toString(), u"  /etc/theirs r,\n"_s);
    m_writer->replyAll();

    // Unmodified: the new text is loaded.
    QVERIFY(EditorFixture::write(local, "  /etc/other r,\n"));
    QSignalSpy loaded(document.get(), &EditorDocument::loaded);
    document->diskChanged();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<EditorDocument::DiskChange>(), EditorDocument::DiskChange::Reloaded);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(document->diskText(), u"  /etc/other r,\n"_s);
}

void TestEditorDocument::latin1FileKeepsItsBytes()
{
    // A real Latin-1 file on disk: "é" is the single byte 0xE9, which is not UTF-8.
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    const QByteArray latin1 = "# caf\xe9 menu\n  /srv/caf\xe9/menu.txt r,\n";
    QVERIFY(EditorFixture::write(local, latin1));
    auto document = makeDocument();
    QVERIFY(document->open(local));
    QCOMPARE(document->undecodableBytes(), 2);
    QVERIFY(!document->diskText().contains(QChar::ReplacementCharacter));

    // Saved unchanged: byte for byte the same.
    m_text = document->diskText();
    document->setModified(true);
    m_reviewed.clear();
    document->setPrompts({[](const QString &, const QString &) {
                              return true;
                          },
        [](const QString &, const QString &, const QString &) {
            return true;
        },
        {}});
    QVERIFY(document->save());
    m_writer->replyAll();
    QCOMPARE(EditorFixture::read(local), latin1);

    // An edit elsewhere keeps the undecodable bytes.
    m_text = document->diskText() + u"  /srv/neu r,\n"_s;
    document->setModified(true);
    QVERIFY(document->save());
    m_writer->replyAll();
    QCOMPARE(EditorFixture::read(local), latin1 + "  /srv/neu r,\n");
}

void TestEditorDocument::codecRoundTripsAnyBytes()
{
    // Edge cases, then random bytes: decode and encode give back every byte.
    QList<QByteArray> inputs{"", "plain ascii\n", "caf\xc3\xa9 utf-8", "caf\xe9 latin-1", "\xc3", "\xe2\x82",
        "\xed\xa0\x80 a surrogate", "\xc0\xaf overlong", "\xf4\x90\x80\x80 past U+10FFFF",
        "\xef\x9e\x80 an escape character itself", "\xf0\x9f\x98\x80 emoji"};
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(random->bounded(64), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random->bounded(256));
        inputs.append(bytes);
    }
    for (const QByteArray &bytes : std::as_const(inputs)) {
        const QString text = LosslessUtf8::decode(bytes);
        QCOMPARE(LosslessUtf8::encode(text), bytes);
        // Valid UTF-8 without escape characters decodes as Qt does.
        if (QUtf8StringView(bytes).isValidUtf8() && LosslessUtf8::escapedBytes(text) == 0)
            QCOMPARE(text, QString::fromUtf8(bytes));
    }
    QCOMPARE(LosslessUtf8::escapedBytes(LosslessUtf8::decode("caf\xe9")), 1);
}

void TestEditorDocument::savedFileEndsWithNewline()
{
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QVERIFY(EditorFixture::write(local, ""));
    auto document = makeDocument();
    QVERIFY(document->open(local));
    m_text = u"  /etc/a r,"_s;
    document->setModified(true);
    QVERIFY(document->save());
    m_writer->replyAll();
    QCOMPARE(EditorFixture::read(local), QByteArray("  /etc/a r,\n"));
    QCOMPARE(EditorDocument::withFinalNewline(QString()), QString());
    QCOMPARE(EditorDocument::withFinalNewline(u"x\n"_s), u"x\n"_s);
}

void TestEditorDocument::overrideFlow()
{
    auto document = makeDocument();
    QSignalSpy loaded(document.get(), &EditorDocument::loaded);
    const QString main = profileDir() + u"/usr.bin.tool"_s;
    QVERIFY(document->open(main));
    QVERIFY(document->isReadOnly());
    const QString local = profileDir() + u"/local/usr.bin.tool"_s;
    QCOMPARE(document->localOverridePath(), local);
    document->editLocalOverride();
    m_writer->replyAll(); // the new override
    m_writer->replyAll(); // the include in the profile
    QCOMPARE(document->path(), local);
    QVERIFY(!document->isReadOnly());
    QCOMPARE(m_reviewed, (QStringList{local, main}));
    QVERIFY(EditorFixture::read(main).contains("include if exists <local/usr.bin.tool>"));
    QCOMPARE(loaded.count(), 2);
}

void TestEditorDocument::backAndForward()
{
    NavigationHistory history;
    QVERIFY(!history.canGoBack());
    history.jumped({u"a"_s, 3});
    history.jumped({u"b"_s, 7});
    QCOMPARE(history.back({u"c"_s, 1}), (NavigationHistory::Place{u"b"_s, 7}));
    QCOMPARE(history.back({u"b"_s, 7}), (NavigationHistory::Place{u"a"_s, 3}));
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.forward({u"a"_s, 3}), (NavigationHistory::Place{u"b"_s, 7}));
    QCOMPARE(history.forward({u"b"_s, 7}), (NavigationHistory::Place{u"c"_s, 1}));
    QVERIFY(!history.canGoForward());
    // A new jump drops the places ahead.
    history.back({u"c"_s, 1});
    history.jumped({u"b"_s, 8});
    QVERIFY(!history.canGoForward());
}

QTEST_GUILESS_MAIN(TestEditorDocument)
#include "tst_editordocument.moc"
