// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilemode.h"

using namespace Qt::StringLiterals;

ProfileMode ProfileModes::fromString(QStringView mode)
{
    if (mode == u"enforce")
        return ProfileMode::Enforce;
    if (mode == u"complain")
        return ProfileMode::Complain;
    if (mode == u"kill")
        return ProfileMode::Kill;
    if (mode == u"unconfined")
        return ProfileMode::Unconfined;
    if (mode == u"prompt" || mode == u"user")
        return ProfileMode::Prompt;
    if (mode == u"mixed")
        return ProfileMode::Mixed;
    return ProfileMode::Unknown;
}

QString ProfileModes::toString(ProfileMode mode)
{
    switch (mode) {
    case ProfileMode::Enforce:
        return u"enforce"_s;
    case ProfileMode::Complain:
        return u"complain"_s;
    case ProfileMode::Kill:
        return u"kill"_s;
    case ProfileMode::Unconfined:
        return u"unconfined"_s;
    case ProfileMode::Prompt:
        return u"prompt"_s;
    case ProfileMode::Mixed:
        return u"mixed"_s;
    case ProfileMode::Unknown:
        break;
    }
    return u"unknown"_s;
}

QList<ProfileMode> ProfileModes::profileModes()
{
    return {
        ProfileMode::Enforce, ProfileMode::Complain, ProfileMode::Prompt, ProfileMode::Kill, ProfileMode::Unconfined};
}
