// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "localoverridewriter.h"

#include "boundedfile.h"
#include "parserrunner.h"
#include "profileindex.h"
#include "rulecandidate.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

LocalOverrideWriter::LocalOverrideWriter(const QString &profileDir, const QString &parser)
    : m_profileDir(profileDir)
    , m_parser(parser)
{
}

OverrideNaming::Target LocalOverrideWriter::targetFor(const QString &profile) const
{
    const QString file = profileFile(profile);
    if (file.isEmpty()) {
        OverrideNaming::Target t;
        t.error = u"no profile named %1 in %2"_s.arg(profile, m_profileDir);
        return t;
    }
    return OverrideNaming::targetInFile(file, profile, allSharing());
}

QString LocalOverrideWriter::currentOverride(const QString &profile) const
{
    const QString name = overrideNameFor(profile);
    if (name.isEmpty())
        return {};
    return QString::fromUtf8(BoundedFile::read(m_profileDir + u"/local/"_s + name, 4 * 1024 * 1024).data);
}

QString LocalOverrideWriter::profileFile(const QString &profile) const
{
    ProfileIndex index;
    index.buildFor(m_profileDir, RuleTarget::fromLabel(profile).profile);
    const QString file = index.sourceOf(RuleTarget::fromLabel(profile).profile).file;
    if (file.isEmpty() || QDir::isAbsolutePath(file))
        return file;
    return m_profileDir + u'/' + file;
}

namespace {
bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) < 0 || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}
} // namespace

void LocalOverrideWriter::apply(const QString &profile, const QString &text, Done done)
{
    const OverrideNaming::Target target = targetFor(profile);
    if (!target.isValid()) {
        done({false, target.error, {}});
        return;
    }
    const QString file = profileFile(profile);
    const QString overridePath = m_profileDir + u"/local/"_s + target.name;
    QDir().mkpath(m_profileDir + u"/local"_s);
    QFile previousFile(overridePath);
    const bool existed = previousFile.open(QIODevice::ReadOnly);
    const QByteArray previous = existed ? previousFile.readAll() : QByteArray();
    previousFile.close();
    QByteArray profileBefore;
    if (target.addInclude) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            done({false, f.errorString(), {}});
            return;
        }
        profileBefore = f.readAll();
    }
    QString error;
    if (!writeFile(overridePath, text.toUtf8(), &error)) {
        done({false, error, {}});
        return;
    }
    // The profile's own block includes its new override.
    if (target.addInclude) {
        const std::optional<QString> withInclude = PolicyDocument::parse(QString::fromUtf8(profileBefore))
                                                       .withIncludeIn(target.block, u"local/"_s + target.name);
        if (!withInclude || !writeFile(file, withInclude->toUtf8(), &error)) {
            QString ignored;
            if (existed)
                writeFile(overridePath, previous, &ignored);
            else
                QFile::remove(overridePath);
            done({false,
                withInclude
                    ? error
                    : u"%1: the profile's block is not closed, or its last statement lacks its comma"_s.arg(file),
                {}});
            return;
        }
    }
    QString filePath = file;
    if (!QDir::isAbsolutePath(filePath))
        filePath = m_profileDir + u'/' + file;
    const ParserRunner::Result checked
        = ParserRunner(ParserRunner::LoadMode::ValidateOnly, m_parser).validate(m_profileDir, filePath);
    if (checked.ok) {
        done({true, {}});
        return;
    }
    // Refused: put back what was there, so the profile keeps loading.
    QString ignored;
    if (existed)
        writeFile(overridePath, previous, &ignored);
    else
        QFile::remove(overridePath);
    if (target.addInclude)
        writeFile(file, profileBefore, &ignored);
    done({false, checked.summary(), {}});
}

QString OverrideApplier::overrideNameFor(const QString &profile) const
{
    const OverrideNaming::Target target = targetFor(profile);
    return target.isValid() ? target.name : OverrideNaming::nameWithoutFile(profile);
}

OverrideNaming::Target OverrideApplier::targetFor(const QString &) const
{
    OverrideNaming::Target t;
    t.error = u"no profile file known"_s;
    return t;
}
