// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilelistparser.h"

using namespace Qt::StringLiterals;

std::optional<LoadedProfile> ProfileListParser::parseLabel(QStringView label)
{
    label = label.trimmed();
    if (label.isEmpty())
        return std::nullopt;

    LoadedProfile profile;
    if (label == u"unconfined") {
        profile.name = label.toString();
        profile.mode = ProfileMode::Unconfined;
    } else {
        // The kernel separates the mode with " (" and ends the line with ")".
        const qsizetype open = label.lastIndexOf(u" ("_s);
        if (open <= 0 || !label.endsWith(u')'))
            return std::nullopt;
        const QStringView mode = label.sliced(open + 2, label.size() - open - 3);
        if (mode.isEmpty() || mode.contains(u' '))
            return std::nullopt;
        profile.name = label.first(open).toString();
        profile.mode = ProfileModes::fromString(mode);
    }

    profile.localName = profile.name;
    if (profile.name.startsWith(u':')) {
        const qsizetype end = profile.name.indexOf(u':', 1);
        if (end <= 1)
            return std::nullopt;
        profile.nameSpace = profile.name.sliced(1, end - 1);
        QStringView rest = QStringView(profile.name).sliced(end + 1);
        if (rest.startsWith(u"//"))
            rest = rest.sliced(2);
        if (rest.isEmpty())
            return std::nullopt;
        profile.localName = rest.toString();
    }
    return profile;
}

std::optional<LoadedProfile> ProfileListParser::parseLine(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.contains('\0'))
        return std::nullopt;
    return parseLabel(QString::fromUtf8(line));
}

ProfileListParser::Result ProfileListParser::parse(QByteArrayView data)
{
    Result result;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++lineNumber;
        const QByteArrayView line = data.sliced(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        if (auto profile = parseLine(line)) {
            result.profiles.append(std::move(*profile));
        } else {
            result.errors.append(
                u"line %1: not a \"NAME (MODE)\" entry: %2"_s.arg(lineNumber).arg(QString::fromUtf8(line.left(200))));
        }
    }
    return result;
}
