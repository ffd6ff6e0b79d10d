// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "completioncatalog.h"
#include "profileeditor.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

#include <tuple>

using namespace Qt::StringLiterals;

namespace {

class Recorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };
    QList<QList<Span>> lines;

    void run(const QString &text)
    {
        lines.clear();
        KSyntaxHighlighting::State state;
        for (const QString &line : text.split(u'\n')) {
            lines.append(QList<Span>());
            state = highlightLine(line, state);
        }
    }
    QString formatAt(int line, int column) const
    {
        for (const Span &s : lines.value(line)) {
            if (column >= s.offset && column < s.offset + s.length)
                return s.format.name();
        }
        return {};
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        lines.last().append(Span{offset, length, format});
    }
};

QStringList listItems(const QString &xmlPath, const QString &listName)
{
    QFile f(xmlPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QStringList items;
    bool inList = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"list")
            inList = xml.attributes().value(u"name") == listName;
        else if (xml.isEndElement() && xml.name() == u"list")
            inList = false;
        else if (inList && xml.isStartElement() && xml.name() == u"item")
            items.append(xml.readElementText().trimmed());
    }
    return items;
}
} // namespace

// Armorer's own definition, through KSyntaxHighlighting's real engine.
class TestSyntaxDefinition : public QObject
{
    Q_OBJECT

    Recorder m_recorder;
    QStringList m_lines;

private Q_SLOTS:
    void initTestCase()
    {
        const KSyntaxHighlighting::Definition def
            = ProfileEditor::repository().definitionForName(ProfileEditor::ownDefinitionName());
        QVERIFY2(def.isValid(), "resources/syntax/armorer-apparmor.xml did not load");
        QCOMPARE(ProfileEditor::definitionName(), ProfileEditor::ownDefinitionName());
        m_recorder.setDefinition(def);
        m_recorder.setTheme(ProfileEditor::repository().defaultTheme());
        // Every rule class and prefix of apparmor.d(5) for AppArmor 4.1 and 5.0, one construct a line.
        QFile f(QStringLiteral(ARMORER_TEST_SOURCE_DIR "/data/syntax/apparmor-4.1-5.0.profile"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        m_lines = text.split(u'\n');
        m_recorder.run(text);
    }

    void noErrorFormats()
    {
        for (int i = 0; i < m_recorder.lines.size(); ++i) {
            for (const Recorder::Span &s : std::as_const(m_recorder.lines[i])) {
                QVERIFY2(s.format.name() != u"Error" && s.format.textStyle() != KSyntaxHighlighting::Theme::Error,
                    qPrintable(u"line %1: %2"_s.arg(i + 1).arg(m_lines.value(i).mid(s.offset, s.length))));
            }
        }
    }

    void unterminatedStringIsAnError()
    {
        Recorder r;
        r.setDefinition(ProfileEditor::repository().definitionForName(ProfileEditor::ownDefinitionName()));
        r.run(u"  \"/srv/open ended r,"_s);
        QCOMPARE(r.formatAt(0, 2), u"Error"_s);
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("line"); // a unique part of the sample line
        QTest::addColumn<QString>("token"); // its first occurrence on that line
        QTest::addColumn<QString>("format");
        const QList<std::tuple<const char *, const char *, const char *>> rows = {
            {"abi <abi/5.0>", "abi", "Preprocessor"},
            {"abi <abi/5.0>", "<abi/5.0>", "Include"},
            {"include if exists <local/app>", "include if exists", "Preprocessor"},
            {"#include <tunables/home>", "#include", "Preprocessor"},
            {"@{exec_path} = ", "@{exec_path}", "Variable"},
            {"$use_cache = true", "$use_cache", "Variable"},
            {"if $use_cache {", "if", "Conditional"},
            {"} else {", "else", "Conditional"},
            {"if defined @{cache} {", "defined", "Conditional"},
            {"alias /usr/", "alias", "Keyword"},
            {"profile app @{exec_path}", "profile", "Keyword"},
            {"profile app @{exec_path}", "flags=(", "Flag"},
            {"profile app @{exec_path}", "complain", "Flag"},
            {"profile app @{exec_path}", "attach_disconnected.path=/disconnected/", "Flag"},
            {"profile app @{exec_path}", "error=-EPERM", "Flag"},
            {"profile app @{exec_path}", "interruptible", "Flag"},
            {"profile app @{exec_path}", "kill.signal=hup", "Flag"},
            {"profile app @{exec_path}", "xattrs", "Condition"},
            {"flags=(prompt, default_allow)", "prompt", "Flag"},
            {"flags=(prompt, default_allow)", "default_allow", "Flag"},
            {"capability net_bind_service", "capability", "Keyword"},
            {"capability net_bind_service", "net_bind_service", "Capability"},
            {"deny capability sys_admin", "deny", "Qualifier"},
            {"audit allow network inet stream", "audit", "Qualifier"},
            {"audit allow network inet stream", "allow", "Qualifier"},
            {"audit allow network inet stream", "network", "Keyword"},
            {"audit allow network inet stream", "inet", "Network"},
            {"network inet6 dgram ip=::1", "ip", "Condition"},
            {"network inet6 dgram ip=::1", "port", "Condition"},
            {"network (connect, send)", "connect", "Access"},
            {"unix (send, receive)", "unix", "Keyword"},
            {"unix (send, receive)", "addr", "Condition"},
            {"dbus send bus=session", "dbus", "Keyword"},
            {"dbus send bus=session", "member", "Condition"},
            {"dbus eavesdrop", "eavesdrop", "Access"},
            {"signal (send, receive)", "signal", "Keyword"},
            {"ptrace (read, trace)", "ptrace", "Keyword"},
            {"ptrace (read, trace)", "trace", "Access"},
            {"mount fstype=tmpfs", "mount", "Keyword"},
            {"remount /,", "remount", "Keyword"},
            {"umount /mnt/**", "umount", "Keyword"},
            {"umount /mnt/**", "/mnt/**", "Path"},
            {"pivot_root oldroot", "pivot_root", "Keyword"},
            {"change_profile -> other", "change_profile", "Keyword"},
            {"change_profile safe", "safe", "Access"},
            {"change_hat,", "change_hat", "Keyword"},
            {"rlimit nofile", "rlimit", "Keyword"},
            {"set rlimit as", "set", "Keyword"},
            {"  userns,", "userns", "Keyword"},
            {"audit userns create", "userns", "Keyword"},
            {"audit userns create", "create", "Access"},
            {"io_uring (sqpoll", "io_uring", "Keyword"},
            {"io_uring (sqpoll", "sqpoll", "Access"},
            {"io_uring (sqpoll", "override_creds", "Access"},
            {"mqueue (create, read, write)", "mqueue", "Keyword"},
            {"mqueue type=sysv", "sysv", "Access"},
            {"owner @{HOME}", "owner", "Qualifier"},
            {"owner @{HOME}", "rwk", "Permission"},
            {"other /srv/shared", "other", "Qualifier"},
            {"/usr/bin/helper Px", "Px", "Permission"},
            {"/usr/bin/tool cix", "cix", "Permission"},
            {"/etc/app/{a,b}.conf r", "/etc/app/{a,b}.conf", "Path"},
            {"\"/srv/with space/**\"", "\"/srv/with space/**\"", "String"},
            {"file /var/lib/app", "file", "Keyword"},
            {"link subset", "link", "Keyword"},
            {"link subset", "subset", "Access"},
            {"r @{cache}/**", "r", "Permission"},
            {"priority=10 allow", "priority=10", "Qualifier"},
            {"priority=-5 deny", "priority=-5", "Qualifier"},
            {"quiet deny", "quiet", "Qualifier"},
            {"  all,", "all", "Keyword"},
            {"^hat {", "^hat", "Path"},
            {"hat other {", "hat", "Keyword"},
        };
        for (const auto &[line, token, format] : rows)
            QTest::newRow(qPrintable(QString::fromUtf8(line) + u" / "_s + QString::fromUtf8(token)))
                << QString::fromUtf8(line) << QString::fromUtf8(token) << QString::fromUtf8(format);
    }

    void tokens()
    {
        QFETCH(QString, line);
        QFETCH(QString, token);
        QFETCH(QString, format);
        int index = -1;
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].contains(line)) {
                index = i;
                break;
            }
        }
        QVERIFY2(index >= 0, qPrintable(line));
        const qsizetype column = m_lines[index].indexOf(token, m_lines[index].indexOf(line));
        QVERIFY(column >= 0);
        for (qsizetype c = column; c < column + token.size(); ++c)
            QCOMPARE(m_recorder.formatAt(index, int(c)), format);
    }

    // Completion offers the words the definition highlights.
    void completionKnowsTheSameWords()
    {
        const QString xml = u":/armorer/syntax/armorer-apparmor.xml"_s;
        const QStringList keywords = CompletionCatalog::keywords();
        for (const QString &list : {u"ruleclasses"_s, u"qualifiers"_s, u"profilewords"_s, u"flags"_s}) {
            const QStringList items = listItems(xml, list);
            QVERIFY2(!items.isEmpty(), qPrintable(list));
            for (const QString &item : items)
                QVERIFY2(keywords.contains(item), qPrintable(list + u": "_s + item));
        }
        for (const QString &word : {u"if"_s, u"else"_s, u"defined"_s})
            QVERIFY(keywords.contains(word));
        QVERIFY(keywords.contains(u"priority="_s));
        QCOMPARE(listItems(xml, u"capabilities"_s), CompletionCatalog::capabilities());
        for (const QString &item : listItems(xml, u"networkwords"_s))
            QVERIFY2(CompletionCatalog::networkFamilies().contains(item), qPrintable(item));
    }
};

QTEST_GUILESS_MAIN(TestSyntaxDefinition)
#include "tst_syntaxdefinition.moc"
