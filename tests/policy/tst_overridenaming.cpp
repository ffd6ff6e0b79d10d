// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overridenaming.h"
#include "policydocument.h"
#include "profilename.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The one naming of local overrides: a table of (file, profile) -> name where no two rows
// share a name, and the overrides earlier versions made, still found through the includes.
class TestOverrideNaming : public QObject
{
    Q_OBJECT

private:
    struct Row
    {
        const char *tag;
        QString file;
        QString first; // the file's first top-level profile
        QString path;
        QString name;
    };
    static QList<Row> rows()
    {
        return {
            {"first profile", u"usr.bin.man"_s, u"/usr/bin/man"_s, u"/usr/bin/man"_s, u"usr.bin.man"_s},
            {"second top-level", u"usr.bin.man"_s, u"/usr/bin/man"_s, u"man_filter"_s, u"usr.bin.man+man_filter"_s},
            {"third top-level", u"usr.bin.man"_s, u"/usr/bin/man"_s, u"man_groff"_s, u"usr.bin.man+man_groff"_s},
            {"named first", u"transmission"_s, u"transmission-cli"_s, u"transmission-cli"_s, u"transmission"_s},
            {"named other", u"transmission"_s, u"transmission-cli"_s, u"transmission-gtk"_s,
                u"transmission+transmission-gtk"_s},
            {"child", u"usr.sbin.dnsmasq"_s, u"dnsmasq"_s, u"dnsmasq//libvirt_leaseshelper"_s,
                u"usr.sbin.dnsmasq+dnsmasq+libvirt_leaseshelper"_s},
            {"hat", u"usr.sbin.web"_s, u"web"_s, u"web//vhost"_s, u"usr.sbin.web+web+vhost"_s},
            {"nested child a//b//c", u"a"_s, u"a"_s, u"a//b//c"_s, u"a+a+b+c"_s},
            {"child a//b", u"P"_s, u"P"_s, u"P//a_b"_s, u"P+P+a_b"_s},
            {"hat a^b is a child named a, hat b", u"P"_s, u"P"_s, u"P//a//b"_s, u"P+P+a+b"_s},
            {"file P_a_b", u"P_a_b"_s, u"P_a_b"_s, u"P_a_b"_s, u"P_a_b"_s},
            {"file P_a_b, second", u"P_a_b"_s, u"P_a_b"_s, u"x"_s, u"P_a_b+x"_s},
            {"file a+b first", u"a+b"_s, u"a+b"_s, u"a+b"_s, u"a@2Bb+a@2Bb"_s},
            {"file a, profile b", u"a"_s, u"a"_s, u"b"_s, u"a+b"_s},
            {"path profile not first", u"a"_s, u"a"_s, u"/usr/bin/b"_s, u"a+@2Fusr@2Fbin@2Fb"_s},
            {"escape of an escape", u"a"_s, u"a"_s, u"@2F"_s, u"a+@402F"_s},
            {"dots", u"a"_s, u"a"_s, u"x..y"_s, u"a+x.@2Ey"_s},
            {"space and caret", u"a"_s, u"a"_s, u"a//^b c"_s, u"a+a+@5Eb@20c"_s},
            {"unicode", u"a"_s, u"a"_s, u"caf\u00e9"_s, u"a+caf@C3@A9"_s},
        };
    }

private Q_SLOTS:
    // A loaded profile whose file is not known keeps the name earlier versions gave it.
    void withoutFile_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::newRow("path") << u"/usr/bin/foo"_s << u"usr.bin.foo"_s;
        QTest::newRow("name") << u"firefox"_s << u"firefox"_s;
        QTest::newRow("hat") << u"/usr/sbin/web//vhost"_s << u"usr.sbin.web_vhost"_s;
        QTest::newRow("path child") << u"/a///usr/bin/b"_s << u"a_.usr.bin.b"_s;
    }
    void withoutFile()
    {
        QFETCH(QString, label);
        QFETCH(QString, name);
        QCOMPARE(OverrideNaming::nameWithoutFile(label), name);
    }
    void table_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        for (const Row &r : rows())
            QTest::newRow(r.tag) << r.file << r.first << r.path << r.name;
    }
    void table()
    {
        QFETCH(QString, file);
        QFETCH(QString, first);
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(OverrideNaming::nameFor(file, path, first), name);
        QVERIFY(ProfileName::isValid(name));
    }

    void noTwoRowsCollide()
    {
        QSet<QString> names;
        QSet<std::pair<QString, QString>> pairs;
        for (const Row &r : rows()) {
            pairs.insert({r.file, r.path});
            names.insert(OverrideNaming::nameFor(r.file, r.path, r.first));
        }
        QCOMPARE(names.size(), pairs.size());
        // The collisions of the earlier naming, and nested children, are all distinct now.
        QSet<QString> more;
        const QStringList paths = {u"P//a//b"_s, u"P//a_b"_s, u"P//a//b//c"_s, u"P//a_b_c"_s, u"P//a//b_c"_s};
        for (const QString &p : paths)
            more.insert(OverrideNaming::nameFor(u"P"_s, p, u"P"_s));
        more.insert(OverrideNaming::nameFor(u"P_a_b"_s, u"P_a_b"_s, u"P_a_b"_s));
        more.insert(OverrideNaming::nameFor(u"P_a"_s, u"b"_s, u"P_a"_s));
        QCOMPARE(more.size(), paths.size() + 2);
    }

    void invalid()
    {
        QCOMPARE(OverrideNaming::nameFor(u"a"_s, QString(), u"a"_s), QString());
        QCOMPARE(OverrideNaming::nameFor(u"a"_s, QString(300, u'x'), u"a"_s), QString());
        // A name the loader would skip is never made.
        QCOMPARE(OverrideNaming::nameFor(u"a"_s, u"b.dpkg-new"_s, u"a"_s), QString());
    }

    // Overrides the earlier naming made are found through the include of the profile's block.
    void earlierNamesFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("top level local/FILE")
            << u"profile dnsmasq {\n  include if exists <local/usr.sbin.dnsmasq>\n}\n"_s << u"dnsmasq"_s
            << u"usr.sbin.dnsmasq"_s;
        QTest::newRow("hat local/FILE_hat (OverrideWriter)")
            << u"profile web {\n  include <local/usr.sbin.web>\n  ^vhost {\n    include if exists "
               "<local/usr.sbin.web_vhost>\n  }\n}\n"_s
            << u"web//vhost"_s << u"usr.sbin.web_vhost"_s;
        QTest::newRow("nested local/FILE_b_c")
            << u"profile a {\n  profile b {\n    profile c {\n      #include <local/a_b_c>\n    }\n  }\n}\n"_s
            << u"a//b//c"_s << u"a_b_c"_s;
        QTest::newRow("child of a path profile (LocalOverrideWriter)")
            << u"/usr/sbin/web {\n  profile kmod {\n    include if exists <local/usr.sbin.web_kmod>\n  }\n}\n"_s
            << u"/usr/sbin/web//kmod"_s << u"usr.sbin.web_kmod"_s;
    }
    void earlierNamesFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, name);
        const OverrideNaming::Target t
            = OverrideNaming::targetFor(PolicyDocument::parse(text), u"usr.sbin.web"_s, path);
        QVERIFY2(t.isValid(), qPrintable(t.error));
        QCOMPARE(t.name, name);
        QVERIFY(!t.addInclude);
        QVERIFY(t.shared.isEmpty());
    }

    // Debian's transmission: four profiles include local/transmission. An allow for one of them
    // gets an override of its own, unless all four are chosen.
    void sharedOverride()
    {
        QString text;
        const QStringList names
            = {u"transmission-cli"_s, u"transmission-daemon"_s, u"transmission-gtk"_s, u"transmission-qt"_s};
        for (const QString &n : names)
            text += u"profile %1 /usr/bin/%1 {\n  include if exists <local/transmission>\n}\n"_s.arg(n);
        const PolicyDocument doc = PolicyDocument::parse(text);
        const OverrideNaming::Target own = OverrideNaming::targetFor(doc, u"transmission"_s, u"transmission-gtk"_s);
        QCOMPARE(own.name, u"transmission+transmission-gtk"_s);
        QVERIFY(own.addInclude);
        QCOMPARE(own.shared, u"transmission"_s);
        QCOMPARE(own.sharedBy, names);
        QCOMPARE(doc.node(own.block).fullName, u"transmission-gtk"_s);
        // The first profile too: local/transmission is not its own.
        QCOMPARE(OverrideNaming::targetFor(doc, u"transmission"_s, u"transmission-cli"_s).name,
            u"transmission+transmission-cli"_s);
        const OverrideNaming::Target all
            = OverrideNaming::targetFor(doc, u"transmission"_s, u"transmission-gtk"_s, true);
        QCOMPARE(all.name, u"transmission"_s);
        QVERIFY(!all.addInclude);
    }

    // Debian's usr.bin.man: only the first profile includes local/usr.bin.man.
    void secondTopLevelWithoutInclude()
    {
        const PolicyDocument doc = PolicyDocument::parse(
            u"/usr/bin/man {\n  include if exists <local/usr.bin.man>\n}\nprofile man_filter {\n  /x r,\n}\n"_s);
        QCOMPARE(OverrideNaming::targetFor(doc, u"usr.bin.man"_s, u"/usr/bin/man"_s).name, u"usr.bin.man"_s);
        const OverrideNaming::Target t = OverrideNaming::targetFor(doc, u"usr.bin.man"_s, u"man_filter"_s);
        QCOMPARE(t.name, u"usr.bin.man+man_filter"_s);
        QVERIFY(t.addInclude);
        QVERIFY(t.shared.isEmpty());
        QVERIFY(!OverrideNaming::targetFor(doc, u"usr.bin.man"_s, u"nothere"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestOverrideNaming)
#include "tst_overridenaming.moc"
