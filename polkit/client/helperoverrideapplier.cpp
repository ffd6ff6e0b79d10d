// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperoverrideapplier.h"
#include "boundedfile.h"
#include "helperclient.h"

#include "changerecord.h"
#include "overridenaming.h"
#include "rulecandidate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

HelperOverrideApplier::HelperOverrideApplier(HelperClient *client, const SystemRoot &root)
    : m_client(client)
    , m_root(root)
{
}

std::pair<QString, QString> HelperOverrideApplier::fileAndChild(const QString &profile) const
{
    const RuleTarget target = RuleTarget::fromLabel(profile);
    const ProfileIndex::Source source = m_index.sourceOf(target.profile);
    const QString file
        = source.isValid() ? QFileInfo(source.file).fileName() : OverrideApplier::overrideNameFor(target.profile);
    return {file, target.children.join(u"//"_s)};
}

QString HelperOverrideApplier::overrideNameFor(const QString &profile) const
{
    const auto [file, child] = fileAndChild(profile);
    const QString name = OverrideNaming::name(file, child);
    return name.isEmpty() ? OverrideApplier::overrideNameFor(profile) : name;
}

QString HelperOverrideApplier::currentOverride(const QString &profile) const
{
    // Overrides are world-readable (0644 root): reading needs no helper round trip.
    const QString name = overrideNameFor(profile);
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
    const auto [file, child] = fileAndChild(profile);
    const QString name = OverrideNaming::name(file, child);
    HelperClient *client = m_client;
    auto write = [this, client, file, child, name, text, done](const QString &expectedHash) {
        client->applyOverride(file, child, text, expectedHash, [this, name, done](const HelperClient::Change &change) {
            if (change.error.isError()) {
                done({false, HelperClient::describe(change.error), {}});
                return;
            }
            m_readHashes.insert(name, change.hash);
            done({true, {}, change.changeId});
        });
    };
    if (!m_readHashes.contains(name))
        currentOverride(profile);
    if (const std::optional<QString> hash = m_readHashes.value(name)) {
        write(*hash);
        return;
    }
    // Not readable here: the helper says what it holds.
    client->readOverride(name, [write, done](const HelperClient::Override &current) {
        if (current.error.isError())
            done({false, HelperClient::describe(current.error), {}});
        else
            write(current.hash);
    });
}

void HelperOverrideApplier::undo(
    const QString &profile, const QString &changeId, const QString &previousText, Done done)
{
    if (changeId.isEmpty()) {
        apply(profile, previousText, std::move(done));
        return;
    }
    const QString name = overrideNameFor(profile);
    m_client->undo(changeId, [this, name, previousText, done](const HelperClient::Change &change) {
        if (change.error.isError()) {
            done({false, HelperClient::describe(change.error), {}});
            return;
        }
        // What the file holds now is what this change replaced: the next write expects it.
        m_readHashes.insert(name, previousText.isEmpty() ? QString() : ChangeRecord::hash(previousText.toUtf8()));
        done({true, {}, change.changeId});
    });
}
