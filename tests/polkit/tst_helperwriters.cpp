// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowflow.h"
#include "changerecord.h"
#include "denialtestlines.h"
#include "helperchangechannel.h"
#include "helperclient.h"
#include "helperdenialsource.h"
#include "helperoverrideapplier.h"
#include "helperprofilewriter.h"
#include "privatehelper.h"
#include "privatehelpersandbox.h"
#include "sandboxprofilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The GUI's writes through armorer-helper's one change channel (the channel itself, the allow
// flow's applier and the editor's writer), against a real helper on a private bus over a
// sandbox root, as the demo runs it.
class TestHelperWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void applierUsesTheDefiningFile();
    void applierReportsParserErrors();
    void applierHatsAndChildren_data();
    void applierHatsAndChildren();
    void applierRefusesMissingHat();
    void writer_data();
    void writer();
    void channelConflict();
    void writerConflict();
    void channelModeAndUndo();
    void channelDisableAndEnable();
    void allowConflictShowsFreshDiff();
    void helperSourceReadsOnce();
    void helperSourceAuditLog();
    void helperSourceNoLogFile();

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrivateHelper> m_helper;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<HelperChangeChannel> m_channel;
};

namespace {
HelperChangeChannel::Result waitFor(const std::function<void(HelperChangeChannel::Done)> &call)
{
    std::optional<HelperChangeChannel::Result> result;
    call([&result](const HelperChangeChannel::Result &r) {
        result = r;
    });
    if (!QTest::qWaitFor(
            [&result] {
                return result.has_value();
            },
            30000))
        return {};
    return *result;
}
} // namespace

void TestHelperWriters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_helper = std::make_unique<PrivateHelper>();
    QString error;
    // The profile is named "dnsmasq": only the index knows its override is usr.sbin.dnsmasq.
    QVERIFY2(PrivateHelperSandbox::start(m_dir->path(), u"usr.sbin.dnsmasq"_s,
                 "profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n\n  ^hat {\n  }\n}\n", m_helper.get(),
                 &error),
        qPrintable(error));
    m_client = std::make_unique<HelperClient>(m_helper->connection());
    m_channel = std::make_unique<HelperChangeChannel>(m_client.get());
}

void TestHelperWriters::cleanup()
{
    m_channel.reset();
    m_client.reset();
    m_helper.reset();
    m_dir.reset();
}

void TestHelperWriters::applierUsesTheDefiningFile()
{
    HelperOverrideApplier applier(m_channel.get(), SystemRoot::fromDirectory(m_dir->path()));
    ProfileIndex index;
    index.build(profileDir());
    applier.setIndex(index);
    QCOMPARE(applier.overrideNameFor(u"dnsmasq"_s), u"usr.sbin.dnsmasq"_s);
    QCOMPARE(applier.currentOverride(u"dnsmasq"_s), QString());

    const auto result = PrivateHelperSandbox::applyAndWait(applier, u"dnsmasq"_s, u"/srv/tftp/pxelinux.0 r,\n"_s);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(read(profileDir() + u"/local/usr.sbin.dnsmasq"_s), QByteArray("/srv/tftp/pxelinux.0 r,\n"));
    QVERIFY(read(profileDir() + u"/usr.sbin.dnsmasq"_s).contains("include if exists <local/usr.sbin.dnsmasq>"));
    QCOMPARE(applier.currentOverride(u"dnsmasq"_s), u"/srv/tftp/pxelinux.0 r,\n"_s);
    // The change id, as "armorctl undo" takes it, and in the history.
    QVERIFY(!result.changeId.isEmpty());
    std::optional<QString> history;
    m_client->history([&history](const HelperError &, const QString &json) {
        history = json;
    });
    QVERIFY(QTest::qWaitFor(
        [&history] {
            return history.has_value();
        },
        30000));
    QVERIFY2(history->contains(u"\"id\": \""_s + result.changeId + u'"')
            || history->contains(u"\"id\":\""_s + result.changeId + u'"'),
        qPrintable(*history));

    // Someone else changes the override after it was read: refused, their text kept.
    QFile theirs(profileDir() + u"/local/usr.sbin.dnsmasq"_s);
    QVERIFY(theirs.open(QIODevice::WriteOnly | QIODevice::Truncate));
    theirs.write("/srv/theirs r,\n");
    theirs.close();
    const auto conflict
        = PrivateHelperSandbox::applyAndWait(applier, u"dnsmasq"_s, u"/srv/tftp/pxelinux.0 r,\n/srv/mine r,\n"_s);
    QVERIFY(!conflict.ok);
    QCOMPARE(read(profileDir() + u"/local/usr.sbin.dnsmasq"_s), QByteArray("/srv/theirs r,\n"));
}

void TestHelperWriters::applierReportsParserErrors()
{
    HelperOverrideApplier applier(m_channel.get(), SystemRoot::fromDirectory(m_dir->path()));
    ProfileIndex index;
    index.build(profileDir());
    applier.setIndex(index);
    QVERIFY(PrivateHelperSandbox::applyAndWait(applier, u"dnsmasq"_s, u"/a r,\n"_s).ok);
    const auto result = PrivateHelperSandbox::applyAndWait(applier, u"dnsmasq"_s, u"/b rz,\n"_s);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"usr.sbin.dnsmasq"_s), qPrintable(result.error));
    QCOMPARE(read(profileDir() + u"/local/usr.sbin.dnsmasq"_s), QByteArray("/a r,\n"));
}

void TestHelperWriters::applierHatsAndChildren_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("overrideName");
    QTest::addColumn<QByteArray>("profileAfter");
    // The include goes inside the hat's or child's block, with an override of its own
    // (OverrideNaming: FILE+PROFILE+CHILD).
    QTest::newRow("hat") << u"dnsmasq//hat"_s << u"usr.sbin.dnsmasq+dnsmasq+hat"_s
                         << QByteArray("profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n\n  ^hat {\n"
                                       "    include if exists <local/usr.sbin.dnsmasq+dnsmasq+hat>\n  }\n\n"
                                       "  profile helper {\n    profile inner {\n    }\n  }\n}\n");
    QTest::newRow("child") << u"dnsmasq//helper"_s << u"usr.sbin.dnsmasq+dnsmasq+helper"_s
                           << QByteArray(
                                  "profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n\n  ^hat {\n  }\n\n"
                                  "  profile helper {\n    profile inner {\n    }\n"
                                  "    include if exists <local/usr.sbin.dnsmasq+dnsmasq+helper>\n  }\n}\n");
    QTest::newRow("nested child") << u"dnsmasq//helper//inner"_s << u"usr.sbin.dnsmasq+dnsmasq+helper+inner"_s
                                  << QByteArray(
                                         "profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n\n"
                                         "  ^hat {\n  }\n\n  profile helper {\n    profile inner {\n"
                                         "      include if exists <local/usr.sbin.dnsmasq+dnsmasq+helper+inner>\n"
                                         "    }\n  }\n}\n");
}

void TestHelperWriters::applierHatsAndChildren()
{
    QFETCH(QString, label);
    QFETCH(QString, overrideName);
    QFETCH(QByteArray, profileAfter);
    {
        QFile f(profileDir() + u"/usr.sbin.dnsmasq"_s);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n\n  ^hat {\n  }\n\n"
                "  profile helper {\n    profile inner {\n    }\n  }\n}\n");
    }
    HelperOverrideApplier applier(m_channel.get(), SystemRoot::fromDirectory(m_dir->path()));
    ProfileIndex index;
    index.build(profileDir());
    applier.setIndex(index);
    QCOMPARE(applier.overrideNameFor(label), overrideName);
    QCOMPARE(applier.currentOverride(label), QString());

    // The real parser (in the helper) accepts the result: a rule in that block compiles.
    const auto result = PrivateHelperSandbox::applyAndWait(applier, label, u"/srv/hat-only r,\n"_s);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.changeId.isEmpty());
    QCOMPARE(read(profileDir() + u"/local/"_s + overrideName), QByteArray("/srv/hat-only r,\n"));
    QCOMPARE(read(profileDir() + u"/usr.sbin.dnsmasq"_s), profileAfter);
    // The top-level override is untouched.
    QVERIFY(!QFile::exists(profileDir() + u"/local/usr.sbin.dnsmasq"_s));

    // A second rule: one change, the include already there.
    const auto second = PrivateHelperSandbox::applyAndWait(applier, label, u"/srv/hat-only r,\n/srv/two r,\n"_s);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(read(profileDir() + u"/usr.sbin.dnsmasq"_s), profileAfter);

    // Undo of that change id restores the first text.
    const HelperChangeChannel::Result undone = waitFor([this, &second](HelperChangeChannel::Done done) {
        m_channel->undo(second.changeId, done);
    });
    QVERIFY2(undone.ok(), qPrintable(undone.message()));
    QCOMPARE(read(profileDir() + u"/local/"_s + overrideName), QByteArray("/srv/hat-only r,\n"));
}

void TestHelperWriters::applierRefusesMissingHat()
{
    HelperOverrideApplier applier(m_channel.get(), SystemRoot::fromDirectory(m_dir->path()));
    ProfileIndex index;
    index.build(profileDir());
    applier.setIndex(index);
    const QByteArray before = read(profileDir() + u"/usr.sbin.dnsmasq"_s);
    const auto result = PrivateHelperSandbox::applyAndWait(applier, u"dnsmasq//nosuchhat"_s, u"/x r,\n"_s);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"nosuchhat"_s), qPrintable(result.error));
    QCOMPARE(read(profileDir() + u"/usr.sbin.dnsmasq"_s), before);
    QVERIFY(!QFile::exists(profileDir() + u"/local/usr.sbin.dnsmasq_nosuchhat"_s));
}

void TestHelperWriters::writer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withFallback");
    QTest::addColumn<bool>("ok");
    QTest::newRow("override through the helper") << u"local/usr.sbin.dnsmasq"_s << false << true;
    QTest::newRow("main profile, no fallback: refused") << u"usr.sbin.dnsmasq"_s << false << false;
    QTest::newRow("main profile, sandbox fallback") << u"usr.sbin.dnsmasq"_s << true << true;
    QTest::newRow("traversal refused by the helper") << u"local/../../../etc/x"_s << false << false;
}

void TestHelperWriters::writer()
{
    QFETCH(QString, path);
    QFETCH(bool, withFallback);
    QFETCH(bool, ok);
    const SystemRoot root = SystemRoot::fromDirectory(m_dir->path());
    SandboxProfileWriter sandbox(root);
    HelperProfileWriter writer(m_channel.get(), root, withFallback ? &sandbox : nullptr);
    QSignalSpy finished(&writer, &ProfileWriter::finished);
    const QByteArray content = "profile dnsmasq /usr/sbin/dnsmasq {\n  /etc/dnsmasq.conf r,\n}\n";
    const QByteArray before = read(profileDir() + u'/' + path);
    const int id = writer.write(path, path.startsWith(u"local/"_s) ? QByteArray("/etc/extra r,\n") : content,
        before == "<missing>" ? std::nullopt : std::optional<QByteArray>(before));
    QCOMPARE(finished.size(), 0); // never before write() returned
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished[0][0].toInt(), id);
    QCOMPARE(finished[0][1].toBool(), ok);
    if (ok) {
        QCOMPARE(
            read(profileDir() + u'/' + path), path.startsWith(u"local/"_s) ? QByteArray("/etc/extra r,\n") : content);
    } else {
        QVERIFY(!finished[0][2].toString().isEmpty());
        QCOMPARE(read(profileDir() + u'/' + path), before);
    }
}

// A write whose load-time hash is stale comes back as a conflict with the file's current text,
// the file unchanged and no change journaled; with the current hash it goes through.
void TestHelperWriters::channelConflict()
{
    const QString path = profileDir() + u"/local/usr.sbin.dnsmasq"_s;
    QSignalSpy changed(m_channel.get(), &HelperChangeChannel::changed);
    QSignalSpy conflicted(m_channel.get(), &HelperChangeChannel::conflicted);
    // Loaded when the override did not exist.
    const HelperChangeChannel::Result first = waitFor([this](HelperChangeChannel::Done done) {
        m_channel->writeOverride(u"usr.sbin.dnsmasq"_s, u"/srv/first r,\n"_s, QString(), done);
    });
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toString(), first.changeId);
    QCOMPARE(first.hash, ChangeRecord::hash("/srv/first r,\n"));

    // Someone else writes; our load-time hash is the first text's.
    QFile theirs(path);
    QVERIFY(theirs.open(QIODevice::WriteOnly | QIODevice::Truncate));
    theirs.write("/srv/theirs r,\n");
    theirs.close();
    const HelperChangeChannel::Result mine = waitFor([this, &first](HelperChangeChannel::Done done) {
        m_channel->writeOverride(u"usr.sbin.dnsmasq"_s, u"/srv/mine r,\n"_s, first.hash, done);
    });
    QVERIFY(mine.isConflict());
    QVERIFY(!mine.ok());
    QCOMPARE(mine.error.code, HelperError::Code::Conflict);
    QCOMPARE(mine.currentText, u"/srv/theirs r,\n"_s);
    QCOMPARE(mine.currentHash, ChangeRecord::hash("/srv/theirs r,\n"));
    QVERIFY(!mine.message().isEmpty());
    QCOMPARE(read(path), QByteArray("/srv/theirs r,\n"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(conflicted.size(), 1);
    QCOMPARE(conflicted[0][0].toString(), u"usr.sbin.dnsmasq"_s);
    QCOMPARE(conflicted[0][1].toString(), u"/srv/theirs r,\n"_s);

    // The allow's call (ApplyOverride) with the same stale hash: refused too, the profile as it was.
    const QByteArray profileBefore = read(profileDir() + u"/usr.sbin.dnsmasq"_s);
    const HelperChangeChannel::Result allow = waitFor([this, &first](HelperChangeChannel::Done done) {
        m_channel->applyOverride(
            u"usr.sbin.dnsmasq"_s, u"dnsmasq"_s, u"usr.sbin.dnsmasq"_s, u"/srv/allow r,\n"_s, first.hash, done);
    });
    QVERIFY(allow.isConflict());
    QCOMPARE(allow.currentText, u"/srv/theirs r,\n"_s);
    QCOMPARE(read(path), QByteArray("/srv/theirs r,\n"));
    QCOMPARE(read(profileDir() + u"/usr.sbin.dnsmasq"_s), profileBefore);
    QCOMPARE(conflicted.size(), 2);

    // Overwrite on purpose: the hash of what is there now.
    const HelperChangeChannel::Result overwrite = waitFor([this, &mine](HelperChangeChannel::Done done) {
        m_channel->writeOverride(u"usr.sbin.dnsmasq"_s, u"/srv/mine r,\n"_s, mine.currentHash, done);
    });
    QVERIFY2(overwrite.ok(), qPrintable(overwrite.message()));
    QCOMPARE(read(path), QByteArray("/srv/mine r,\n"));
    QCOMPARE(changed.size(), 2);
}

// The editor's writer reports the conflict (with the current text) before its failed finished().
void TestHelperWriters::writerConflict()
{
    const QString path = profileDir() + u"/local/usr.sbin.dnsmasq"_s;
    QFile theirs(path);
    QVERIFY(theirs.open(QIODevice::WriteOnly));
    theirs.write("/srv/theirs r,\n");
    theirs.close();
    const SystemRoot root = SystemRoot::fromDirectory(m_dir->path());
    HelperProfileWriter writer(m_channel.get(), root);
    QSignalSpy conflicted(&writer, &ProfileWriter::conflicted);
    QSignalSpy finished(&writer, &ProfileWriter::finished);
    // Loaded before their write: the file did not exist then.
    const int id = writer.write(u"local/usr.sbin.dnsmasq"_s, "/srv/mine r,\n", std::nullopt);
    QVERIFY(finished.wait(30000));
    QCOMPARE(conflicted.size(), 1);
    QCOMPARE(conflicted[0][0].toInt(), id);
    QCOMPARE(conflicted[0][1].toString(), u"/srv/theirs r,\n"_s);
    QCOMPARE(finished[0][0].toInt(), id);
    QCOMPARE(finished[0][1].toBool(), false);
    QCOMPARE(read(path), QByteArray("/srv/theirs r,\n"));

    // Loaded with their text: written, no conflict.
    writer.write(u"local/usr.sbin.dnsmasq"_s, "/srv/mine r,\n", QByteArray("/srv/theirs r,\n"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished[1][1].toBool(), true);
    QCOMPARE(conflicted.size(), 1);
    QCOMPARE(read(path), QByteArray("/srv/mine r,\n"));
}

// Set a mode, undo it through the helper's Undo, unload: all through the channel.
void TestHelperWriters::channelModeAndUndo()
{
    const QString path = profileDir() + u"/usr.sbin.dnsmasq"_s;
    const QByteArray before = read(path);
    QSignalSpy changed(m_channel.get(), &HelperChangeChannel::changed);
    const HelperChangeChannel::Result complain = waitFor([this](HelperChangeChannel::Done done) {
        m_channel->setMode(u"usr.sbin.dnsmasq"_s, u"complain"_s, done);
    });
    QVERIFY2(complain.ok(), qPrintable(complain.message()));
    QVERIFY(!complain.changeId.isEmpty());
    QVERIFY2(read(path).contains("flags=(complain)"), read(path).constData());
    const HelperChangeChannel::Result undone = waitFor([this, &complain](HelperChangeChannel::Done done) {
        m_channel->undo(complain.changeId, done);
    });
    QVERIFY2(undone.ok(), qPrintable(undone.message()));
    QCOMPARE(read(path), before);
    QCOMPARE(changed.size(), 2);
    // Undone once: a second undo of the same change is refused.
    QVERIFY(!waitFor([this, &complain](HelperChangeChannel::Done done) {
        m_channel->undo(complain.changeId, done);
    }).ok());
    const HelperChangeChannel::Result bogus = waitFor([this](HelperChangeChannel::Done done) {
        m_channel->setMode(u"usr.sbin.dnsmasq"_s, u"bogus"_s, done);
    });
    QCOMPARE(bogus.error.code, HelperError::Code::InvalidArgument);
    QVERIFY(!bogus.isConflict());
    QCOMPARE(read(path), before);
    QCOMPARE(changed.size(), 2);
}

// Disable, Enable and an Undo of a disable through the channel, as the GUI makes them: the
// link in disable/ follows, and every change is announced.
void TestHelperWriters::channelDisableAndEnable()
{
    const QString link = profileDir() + u"/disable/usr.sbin.dnsmasq"_s;
    const QByteArray before = read(profileDir() + u"/usr.sbin.dnsmasq"_s);
    QSignalSpy changed(m_channel.get(), &HelperChangeChannel::changed);
    const HelperChangeChannel::Result disabled = waitFor([this](HelperChangeChannel::Done done) {
        m_channel->disable(u"usr.sbin.dnsmasq"_s, done);
    });
    QVERIFY2(disabled.ok(), qPrintable(disabled.message()));
    QVERIFY(!disabled.changeId.isEmpty());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), disabled.changeId);
    const HelperChangeChannel::Result again = waitFor([this](HelperChangeChannel::Done done) {
        m_channel->disable(u"usr.sbin.dnsmasq"_s, done);
    });
    QCOMPARE(again.error.code, HelperError::Code::InvalidArgument);
    QVERIFY(!again.message().isEmpty());
    const HelperChangeChannel::Result undone = waitFor([this, &disabled](HelperChangeChannel::Done done) {
        m_channel->undo(disabled.changeId, done);
    });
    QVERIFY2(undone.ok(), qPrintable(undone.message()));
    QVERIFY(!QFileInfo(link).isSymLink());
    QVERIFY(waitFor([this](HelperChangeChannel::Done done) {
        m_channel->disable(u"usr.sbin.dnsmasq"_s, done);
    }).ok());
    const HelperChangeChannel::Result enabled = waitFor([this](HelperChangeChannel::Done done) {
        m_channel->enable(u"usr.sbin.dnsmasq"_s, done);
    });
    QVERIFY2(enabled.ok(), qPrintable(enabled.message()));
    QVERIFY(!QFileInfo(link).isSymLink());
    QCOMPARE(changed.size(), 4);
    QCOMPARE(read(profileDir() + u"/usr.sbin.dnsmasq"_s), before);
    const HelperChangeChannel::Result bad = waitFor([this](HelperChangeChannel::Done done) {
        m_channel->enable(u"../usr.sbin.dnsmasq"_s, done);
    });
    QCOMPARE(bad.error.code, HelperError::Code::InvalidProfileName);
}

// An allow whose override was changed by someone else after the dialog read it: nothing is
// written, the preview becomes the rule against the file as it is, and applying again writes it.
void TestHelperWriters::allowConflictShowsFreshDiff()
{
    HelperOverrideApplier applier(m_channel.get(), SystemRoot::fromDirectory(m_dir->path()));
    ProfileIndex index;
    index.build(profileDir());
    applier.setIndex(index);
    AllowFlow flow(TestLines::parsed(R"(apparmor="DENIED" operation="open" class="file" profile="dnsmasq" )"
                                     R"(name="/srv/tftp/boot.img" pid=7 comm="dnsmasq" requested_mask="r" )"
                                     R"(denied_mask="r" fsuid=0 ouid=0)"),
        &applier);
    QVERIFY(flow.canApply());
    QVERIFY(!flow.diff().contains(u"/srv/theirs"_s));
    const QString path = profileDir() + u"/local/usr.sbin.dnsmasq"_s;
    QFile theirs(path);
    QVERIFY(theirs.open(QIODevice::WriteOnly));
    theirs.write("/srv/theirs r,\n");
    theirs.close();

    QSignalSpy applied(&flow, &AllowFlow::applied);
    flow.apply();
    QVERIFY(applied.wait(30000));
    QCOMPARE(applied[0][0].toBool(), false);
    QVERIFY2(applied[0][1].toString().contains(u"changed by someone else"_s), qPrintable(applied[0][1].toString()));
    QCOMPARE(read(path), QByteArray("/srv/theirs r,\n"));
    // The fresh diff: their line as context, the rule added.
    QVERIFY2(flow.diff().contains(u" /srv/theirs r,"_s), qPrintable(flow.diff()));
    QVERIFY2(flow.diff().contains(u"\n+owner /srv/tftp/boot.img r,"_s), qPrintable(flow.diff()));

    flow.apply();
    QVERIFY(applied.wait(30000));
    QVERIFY2(applied[1][0].toBool(), qPrintable(applied[1][1].toString()));
    QVERIFY(read(path).contains("/srv/theirs r,"));
    QVERIFY(read(path).contains("/srv/tftp/boot.img r,"));
}

namespace {
void writeLog(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile f(path);
    QVERIFY(f.open(mode));
    QCOMPARE(f.write(bytes), bytes.size());
    // The helper reads only a log no one but its owner may write to, whatever the umask.
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
}
} // namespace

// ReadDenials through HelperDenialSource: a syslog of more records than one page holds, and a
// logger line forging a cupsd denial of /etc/shadow. Every kernel record arrives once (after
// --since), verified as the kernel's; the forgery never; Refresh (a start at the position)
// brings only what was logged since.
void TestHelperWriters::helperSourceReadsOnce()
{
    const QString syslog = m_dir->path() + u"/var/log/syslog"_s;
    const int total = int(HelperDenialSource::PageSize) + 500;
    QByteArray log;
    for (int n = 1; n <= total; ++n) {
        log += TestLines::kernLine(n);
        if (n == 600)
            log += "Nov 22 10:00:00 host cupsd: audit: type=1400 audit(1700000700.123:9999): "
                + TestLines::fields(9999, "cupsd") + '\n';
    }
    writeLog(syslog, log);

    HelperDenialSource source(m_client.get());
    QVERIFY(source.isOneShot());
    QList<AppArmorEvent> seen;
    connect(&source, &DenialSource::denialsRead, this, [&seen](const QList<AppArmorEvent> &records) {
        seen += records;
    });
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    source.start(DenialStart::since((TestLines::BaseEpoch + 11) * 1000), true);
    QCOMPARE(source.state(), DenialSource::State::Reading);
    QVERIFY(caughtUp.wait(30000));
    QCOMPARE(source.state(), DenialSource::State::Stopped);
    QVERIFY2(source.message().contains(u"not followed"_s), qPrintable(source.message()));
    QCOMPARE(seen.size(), total - 10);
    QSet<QString> names;
    for (const AppArmorEvent &d : std::as_const(seen)) {
        QCOMPARE(d.origin, AppArmorEvent::Origin::Kernel);
        QVERIFY(d.isVerified());
        QVERIFY(d.profile != u"cupsd");
        names.insert(d.name);
    }
    QCOMPARE(names.size(), total - 10);
    QVERIFY(names.contains(u"/tmp/f11"_s) && names.contains(u"/tmp/f%1"_s.arg(total)));

    seen.clear();
    writeLog(syslog, TestLines::kernLine(total + 1), QIODevice::Append);
    source.start(DenialStart::at(source.position()), false);
    QVERIFY(caughtUp.wait(30000));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).name, u"/tmp/f%1"_s.arg(total + 1));
}

// audit.log, when present, is what the helper reads: its records are auditd's.
void TestHelperWriters::helperSourceAuditLog()
{
    writeLog(m_dir->path() + u"/var/log/audit/audit.log"_s,
        "type=AVC msg=audit(1700000001.123:1): " + TestLines::fields(1) + "\n");
    writeLog(m_dir->path() + u"/var/log/syslog"_s, TestLines::kernLine(2));
    HelperDenialSource source(m_client.get());
    QSignalSpy read(&source, &DenialSource::denialsRead);
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    source.start(DenialStart::beginning(), false);
    QVERIFY(caughtUp.wait(30000));
    QCOMPARE(read.size(), 1);
    const auto records = read.at(0).at(0).value<QList<AppArmorEvent>>();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).name, u"/tmp/f1"_s);
    QCOMPARE(records.at(0).origin, AppArmorEvent::Origin::Audit);
}

// A system with only the journal: the helper has nothing to read, and says so rather than
// blaming a profile file.
void TestHelperWriters::helperSourceNoLogFile()
{
    HelperDenialSource source(m_client.get());
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    source.start(DenialStart::beginning(), false);
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), DenialSource::State::Failed, 30000);
    QCOMPARE(source.error().code, HelperError::Code::NotFound);
    QVERIFY2(source.message().contains(u"does not read the journal"_s), qPrintable(source.message()));
    QCOMPARE(caughtUp.size(), 0);
}

QTEST_GUILESS_MAIN(TestHelperWriters)
#include "tst_helperwriters.moc"
