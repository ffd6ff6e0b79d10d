// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

// A large, valid profile for the editor's tests and benchmark: file, capability, network and
// signal rules, comments with quotes, and hats, so the highlighting state really flows from
// block to block. apparmor_parser accepts it.
inline QString bigProfile(int lines)
{
    using namespace Qt::StringLiterals;
    QString text = u"abi <abi/4.0>,\ninclude <tunables/global>\n\nprofile big /usr/bin/big flags=(complain) {\n"
                   "  include <abstractions/base>\n"_s;
    // Numbered by line, cycled from 0 so every hat opens (3) before it closes (5).
    int i = 0;
    for (int n = 5; n < lines - 1; ++n, ++i) {
        switch (i % 8) {
        case 0:
            text += u"  # rule group %1 \"quoted\"\n"_s.arg(n);
            break;
        case 1:
            text += u"  /usr/share/big/data-%1/** r,\n"_s.arg(n);
            break;
        case 2:
            text += u"  owner @{HOME}/.config/big-%1/{,**} rw,\n"_s.arg(n);
            break;
        case 3:
            text += u"  ^hat%1 {\n"_s.arg(n);
            break;
        case 4:
            text += u"    capability %1,\n"_s.arg(n % 3 ? u"net_admin"_s : u"sys_ptrace"_s);
            break;
        case 5:
            text += u"  }\n"_s;
            break;
        case 6:
            text += u"  network inet%1 stream,\n"_s.arg(n % 3 ? u"6"_s : QString());
            break;
        default:
            text += u"  signal (send) set=(term, kill) peer=big//hat%1,\n"_s.arg(n);
        }
    }
    if (i % 8 == 4 || i % 8 == 5) // the last hat is still open
        text += u"  }\n"_s;
    return text + u"}\n"_s;
}
