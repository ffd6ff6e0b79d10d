// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "parserrunner.h"

#include "processtree.h"

#include "config.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/apparmor.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

QString ParserRunner::Result::summary() const
{
    if (!errorMessage.isEmpty()) {
        if (errorLine > 0)
            return errorFile + u':' + QString::number(errorLine) + u": "_s + errorMessage;
        return errorMessage;
    }
    return output.trimmed();
}

ParserRunner::ParserRunner(LoadMode mode, const QString &parser)
    : m_mode(mode)
    , m_parser(parser.isEmpty() ? QStringLiteral(ARMORER_APPARMOR_PARSER) : parser)
    , m_features(QStringLiteral(ARMORER_FEATURES_FILE))
{
}

namespace {
// Appends what the process has to say, up to the caps; the rest is read and dropped, so a
// chatty parser never blocks on a full pipe. *outOverflow tells that stdout went past its cap.
void drain(QProcess &process, QByteArray &err, QByteArray &out, qsizetype outCap, bool *outOverflow)
{
    const auto take = [](QByteArray &into, const QByteArray &chunk, qsizetype cap) {
        into += chunk.left(qMax<qsizetype>(0, cap - into.size()));
        return into.size() + chunk.size() > cap;
    };
    take(err, process.readAllStandardError(), ParserRunner::MaxOutput);
    const qsizetype before = out.size();
    const QByteArray chunk = process.readAllStandardOutput();
    take(out, chunk, outCap);
    if (before + chunk.size() > outCap)
        *outOverflow = true;
}
} // namespace

ParserRunner::Input ParserRunner::inputFor(const QString &baseDir, const QString &file)
{
    Input input;
    input.file = file;
    const QString name = QFileInfo(file).fileName();
    const auto linkedIn = [&](const QString &dir) {
        struct stat st{};
        return !name.isEmpty() && ::lstat(QFile::encodeName(baseDir + u'/' + dir + u'/' + name).constData(), &st) == 0;
    };
    if (!linkedIn(u"disable"_s)) {
        input.arguments = {u"--"_s, file};
        return input;
    }
    // Read without following a link (the caller may be root, and the parser's messages quote
    // the text), capped.
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    struct stat st{};
    QFile in;
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > MaxInput
        || !in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        input.error = u"cannot read %1 to check it: %2"_s.arg(
            file, fd < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : u"not a regular file of at most 16 MiB"_s);
        if (fd >= 0 && !in.isOpen())
            ::close(fd);
        return input;
    }
    input.text = in.read(MaxInput);
    input.onStdin = true;
    // No file argument: the parser reads fd 0 as it is (as nobody it could not open the pipe
    // again through /dev/stdin, which belongs to its caller).
    if (linkedIn(u"force-complain"_s))
        input.arguments = {u"--Complain"_s};
    return input;
}

ParserRunner::Result ParserRunner::check(QStringList arguments, const QString &baseDir, const QString &file,
    const QStringList &includeDirs, Stdout stdoutIs) const
{
    const Input input = inputFor(baseDir, file);
    arguments += searchPath(baseDir, includeDirs) + input.arguments;
    if (!input.error.isEmpty()) {
        Result result;
        result.argv = QStringList{m_parser} + arguments;
        result.output = input.error;
        result.errorMessage = input.error;
        return result;
    }
    return run(arguments, stdoutIs, &input);
}

ParserRunner::Result ParserRunner::run(const QStringList &arguments, Stdout stdoutIs, const Input *input) const
{
    const bool onStdin = input && input->onStdin;
    const qsizetype outCap = stdoutIs == Stdout::Binary ? MaxBinary : MaxOutput;
    bool outOverflow = false;
    Result result;
    result.argv = QStringList{m_parser} + arguments;
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"PATH"_s, u"/usr/sbin:/usr/bin:/sbin:/bin"_s);
    process.setProcessEnvironment(environment);
    // vfork semantics: the caller waits until the child has run exec, and the child waits for
    // nothing of the caller's. With fork(), a child set-up (the function below) makes Qt's
    // forkfd block each new child until the caller has recorded it; a caller killed in between
    // left that child blocked for good, holding the caller's descriptors, and a killed helper's
    // bus name with them, so no helper could start again.
    process.setUnixProcessParameters(ProcessTree::parameters(QProcess::UnixProcessFlag::CloseFileDescriptors
        | QProcess::UnixProcessFlag::ResetSignalHandlers | QProcess::UnixProcessFlag::IgnoreSigPipe
        | QProcess::UnixProcessFlag::UseVFork));
    // The parser never outlives its caller: until exec it holds copies of the caller's
    // descriptors (the helper's bus connection among them), so a killed helper's name would
    // stay on the bus while a child set itself up. A change of user clears the death signal,
    // hence the second time.
    process.setChildProcessModifier([increment = m_nice, setup = m_childSetup, parent = ::getpid()] {
        (void)::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
        // nice() changes the calling thread's value, which the child inherited from the
        // thread that started it; -1 is also a valid result, and a failure is harmless.
        if (increment != 0)
            (void)::nice(increment);
        if (setup)
            setup();
        (void)::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
    process.setWorkingDirectory(u"/"_s);
    const QDeadlineTimer deadline(m_timeoutMs);
    if (m_cancel && *m_cancel) {
        result.cancelled = true;
        result.errorMessage = u"apparmor_parser was cancelled"_s;
        return result;
    }
    // Checked first: with a child setup function, a parser that cannot be executed may look
    // started and then exit with 127.
    if (!QFileInfo(m_parser).isExecutable() || !QFileInfo(m_parser).isFile()) {
        result.output = u"not an executable file"_s;
        result.errorMessage = u"Cannot run %1: %2"_s.arg(m_parser, result.output);
        return result;
    }
    process.start(m_parser, arguments, onStdin ? QIODevice::ReadWrite : QIODevice::ReadOnly);
    if (!process.waitForStarted(m_timeoutMs)) {
        result.output = process.errorString();
        result.errorMessage = u"Cannot run %1: %2"_s.arg(m_parser, result.output);
        return result;
    }
    result.started = true;
    if (onStdin)
        process.write(input->text); // written while the loop below waits; then end of file
    process.closeWriteChannel();
    QByteArray err;
    QByteArray out;
    // Polled, so a cancellation kills the run within a few milliseconds.
    const int pollMs = m_cancel ? 10 : 100;
    while (!process.waitForFinished(pollMs) && process.state() != QProcess::NotRunning) {
        drain(process, err, out, outCap, &outOverflow);
        if (m_cancel && *m_cancel) {
            ProcessTree::kill(process, 1000);
            result.cancelled = true;
            result.errorMessage = u"apparmor_parser was cancelled"_s;
            return result;
        }
        if (deadline.hasExpired()) {
            ProcessTree::kill(process, 1000);
            result.timedOut = true;
            result.errorMessage = u"apparmor_parser timed out after %1 s"_s.arg(m_timeoutMs / 1000);
            return result;
        }
    }
    drain(process, err, out, outCap, &outOverflow);
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.ok = result.exitCode == 0;
    if (stdoutIs == Stdout::Binary) {
        // The compiled policy is no text: stderr alone holds the messages.
        result.output = QString::fromUtf8(err);
        if (result.ok && outOverflow) {
            result.ok = false;
            result.output += u"the compiled policy is larger than %1 bytes\n"_s.arg(MaxBinary);
        } else if (result.ok && out.isEmpty()) {
            result.ok = false;
            result.output += u"apparmor_parser wrote no compiled policy\n"_s;
        }
        if (result.ok)
            result.binary = out;
    } else {
        result.standardOutput = QString::fromUtf8(out);
        result.output = QString::fromUtf8(err + out);
    }
    if (onStdin) {
        // What the parser read on stdin is the file the caller named (or the one it maps to).
        ParserDiagnostics diagnostics = m_diagnostics;
        diagnostics.mapPath(QString(), m_diagnostics.realPath(input->file), QString::fromUtf8(input->text));
        readDiagnostics(&result, diagnostics);
    } else {
        readDiagnostics(&result, m_diagnostics);
    }
    return result;
}

void ParserRunner::readDiagnostics(Result *result, const ParserDiagnostics &diagnostics)
{
    result->diagnostics = diagnostics.parse(result->output);
    if (result->ok)
        return;
    // The first error with a place, else the first error (a message without one).
    const ParserDiagnostic *first = nullptr;
    for (const ParserDiagnostic &d : std::as_const(result->diagnostics)) {
        if (d.severity != ParserDiagnostic::Severity::Error)
            continue;
        if (!first || (first->line == 0 && d.line > 0))
            first = &d;
        if (d.line > 0)
            break;
    }
    if (first) {
        result->errorFile = first->file;
        result->errorLine = first->line;
        result->errorMessage = first->message;
    } else {
        result->errorMessage = result->crashed ? u"apparmor_parser crashed"_s
                                               : u"apparmor_parser failed (exit %1)"_s.arg(result->exitCode);
    }
}

void ParserRunner::parseErrors(Result *result)
{
    ParserDiagnostics diagnostics;
    diagnostics.setReadsFiles(false);
    readDiagnostics(result, diagnostics);
}

QStringList ParserRunner::searchPath(const QString &baseDir, const QStringList &includeDirs) const
{
    QStringList arguments{u"--base"_s, baseDir};
    for (const QString &dir : includeDirs)
        arguments << u"-I"_s << dir;
    if (!includeDirs.contains(baseDir))
        arguments << u"-I"_s << baseDir;
    return arguments;
}

ParserRunner::Result ParserRunner::validate(
    const QString &baseDir, const QString &file, const QStringList &includeDirs) const
{
    return check({u"-QK"_s, u"-M"_s, m_features}, baseDir, file, includeDirs);
}

ParserRunner::Result ParserRunner::compile(
    const QString &baseDir, const QString &file, const QStringList &includeDirs) const
{
    QStringList arguments{u"-QKS"_s};
    // Kernel mode compiles for the running kernel, as "apparmor_parser -r" would.
    if (m_mode == LoadMode::ValidateOnly)
        arguments << u"-M"_s << m_features;
    return check(arguments, baseDir, file, includeDirs, Stdout::Binary);
}

ParserRunner::Result ParserRunner::names(
    const QString &baseDir, const QString &file, const QStringList &includeDirs) const
{
    return check({u"-N"_s, u"-M"_s, m_features}, baseDir, file, includeDirs);
}

QStringList ParserRunner::namesOf(const Result &result)
{
    return result.standardOutput.split(u'\n', Qt::SkipEmptyParts);
}

ParserRunner::Result ParserRunner::loadBinary(const QByteArray &binary) const
{
    Result result;
    if (m_mode == LoadMode::ValidateOnly) {
        result.ok = true;
        result.exitCode = 0;
        return result;
    }
    // Another parser (a test's fake) is run as "PARSER -r -B FILE".
    if (m_parser != QStringLiteral(ARMORER_APPARMOR_PARSER)) {
        QTemporaryFile file(QDir::tempPath() + u"/armorer-binary-XXXXXX"_s);
        if (!file.open() || file.write(binary) != binary.size() || !file.flush()) {
            result.output = u"cannot write the compiled policy for %1"_s.arg(m_parser);
            result.errorMessage = result.output;
            return result;
        }
        return run({u"-r"_s, u"-B"_s, u"--"_s, file.fileName()});
    }
    // The system's parser would only hand the binary to the same libapparmor call
    // ("apparmor_parser -r -B" replaces with aa_kernel_interface_replace_policy): made here,
    // it saves a process start per change.
    result.argv = {u"aa_kernel_interface_replace_policy"_s, QString::number(binary.size()) + u" bytes"_s};
    aa_kernel_interface *kernel = nullptr;
    int rc = aa_kernel_interface_new(&kernel, nullptr, nullptr);
    if (rc == 0) {
        rc = aa_kernel_interface_replace_policy(kernel, binary.constData(), size_t(binary.size()));
        const int error = errno;
        aa_kernel_interface_unref(kernel);
        errno = error;
    }
    if (rc != 0) {
        result.exitCode = 1;
        result.output = u"Could not replace the profile: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        result.errorMessage = result.output;
        return result;
    }
    result.ok = true;
    result.exitCode = 0;
    return result;
}

ParserRunner::Result ParserRunner::reload(const QString &baseDir, const QString &file) const
{
    if (m_mode == LoadMode::ValidateOnly)
        return validate(baseDir, file);
    return run(QStringList{u"-r"_s} + searchPath(baseDir, {}) + QStringList{u"--"_s, file});
}

ParserRunner::Result ParserRunner::remove(const QStringList &profiles) const
{
    Result result;
    result.argv = QStringList{u"aa_kernel_interface_remove_policy"_s} + profiles;
    if (m_mode == LoadMode::ValidateOnly) {
        result.ok = true;
        result.exitCode = 0;
        return result;
    }
    aa_kernel_interface *kernel = nullptr;
    if (aa_kernel_interface_new(&kernel, nullptr, nullptr) != 0) {
        result.exitCode = 1;
        result.output
            = u"Could not open the kernel's policy interface: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        result.errorMessage = result.output;
        return result;
    }
    QStringList failed;
    for (const QString &profile : profiles) {
        if (aa_kernel_interface_remove_policy(kernel, profile.toUtf8().constData()) != 0 && errno != ENOENT)
            failed.append(u"%1: %2"_s.arg(profile, QString::fromLocal8Bit(std::strerror(errno))));
    }
    aa_kernel_interface_unref(kernel);
    if (!failed.isEmpty()) {
        result.exitCode = 1;
        result.output = u"Could not remove %1"_s.arg(failed.join(u"; "_s));
        result.errorMessage = result.output;
        return result;
    }
    result.ok = true;
    result.exitCode = 0;
    return result;
}
