// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

// Log lines the denial tests write: each carries its number as the audit serial, so a test can
// tell which records arrived and how often.
#include "apparmorevent.h"
#include "denialparser.h"

#include <QByteArray>
#include <QString>
#include <QStringBuilder>

namespace TestLines {
constexpr qint64 BaseEpoch = 1700000000;

inline QByteArray fields(int n, const QByteArray &profile = "firefox")
{
    return R"(apparmor="DENIED" operation="open" class="file" profile=")" + profile + R"(" name="/tmp/f)"
        + QByteArray::number(n) + R"(" pid=42 comm="cat" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0)";
}

// A kern.log line for record n, logged at BaseEpoch + n seconds.
inline QByteArray kernLine(int n, const QByteArray &profile = "firefox")
{
    return "Nov 22 10:00:00 host kernel: [12345.678901] audit: type=1400 audit(" + QByteArray::number(BaseEpoch + n)
        + ".123:" + QByteArray::number(n) + "): " + fields(n, profile) + '\n';
}

// Record n as a reader of kern.log delivers it: parsed, and known to be the kernel's.
inline AppArmorEvent kernelRecord(int n, const QByteArray &profile = "firefox")
{
    std::optional<AppArmorEvent> d = DenialParser::parseLine(kernLine(n, profile).chopped(1));
    if (!d)
        qFatal("fixture not parsed: %d", n);
    d->origin = AppArmorEvent::Origin::Kernel;
    return *d;
}

inline QByteArray noiseLine(int n)
{
    return "Nov 22 10:00:00 host systemd[1]: Started session " + QByteArray::number(n) + ".\n";
}

// The AppArmorEvent for the record fields body, parsed as the application parses the journal's kernel
// transport (and so the kernel's); a fixture that does not parse stops the test.
inline AppArmorEvent parsed(const QByteArray &body)
{
    const QByteArray line = "audit: type=1400 audit(1700000000.123:42): " + body;
    std::optional<AppArmorEvent> d = DenialParser::parseLine(line);
    if (!d)
        qFatal("fixture not parsed: %s", body.constData());
    d->origin = AppArmorEvent::Origin::Kernel;
    return *d;
}
} // namespace TestLines
