// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperoverrideapplier.h"
#include "boundedfile.h"
#include "helperchangechannel.h"

#include "changerecord.h"
#include "overridenaming.h"
#include "rulecandidate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

HelperOverrideApplier::HelperOverrideApplier(HelperChangeChannel *channel, const SystemRoot &root)
    : m_channel(channel)
    , m_root(root)
{
}

QString HelperOverrideApplier::fileOf(const QString &profile) const
{
    return m_index.sourceOf(RuleTarget::fromLabel(profile).profile).file;
}

OverrideNaming::Target HelperOverrideApplier::targetFor(const QString &profile) const
{
    const QString file = fileOf(profile);
    if (file.isEmpty()) {
        OverrideNaming::Target t;
        t.error = profile + u": no file in the profile index defines it"_s;
        return t;
    }
    // Profiles are world-readable: the same reading of the same file as the helper's.
    return OverrideNaming::targetInFile(file, profile, allSharing());
}

QString HelperOverrideApplier::currentOverride(const QString &profile) const
{
    // Overrides are world-readable (0644 root): reading needs no helper round trip.
    const QString name = overrideNameFor(profile);
    if (name.isEmpty())
        return {};
    // Bounded and regular files only: a FIFO put there must not hang the client.
    const BoundedFile::Result file = BoundedFile::read(m_root.localDir() + u'/' + name, OverrideNaming::MaxTextSize);
    if (!file.ok()) {
        m_readHashes.insert(
            name, file.status == BoundedFile::Status::Missing ? std::optional<QString>(QString()) : std::nullopt);
        return {};
    }
    const QByteArray &bytes = file.data;
    m_readHashes.insert(name, ChangeRecord::hash(bytes));
    return QString::fromUtf8(bytes);
}

void HelperOverrideApplier::apply(const QString &profile, const QString &text, Done done)
{
    const OverrideNaming::Target target = targetFor(profile);
    if (!target.isValid()) {
        done({false, target.error, {}});
        return;
    }
    const QString file = QFileInfo(fileOf(profile)).fileName();
    const QString name = target.name;
    HelperChangeChannel *channel = m_channel;
    const auto finished = [this, name, done](const HelperChangeChannel::Result &result) {
        if (!result.ok()) {
            done({false, result.message(), {}, result.isConflict()});
            return;
        }
        m_readHashes.insert(name, result.hash);
        done({true, {}, result.changeId});
    };
    // The shared override is written as it is (the profiles include it already); the
    // profile's own goes through ApplyOverride, which also adds its include.
    const bool shared = !target.shared.isEmpty() && name == target.shared;
    auto write = [channel, file, profile, name, text, shared, finished](const QString &expectedHash) {
        if (shared)
            channel->writeOverride(name, text, expectedHash, finished);
        else
            channel->applyOverride(file, RuleTarget::fromLabel(profile).label(), name, text, expectedHash, finished);
    };
    if (!m_readHashes.contains(name))
        currentOverride(profile);
    if (const std::optional<QString> hash = m_readHashes.value(name)) {
        write(*hash);
        return;
    }
    // Not readable here, so text was not built on what it holds: asking the helper for its hash
    // now would let this write replace text nobody saw.
    done({false,
        QCoreApplication::translate("HelperOverrideApplier",
            "local/%1 could not be read, so a change to it would replace text you have not seen. Nothing was "
            "written.")
            .arg(name),
        {}});
}

void HelperOverrideApplier::undo(
    const QString &profile, const QString &changeId, const QString &previousText, Done done)
{
    if (changeId.isEmpty()) {
        apply(profile, previousText, std::move(done));
        return;
    }
    const QString name = overrideNameFor(profile);
    m_channel->undo(changeId, [this, name, previousText, done](const HelperChangeChannel::Result &change) {
        if (!change.ok()) {
            done({false, change.message(), {}, change.isConflict()});
            return;
        }
        // What the file holds now is what this change replaced: the next write expects it.
        m_readHashes.insert(name, previousText.isEmpty() ? QString() : ChangeRecord::hash(previousText.toUtf8()));
        done({true, {}, change.changeId});
    });
}
