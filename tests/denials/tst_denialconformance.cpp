// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialparser.h"
#include "logfilesource.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs DenialParser (prefilter, rewriting, libapparmor) over libapparmor's own log-parser
// corpus, kept outside the tree (ARMORER_CONFORMANCE_DIR), and compares every field each case's
// .out lists. A missing corpus fails: a conformance run that silently checks nothing is worse
// than none.
class TestDenialConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus();
    void oneShotReadKeepsTheLastLine();
};

static QString fieldValue(const AppArmorEvent &d, const QString &key)
{
    const auto opt = [](const std::optional<quint64> &v) {
        return v ? QString::number(*v) : QString();
    };
    const auto num = [](qint64 v) {
        return v ? QString::number(v) : QString();
    };
    if (key == u"Event type")
        return u"AA_RECORD_"_s + AppArmorEvent::kindName(d.kind);
    if (key == u"Audit ID")
        return d.auditId;
    if (key == u"Audit subid")
        return QString::number(d.serial);
    if (key == u"Epoch")
        return QString::number(d.epochMs / 1000);
    if (key == u"Operation")
        return d.operation;
    if (key == u"Mask")
        return d.requestedMask;
    if (key == u"Denied Mask")
        return d.deniedMask;
    if (key == u"fsuid")
        return opt(d.fsuid);
    if (key == u"ouid")
        return opt(d.ouid);
    if (key == u"Profile")
        return d.profile;
    if (key == u"Name")
        return d.name;
    if (key == u"Name2")
        return d.name2;
    if (key == u"Command")
        return d.comm;
    if (key == u"Parent")
        return num(d.parent);
    if (key == u"PID")
        return num(d.pid);
    if (key == u"Info")
        return d.info;
    if (key == u"Class")
        return d.ruleClass;
    if (key == u"Socket type")
        return d.netSockType;
    if (key == u"Protocol")
        return d.netProtocol;
    if (key == u"Network family")
        return d.netFamily;
    if (key == u"Local port")
        return opt(d.netLocalPort);
    if (key == u"Local addr")
        return d.netLocalAddr;
    if (key == u"Foreign port")
        return opt(d.netForeignPort);
    if (key == u"Foreign addr")
        return d.netForeignAddr;
    if (key == u"ErrorCode")
        return QString::number(d.errorCode);
    if (key == u"DBus bus")
        return d.dbusBus;
    if (key == u"DBus path")
        return d.dbusPath;
    if (key == u"DBus interface")
        return d.dbusInterface;
    if (key == u"DBus member")
        return d.dbusMember;
    if (key == u"Peer profile")
        return d.peerProfile;
    if (key == u"Peer")
        return d.peer;
    if (key == u"Peer PID")
        return num(d.peerPid);
    if (key == u"Task")
        return num(d.task);
    if (key == u"Token")
        return num(d.magicToken);
    if (key == u"Namespace")
        return d.nameSpace;
    if (key == u"Flags")
        return d.flags;
    if (key == u"Attribute")
        return d.attribute;
    if (key == u"Src name")
        return d.srcName;
    if (key == u"Signal")
        return d.signal;
    if (key == u"Net Addr")
        return d.netAddr;
    if (key == u"Peer Addr")
        return d.peerAddr;
    if (key == u"FS Type")
        return d.fsType;
    if (key == u"Execpath")
        return d.execPath;
    return u"<unknown field %1>"_s.arg(key);
}

// Cases where our answer differs from libapparmor's test program on purpose, and why.
static const QHash<QString, QString> &expectedMisses()
{
    static const QHash<QString, QString> misses = {
        {u"status-filesystem-enabled"_s,
            u"the line carries grep's \"audit.log:\" prefix; libapparmor alone rejects it, the rewriting into "
            "msg=audit(...) recovers the STATUS record, which Armorer keeps as an event"_s},
    };
    return misses;
}

void TestDenialConformance::corpus()
{
    const QDir dir(QStringLiteral(ARMORER_CONFORMANCE_DIR) + u"/test_multi"_s);
    if (!dir.exists())
        QFAIL(qPrintable(u"The conformance corpus is missing: %1 does not exist. Put libapparmor's test_multi "
                         "corpus there or configure with -DARMORER_CONFORMANCE_DIR=<dir>."_s.arg(dir.path())));
    const QStringList inputs = dir.entryList({u"*.in"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!inputs.isEmpty(), qPrintable(dir.path() + u" holds no *.in cases"_s));

    int agreed = 0;
    int parsedByLibapparmor = 0;
    QStringList unexpected;
    QStringList misses;
    for (const QString &in : inputs) {
        const QString name = in.chopped(3);
        QFile inFile(dir.filePath(in));
        QFile outFile(dir.filePath(name + u".out"_s));
        QVERIFY(inFile.open(QIODevice::ReadOnly));
        QVERIFY2(outFile.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(name));
        QByteArray input = inFile.readAll();
        while (input.endsWith('\n'))
            input.chop(1);
        QList<std::pair<QString, QString>> expected;
        for (const QByteArray &raw : outFile.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const qsizetype colon = line.indexOf(u": "_s);
            if (colon <= 0 || line.startsWith(u"File:"))
                continue;
            expected.append({line.left(colon), line.mid(colon + 2)});
        }
        const bool libapparmorParses = !expected.isEmpty() && expected.first().second != u"AA_RECORD_INVALID";
        if (libapparmorParses)
            ++parsedByLibapparmor;

        const std::optional<AppArmorEvent> parsed = DenialParser::parseLine(input);
        QStringList diffs;
        if (!parsed) {
            if (libapparmorParses)
                diffs << u"not recognised as an AppArmor record"_s;
        } else {
            for (const auto &[key, value] : std::as_const(expected)) {
                const QString ours = fieldValue(*parsed, key);
                if (ours != value)
                    diffs << u"%1: expected \"%2\", got \"%3\""_s.arg(key, value, ours);
            }
        }
        if (diffs.isEmpty()) {
            ++agreed;
            if (expectedMisses().contains(name))
                unexpected << u"%1 now agrees: remove it from the expected misses"_s.arg(name);
            continue;
        }
        const QString reason = expectedMisses().value(name);
        misses << u"%1 (%2): %3"_s.arg(name, reason.isEmpty() ? u"UNEXPECTED"_s : reason, diffs.join(u"; "_s));
        if (reason.isEmpty())
            unexpected << u"%1: %2"_s.arg(name, diffs.join(u"; "_s));
    }
    qInfo("conformance: %d of %d cases agree with libapparmor's .out (%d of them parsed by libapparmor); %d miss(es)",
        agreed, int(inputs.size()), parsedByLibapparmor, int(misses.size()));
    for (const QString &miss : std::as_const(misses))
        qInfo("  miss: %s", qPrintable(miss));
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
}

// Three cases of the corpus end without a newline: "armorctl denials --source FILE" (a
// one-shot read) must still deliver their record, as it does for the others.
void TestDenialConformance::oneShotReadKeepsTheLastLine()
{
    const QDir dir(QStringLiteral(ARMORER_CONFORMANCE_DIR) + u"/test_multi"_s);
    if (!dir.exists())
        QFAIL("The conformance corpus is missing");
    int withoutNewline = 0;
    for (const QString &in : dir.entryList({u"*.in"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(in));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        if (input.isEmpty() || input.endsWith('\n'))
            continue;
        ++withoutNewline;
        QString error;
        const QList<AppArmorEvent> records = LogFileSource::readAll(f.fileName(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!records.isEmpty(), qPrintable(in + u": the last line was dropped"_s));
    }
    QVERIFY2(withoutNewline >= 3, "the corpus's cases without a final newline were not found");
}

QTEST_GUILESS_MAIN(TestDenialConformance)
#include "tst_denialconformance.moc"
