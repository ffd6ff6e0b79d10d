// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserdiagnostic.h"
#include "parserdiagnostics.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// The one way Armorer runs apparmor_parser: for the helper's transaction (validate, compile,
// load, unload), the editor's live check, the direct override writer and the names a file
// defines. Every run gets the same treatment:
//  - the binary is fixed at build time (config.h; a test passes its own), the arguments go as
//    an argv list (never a shell);
//  - the environment is cleared (LC_ALL=C, so its messages are the untranslated ones the
//    diagnostics parser reads, and a fixed PATH);
//  - it runs in its own process group, which a timeout or a cancellation kills whole (the
//    parser compiles in forked workers: see ProcessTree);
//  - its output is capped, and read through the one diagnostics parser (ParserDiagnostics);
//  - it may run below the caller's priority (setNice), so a check as you type never takes the
//    CPU from the editor.
// A check (validate, compile, names) checks a disabled file too: apparmor_parser skips a file
// that has a link in <base>/disable/ and succeeds having read nothing, so such a file is given
// on its standard input instead (and a link in <base>/force-complain/ becomes --Complain, as
// the parser would apply it).
// A compiled policy is loaded in process with libapparmor's kernel interface, as the parser
// itself loads one. Runs are synchronous: callers that must not block run it on a worker
// thread and cancel through setCancelFlag().
class ParserRunner
{
public:
    enum class LoadMode {
        Kernel, // reload (-r) and unload (-R) act on the kernel
        ValidateOnly, // a test flag for kernels without AppArmor: reload and unload run -QK
    };

    struct Result
    {
        bool ok = false;
        bool started = false; // false: the parser could not be run (output says why)
        bool crashed = false; // killed by a signal (not by us)
        bool timedOut = false;
        bool cancelled = false;
        int exitCode = -1;
        QString output; // stderr, then stdout (stderr alone for compile())
        QString standardOutput; // stdout alone (the names of -N)
        QByteArray binary; // compile(): the compiled policy the parser wrote to stdout
        QList<ParserDiagnostic> diagnostics; // the output read by ParserDiagnostics
        // The first error among the diagnostics, when there is one.
        QString errorFile;
        int errorLine = 0;
        QString errorMessage;
        QStringList argv; // what ran, for reports and tests
        // One line for the caller: the parser's first error, or its output.
        QString summary() const;
    };

    static constexpr int DefaultTimeoutMs = 60 * 1000;
    static constexpr qsizetype MaxOutput = 256 * 1024;
    // A compiled policy larger than this is refused (the largest shipped profile compiles to
    // well under a megabyte).
    static constexpr qsizetype MaxBinary = 64 * 1024 * 1024;
    // A disabled file larger than this is not checked (the helper takes 256 KiB of text).
    static constexpr qsizetype MaxInput = 16 * 1024 * 1024;

    explicit ParserRunner(LoadMode mode = LoadMode::Kernel, const QString &parser = QString());

    LoadMode loadMode() const { return m_mode; }
    QString parserPath() const { return m_parser; }

    // The kernel features file the checks compile for (-M); ARMORER_FEATURES_FILE by default.
    void setFeaturesFile(const QString &file) { m_features = file; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Added to the calling thread's nice value for the parser and its workers (0: unchanged).
    void setNice(int increment) { m_nice = increment; }
    // Polled while the parser runs; when it turns true the process group is killed and the
    // result is marked cancelled. The flag must outlive the run.
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancel = cancelled; }
    // Maps the paths the parser saw (a temporary overlay) back to the files a person edits.
    void setDiagnostics(const ParserDiagnostics &diagnostics) { m_diagnostics = diagnostics; }
    // The seam for running the parser with fewer rights: called in the child between its start
    // and exec, after the runner's own set-up (death signal, priority). The child shares the
    // caller's memory (vfork semantics), so it may make system calls only: no allocation, no
    // write outside its own stack (a few KiB), no C library wrapper that acts on the whole
    // process (setuid() and its kin: use the system calls). It may call _exit() to refuse the run.
    using ChildSetup = std::function<void()>;
    void setChildSetup(ChildSetup setup) { m_childSetup = std::move(setup); }

    // -QK -M features: parses and compiles, loads nothing. includeDirs are searched first, in
    // order, then baseDir (the profile directory, also --base).
    Result validate(const QString &baseDir, const QString &file, const QStringList &includeDirs = {}) const;
    // Validation and compilation in one run (-QKS): the binary for the running kernel's
    // features (Kernel mode) or for the features file (ValidateOnly), read from the parser's
    // stdout (capped at MaxBinary) into Result::binary, which loadBinary() then loads as it is,
    // so what was validated is exactly what is loaded. The parser writes no file, so it can run
    // in a child that may write nowhere (see setChildSetup).
    Result compile(const QString &baseDir, const QString &file, const QStringList &includeDirs) const;
    // The names of the profiles, children and hats a file defines (-N), in Result::names().
    Result names(const QString &baseDir, const QString &file, const QStringList &includeDirs = {}) const;
    // Replaces the profiles of a binary compile() made, as "apparmor_parser -r -B" does (with
    // the system's parser: the same libapparmor call, in process). In ValidateOnly mode nothing
    // is loaded (compile() already ran the parser) and the result is ok.
    Result loadBinary(const QByteArray &binary) const;
    Result reload(const QString &baseDir, const QString &file) const;
    // Removes the named profiles (top-level names; their children and hats go with them) from
    // the kernel, as "apparmor_parser -R" does, with the same libapparmor call, in process: no
    // profile text is parsed. A name that is not loaded counts as removed. In ValidateOnly mode
    // nothing is removed and the result is ok.
    Result remove(const QStringList &profiles) const;

    // The names one per line of a names() run.
    static QStringList namesOf(const Result &result);
    // Reads the parser's output into diagnostics and the first error; public for tests and
    // fuzzing. Paths are taken as they are (no mapping, nothing read from disk).
    static void parseErrors(Result *result);

private:
    enum class Stdout { Text, Binary };
    // A file to check, as the parser gets it: its path, or for a disabled file its text.
    struct Input
    {
        QStringList arguments; // the options it needs and "--" and its path (none on stdin)
        QString file; // the file the caller named
        QByteArray text; // the file's text on stdin, for a disabled file
        bool onStdin = false;
        QString error; // the file could not be read
    };
    Result run(const QStringList &arguments, Stdout stdoutIs = Stdout::Text, const Input *input = nullptr) const;
    Result check(QStringList arguments, const QString &baseDir, const QString &file, const QStringList &includeDirs,
        Stdout stdoutIs = Stdout::Text) const;
    static Input inputFor(const QString &baseDir, const QString &file);
    QStringList searchPath(const QString &baseDir, const QStringList &includeDirs) const;
    static void readDiagnostics(Result *result, const ParserDiagnostics &diagnostics);

    LoadMode m_mode;
    QString m_parser;
    QString m_features;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_nice = 0;
    const std::atomic_bool *m_cancel = nullptr;
    ParserDiagnostics m_diagnostics;
    ChildSetup m_childSetup;
};
