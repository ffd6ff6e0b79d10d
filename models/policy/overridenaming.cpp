// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overridenaming.h"

#include "boundedfile.h"
#include "profilename.h"
#include "rulecandidate.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
QString escape(const QString &part)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QString out;
    const QByteArray bytes = part.toUtf8();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        const bool plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_'
            || b == '-' || (b == '.' && !out.endsWith(u'.'));
        if (plain) {
            out += QLatin1Char(char(b));
        } else {
            out += u'@';
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 15]);
        }
    }
    return out;
}

} // namespace

namespace {
QString suffixedName(const QString &file, const QString &profilePath)
{
    QString name = escape(file);
    for (const QString &part : profilePath.split(u"//"_s))
        name += u'+' + escape(part);
    return ProfileName::isValid(name) ? name : QString();
}
} // namespace

QString OverrideNaming::nameFor(const QString &file, const QString &profilePath, const QString &firstProfile)
{
    if (file.isEmpty() || profilePath.isEmpty())
        return {};
    if (profilePath == firstProfile && !file.contains(u'+'))
        return ProfileName::isValid(file) ? file : QString();
    return suffixedName(file, profilePath);
}

OverrideNaming::Target OverrideNaming::targetFor(
    const PolicyDocument &doc, const QString &file, const QString &profilePath, bool allSharing)
{
    Target t;
    t.block = doc.findProfile(profilePath);
    if (t.block < 0) {
        t.error = u"%1 defines no profile %2"_s.arg(file, profilePath);
        return t;
    }
    // The first local override the block includes is the profile's own, unless others share it.
    QString own;
    for (const int inc : doc.ownIncludes(t.block)) {
        const PolicyDocument::Node &n = doc.node(inc);
        if (n.angled && n.name.startsWith(u"local/"_s) && ProfileName::isValid(n.name.sliced(6))) {
            own = n.name.sliced(6);
            break;
        }
    }
    if (!own.isEmpty()) {
        const QList<int> sharers = doc.profilesIncluding(QString(u"local/"_s + own));
        if (sharers.size() <= 1) {
            t.name = own;
            return t;
        }
        t.shared = own;
        for (const int p : sharers)
            t.sharedBy.append(doc.node(p).fullName);
        if (allSharing) {
            t.name = own;
            return t;
        }
    }
    const QList<int> top = doc.topLevelProfiles();
    t.name = nameFor(file, profilePath, top.isEmpty() ? QString() : doc.node(top.first()).fullName);
    // The profile the file is named after, sharing local/FILE: its own is the suffixed form,
    // which no other (file, profile) pair is named.
    if (!t.shared.isEmpty() && t.name == t.shared)
        t.name = suffixedName(file, profilePath);
    if (t.name.isEmpty()) {
        t.error = u"no valid override name for %1 in %2"_s.arg(profilePath, file);
        return t;
    }
    t.addInclude = !doc.includes(t.block, QString(u"local/"_s + t.name));
    return t;
}

OverrideNaming::Target OverrideNaming::targetInFile(const QString &path, const QString &profilePath, bool allSharing)
{
    // Profiles are small; the helper refuses larger texts too.
    constexpr qint64 MaxProfileSize = 4 * 1024 * 1024;
    const BoundedFile::Result file = BoundedFile::read(path, MaxProfileSize);
    if (!file.ok()) {
        Target t;
        t.error = file.error;
        return t;
    }
    const QByteArray &bytes = file.data;
    return targetFor(
        PolicyDocument::parse(QString::fromUtf8(bytes)), QFileInfo(path).fileName(), profilePath, allSharing);
}

QStringList OverrideNaming::profileFilesFor(const QString &overrideName)
{
    if (overrideName.contains(u'+')) {
        // Undo escape() on the file part.
        const QString escaped = overrideName.section(u'+', 0, 0);
        QByteArray bytes;
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            bool ok = false;
            if (escaped[i] == u'@' && i + 2 < escaped.size()) {
                const char byte = char(escaped.mid(i + 1, 2).toUInt(&ok, 16));
                if (ok) {
                    bytes += byte;
                    i += 2;
                    continue;
                }
            }
            bytes += escaped[i].toLatin1();
        }
        return {QString::fromUtf8(bytes)};
    }
    QStringList files{overrideName};
    QString name = overrideName;
    for (qsizetype cut = name.lastIndexOf(u'_'); cut > 0; cut = name.lastIndexOf(u'_')) {
        name.truncate(cut);
        files.append(name);
    }
    return files;
}

QString OverrideNaming::nameWithoutFile(const QString &profileLabel)
{
    const RuleTarget target = RuleTarget::fromLabel(profileLabel);
    QString name = target.profile.startsWith(u'/') ? target.profile.mid(1) : target.profile;
    for (const QString &child : target.children)
        name += u'_' + child;
    name.replace(u'/', u'.');
    return name;
}
