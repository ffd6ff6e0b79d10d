// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperoverrideapplier.h"
#include "helperclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

HelperOverrideApplier::HelperOverrideApplier(HelperClient *client, const SystemRoot &root)
    : m_client(client)
    , m_root(root)
{
}

QString HelperOverrideApplier::overrideNameFor(const QString &profile) const
{
    const ProfileIndex::Source source = m_index.sourceOf(profile);
    if (source.isValid())
        return QFileInfo(source.file).fileName();
    return OverrideApplier::overrideNameFor(profile);
}

QString HelperOverrideApplier::currentOverride(const QString &profile) const
{
    // Overrides are world-readable (0644 root): reading needs no helper round trip.
    QFile file(m_root.localDir() + u'/' + overrideNameFor(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(1024 * 1024));
}

void HelperOverrideApplier::apply(const QString &profile, const QString &text, Done done)
{
    if (profile.contains(u"//"_s)) {
        // The helper puts "include if exists <local/NAME>" in the top-level block only; a
        // child's or hat's rules there would land in the wrong profile.
        done({false,
            QCoreApplication::translate("HelperOverrideApplier",
                "Rules for a hat or child profile (%1) cannot be added through the helper "
                "yet: add them in the editor.")
                .arg(profile)});
        return;
    }
    const QString name = overrideNameFor(profile);
    HelperClient *client = m_client;
    client->ensureLocalInclude(name, [client, name, text, done](const HelperClient::Change &include) {
        if (include.error.isError()) {
            done({false, HelperClient::describe(include.error)});
            return;
        }
        client->readOverride(name, [client, name, text, done](const HelperClient::Override &current) {
            if (current.error.isError()) {
                done({false, HelperClient::describe(current.error)});
                return;
            }
            client->writeOverride(name, text, current.hash, [done](const HelperClient::Change &change) {
                if (change.error.isError())
                    done({false, HelperClient::describe(change.error)});
                else
                    done({true, {}});
            });
        });
    });
}
