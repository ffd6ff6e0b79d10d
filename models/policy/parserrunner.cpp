// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "parserrunner.h"

#include "processtree.h"

#include "config.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/apparmor.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int TimeoutMs = 60 * 1000;
constexpr qsizetype MaxOutput = 64 * 1024;
} // namespace

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
{
}

ParserRunner::Result ParserRunner::run(const QStringList &arguments) const
{
    Result result;
    result.argv = QStringList{m_parser} + arguments;
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setUnixProcessParameters(ProcessTree::parameters(QProcess::UnixProcessFlag::CloseFileDescriptors
        | QProcess::UnixProcessFlag::ResetSignalHandlers | QProcess::UnixProcessFlag::IgnoreSigPipe));
    process.setWorkingDirectory(u"/"_s);
    process.start(m_parser, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(TimeoutMs)) {
        result.output = process.errorString();
        result.errorMessage = result.output;
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(TimeoutMs)) {
        ProcessTree::kill(process, 1000);
        result.errorMessage = u"apparmor_parser timed out"_s;
        return result;
    }
    result.output = QString::fromUtf8(process.readAll().left(MaxOutput));
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.ok = result.exitCode == 0;
    if (!result.ok)
        parseErrors(&result);
    return result;
}

void ParserRunner::parseErrors(Result *result)
{
    // "AppArmor parser error for ARG in profile FILE at line N: MSG" (with a file), or
    // "AppArmor parser error for ARG in profile FILE: MSG", or a bare message.
    static const QRegularExpression withLine(
        uR"(^AppArmor parser error for .*? in profile (.*) at line (\d+): (.*)$)"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression withoutLine(
        uR"(^AppArmor parser error(?: for .*?)?: (.*)$)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = withLine.match(result->output);
    if (m.hasMatch()) {
        result->errorFile = m.captured(1);
        result->errorLine = m.captured(2).toInt();
        result->errorMessage = m.captured(3).trimmed();
        return;
    }
    const QRegularExpressionMatch bare = withoutLine.match(result->output);
    if (bare.hasMatch()) {
        result->errorMessage = bare.captured(1).trimmed();
        return;
    }
    const QString first = result->output.section(u'\n', 0, 0).trimmed();
    result->errorMessage = first.isEmpty() ? u"apparmor_parser failed (exit %1)"_s.arg(result->exitCode) : first;
}

ParserRunner::Result ParserRunner::validate(
    const QString &baseDir, const QString &file, const QStringList &includeDirs) const
{
    QStringList arguments{u"-QK"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE), u"--base"_s, baseDir};
    for (const QString &dir : includeDirs)
        arguments << u"-I"_s << dir;
    arguments << u"-I"_s << baseDir << u"--"_s << file;
    return run(arguments);
}

ParserRunner::Result ParserRunner::compile(
    const QString &baseDir, const QString &file, const QStringList &includeDirs, const QString &output) const
{
    QStringList arguments{u"-QK"_s, u"-o"_s, output};
    // Kernel mode compiles for the running kernel, as "apparmor_parser -r" would.
    if (m_mode == LoadMode::ValidateOnly)
        arguments << u"-M"_s << QStringLiteral(ARMORER_FEATURES_FILE);
    arguments << u"--base"_s << baseDir;
    for (const QString &dir : includeDirs)
        arguments << u"-I"_s << dir;
    arguments << u"-I"_s << baseDir << u"--"_s << file;
    return run(arguments);
}

ParserRunner::Result ParserRunner::loadBinary(const QString &binary) const
{
    Result result;
    if (m_mode == LoadMode::ValidateOnly) {
        result.ok = true;
        result.exitCode = 0;
        return result;
    }
    // Another parser (a test's fake) is run as "PARSER -r -B FILE".
    if (m_parser != QStringLiteral(ARMORER_APPARMOR_PARSER))
        return run({u"-r"_s, u"-B"_s, u"--"_s, binary});
    // The system's parser would only hand the file to the same libapparmor call
    // ("apparmor_parser -r -B" replaces with aa_kernel_interface_replace_policy): made here,
    // it saves a process start per change.
    result.argv = {u"aa_kernel_interface_replace_policy_from_file"_s, binary};
    aa_kernel_interface *kernel = nullptr;
    int rc = aa_kernel_interface_new(&kernel, nullptr, nullptr);
    if (rc == 0) {
        rc = aa_kernel_interface_replace_policy_from_file(kernel, AT_FDCWD, QFile::encodeName(binary).constData());
        const int error = errno;
        aa_kernel_interface_unref(kernel);
        errno = error;
    }
    if (rc != 0) {
        result.exitCode = 1;
        result.output = u"Could not replace profile %1: %2"_s.arg(binary, QString::fromLocal8Bit(std::strerror(errno)));
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
    return run({u"-r"_s, u"--base"_s, baseDir, u"-I"_s, baseDir, u"--"_s, file});
}

ParserRunner::Result ParserRunner::unload(const QString &baseDir, const QString &file) const
{
    if (m_mode == LoadMode::ValidateOnly)
        return validate(baseDir, file);
    return run({u"-R"_s, u"--base"_s, baseDir, u"-I"_s, baseDir, u"--"_s, file});
}
