// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "helpererror.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class HelperClient;

// The one way a change reaches armorer-helper, for the GUI and armorctl alike: an override
// written or applied (an allow, a removed rule, the editor's save), a mode set, a profile
// unloaded, disabled or enabled, a change undone. HelperClient's change calls are private to this class, so no
// other code can issue one. A write carries the hash of what the caller saw when it loaded the
// file (never fetched again before the write), and a write refused because the file changed
// since comes back as Conflict with the file's current text, so the caller can show a fresh
// diff. Reads (list, history, log, ReadOverride) stay on HelperClient.
class HelperChangeChannel : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Status { Done, Conflict, Failed };
        Status status = Status::Failed;
        HelperError error;
        QString changeId; // the journal's id ("" when nothing changed, or for an unload)
        QString hash; // sha256 of what the file holds after a write
        // Conflict of an override write only: what it holds now (the helper's reading), its hash.
        QString currentText;
        QString currentHash;

        bool ok() const { return status == Status::Done; }
        bool isConflict() const { return status == Status::Conflict; }
        // A sentence for the user ("" when done).
        QString message() const;
    };
    using Done = std::function<void(const Result &)>;

    explicit HelperChangeChannel(HelperClient *client, QObject *parent = nullptr);

    // For the reads that go with the changes (ReadOverride, History).
    HelperClient *client() const { return m_client; }

    // Replaces local/NAME with text. loadedHash is the sha256 of what the caller loaded ("" when
    // the file did not exist then).
    void writeOverride(const QString &name, const QString &text, const QString &loadedHash, Done done);
    // One allow: the include into file's profile (child's block when child is not "") and its
    // override local/NAME (name, for the conflict's current text), in one call.
    void applyOverride(const QString &file, const QString &child, const QString &name, const QString &text,
        const QString &loadedHash, Done done);
    // mode: enforce, complain, kill, unconfined or prompt, for the profile file file.
    void setMode(const QString &file, const QString &mode, Done done);
    // Removes the file's profiles from the kernel; the file stays.
    void unload(const QString &file, Done done);
    // Disables the file as aa-disable does (disable/<file> made, its profiles unloaded, off
    // across reboots), or enables it again (the link removed, the file loaded). Journaled: the
    // result carries the change id, and undo() reverses it.
    void disable(const QString &file, Done done);
    void enable(const QString &file, Done done);
    // The helper's Undo of a change in its journal.
    void undo(const QString &changeId, Done done);

Q_SIGNALS:
    // After every change the helper made (a view showing the system may want to read again).
    void changed(const QString &changeId);
    // A write was refused because name changed since the caller loaded it.
    void conflicted(const QString &name, const QString &currentText);

private:
    // done(result) for a reply; on Conflict, first reads what local/NAME holds now. Static with
    // a guarded self: a reply may come after the channel is gone, and done still runs then.
    static void finish(QPointer<HelperChangeChannel> self, const QString &name, const HelperError &error,
        const QString &changeId, const QString &hash, Done done);

    HelperClient *m_client;
};
