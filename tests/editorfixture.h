// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

// A sandbox system root for the editor tests: the system's real tunables, abstractions and abi
// (so includes resolve as on a real system) plus the test's own profiles.
#include "demoroot.h"
#include "systemroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
} // namespace EditorFixture
