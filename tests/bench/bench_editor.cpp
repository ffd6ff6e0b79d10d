// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// Profile editor benchmark (offscreen platform):
//  - open and highlight a 10,000-line profile, to the first painted frame, whose lines are
//    highlighted (goal < 150 ms); the rest is highlighted in the background, and the time until
//    the whole file is highlighted is printed too;
//  - keystroke-to-paint latency while apparmor_parser validates in the background
//    (goal p99 < 16 ms);
//  - validation round trip (ProfileValidator, unsaved buffer) against a bare apparmor_parser
//    run on the same files (goal <= 1.2x).
//
// Options: --quick (or ARMORER_BENCH_QUICK=1) runs fewer rounds; --only=open|keys|validate runs
// one part; --rounds=N sets the typing rounds. Under callgrind, count one part's instructions with
//   valgrind --tool=callgrind --toggle-collect='*keystrokeToPaint*' bench_editor --only=keys
//   valgrind --tool=callgrind --toggle-collect='*openToFirstPaint*' bench_editor --only=open
// (the functions below are kept out of line for that) and divide by the sample count printed.
#include "../bigprofile.h"
#include "benchutil.h"
#include "config.h"
#include "demoroot.h"
#include "editorpage.h"
#include "incrementalhighlighter.h"
#include "profileeditor.h"
#include "profileindex.h"
#include "profilevalidator.h"
#include "sandboxprofilewriter.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
// Notes when a paint of the editor's viewport has been done, not when it starts: event filters
// run before the handler, so the filter delivers the paint itself and takes the time after it.
// Only paints after the armed key reached the editor count (a cursor blink before it does not).
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *editor, QWidget *viewport)
        : m_editor(editor)
        , m_viewport(viewport)
    {
        // The viewport's filter goes last, so it runs first.
        editor->installEventFilter(this);
        viewport->installEventFilter(this);
    }
    // Waits for a key (when keyFirst) and then a paint; done() runs after that paint.
    void arm(bool keyFirst, std::function<void()> done)
    {
        m_keySeen = !keyFirst;
        m_done = std::move(done);
        paintedNs = -1;
        clock.start();
    }
    QElapsedTimer clock;
    qint64 paintedNs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_editor && event->type() == QEvent::KeyPress)
            m_keySeen = true;
        if (watched == m_viewport && event->type() == QEvent::Paint && !m_inside) {
            m_inside = true;
            QCoreApplication::sendEvent(watched, event);
            m_inside = false;
            if (m_keySeen && m_done && paintedNs < 0) {
                paintedNs = clock.nsecsElapsed();
                std::exchange(m_done, nullptr)();
            }
            return true; // painted above
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_editor;
    QWidget *m_viewport;
    bool m_keySeen = false;
    bool m_inside = false;
    std::function<void()> m_done;
};

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

QString distribution(const QList<double> &v)
{
    return u"p50 %1 ms   p90 %2 ms   p99 %3 ms   max %4 ms   (n = %5)"_s.arg(percentile(v, 0.5), 0, 'f', 2)
        .arg(percentile(v, 0.9), 0, 'f', 2)
        .arg(percentile(v, 0.99), 0, 'f', 2)
        .arg(percentile(v, 1.0), 0, 'f', 2)
        .arg(v.size());
}

// The machine is shared: every figure comes with the load it was taken under.
QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return QString::fromLatin1(fields.mid(0, 3).join(' '));
}

// Runs the event loop for ms milliseconds.
void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until the probe saw its paint (or timeoutMs passed); false on timeout.
bool waitForPaint(PaintProbe &probe, QEventLoop &loop, int timeoutMs)
{
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return probe.paintedNs >= 0;
}

// One keystroke, as a window system delivers it: posted, handled when the event loop gets to
// it (after whatever it is doing), then painted. Milliseconds from the post to the end of the
// paint, or -1 on timeout.
Q_NEVER_INLINE double keystrokeToPaint(QWidget *editor, PaintProbe &probe, int key, const QString &text)
{
    QEventLoop loop;
    probe.arm(true, [&loop] {
        loop.quit();
    });
    QCoreApplication::postEvent(editor, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, text));
    QCoreApplication::postEvent(editor, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, text));
    return waitForPaint(probe, loop, 20000) ? probe.paintedNs / 1e6 : -1;
}

// Opens the file and waits for the first painted frame.
Q_NEVER_INLINE double openToFirstPaint(EditorPage &page, PaintProbe &probe, const QString &path)
{
    QEventLoop loop;
    probe.arm(false, [&loop] {
        loop.quit();
    });
    page.openFile(path);
    return waitForPaint(probe, loop, 20000) ? probe.paintedNs / 1e6 : -1;
}

Q_NEVER_INLINE double goToLineToPaint(EditorPage &page, PaintProbe &probe, int line)
{
    QEventLoop loop;
    probe.arm(false, [&loop] {
        loop.quit();
    });
    page.editor()->goToLine(line);
    return waitForPaint(probe, loop, 20000) ? probe.paintedNs / 1e6 : -1;
}

// The blocks on screen have their formats.
bool visibleBlocksHighlighted(ProfileEditor *editor, QTextStream &out)
{
    const int highlighted = editor->highlighter()->highlightedBlockCount();
    const QTextBlock lastVisible = editor->cursorForPosition(QPoint(0, editor->viewport()->height() - 1)).block();
    for (QTextBlock b = editor->cursorForPosition(QPoint(0, 0)).block();
        b.isValid() && b.blockNumber() <= lastVisible.blockNumber(); b = b.next()) {
        if (b.blockNumber() >= highlighted || (!b.text().trimmed().isEmpty() && b.layout()->formats().isEmpty())) {
            out << "block " << b.blockNumber() << " painted without highlighting" << Qt::endl;
            return false;
        }
    }
    return true;
}

EditorPage::Prompts yesToEverything()
{
    return {[](const QString &, const QString &) {
                return true;
            },
        [](const QString &, const QString &, const QString &) {
            return true;
        },
        [](const QString &) {
            return int(EditorPage::Discard);
        }};
}
} // namespace

int main(int argc, char *argv[])
{
    // The offscreen plugin says this once per window shown; it would bury the figures.
    static const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
              if (!message.contains(u"does not support propagateSizeHints"_s))
                  previous(type, context, message);
          });
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const bool quick = qEnvironmentVariableIsSet("ARMORER_BENCH_QUICK") || args.contains(u"--quick"_s);
    QString only;
    int rounds = quick ? 2 : 8;
    for (const QString &a : args) {
        if (a.startsWith(u"--only="_s))
            only = a.mid(7);
        else if (a.startsWith(u"--rounds="_s))
            rounds = qMax(1, a.mid(9).toInt());
    }
    auto runs = [&only](const QString &part) {
        return only.isEmpty() || only == part;
    };
    QTemporaryDir dir;
    const SystemRoot root = SystemRoot::fromDirectory(dir.path());
    QString error;
    if (!DemoRoot::create(dir.path(), SystemRoot::system().profileDir(), &error)) {
        out << "cannot set up the root: " << error << '\n';
        return 1;
    }
    const QString big = root.profileDir() + u"/usr.bin.big"_s;
    {
        QFile f(big);
        if (!f.open(QIODevice::WriteOnly) || f.write(bigProfile(10000).toUtf8()) < 0)
            return 1;
    }
    SandboxProfileWriter writer(root);
    out << "== Profile editor (" << QGuiApplication::platformName() << ")" << Qt::endl;

    // 1. Open and highlight: from openFile() to the end of the first paint, whose lines must be
    // highlighted. Then a jump to line 5,000 before the background pass got there, and the time
    // until the background pass is done.
    if (runs(u"open"_s)) {
        const QString loadBefore = loadAverage();
        QList<double> openMs, jumpMs, fullMs;
        int visibleHighlighted = 0;
        for (int i = 0; i < (quick ? 3 : 7); ++i) {
            EditorPage page(root, &writer);
            page.resize(1200, 800);
            page.show();
            idle(50);
            PaintProbe probe(page.editor(), page.editor()->viewport());
            QElapsedTimer t;
            t.start();
            openMs << openToFirstPaint(page, probe, big);
            IncrementalHighlighter *highlighter = page.editor()->highlighter();
            visibleHighlighted = highlighter->highlightedBlockCount();
            if (openMs.last() < 0 || !visibleBlocksHighlighted(page.editor(), out))
                return 1;
            jumpMs << goToLineToPaint(page, probe, 5000);
            if (jumpMs.last() < 0 || !visibleBlocksHighlighted(page.editor(), out))
                return 1;
            while (!highlighter->isComplete() && t.elapsed() < 60000)
                idle(5);
            if (!highlighter->isComplete()) {
                out << "the background highlighting never finished" << Qt::endl;
                return 1;
            }
            fullMs << t.nsecsElapsed() / 1e6;
            page.validator()->cancel();
        }
        out << u"  open + highlight 10,000 lines, to the first painted frame   %1   (goal < 150 ms)"_s.arg(
            distribution(openMs))
            << Qt::endl;
        out << u"    (first frame: lines 1-%1 highlighted)   then go to line 5,000: %2"_s.arg(visibleHighlighted)
                   .arg(distribution(jumpMs))
            << Qt::endl;
        out << u"    whole file highlighted in the background after   %1 ms median, %2 ms worst"_s
                   .arg(Bench::median(fullMs), 0, 'f', 1)
                   .arg(*std::max_element(fullMs.begin(), fullMs.end()), 0, 'f', 1)
            << Qt::endl;
        out << u"    load average before / after: %1 / %2"_s.arg(loadBefore, loadAverage()) << Qt::endl;
    }

    // 2. Keystroke to paint while validation runs. The debounce is off (worst case): every
    // keystroke asks for a check, which cancels the run in progress and starts a new one on the
    // validator's worker thread; the background highlighting of the file is still running too.
    // Keys come 15 to 60 ms apart (a fast typist), so they land at every phase of that work.
    if (runs(u"keys"_s)) {
        EditorPage page(root, &writer);
        page.resize(1200, 800);
        page.show();
        page.setPrompts(yesToEverything()); // no dialogs in a benchmark
        page.openFile(big);
        page.editShippedFile();
        page.validator()->setDebounceInterval(0);
        page.editor()->setFocus();
        PaintProbe probe(page.editor(), page.editor()->viewport());
        const double jump = goToLineToPaint(page, probe, 5000);
        QList<double> latency;
        int validationsStarted = 0, timeouts = 0;
        QObject::connect(page.validator(), &ProfileValidator::started, &page, [&] {
            ++validationsStarted;
        });
        const QString loadBefore = loadAverage();
        const QString keys = u"  /srv/typed/path/for/latency r,"_s;
        const int gaps[] = {15, 40, 25, 60, 30};
        int n = 0;
        int backgroundKeys = 0;
        for (int round = 0; round < rounds; ++round) {
            for (qsizetype i = 0; i <= keys.size(); ++i) {
                const bool last = i == keys.size();
                const int key = last ? int(Qt::Key_Return) : keys.at(i).toUpper().unicode();
                if (!page.editor()->highlighter()->isComplete())
                    ++backgroundKeys;
                const double ms = keystrokeToPaint(page.editor(), probe, key, last ? u"\r"_s : QString(keys.at(i)));
                if (ms < 0)
                    ++timeouts;
                else
                    latency << ms;
                // Let the parser and the background pass run between keys.
                idle(gaps[n++ % std::size(gaps)]);
            }
        }
        out << u"  keystroke to paint (10,000 lines, validating)   %1   (goal p99 < 16 ms)"_s.arg(distribution(latency))
            << Qt::endl;
        out << u"    %1 parser runs started, %2 keys while the background highlighting ran, %3 timeouts; "
               "the jump to line 5,000 before typing painted in %4 ms"_s.arg(validationsStarted)
                   .arg(backgroundKeys)
                   .arg(timeouts)
                   .arg(jump, 0, 'f', 1)
            << Qt::endl;
        out << u"    load average before / after: %1 / %2"_s.arg(loadBefore, loadAverage()) << Qt::endl;
        page.validator()->cancel();
    }
    if (!runs(u"validate"_s))
        return 0;

    // 3. Validation round trip against bare apparmor_parser on the same shipped profiles.
    ProfileIndex index;
    index.build(root.profileDir());
    QStringList files = index.files();
    files.sort();
    files = files.mid(0, quick ? 10 : 40);
    ProfileValidator validator(root.profileDir());
    QList<double> ours, bare;
    QEventLoop loop;
    QObject::connect(&validator, &ProfileValidator::finished, &loop, &QEventLoop::quit);
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (int rep = 0; rep < 3; ++rep) {
            const auto r = Bench::run(QStringLiteral(ARMORER_APPARMOR_PARSER),
                {u"-QK"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE), u"--base"_s, root.profileDir(), u"-I"_s,
                    root.profileDir(), file});
            bare << r.wallMs;
            QElapsedTimer t;
            t.start();
            validator.validate(file, text);
            loop.exec();
            ours << t.nsecsElapsed() / 1e6;
        }
    }
    const double sumOurs = std::accumulate(ours.begin(), ours.end(), 0.0);
    const double sumBare = std::accumulate(bare.begin(), bare.end(), 0.0);
    out << u"  validation round trip   %1 ms median (ProfileValidator, buffer via overlay)   vs   %2 ms median "
           "(bare apparmor_parser)   ratio %3x (total %4 / %5 ms over %6 files x 3)   (goal <= 1.2x)\n"_s
               .arg(Bench::median(ours), 0, 'f', 1)
               .arg(Bench::median(bare), 0, 'f', 1)
               .arg(sumOurs / sumBare, 0, 'f', 2)
               .arg(sumOurs, 0, 'f', 0)
               .arg(sumBare, 0, 'f', 0)
               .arg(files.size());
    return 0;
}
