// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "boundedfile.h"
#include "profileindex.h"
#include "statusreader.h"
#include "systemroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The one bounded reader, on the real special files: a symlink to /dev/zero, a FIFO with no
// writer, a directory, procfs's size-0 files. None may block or read without bound.
class TestBoundedFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void regularFile();
    void refusesSpecialFiles_data();
    void refusesSpecialFiles();
    void readsKernelFilesOfSizeZero();
    void streams_data();
    void streams();
    void profileIndexSkipsADevice();
    void statusRefusesADeviceAsProfilesFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBoundedFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::link(u"/dev/zero"_s, m_dir->filePath(u"zero"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(m_dir->filePath(u"fifo"_s)).constData(), 0600), 0);
    QVERIFY(QDir(m_dir->path()).mkdir(u"dir"_s));
}

void TestBoundedFile::regularFile()
{
    const QString path = m_dir->filePath(u"profile"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1000, 'p'));
    f.close();
    BoundedFile::Result r = BoundedFile::read(path, 1000);
    QVERIFY(r.ok());
    QCOMPARE(r.data.size(), 1000);
    r = BoundedFile::read(path, 999);
    QCOMPARE(r.status, BoundedFile::Status::TooLarge);
    QVERIFY(r.data.isEmpty());
    QVERIFY(r.error.contains(path));
    r = BoundedFile::read(m_dir->filePath(u"missing"_s), 10);
    QCOMPARE(r.status, BoundedFile::Status::Missing);
}

void TestBoundedFile::refusesSpecialFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::newRow("symlink to /dev/zero") << u"zero"_s << u"a device"_s;
    QTest::newRow("FIFO without a writer") << u"fifo"_s << u"a FIFO"_s;
    QTest::newRow("directory") << u"dir"_s << u"a directory"_s;
}

void TestBoundedFile::refusesSpecialFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    // Returns at once (a FIFO open would block, /dev/zero would never end), with the reason.
    const BoundedFile::Result r = BoundedFile::read(m_dir->filePath(name), 1024 * 1024);
    QCOMPARE(r.status, BoundedFile::Status::NotRegular);
    QVERIFY(r.data.isEmpty());
    QVERIFY2(r.error.contains(kind), qPrintable(r.error));
    QCOMPARE(BoundedFile::readInput(m_dir->filePath(name), 1024).status, BoundedFile::Status::NotRegular);
}

void TestBoundedFile::readsKernelFilesOfSizeZero()
{
    // procfs, like securityfs, says size 0: the content is read to its end all the same.
    const BoundedFile::Result r = BoundedFile::read(u"/proc/self/status"_s, 1024 * 1024);
    QVERIFY(r.ok());
    QVERIFY(r.data.contains("Pid:"));
    QCOMPARE(BoundedFile::read(u"/proc/self/status"_s, 10).status, BoundedFile::Status::TooLarge);
}

void TestBoundedFile::streams_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("regular");
    QTest::newRow("FIFO") << u"fifo"_s << true << false;
    QTest::newRow("/dev/zero") << u"zero"_s << false << false;
    QTest::newRow("directory") << u"dir"_s << false << false;
    QTest::newRow("missing") << u"missing"_s << false << false;
}

void TestBoundedFile::streams()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QFETCH(bool, regular);
    const BoundedFile::Stream s = BoundedFile::openStream(m_dir->filePath(name));
    QCOMPARE(s.fd >= 0, accepted);
    QCOMPARE(s.error.isEmpty(), accepted);
    QCOMPARE(s.regular, regular);
    if (s.fd >= 0)
        ::close(s.fd);
}

void TestBoundedFile::profileIndexSkipsADevice()
{
    // ln -s /dev/zero R/etc/apparmor.d/zz: the index is built, zz skipped.
    QVERIFY(QDir(m_dir->path()).mkdir(u"apparmor.d"_s));
    const QString dir = m_dir->filePath(u"apparmor.d"_s);
    QVERIFY(QFile::link(u"/dev/zero"_s, dir + u"/zz"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(dir + u"/fifo"_s).constData(), 0600), 0);
    QFile f(dir + u"/usr.bin.demo"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("profile demo /usr/bin/demo {\n}\n");
    f.close();
    ProfileIndex index;
    index.build(dir);
    QCOMPARE(index.sourceOf(u"demo"_s).file, dir + u"/usr.bin.demo"_s);
    QCOMPARE(index.size(), 1);
}

void TestBoundedFile::statusRefusesADeviceAsProfilesFile()
{
    const QString root = m_dir->filePath(u"root"_s);
    const QString apparmor = root + u"/sys/kernel/security/apparmor"_s;
    QVERIFY(QDir().mkpath(apparmor));
    QVERIFY(QDir().mkpath(root + u"/sys/module/apparmor"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, apparmor + u"/profiles"_s));
    const StatusSnapshot s = StatusReader(SystemRoot::fromDirectory(root)).readProfiles();
    QCOMPARE(s.state, StatusSnapshot::State::NoControlFiles);
    QVERIFY2(s.message.contains(u"a device"_s), qPrintable(s.message));
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
