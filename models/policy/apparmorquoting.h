// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

// Writing untrusted strings (file names from denials, profile names, labels) into policy text.
// A name from the log must end up as exactly one literal token: never a glob, a variable, a
// second rule or the end of the current one.
namespace AppArmorQuoting {
// A path as a literal AppArmor file-rule token. Glob and variable characters
// (* ? [ ] { } ^ " ! \ and so @{) are backslash-escaped; control characters become octal
// escapes; the token is quoted when it holds anything beyond plain printable ASCII (a space,
// a comma, a '#', a non-ASCII letter...), so it can never end the rule early. The bytes of a
// name that is not UTF-8 (LocalName's escaped bytes) become octal escapes of those bytes.
QString literalPath(const QString &path);

// The glob and variable characters (* ? [ ] { } ^ " ! \ and so @{) backslash-escaped, nothing
// else: the literal part of a pattern that literalPath() or patternToken() then makes a token.
QString escapeGlobCharacters(const QString &text);

// A glob the user typed or a scope generated: kept as a pattern, but quoted when it holds
// whitespace, commas or control characters (which are octal-escaped) so it stays one token.
QString patternToken(const QString &pattern);

// A profile name or label (as in a header, peer=, change_profile ->): quoted when it holds
// whitespace (or a quote or control character), like aa-logprof does. Commas and braces stay:
// they are part of real profile names ("/usr{,/lib/wine}/bin/wine").
QString quoteIfNeeded(const QString &name);

// A label matched as a pattern (peer=, peer=(label=...), io_uring label=): the literal label,
// its glob characters escaped, quoted when needed: it matches that one label only.
QString literalLabel(const QString &label);

// True for a value that may stand as a bare keyword in a rule (a capability, a socket family,
// type or protocol, a signal, a bus, a mount option, an IP address): letters, digits and
// "_-+.:" only. A log value that is not one is left out of the rule, never written raw.
bool isKeyword(const QString &value);

// A profile header as aa-logprof writes it: "/usr/bin/foo {" for path-named profiles,
// "profile name {" otherwise.
QString profileHeader(const QString &name);

// True when the token needs no quotes (printable ASCII, no whitespace, comma, quote or '#').
bool isPlainToken(const QString &token);
} // namespace AppArmorQuoting
