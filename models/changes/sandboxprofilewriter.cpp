// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "sandboxprofilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

SandboxProfileWriter::SandboxProfileWriter(const SystemRoot &root, QObject *parent)
    : ProfileWriter(parent)
    , m_root(root)
{
}

QString SandboxProfileWriter::writeNow(const QString &relativePath, const QByteArray &content) const
{
    if (!m_root.isSandbox() || m_root.rootDir() == u"/")
        return tr("Writing the system's profiles needs the Armorer helper; this build only writes sandbox roots.");
    const QString clean = QDir::cleanPath(relativePath);
    if (clean.isEmpty() || QDir::isAbsolutePath(clean) || clean == u".." || clean.startsWith(u"../"_s)
        || clean.contains(u'\n'))
        return tr("Refusing to write outside the profile directory: %1").arg(relativePath);
    if (content.size() > 4 * 1024 * 1024)
        return tr("Refusing to write a profile larger than 4 MiB.");
    const QString base = QFileInfo(m_root.profileDir()).canonicalFilePath();
    if (base.isEmpty())
        return tr("The profile directory %1 does not exist.").arg(m_root.profileDir());
    const QString target = base + u'/' + clean;
    const QFileInfo info(target);
    if (info.isSymLink())
        return tr("Refusing to write through a symbolic link: %1").arg(target);
    const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (parent.isEmpty()) {
        if (!QDir().mkpath(info.absolutePath()))
            return tr("Cannot create %1").arg(info.absolutePath());
    }
    const QString realParent = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (realParent != base && !realParent.startsWith(base + u'/'))
        return tr("Refusing to write outside the profile directory: %1").arg(relativePath);
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    f.write(content);
    if (!f.commit())
        return f.errorString();
    return {};
}

int SandboxProfileWriter::write(
    const QString &relativePath, const QByteArray &content, const std::optional<QByteArray> &loaded)
{
    Q_UNUSED(loaded); // the sandbox is the user's own: no one else writes it
    const int id = m_nextId++;
    const QString error = writeNow(relativePath, content);
    QMetaObject::invokeMethod(
        this,
        [this, id, error] {
            Q_EMIT finished(id, error.isEmpty(), error);
        },
        Qt::QueuedConnection);
    return id;
}
