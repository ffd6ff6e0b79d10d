// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>
#include <QStringList>

// Runs apparmor_parser for the helper: the binary is fixed at build time (config.h), the
// arguments go as an argv list (never a shell), and the environment is cleared (only LC_ALL=C,
// so its messages are the untranslated ones callers parse). A compiled policy is loaded in
// process with libapparmor's kernel interface, as the parser itself loads one.
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
        int exitCode = -1;
        QString output; // stderr and stdout
        // The first "AppArmor parser error ... at line N: MSG", when there is one.
        QString errorFile;
        int errorLine = 0;
        QString errorMessage;
        QStringList argv; // what ran, for reports and tests
        // One line for the caller: the parser's first error, or its output.
        QString summary() const;
    };

    explicit ParserRunner(LoadMode mode = LoadMode::Kernel, const QString &parser = QString());

    LoadMode loadMode() const { return m_mode; }
    QString parserPath() const { return m_parser; }

    // -QK -M features: parses and compiles, loads nothing. includeDirs are searched first, in
    // order, then baseDir (the profile directory, also --base).
    Result validate(const QString &baseDir, const QString &file, const QStringList &includeDirs = {}) const;
    // Validation and compilation in one run (-QK -o output): the binary for the running
    // kernel's features (Kernel mode) or for the features file (ValidateOnly), which
    // loadBinary() then loads as it is, so what was validated is exactly what is loaded.
    Result compile(
        const QString &baseDir, const QString &file, const QStringList &includeDirs, const QString &output) const;
    // Replaces the profiles of a binary compile() wrote, as "apparmor_parser -r -B" does (with
    // the system's parser: the same libapparmor call, in process). In ValidateOnly mode nothing
    // is loaded (compile() already ran the parser) and the result is ok.
    Result loadBinary(const QString &binary) const;
    Result reload(const QString &baseDir, const QString &file) const;
    Result unload(const QString &baseDir, const QString &file) const;

    // Reads the parser's error format; public for tests and fuzzing.
    static void parseErrors(Result *result);

private:
    Result run(const QStringList &arguments) const;

    LoadMode m_mode;
    QString m_parser;
};
