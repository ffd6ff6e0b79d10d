// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// A caller of ParserRunner for tst_parserrunner to kill: it runs the given parser, with a child
// set-up as the helper's compile has, over and over until it is killed. The descriptors it
// was started with stay open in it, as the helper's bus connection does.
#include "parserrunner.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: armorer-parsercaller PARSER PROFILE-DIR\n", stderr);
        return 2;
    }
    ParserRunner runner(ParserRunner::LoadMode::ValidateOnly, arguments.at(1));
    runner.setChildSetup([] { });
    std::puts("running");
    std::fflush(stdout);
    for (;;)
        (void)runner.validate(arguments.at(2), u"x"_s);
}
