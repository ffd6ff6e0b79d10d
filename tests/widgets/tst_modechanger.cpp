// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperchangechannel.h"
#include "helperclient.h"
#include "modechanger.h"
#include "privatehelper.h"
#include "privatehelpersandbox.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The GUI's Disable, Enable, Undo and Redo (ModeChanger) through the one change channel to a
// real private helper over a sandbox root, as "armorer --root" runs them.
class TestModeChanger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PrivateHelper> m_helper;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<HelperChangeChannel> m_channel;

    QString link() const { return m_dir.path() + u"/etc/apparmor.d/disable/usr.bin.two"_s; }
    // Waits for the next finished(); its arguments.
    static QList<QVariant> next(QSignalSpy &finished)
    {
        const qsizetype before = finished.size();
        if (!QTest::qWaitFor(
                [&] {
                    return finished.size() > before;
                },
                30000))
            return {false, u"timeout"_s};
        return finished.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_helper = std::make_unique<PrivateHelper>();
        QString error;
        QVERIFY2(PrivateHelperSandbox::start(m_dir.path(), u"usr.bin.two"_s,
                     "profile one /usr/bin/one {\n  /etc/one r,\n}\nprofile two /usr/bin/two {\n  /etc/two r,\n}\n",
                     m_helper.get(), &error),
            qPrintable(error));
        m_client = std::make_unique<HelperClient>(m_helper->connection());
        m_channel = std::make_unique<HelperChangeChannel>(m_client.get());
    }

    void disableUndoRedoEnable()
    {
        ModeChanger changer(m_channel.get());
        QSignalSpy finished(&changer, &ModeChanger::finished);
        QSignalSpy state(&changer, &ModeChanger::stateChanged);
        QVERIFY(!changer.canUndo());

        changer.disable(u"usr.bin.two"_s);
        QVERIFY(changer.isBusy());
        QList<QVariant> result = next(finished);
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
        QVERIFY2(result.at(1).toString().contains(u"reboot"_s), qPrintable(result.at(1).toString()));
        QVERIFY(QFileInfo(link()).isSymLink());
        QVERIFY(!changer.isBusy());
        QVERIFY(state.size() >= 2);
        QVERIFY(changer.canUndo());
        QCOMPARE(changer.lastChangeText(), u"disabling usr.bin.two"_s);

        // A second disable is the helper's refusal, in its words; the undo stays the first's.
        changer.disable(u"usr.bin.two"_s);
        result = next(finished);
        QVERIFY(!result.at(0).toBool());
        QVERIFY(!result.at(1).toString().isEmpty());
        QVERIFY(changer.canUndo());

        changer.undo();
        result = next(finished);
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
        QVERIFY(result.at(1).toString().contains(u"enabled"_s));
        QVERIFY(!QFileInfo(link()).isSymLink());
        QVERIFY(!changer.canUndo());
        QVERIFY(changer.canRedo());

        changer.redo();
        result = next(finished);
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
        QVERIFY(QFileInfo(link()).isSymLink());

        changer.enable(u"usr.bin.two"_s);
        result = next(finished);
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
        QVERIFY(!QFileInfo(link()).isSymLink());
        QCOMPARE(changer.lastChangeText(), u"enabling usr.bin.two"_s);
        changer.undo();
        result = next(finished);
        QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
        QVERIFY(QFileInfo(link()).isSymLink());
        changer.enable(u"usr.bin.two"_s);
        QVERIFY(next(finished).at(0).toBool());
    }

    // Without a helper every request fails with a sentence that says so, and nothing is busy.
    void noHelper()
    {
        ModeChanger changer(nullptr);
        QSignalSpy finished(&changer, &ModeChanger::finished);
        changer.disable(u"usr.bin.two"_s);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(u"armorer-helper"_s));
        QVERIFY(!changer.isBusy());
        QVERIFY(!QFileInfo(link()).isSymLink());
    }
};

QTEST_MAIN(TestModeChanger)
#include "tst_modechanger.moc"
