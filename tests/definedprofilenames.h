// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "policydocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

// The names `apparmor_parser --names` prints for a file, read with PolicyDocument: the file's
// own profiles, and those its includes define inside them, as the parser expands an include
// in place (abstractions/ubuntu-helpers defines sanitized_helper, so /usr/bin/pidgin includes
// /usr/bin/pidgin//sanitized_helper). <x> is looked up in includeDirs, "x" next to the file;
// a directory includes its files.
inline QStringList definedProfileNames(
    const QString &path, const QStringList &includeDirs, const QString &prefix = {}, int depth = 0)
{
    QStringList names;
    QFile f(path);
    if (depth > 16 || !f.open(QIODevice::ReadOnly))
        return names;
    const PolicyDocument doc = PolicyDocument::parse(QString::fromUtf8(f.readAll()));
    const auto qualified = [&prefix](const QString &name) {
        return prefix.isEmpty() ? name : prefix + u"//" + name;
    };
    for (const int p : doc.profiles())
        names.append(qualified(doc.node(p).fullName));
    for (qsizetype i = 0; i < doc.nodes().size(); ++i) {
        const PolicyDocument::Node &n = doc.node(int(i));
        if (n.kind != PolicyDocument::NodeKind::Include)
            continue;
        QStringList candidates;
        if (n.angled) {
            for (const QString &dir : includeDirs)
                candidates.append(dir + u'/' + n.name);
        } else {
            candidates.append(QFileInfo(path).absolutePath() + u'/' + n.name);
        }
        const int enclosing = doc.enclosingProfile(int(i));
        const QString inner = enclosing < 0 ? prefix : qualified(doc.node(enclosing).fullName);
        for (const QString &candidate : candidates) {
            const QFileInfo info(candidate);
            if (info.isDir()) {
                for (const QFileInfo &entry : QDir(candidate).entryInfoList(QDir::Files, QDir::Name))
                    names += definedProfileNames(entry.filePath(), includeDirs, inner, depth + 1);
                break;
            }
            if (info.isFile()) {
                names += definedProfileNames(candidate, includeDirs, inner, depth + 1);
                break;
            }
        }
    }
    return names;
}
