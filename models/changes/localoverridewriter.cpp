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

QString LocalOverrideWriter::overrideFileName(const QString &profile)
{
    const RuleTarget target = RuleTarget::fromLabel(profile);
    QString name = target.profile.startsWith(u'/') ? target.profile.mid(1) : target.profile;
    for (const QString &child : target.children)
        name += u'_' + child;
    name.replace(u'/', u'.');
    return name;
}

QString LocalOverrideWriter::currentOverride(const QString &profile) const
{
    return QString::fromUtf8(
        BoundedFile::read(m_profileDir + u"/local/"_s + overrideFileName(profile), 4 * 1024 * 1024).data);
}

QString LocalOverrideWriter::profileFile(const QString &profile) const
{
    ProfileIndex index;
    index.build(m_profileDir);
    return index.sourceOf(RuleTarget::fromLabel(profile).profile).file;
}

void LocalOverrideWriter::apply(const QString &profile, const QString &text, Done done)
{
    auto write = [this, &profile](const QString &content, QString *error) {
        QDir().mkpath(m_profileDir + u"/local"_s);
        QSaveFile f(m_profileDir + u"/local/"_s + overrideFileName(profile));
        if (!f.open(QIODevice::WriteOnly) || f.write(content.toUtf8()) < 0 || !f.commit()) {
            *error = f.errorString();
            return false;
        }
        return true;
    };
    const QString file = profileFile(profile);
    if (file.isEmpty()) {
        done({false, u"no profile named %1 in %2"_s.arg(profile, m_profileDir), {}});
        return;
    }
    const QString previous = currentOverride(profile);
    const bool existed = QFile::exists(m_profileDir + u"/local/"_s + overrideFileName(profile));
    QString error;
    if (!write(text, &error)) {
        done({false, error, {}});
        return;
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
        write(previous, &ignored);
    else
        QFile::remove(m_profileDir + u"/local/"_s + overrideFileName(profile));
    done({false, checked.summary(), {}});
}

QString OverrideApplier::overrideNameFor(const QString &profile) const
{
    return LocalOverrideWriter::overrideFileName(profile);
}
