// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>
#include <QStringView>

// What went wrong in a privileged operation. The helper sends it as a D-Bus error whose name
// says what happened and whose message is "CODE: detail"; the detail is technical (a path, the
// parser's message) and never translated: the GUI translates by name.
struct HelperError
{
    enum class Code {
        None = 0,
        AccessDenied = 1, // polkit said no
        AuthorizationRequired = 2, // polkit wants an authentication the caller did not allow
        InvalidProfileName = 3,
        InvalidArgument = 4, // NUL bytes, bad mode, bad cursor, bad change id
        TooLarge = 5,
        PathRefused = 6, // traversal, symlink, not a regular file, directory swapped
        NotFound = 7,
        Conflict = 8, // the file changed since the caller read it (expectedHash)
        ParserRejected = 9, // apparmor_parser refused the new text: nothing was written
        ReloadFailed = 10, // the kernel refused it: the previous file was restored
        IoError = 11,
        NoSuchChange = 12,
        // The change failed and the previous files could not be put back: they are not as they
        // were, and the journal keeps the change and its backup.
        RollbackFailed = 13,
        // Client side only: no system bus, or no armorer-helper on it.
        HelperUnavailable = 14,
        // Client side only: the helper did not answer in time, or stopped before answering.
        NoReply = 15,
    };

    Code code = Code::None;
    QString detail;

    HelperError() = default;
    HelperError(Code c, const QString &d)
        : code(c)
        , detail(d)
    {
    }
    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    // "io.github.armorer.Error.Conflict"; the two authorization errors use the standard names
    // org.freedesktop.DBus.Error.AccessDenied and ...InteractiveAuthorizationRequired.
    static QString dbusName(Code code);
    static Code fromDBusName(QStringView name);
    // The D-Bus error message: "8: <detail>".
    QString dbusMessage() const;
};
