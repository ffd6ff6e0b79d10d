// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Unsaved edits, autosaved under the user's XDG state directory
// ($XDG_STATE_HOME/armorer/drafts, ~/.local/state/armorer/drafts), so a crash or a kill loses
// nothing: the editor offers a draft back when its file is opened again. Each draft is written
// atomically (a whole draft or the previous one, never half).
class DraftStore
{
public:
    struct Draft
    {
        QString file; // the file the draft is an edit of
        QString text;
        QString baseText; // the file's content when the edit started
        QDateTime saved;
    };

    // The default directory; a test or a sandbox passes its own.
    explicit DraftStore(const QString &dir = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_dir; }

    bool save(const QString &file, const QString &text, const QString &baseText, QString *error = nullptr);
    std::optional<Draft> draftFor(const QString &file) const;
    void remove(const QString &file);
    QList<Draft> drafts() const;

private:
    QString pathFor(const QString &file) const;
    static std::optional<Draft> read(const QString &path);
    QString m_dir;
};
