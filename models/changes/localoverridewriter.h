// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overrideapplier.h"

// Writes local/NAME in a profile directory the process may write (a test root, a user's own
// tree), validates the profile that includes it with the real apparmor_parser (-QK, nothing
// loaded into a kernel), and puts the previous text back when the parser refuses it.
class LocalOverrideWriter : public OverrideApplier
{
public:
    // parser: the apparmor_parser binary (ARMORER_APPARMOR_PARSER).
    LocalOverrideWriter(const QString &profileDir, const QString &parser);

    QString currentOverride(const QString &profile) const override;
    void apply(const QString &profile, const QString &text, Done done) override;

    // local/NAME's file name for a profile ("/usr/bin/foo" -> "usr.bin.foo"), as the
    // profiles shipped by AppArmor name them; a hat or child profile has its own file
    // ("/usr/sbin/web//vhost" -> "usr.sbin.web_vhost"), included inside its block, because
    // a second "^vhost {" block in the parent's override would redefine the hat (the parser
    // refuses "Multiple definitions for hat").
    static QString overrideFileName(const QString &profile);

private:
    QString profileFile(const QString &profile) const;
    QString m_profileDir;
    QString m_parser;
};
