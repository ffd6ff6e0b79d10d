// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

// A sandbox system root for the editor tests: the system's real tunables, abstractions and abi
// (so includes resolve as on a real system) plus the test's own profiles.
#include "config.h"
#include "demoroot.h"
#include "systemroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace EditorFixture {
inline bool create(const QString &dir)
{
    using namespace Qt::StringLiterals;
    const QString from = SystemRoot::system().profileDir();
    const QString to = SystemRoot::fromDirectory(dir).profileDir();
    QDir().mkpath(to + u"/local"_s);
    for (const QString &sub : {u"tunables"_s, u"abstractions"_s, u"abi"_s}) {
        if (!DemoRoot::copyTree(from + u'/' + sub, to + u'/' + sub))
            return false;
    }
    return true;
}

// A small valid profile the editor tests open and change.
inline constexpr char ToolProfile[] = "abi <abi/4.0>,\ninclude <tunables/global>\n\nprofile tool /usr/bin/tool {\n"
                                      "  include <abstractions/base>\n  /etc/tool r,\n}\n";

inline bool write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

inline QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The major version of the apparmor_parser the tests run (4 on Debian 13, 5 on sid).
inline int parserMajorVersion()
{
    using namespace Qt::StringLiterals;
    QProcess parser;
    parser.start(QStringLiteral(ARMORER_APPARMOR_PARSER), {u"--version"_s});
    parser.waitForFinished(10000);
    const auto match = QRegularExpression(u"version (\\d+)\\."_s).match(QString::fromUtf8(parser.readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// What the parser says of an undefined variable @{name}: AppArmor 5 words it differently.
inline QString undefinedVariableMessage(const QString &name)
{
    using namespace Qt::StringLiterals;
    return parserMajorVersion() >= 5 ? u"Failed to find declaration for: @{%1}"_s.arg(name)
                                     : u"Found reference to variable %1, but is never declared"_s.arg(name);
}
} // namespace EditorFixture
