// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "completioncatalog.h"
#include "diagnosticsmodel.h"
#include "draftstore.h"
#include "draftwriter.h"
#include "editorfixture.h"
#include "includedirective.h"
#include "localoverride.h"
#include "profiletreemodel.h"
#include "sandboxprofilewriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEditorModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void treeModel();
    void completion_data();
    void completion();
    void includeDirective_data();
    void includeDirective();
    void localOverride_data();
    void localOverride();
    void diagnosticsModel();
    void draftStore();
    void draftWriter();
    void sandboxWriter_data();
    void sandboxWriter();
    void sandboxWriterRefusesTheSystem();

private:
    QString profileDir() const { return m_dir.path() + u"/etc/apparmor.d"_s; }
    QTemporaryDir m_dir;
};

void TestEditorModels::initTestCase()
{
    QVERIFY(EditorFixture::create(m_dir.path()));
    QVERIFY(EditorFixture::write(
        profileDir() + u"/usr.bin.two"_s, "profile one /usr/bin/one {\n  profile child {\n  }\n}\nprofile two {\n}\n"));
    QVERIFY(EditorFixture::write(profileDir() + u"/local/usr.bin.two"_s, "  /etc/x r,\n"));
    QVERIFY(EditorFixture::write(profileDir() + u"/usr.bin.two.dpkg-old"_s, "profile old {\n}\n"));
    QVERIFY(QDir().mkpath(profileDir() + u"/disable"_s));
}

void TestEditorModels::treeModel()
{
    ProfileTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfileDir(profileDir());
    QStringList top;
    for (int row = 0; row < model.rowCount(); ++row)
        top.append(model.index(row, 0).data().toString());
    // The four fragment directories first, then profiles; disable/ and backup files hidden.
    QCOMPARE(top, (QStringList{u"abstractions"_s, u"tunables"_s, u"local"_s, u"abi"_s, u"usr.bin.two"_s}));
    const QModelIndex two = model.indexForPath(profileDir() + u"/usr.bin.two"_s);
    QVERIFY(two.isValid());
    QCOMPARE(two.data(ProfileTreeModel::DefinedProfilesRole).toStringList(),
        (QStringList{u"one"_s, u"one//child"_s, u"two"_s}));
    QCOMPARE(two.siblingAtColumn(ProfileTreeModel::ProfilesColumn).data().toString(), u"one, one//child, two"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLoadedProfiles({u"two"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(two.siblingAtColumn(ProfileTreeModel::ProfilesColumn).data().toString(), u"two"_s);
    QCOMPARE(two.data(ProfileTreeModel::LoadedProfilesRole).toStringList(), QStringList{u"two"_s});
    const QModelIndex base = model.indexForPath(profileDir() + u"/abstractions/base"_s);
    QVERIFY(base.isValid());
    QCOMPARE(base.parent().data().toString(), u"abstractions"_s);
    QCOMPARE(base.data(ProfileTreeModel::KindRole).toInt(), int(ProfileTreeModel::FragmentFile));
    QCOMPARE(base.data(ProfileTreeModel::RelativePathRole).toString(), u"abstractions/base"_s);
    QVERIFY(model.indexForPath(profileDir() + u"/local/usr.bin.two"_s).isValid());
    QVERIFY(!model.indexForPath(profileDir() + u"/usr.bin.two.dpkg-old"_s).isValid());
}

void TestEditorModels::completion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::newRow("keyword") << u"  cap"_s << u"cap"_s << QStringList{u"capability"_s} << QStringList{u"chown"_s};
    QTest::newRow("capability") << u"  capability "_s << QString() << QStringList{u"net_admin"_s, u"sys_ptrace"_s}
                                << QStringList{u"capability"_s, u"inet"_s};
    QTest::newRow("qualified capability")
        << u"  audit deny capability sys_"_s << u"sys_"_s << QStringList{u"sys_admin"_s} << QStringList{u"inet"_s};
    QTest::newRow("network") << u"  network in"_s << u"in"_s << QStringList{u"inet"_s, u"inet6"_s}
                             << QStringList{u"chown"_s};
    QTest::newRow("include") << u"  include <abstractions/na"_s << u"abstractions/na"_s
                             << QStringList{u"abstractions/nameservice"_s, u"tunables/global"_s}
                             << QStringList{u"capability"_s};
    QTest::newRow("include if exists") << u"include if exists <tun"_s << u"tun"_s << QStringList{u"tunables/home"_s}
                                       << QStringList{};
    QTest::newRow("variable") << u"  @{HO"_s << u"HO"_s << QStringList{u"HOME"_s, u"PROC"_s}
                              << QStringList{u"capability"_s};
    QTest::newRow("permissions after a path")
        << u"  /etc/foo "_s << QString() << QStringList{u"r"_s, u"ix"_s, u"Px"_s} << QStringList{u"capability"_s};
    QTest::newRow("inside a path: nothing")
        << u"  /etc/fo"_s << u"fo"_s << QStringList{} << QStringList{u"r"_s, u"capability"_s};
}

void TestEditorModels::completion()
{
    QFETCH(QString, line);
    QFETCH(QString, prefix);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    CompletionCatalog catalog;
    catalog.build(profileDir());
    const CompletionCatalog::Context c = catalog.complete(line);
    QCOMPARE(c.prefix, prefix);
    QCOMPARE(c.wordStart, line.size() - prefix.size());
    QStringList texts;
    for (const auto &item : c.items)
        texts.append(item.text);
    for (const QString &s : mustContain)
        QVERIFY2(texts.contains(s), qPrintable(s));
    for (const QString &s : mustNotContain)
        QVERIFY2(!texts.contains(s), qPrintable(s));
}

void TestEditorModels::includeDirective_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("ifExists");
    QTest::addColumn<bool>("resolves");
    QTest::newRow("include") << u"  include <abstractions/base>"_s << u"abstractions/base"_s << false << true;
    QTest::newRow("#include") << u"#include <tunables/global>"_s << u"tunables/global"_s << false << true;
    QTest::newRow("if exists") << u"  include if exists <local/usr.bin.two>"_s << u"local/usr.bin.two"_s << true
                               << true;
    QTest::newRow("missing") << u"include <abstractions/nope>"_s << u"abstractions/nope"_s << false << false;
    QTest::newRow("comment") << u"# include is a word"_s << QString() << false << false;
    QTest::newRow("rule") << u"  /etc/include r,"_s << QString() << false << false;
}

void TestEditorModels::includeDirective()
{
    QFETCH(QString, line);
    QFETCH(QString, target);
    QFETCH(bool, ifExists);
    QFETCH(bool, resolves);
    const IncludeDirective d = IncludeDirective::parse(line);
    QCOMPARE(d.target, target);
    QCOMPARE(d.ifExists, ifExists);
    if (d.isValid())
        QCOMPARE(line.mid(d.start, d.length), target);
    QCOMPARE(d.resolve({profileDir()}), resolves ? profileDir() + u'/' + target : QString());
}

void TestEditorModels::localOverride_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("plain") << u"profile a {\n  /x r,\n}\n"_s
                           << u"profile a {\n  /x r,\n  include if exists <local/a>\n}\n"_s;
    QTest::newRow("with a child and comments")
        << u"# {not a brace}\nprofile a {\n    /x r, # }\n    profile c {\n    }\n}\n"_s
        << u"# {not a brace}\nprofile a {\n    /x r, # }\n    profile c {\n    }\n    include if exists <local/a>\n}\n"_s;
    QTest::newRow("empty body") << u"profile a {\n}\n"_s << u"profile a {\n  include if exists <local/a>\n}\n"_s;
    QTest::newRow("no profile: unchanged") << u"# nothing\n"_s << u"# nothing\n"_s;
}

void TestEditorModels::localOverride()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QCOMPARE(LocalOverride::relativePathFor(u"a"_s), u"local/a"_s);
    QCOMPARE(LocalOverride::withOverrideInclude(before, u"a"_s), after);
    QCOMPARE(LocalOverride::includesOverride(after, u"a"_s), before != after);
    QVERIFY(!LocalOverride::includesOverride(before, u"a"_s));
}

void TestEditorModels::diagnosticsModel()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfileDir(u"/etc/apparmor.d"_s);
    ParserDiagnostic a;
    a.file = u"/etc/apparmor.d/local/x"_s;
    a.line = 4;
    a.message = u"syntax error"_s;
    a.reportedLine = 7;
    a.reportedFile = u"/etc/apparmor.d/x"_s;
    model.setDiagnostics({a, ParserDiagnostic::general(u"Found reference to variable NOPE"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DiagnosticsModel::FileColumn).data().toString(), u"local/x"_s);
    QCOMPARE(model.index(0, DiagnosticsModel::LineColumn).data().toInt(), 4);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"line 7"_s));
    QVERIFY(!model.index(1, DiagnosticsModel::LineColumn).data().isValid());
    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
}

void TestEditorModels::draftStore()
{
    QTemporaryDir dir;
    DraftStore store(dir.path() + u"/drafts"_s);
    QVERIFY(!store.draftFor(u"/etc/apparmor.d/a"_s));
    QVERIFY(store.save(u"/etc/apparmor.d/a"_s, u"new text \u00e9"_s, u"old"_s));
    const auto d = store.draftFor(u"/etc/apparmor.d/a"_s);
    QVERIFY(d);
    QCOMPARE(d->text, u"new text \u00e9"_s);
    QCOMPARE(d->baseText, u"old"_s);
    QVERIFY(d->saved.isValid());
    QCOMPARE(store.drafts().size(), 1);
    QCOMPARE(QFileInfo(dir.path() + u"/drafts"_s).permissions() & (QFile::ReadOther | QFile::ReadGroup),
        QFile::Permissions());
    store.remove(u"/etc/apparmor.d/a"_s);
    QVERIFY(!store.draftFor(u"/etc/apparmor.d/a"_s));
    // A corrupt draft is ignored, not a crash.
    QVERIFY(EditorFixture::write(dir.path() + u"/drafts/junk.json"_s, "{not json"));
    QCOMPARE(store.drafts().size(), 0);
}

void TestEditorModels::draftWriter()
{
    QTemporaryDir dir;
    DraftWriter writer(DraftStore(dir.path() + u"/drafts"_s));
    // Requests run in order on the worker: a removal never overtakes the save before it.
    for (int i = 0; i < 20; ++i) {
        writer.save(u"/etc/apparmor.d/a"_s, u"text %1"_s.arg(i), u"old"_s);
        writer.save(u"/etc/apparmor.d/b"_s, u"text %1"_s.arg(i), u"old"_s);
        writer.remove(u"/etc/apparmor.d/a"_s);
    }
    QVERIFY(!writer.store().draftFor(u"/etc/apparmor.d/a"_s));
    QCOMPARE(writer.store().draftFor(u"/etc/apparmor.d/b"_s)->text, u"text 19"_s);

    // A draft that cannot be written is said, on the writer's own thread.
    QVERIFY(EditorFixture::write(dir.path() + u"/file"_s, "not a directory"));
    writer.setStore(DraftStore(dir.path() + u"/file/drafts"_s));
    QSignalSpy failed(&writer, &DraftWriter::saveFailed);
    writer.save(u"/etc/apparmor.d/c"_s, u"text"_s, u"old"_s);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().toString(), u"/etc/apparmor.d/c"_s);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
}

void TestEditorModels::sandboxWriter_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("ok");
    QTest::newRow("local") << u"local/usr.bin.new"_s << true;
    QTest::newRow("profile") << u"usr.bin.new"_s << true;
    QTest::newRow("parent") << u"../escape"_s << false;
    QTest::newRow("climbs") << u"local/../../escape"_s << false;
    QTest::newRow("absolute") << u"/tmp/escape"_s << false;
    QTest::newRow("through a symlink") << u"link/escape"_s << false;
}

void TestEditorModels::sandboxWriter()
{
    QFETCH(QString, relative);
    QFETCH(bool, ok);
    QTemporaryDir outside;
    QFile::link(outside.path(), profileDir() + u"/link"_s);
    SandboxProfileWriter writer(SystemRoot::fromDirectory(m_dir.path()));
    QSignalSpy spy(&writer, &ProfileWriter::finished);
    const int id = writer.write(relative, "  /etc/new r,\n");
    QCOMPARE(spy.count(), 0); // asynchronous, like the helper
    QVERIFY(spy.wait());
    QCOMPARE(spy[0][0].toInt(), id);
    QCOMPARE(spy[0][1].toBool(), ok);
    if (ok)
        QCOMPARE(EditorFixture::read(profileDir() + u'/' + relative), QByteArray("  /etc/new r,\n"));
    else
        QVERIFY(!spy[0][2].toString().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.path() + u"/escape"_s));
    QVERIFY(QDir(outside.path()).isEmpty());
    QFile::remove(profileDir() + u"/link"_s);
}

void TestEditorModels::sandboxWriterRefusesTheSystem()
{
    SandboxProfileWriter writer(SystemRoot::system());
    QVERIFY(!writer.writeNow(u"local/armorer-test"_s, "x").isEmpty());
    QVERIFY(!QFileInfo::exists(SystemRoot::system().localDir() + u"/armorer-test"_s));
}

QTEST_GUILESS_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
