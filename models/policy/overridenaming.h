// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "policydocument.h"

#include <QString>

// Which local override an allow for one profile writes, and what a new one is called. The GUI,
// armorctl, the helper and the sandbox all ask here.
//
// The override of a profile is the one its own block includes ("include if exists
// <local/X>"), whatever X is called: that finds every override made before, by any naming.
// When that override is shared by several profiles of the file, or the block includes none, a
// new override for that profile alone is made, named by nameFor().
namespace OverrideNaming {
// An override or profile is a few KiB; the helper refuses more, and readers stop there.
constexpr qsizetype MaxTextSize = 256 * 1024;

// The name (in local/) of a new override for profile `profilePath` (its full name, as
// apparmor_parser --names prints it: "a", "a//child", "a//hat") of the profile file `file`,
// whose first top-level profile is `firstProfile`:
//  - `file` itself for the file's first top-level profile, as the shipped profiles name their
//    overrides ("usr.bin.man" for /usr/bin/man), when the file name has no '+';
//  - otherwise escape(file) + "+" + escape(part) for each part of the path split at "//":
//    "usr.bin.man+man_filter", "transmission+transmission-gtk", "usr.sbin.web+web+vhost".
// escape() keeps A-Z a-z 0-9 '_' '-' and '.' (but not a second '.' in a row) and writes every
// other byte of the UTF-8 as "@XX" (upper-case hex), so an escaped part never holds a '+': the
// name splits back into the file and the path, and names of the first kind have no '+'. The
// function is therefore injective over every (file, profile) of a profile tree. "" when the
// result is no valid override name (ProfileName: longer than 200, or a name the loader skips).
QString nameFor(const QString &file, const QString &profilePath, const QString &firstProfile);

// The profile files that may include local/NAME, likeliest first: the file a name of this
// naming was made for, else NAME itself and NAME without its "_suffix" parts (the names made
// before: "usr.sbin.web_vhost" -> "usr.sbin.web_vhost", "usr.sbin.web").
QStringList profileFilesFor(const QString &overrideName);

// The override of a loaded profile that no file of the profile tree defines (so nameFor() has
// no file to go by): the top-level name without its leading '/', '/' as '.', and "_child" for
// each child or hat ("/usr/sbin/web//vhost" -> "usr.sbin.web_vhost"), the names Armorer gave
// every override before nameFor().
QString nameWithoutFile(const QString &profileLabel);
// Where an allow for one profile of a file goes.
struct Target
{
    QString error; // the profile is not in the file, or no valid name
    QString name; // the override to write, in local/
    bool addInclude = false; // name is new to this profile: include it inside its block
    int block = -1; // the profile's block in the document
    // The override the block includes when other profiles include it too ("" otherwise), and
    // every profile that includes it: the "all N profiles" choice.
    QString shared;
    QStringList sharedBy;
    bool isValid() const { return error.isEmpty(); }
};
// The default target: the profile's own override, or a new one when it has none or shares it.
// With allSharing, the shared override when there is one.
Target targetFor(const PolicyDocument &doc, const QString &file, const QString &profilePath, bool allSharing = false);
// The same for the profile file at path (read with a size cap; a missing or unreadable file
// gives an invalid target with the reason).
Target targetInFile(const QString &path, const QString &profilePath, bool allSharing = false);
} // namespace OverrideNaming
