// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "confineddir.h"
#include "helperlogreader.h"
#include "overridewriter.h"
#include "parserrunner.h"
#include "policydocument.h"
#include "profileflags.h"
#include "profilename.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
// A broken invariant: says which, so a crash file can be triaged without a debugger.
[[noreturn]] void broken(const char *invariant)
{
    std::fprintf(stderr, "broken invariant: %s\n", invariant);
    std::abort();
}
} // namespace

// libFuzzer: every argument check the helper applies to what a caller sends, plus the text
// editors that run on profile files. Invariants, not just "no crash": an accepted profile name
// is one plain path component, and editing flags twice gives what editing once gave.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (ProfileName::isValid(input)) {
        if (!ConfinedDir::isPlainName(input) || input.contains(u'/') || input.contains(u"..") || input.startsWith(u'.'))
            broken("an accepted profile name is one plain path component");
    }
    if (ProfileName::isValidChangeId(input) && input.toLongLong() < 0)
        broken("an accepted change id is not negative");
    (void)OverrideWriter::checkText(input);
    for (const ProfileMode mode : {ProfileMode::Enforce, ProfileMode::Complain}) {
        if (const auto once = ProfileFlags::setMode(input, mode)) {
            const auto twice = ProfileFlags::setMode(*once, mode);
            // A garbage header may stop being one once its flags are gone (then nothing is
            // edited, which is safe); when it still is one, the second edit changes nothing.
            if (twice && *twice != *once)
                broken("setting a mode twice gives what setting it once gave");
        }
    }
    // The reader writes back what it read; an include it adds is found afterwards.
    const PolicyDocument doc = PolicyDocument::parse(input);
    if (doc.toText() != input)
        broken("the reader writes back what it read");
    const QList<int> top = doc.topLevelProfiles();
    if (!top.isEmpty()) {
        if (const auto with = doc.withIncludeIn(top.first(), u"local/usr.bin.fuzz"_s)) {
            const PolicyDocument again = PolicyDocument::parse(*with);
            if (again.profilesIncluding(u"local/usr.bin.fuzz").isEmpty())
                broken("an include added to a profile is found afterwards");
        }
    }
    ParserRunner::Result result;
    result.output = input;
    ParserRunner::parseErrors(&result);
    return 0;
}
