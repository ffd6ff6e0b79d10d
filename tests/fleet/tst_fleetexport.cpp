// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "fleetexport.h"
#include "profileindex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The YAML is checked by a real YAML parser (PyYAML), not by string matching.
class TestFleetExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void abstractFromRules_data();
    void abstractFromRules();
    void yamlRoundTrip_data();
    void yamlRoundTrip();
    void renameKeepsAttachment();
    void objectNames_data();
    void objectNames();
    void offeredNames_data();
    void offeredNames();
    void errors_data();
    void errors();
    void shippedProfilesExportAndCompile();
    void spoSchema_data();
    void spoSchema();

private:
    // Runs check_spo_schema.py on each text; returns its exit code and output.
    static int checkSchema(const QString &schema, const QStringList &texts, QString *output);

private:
    // Parses each text as YAML; returns the documents of each, in order.
    static QList<QJsonArray> parseYaml(const QStringList &texts);
};

QList<QJsonArray> TestFleetExport::parseYaml(const QStringList &texts)
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < texts.size(); ++i) {
        const QString path = dir.filePath(QString::number(i) + u".yaml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(texts[i].toUtf8());
        files.append(path);
    }
    QProcess p;
    p.start(u"python3"_s, QStringList{QStringLiteral(ARMORER_TEST_SOURCE_DIR "/yamltojson.py")} + files);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    const QJsonObject all = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QList<QJsonArray> result;
    for (const QString &file : std::as_const(files)) {
        const QJsonValue v = all.value(file);
        if (!v.isArray())
            qWarning().noquote() << "YAML error:" << v.toObject().value(u"error"_s).toString();
        result.append(v.toArray());
    }
    return result;
}

static const char *webProfile = R"(# A web service.
abi <abi/4.0>,
include <tunables/global>
@{WEBROOT}=/srv/www

profile web-app /usr/bin/web flags=(complain) {
  include <abstractions/base>
  include <abstractions/nameservice>

  /etc/web/** r,
  /var/log/web/*.log w,
  /srv/data/** rw,
  /srv/cache/** rwl,
  /usr/bin/helper ix,
  /usr/lib/libweb.so* mr,
  /usr/bin/tool mrix,
  capability net_bind_service setuid,
  network inet tcp,
  network inet6 udp,
  deny /etc/shadow r,
  owner /home/*/notes rw,
  audit /etc/passwd r,
  signal send set=term peer=web-app,
  /usr/bin/other px,
  @{WEBROOT}/** r,
  /run/web.lock rk,
  capability,

  ^hat {
    /tmp/** rw,
  }
}

profile other {
  /other r,
}
)";

void TestFleetExport::abstractFromRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("expected"); // key=value lines
    QTest::addColumn<QStringList>("notes"); // "LINE KIND" of every note, in order

    QTest::newRow("web") << QString::fromUtf8(webProfile) << u"web-app"_s
                         << QStringList{u"exec=/usr/bin/helper,/usr/bin/tool"_s,
                                u"lib=/usr/lib/libweb.so*,/usr/bin/tool"_s,
                                u"ro=/etc/web/**,/etc/passwd,/run/web.lock"_s, u"wo=/var/log/web/*.log"_s,
                                u"rw=/srv/data/**,/srv/cache/**"_s, u"caps=net_bind_service,setuid"_s, u"tcp=1"_s,
                                u"udp=0"_s, u"complain=1"_s}
                         << QStringList{u"8 left out"_s, // nameservice include
                                u"11 broader"_s, // w -> wl
                                u"12 broader"_s, // rw -> rwl
                                u"19 left out"_s, // inet6
                                u"20 not carried"_s, // deny
                                u"21 left out"_s, // owner
                                u"22 not carried"_s, // audit
                                u"23 left out"_s, // signal
                                u"24 left out"_s, // px
                                u"25 left out"_s, // @{WEBROOT}
                                u"26 left out"_s, // k
                                u"27 left out"_s, // capability,
                                u"29 left out"_s}; // hat
    QTest::newRow("no base, bare network") << u"/usr/bin/x {\n  network,\n  /a r,\n}\n"_s << u"/usr/bin/x"_s
                                           << QStringList{u"ro=/a"_s, u"tcp=1"_s, u"udp=1"_s, u"complain=0"_s}
                                           << QStringList{u"2 left out"_s, u"1 broader"_s};
    QTest::newRow("rule over two lines")
        << u"profile p {\n  include <abstractions/base>\n  /very/long/path/name\n      r,\n}\n"_s << u"p"_s
        << QStringList{u"ro=/very/long/path/name"_s} << QStringList{};
}

void TestFleetExport::abstractFromRules()
{
    QFETCH(QString, text);
    QFETCH(QString, profile);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, notes);

    const FleetExport e = FleetExport::fromProfileText(text, profile);
    QVERIFY2(e.isValid(), qPrintable(e.error()));
    const FleetExport::Abstract a = e.abstract();
    const QHash<QString, QString> got = {
        {u"exec"_s, a.allowedExecutables.join(u',')},
        {u"lib"_s, a.allowedLibraries.join(u',')},
        {u"ro"_s, a.readOnlyPaths.join(u',')},
        {u"wo"_s, a.writeOnlyPaths.join(u',')},
        {u"rw"_s, a.readWritePaths.join(u',')},
        {u"caps"_s, a.allowedCapabilities.join(u',')},
        {u"tcp"_s, QString::number(int(a.allowTcp))},
        {u"udp"_s, QString::number(int(a.allowUdp))},
        {u"complain"_s, QString::number(int(e.complain()))},
    };
    for (const QString &line : std::as_const(expected)) {
        const QString key = line.section(u'=', 0, 0);
        QCOMPARE(got.value(key), line.section(u'=', 1));
    }
    QStringList gotNotes;
    for (const FleetExport::Note &n : e.notes())
        gotNotes.append(QString::number(n.line) + u' ' + FleetExport::noteKindName(n.kind));
    QCOMPARE(gotNotes, notes);
}

void TestFleetExport::yamlRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("exportName");

    QTest::newRow("web") << QString::fromUtf8(webProfile) << u"web-app"_s << QString();
    QTest::newRow("hostile paths")
        << u"profile evil.example {\n  \"/srv/a: b #c\" r,\n  \"/srv/x\\\"y, {z}\" rw,\n  /srv/'q'/** r,\n"
           u"  /srv/@{HOME}/*{a,b}** r,\n    # indented comment\n\t/tab/indented r,\n}\n"_s
        << u"evil.example"_s << QString();
    QTest::newRow("path-named, renamed")
        << u"#include <tunables/global>\n/usr/sbin/cupsd flags=(enforce) {\n  /etc/cups/** r,\n}\n"_s
        << u"/usr/sbin/cupsd"_s << u"cupsd"_s;
    QTest::newRow("leading spaces in first line")
        << u"   profile spaced {\n  /a r,\n   }\n"_s << u"spaced"_s << QString();
}

void TestFleetExport::yamlRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, profile);
    QFETCH(QString, exportName);

    const FleetExport e = FleetExport::fromProfileText(text, profile, exportName);
    QVERIFY2(e.isValid(), qPrintable(e.error()));
    QVERIFY(e.hasObjectName());
    const QString expectedName = exportName.isEmpty() ? profile : exportName;
    QCOMPARE(e.name(), expectedName);

    const QList<QJsonArray> docs
        = parseYaml({e.spoV1Alpha1(), e.spoV1(), e.podSnippet(), e.text(FleetExport::Format::All)});
    QCOMPARE(docs.size(), 4);

    const QJsonObject alpha = docs[0].at(0).toObject();
    QCOMPARE(alpha.value(u"apiVersion"_s).toString(), u"security-profiles-operator.x-k8s.io/v1alpha1"_s);
    QCOMPARE(alpha.value(u"kind"_s).toString(), u"AppArmorProfile"_s);
    QCOMPARE(alpha[u"metadata"_s][u"name"_s].toString(), expectedName);
    const QString policy = alpha[u"spec"_s][u"policy"_s].toString();
    QCOMPARE(policy, e.policy());
    // SPO loads spec.policy under metadata.name: the policy's own header must say that name.
    const QList<ProfileIndex::Header> headers = ProfileIndex::parseHeaders(policy);
    QVERIFY(!headers.isEmpty());
    QCOMPARE(headers.first().name, expectedName);
    for (const ProfileIndex::Header &h : headers)
        QVERIFY2(h.name == expectedName || h.name.startsWith(expectedName + u"//"_s), qPrintable(h.name));

    const QJsonObject v1 = docs[1].at(0).toObject();
    QCOMPARE(v1.value(u"apiVersion"_s).toString(), u"security-profiles-operator.x-k8s.io/v1"_s);
    QCOMPARE(v1[u"metadata"_s][u"name"_s].toString(), expectedName);
    const QJsonObject spec = v1.value(u"spec"_s).toObject();
    QCOMPARE(spec.value(u"state"_s).toString(), u"Enabled"_s);
    QCOMPARE(spec.value(u"mode"_s).toString(), e.complain() ? u"Complain"_s : u"Enforce"_s);
    const QJsonObject abstract = spec.value(u"abstract"_s).toObject();
    auto list = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out.append(x.toString());
        return out;
    };
    const FleetExport::Abstract a = e.abstract();
    QCOMPARE(list(abstract[u"filesystem"_s][u"readOnlyPaths"_s]), a.readOnlyPaths);
    QCOMPARE(list(abstract[u"filesystem"_s][u"readWritePaths"_s]), a.readWritePaths);
    QCOMPARE(list(abstract[u"filesystem"_s][u"writeOnlyPaths"_s]), a.writeOnlyPaths);
    QCOMPARE(list(abstract[u"executable"_s][u"allowedExecutables"_s]), a.allowedExecutables);
    QCOMPARE(list(abstract[u"capability"_s][u"allowedCapabilities"_s]), a.allowedCapabilities);
    QCOMPARE(abstract[u"network"_s][u"allowedProtocols"_s][u"allowTcp"_s].toBool(), a.allowTcp);
    // v1 spells the protocol keys allowTcp/allowUdp (v1alpha1 had allowTCP).
    QVERIFY(!abstract[u"network"_s][u"allowedProtocols"_s].toObject().contains(u"allowTCP"_s));

    const QJsonObject pod = docs[2].at(0).toObject();
    QCOMPARE(pod[u"securityContext"_s][u"appArmorProfile"_s][u"type"_s].toString(), u"Localhost"_s);
    QCOMPARE(pod[u"securityContext"_s][u"appArmorProfile"_s][u"localhostProfile"_s].toString(), expectedName);

    QCOMPARE(docs[3].size(), 3); // both CRDs, v1 (SPO 1.0's storage version) first, and the pod snippet
    QCOMPARE(docs[3].at(0).toObject(), v1);
    QCOMPARE(docs[3].at(1).toObject(), alpha);

    QCOMPARE(e.dockerLine(), u"docker run --security-opt apparmor="_s + expectedName + u" IMAGE\n"_s);
    QCOMPARE(e.lxcLine(), u"lxc.apparmor.profile = "_s + expectedName + u'\n');
}

void TestFleetExport::renameKeepsAttachment()
{
    const FleetExport e = FleetExport::fromProfileText(
        u"/usr/sbin/cupsd {\n  /etc/cups/** r,\n}\n"_s, u"/usr/sbin/cupsd"_s, u"cupsd"_s);
    QVERIFY(e.isValid());
    const QList<ProfileIndex::Header> headers = ProfileIndex::parseHeaders(e.policy());
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers[0].name, u"cupsd"_s);
    QCOMPARE(headers[0].attachment, u"/usr/sbin/cupsd"_s);

    const FleetExport keyword = FleetExport::fromProfileText(
        u"profile firefox /usr/lib/firefox/firefox flags=(complain) {\n}\n"_s, u"firefox"_s, u"browser"_s);
    const ProfileIndex::Header h = ProfileIndex::parseHeaders(keyword.policy()).value(0);
    QCOMPARE(h.name, u"browser"_s);
    QCOMPARE(h.attachment, u"/usr/lib/firefox/firefox"_s);
    QCOMPARE(h.flags, u"complain"_s);
}

void TestFleetExport::objectNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"nginx"_s << true;
    QTest::newRow("dots and dashes") << u"k8s-nginx.v2"_s << true;
    QTest::newRow("path") << u"/usr/sbin/cupsd"_s << false;
    QTest::newRow("upper case") << u"Firefox"_s << false;
    QTest::newRow("underscore") << u"my_app"_s << false;
    QTest::newRow("leading dash") << u"-x"_s << false;
    QTest::newRow("space") << u"my app"_s << false;
    QTest::newRow("too long") << QString(254, u'a') << false;
}

void TestFleetExport::objectNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(FleetExport::isObjectName(name), valid);
    // The name offered instead is always valid, and a valid name is kept as it is.
    const QString offered = FleetExport::objectNameFor(name);
    QVERIFY2(FleetExport::isObjectName(offered), qPrintable(offered));
    if (valid)
        QCOMPARE(offered, name);
}

void TestFleetExport::offeredNames_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("offered");
    QTest::newRow("path") << u"/usr/bin/man"_s << u"usr-bin-man"_s;
    QTest::newRow("upper case and underscore") << u"My_App"_s << u"my-app"_s;
    QTest::newRow("dot after a dash") << u"/opt/x/.hidden"_s << u"opt-x.hidden"_s;
    QTest::newRow("glob") << u"/usr/lib/@{multiarch}/foo*"_s << u"usr-lib-multiarch-foo"_s;
    QTest::newRow("nothing usable") << u"/**"_s << u"profile"_s;
}

void TestFleetExport::offeredNames()
{
    QFETCH(QString, profile);
    QFETCH(QString, offered);
    QCOMPARE(FleetExport::objectNameFor(profile), offered);
}

void TestFleetExport::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << QString() << u"defines no profile"_s;
    QTest::newRow("ambiguous") << QString::fromUtf8(webProfile) << QString() << u"defines 2 profiles"_s;
    QTest::newRow("missing") << QString::fromUtf8(webProfile) << u"nope"_s << u"does not define"_s;
    QTest::newRow("hat") << QString::fromUtf8(webProfile) << u"web-app//hat"_s << u"child profile"_s;
    QTest::newRow("unclosed") << u"profile x {\n  /a r,\n"_s << u"x"_s << u"no closing brace"_s;
}

void TestFleetExport::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, profile);
    QFETCH(QString, error);
    const FleetExport e = FleetExport::fromProfileText(text, profile);
    QVERIFY(!e.isValid());
    QVERIFY2(e.error().contains(error), qPrintable(e.error()));
}

// Every profile Debian ships exports, parses as YAML under its kernel name, and the exported
// policy still compiles with the real apparmor_parser.
void TestFleetExport::shippedProfilesExportAndCompile()
{
    ProfileIndex index;
    index.build(u"/etc/apparmor.d"_s);
    if (index.size() < 20)
        QSKIP("the apparmor packages' profiles are not installed");
    QTemporaryDir dir;
    QStringList names;
    QStringList texts;
    QStringList policyFiles;
    for (const QString &file : index.files()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QString &name : index.profilesIn(file)) {
            if (name.contains(u"//"))
                continue;
            const QString k8sName = FleetExport::objectNameFor(name);
            const FleetExport e
                = FleetExport::fromProfileText(text, name, FleetExport::isObjectName(name) ? QString() : k8sName);
            QVERIFY2(e.isValid(), qPrintable(file + u": "_s + e.error()));
            QVERIFY2(e.hasObjectName(), qPrintable(e.name()));
            names.append(e.name());
            texts.append(e.spoV1Alpha1() + u"---\n"_s + e.spoV1());
            const QString policyFile = dir.filePath(QString::number(policyFiles.size()));
            QFile out(policyFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(e.policy().toUtf8());
            policyFiles.append(policyFile);
        }
    }
    QVERIFY(names.size() >= 20);
    const QList<QJsonArray> docs = parseYaml(texts);
    QCOMPARE(docs.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(docs[i].size(), 2);
        QCOMPARE(docs[i][0][u"metadata"_s][u"name"_s].toString(), names[i]);
        QCOMPARE(ProfileIndex::parseHeaders(docs[i][0][u"spec"_s][u"policy"_s].toString()).value(0).name, names[i]);
        QCOMPARE(docs[i][1][u"metadata"_s][u"name"_s].toString(), names[i]);
    }

    QProcess parser;
    parser.start(QStringLiteral(ARMORER_APPARMOR_PARSER),
        QStringList{u"-QK"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE), u"-I"_s, u"/etc/apparmor.d"_s}
            + policyFiles);
    QVERIFY(parser.waitForFinished(240000));
    QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
    qInfo("%lld shipped profiles exported, parsed and compiled", qsizetype(names.size()));
}

int TestFleetExport::checkSchema(const QString &schema, const QStringList &texts, QString *output)
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < texts.size(); ++i) {
        files.append(dir.filePath(QString::number(i) + u".yaml"_s));
        QFile f(files.last());
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(texts[i].toUtf8());
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"python3"_s,
        QStringList{QStringLiteral(ARMORER_TEST_SOURCE_DIR "/check_spo_schema.py"),
            QStringLiteral(ARMORER_TEST_SOURCE_DIR "/data/spo/") + schema}
            + files);
    if (!p.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The YAML against SPO's CRD schema (hand-transcribed in tests/data/spo, with its source), for
// the test profile and every shipped profile: a field the API server would reject or prune
// fails here. The wrong API's schema must reject each document, so the check can fail.
void TestFleetExport::spoSchema_data()
{
    QTest::addColumn<QString>("profiles"); // "web" or "shipped"
    QTest::addColumn<bool>("v1");
    QTest::newRow("web, v1") << u"web"_s << true;
    QTest::newRow("web, v1alpha1") << u"web"_s << false;
    QTest::newRow("shipped, v1") << u"shipped"_s << true;
    QTest::newRow("shipped, v1alpha1") << u"shipped"_s << false;
}

void TestFleetExport::spoSchema()
{
    QFETCH(QString, profiles);
    QFETCH(bool, v1);
    QList<FleetExport> exports;
    if (profiles == u"web") {
        exports.append(FleetExport::fromProfileText(QString::fromUtf8(webProfile), u"web-app"_s));
        FleetExport enforced = exports.first();
        enforced.setComplain(false);
        exports.append(enforced);
    } else {
        ProfileIndex index;
        index.build(u"/etc/apparmor.d"_s);
        if (index.size() < 20)
            QSKIP("the apparmor packages' profiles are not installed");
        for (const QString &file : index.files()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (const QString &name : index.profilesIn(file)) {
                if (name.contains(u"//"))
                    continue;
                QString k8sName = name.toLower();
                k8sName.replace(QRegularExpression(u"[^a-z0-9.-]+"_s), u"-"_s);
                k8sName.remove(QRegularExpression(u"^[-.]+|[-.]+$"_s));
                exports.append(
                    FleetExport::fromProfileText(text, name, FleetExport::isObjectName(name) ? QString() : k8sName));
            }
        }
    }
    QStringList texts;
    for (const FleetExport &e : std::as_const(exports)) {
        QVERIFY2(e.isValid(), qPrintable(e.error()));
        texts.append(v1 ? e.spoV1() : e.spoV1Alpha1());
    }
    const QString schema = v1 ? u"apparmorprofile-v1.schema.json"_s : u"apparmorprofile-v1alpha1.schema.json"_s;
    const QString wrong = v1 ? u"apparmorprofile-v1alpha1.schema.json"_s : u"apparmorprofile-v1.schema.json"_s;
    QString output;
    const int valid = checkSchema(schema, texts, &output);
    QVERIFY2(valid == 0 && output.isEmpty(), qPrintable(output));
    QCOMPARE(checkSchema(wrong, texts.mid(0, 1), &output), 1);
    QVERIFY(output.contains(u"apiVersion"_s));
    if (v1) {
        // v1 has mode, not v1alpha1's complainMode.
        QString old = texts.first();
        old.replace(QRegularExpression(u"  mode: \\w+\n"_s), u"  complainMode: true\n"_s);
        QCOMPARE(checkSchema(schema, {old}, &output), 1);
        QVERIFY2(output.contains(u"complainMode"_s), qPrintable(output));
    }
    qInfo("%lld exports valid against %s", qsizetype(texts.size()), qPrintable(schema));
}

QTEST_GUILESS_MAIN(TestFleetExport)
#include "tst_fleetexport.moc"
