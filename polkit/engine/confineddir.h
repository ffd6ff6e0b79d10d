// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// A directory the helper may touch, held open as a file descriptor so that every file in it
// is reached by one plain name relative to that descriptor: never a joined path. Opening walks
// the path one component at a time with O_NOFOLLOW, so no symlink anywhere in it is followed;
// files are opened with openat(O_NOFOLLOW) and must be regular files with one link. A symlink
// swapped in for the directory after it was opened is caught by stillAt().
class ConfinedDir
{
public:
    // Profiles and overrides are small; anything bigger is refused, never read whole.
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    enum class Status {
        Ok,
        Missing,
        Refused, // a symlink, not a regular file, hard-linked, not a plain name
        TooLarge,
        Error,
    };

    ConfinedDir() = default;
    ~ConfinedDir();
    ConfinedDir(const ConfinedDir &) = delete;
    ConfinedDir &operator=(const ConfinedDir &) = delete;
    ConfinedDir(ConfinedDir &&other) noexcept;
    ConfinedDir &operator=(ConfinedDir &&other) noexcept;

    // Opens an absolute directory path. With create, missing final components are made (0755,
    // or 0700 with privateMode).
    Status open(const QString &absolutePath, bool create = false, bool privateMode = false);
    // Opens the directory `name` inside this one.
    Status openSub(const ConfinedDir &parent, const QString &name, bool create = false, bool privateMode = false);

    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    int fd() const { return m_fd; }
    QString errorString() const { return m_error; }

    // Whether the path still names the directory that was opened (no swap since).
    bool stillAt() const;

    Status read(const QString &name, QByteArray *out, qint64 maxSize = MaxFileSize) const;
    // temp file in this directory, write, fsync, rename over name, fsync the directory.
    // SyncDir::Later leaves the directory's fsync to the next writeAtomic in it (one fsync
    // persists every rename made in the directory before it).
    enum class SyncDir { Now, Later };
    Status writeAtomic(const QString &name, const QByteArray &bytes, int mode = 0644, SyncDir sync = SyncDir::Now);
    Status remove(const QString &name);
    // Lists plain regular file names (symlinks and directories left out), sorted.
    QStringList entries() const;

    // Symbolic links, for the disable/ directory where a link names a profile turned off. They
    // are never followed: only the link itself is read, made or removed.
    // The link's target (Missing when absent, Refused when name is not a symbolic link).
    Status readLink(const QString &name, QByteArray *target) const;
    // name -> target, made under a temporary name and renamed over name, which may only be a
    // symbolic link or nothing.
    Status writeLinkAtomic(const QString &name, const QByteArray &target, SyncDir sync = SyncDir::Now);
    // Removes the symbolic link name (never a file or a directory).
    Status removeLink(const QString &name);

    // The temporary files (and links) writeAtomic() and writeLinkAtomic() leave behind when
    // their process is killed mid-write.
    static QStringList temporaryFiles(const ConfinedDir &dir);

    // One path component: not empty, not "." or "..", no '/', no NUL, at most 255 bytes.
    static bool isPlainName(QStringView name);

private:
    QStringList list(bool links) const;
    Status checkLink(const QString &name) const;
    Status moveIntoPlace(const QByteArray &temp, const QByteArray &name, SyncDir sync);

    int m_fd = -1;
    QString m_path;
    mutable QString m_error;
};
