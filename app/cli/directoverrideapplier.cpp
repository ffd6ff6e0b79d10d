// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "directoverrideapplier.h"

#include "profileindex.h"
#include "rulecandidate.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

DirectOverrideApplier::DirectOverrideApplier(const SystemRoot &root)
    : m_root(root)
    , m_writer(root, ParserRunner(ParserRunner::LoadMode::ValidateOnly))
{
}

HelperError DirectOverrideApplier::open()
{
    if (!m_root.isSandbox() || m_root.rootDir() == u"/")
        return {HelperError::Code::PathRefused,
            QCoreApplication::translate("armorctl", "the system's profiles are changed only through the helper")};
    return m_writer.open();
}

QString DirectOverrideApplier::fileOf(const QString &profile) const
{
    const QString topLevel = RuleTarget::fromLabel(profile).profile;
    ProfileIndex index;
    index.buildFor(m_root.profileDir(), topLevel);
    return index.sourceOf(topLevel).file;
}

OverrideNaming::Target DirectOverrideApplier::targetFor(const QString &profile) const
{
    const QString file = fileOf(profile);
    if (file.isEmpty()) {
        OverrideNaming::Target t;
        t.error = QCoreApplication::translate("armorctl", "no file in %1 defines the profile %2")
                      .arg(m_root.profileDir(), profile);
        return t;
    }
    return OverrideNaming::targetInFile(file, profile, allSharing());
}

QString DirectOverrideApplier::currentOverride(const QString &profile) const
{
    const QString name = overrideNameFor(profile);
    const OverrideWriter::Content content = m_writer.readOverride(name);
    m_readHashes.insert(name, content.hash);
    return QString::fromUtf8(content.bytes);
}

void DirectOverrideApplier::apply(const QString &profile, const QString &text, Done done)
{
    const OverrideNaming::Target target = targetFor(profile);
    if (!target.isValid()) {
        done({false, target.error, {}});
        return;
    }
    if (!m_readHashes.contains(target.name))
        currentOverride(profile);
    const QString expected = m_readHashes.value(target.name);
    const QString file = QFileInfo(fileOf(profile)).fileName();
    const OverrideWriter::Outcome outcome = !target.shared.isEmpty() && target.name == target.shared
        ? m_writer.writeOverride(target.name, text, expected, ::getuid())
        : m_writer.applyOverride(file, RuleTarget::fromLabel(profile).label(), text, expected, ::getuid());
    if (outcome.error) {
        done({false, outcome.error.detail, {}});
        return;
    }
    m_readHashes.insert(target.name, outcome.hash);
    done({true, {}, outcome.changeId});
}
