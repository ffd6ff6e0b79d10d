// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "boundedfile.h"
#include "commands.h"
#include "displaytext.h"
#include "fleetexport.h"
#include "kubectldeploy.h"
#include "profileindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

int Cli::exportProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "Export a profile for containers and Kubernetes: a Security Profiles Operator AppArmorProfile "
        "(v1alpha1 with the raw policy, v1 with the structured spec.abstract), a pod securityContext, "
        "and the docker and LXC lines.\n"
        "What the structured v1 form cannot express is listed on standard error."));
    parser.addPositionalArgument(u"profile"_s,
        QCoreApplication::translate("armorctl", "The loaded profile's name, as armorctl status lists it."));
    const QCommandLineOption file(u"file"_s,
        QCoreApplication::translate(
            "armorctl", "Read the profile from <file> (- for standard input) instead of the profile directory."),
        u"file"_s);
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate(
            "armorctl", "What to print: spo-v1, spo-v1alpha1, pod, docker, lxc or all (default)."),
        u"format"_s, u"all"_s);
    const QCommandLineOption name(u"name"_s,
        QCoreApplication::translate("armorctl",
            "Load the profile under <name> instead (needed when its name is not a valid "
            "Kubernetes object name)."),
        u"name"_s);
    const QCommandLineOption mode(u"mode"_s,
        QCoreApplication::translate("armorctl", "The v1 mode: enforce or complain (default: the profile's flags)."),
        u"mode"_s);
    const QCommandLineOption apply(u"apply"_s,
        QCoreApplication::translate("armorctl", "Send the AppArmorProfile to the cluster with kubectl apply -f -."));
    const QCommandLineOption api(u"api"_s,
        QCoreApplication::translate(
            "armorctl", "The SPO API --apply sends: v1 (default, SPO 1.0 and later) or v1alpha1 (older SPO)."),
        u"version"_s, u"v1"_s);
    parser.addOptions({rootOption(), file, format, name, mode, apply, api});
    if (!parse(parser, arguments))
        return 2;

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.isEmpty() && !parser.isSet(file))) {
        err << QCoreApplication::translate("armorctl", "armorctl export: name one profile (or give --file).") << '\n';
        return 2;
    }
    FleetExport::Format fmt;
    if (!FleetExport::parseFormat(parser.value(format), &fmt)) {
        err << QCoreApplication::translate("armorctl", "armorctl export: unknown format \"%1\"; the formats are: %2.")
                   .arg(parser.value(format), u"spo-v1alpha1, spo-v1, pod, docker, lxc, all"_s)
            << '\n';
        return 2;
    }
    if (parser.value(api) != u"v1" && parser.value(api) != u"v1alpha1") {
        err << QCoreApplication::translate("armorctl", "armorctl export: the API is v1 or v1alpha1.") << '\n';
        return 2;
    }
    const bool v1alpha1 = parser.value(api) == u"v1alpha1";
    const QString profile = positional.value(0);

    QString path = parser.value(file);
    if (path.isEmpty()) {
        ProfileIndex index;
        index.build(rootFrom(parser).profileDir());
        path = index.sourceOf(profile).file;
        if (path.isEmpty()) {
            err << QCoreApplication::translate("armorctl", "armorctl export: no file in %1 defines the profile \"%2\".")
                       .arg(rootFrom(parser).profileDir(), profile)
                << '\n';
            return 1;
        }
    }
    const BoundedFile::Result in = BoundedFile::readInput(path, ProfileIndex::MaxProfileSize);
    if (!in.ok()) {
        err << "armorctl export: " << in.error << '\n';
        return 1;
    }
    FleetExport exported = FleetExport::fromProfileText(QString::fromUtf8(in.data), profile, parser.value(name));
    if (!exported.isValid()) {
        err << "armorctl export: " << DisplayText::escaped(path) << ": " << exported.error() << '\n';
        return 1;
    }
    if (parser.isSet(mode)) {
        const QString m = parser.value(mode);
        if (m != u"enforce" && m != u"complain") {
            err << QCoreApplication::translate("armorctl", "armorctl export: the mode is enforce or complain.") << '\n';
            return 2;
        }
        exported.setComplain(m == u"complain");
    }
    const bool needsCrd = fmt == FleetExport::Format::SpoV1Alpha1 || fmt == FleetExport::Format::SpoV1
        || fmt == FleetExport::Format::All || parser.isSet(apply);
    if (needsCrd && !exported.hasObjectName()) {
        err << QCoreApplication::translate("armorctl",
            "armorctl export: \"%1\" is not a valid Kubernetes object name, and SPO loads the profile "
            "under the AppArmorProfile's name. Choose one with --name (lower case letters, digits, '-' "
            "and '.'), e.g. --name %2.")
                   .arg(exported.name(), FleetExport::objectNameFor(exported.name()))
            << '\n';
        return 1;
    }
    for (const FleetExport::Note &n : exported.notes()) {
        if (fmt == FleetExport::Format::SpoV1 || fmt == FleetExport::Format::All || (parser.isSet(apply) && !v1alpha1))
            err << QCoreApplication::translate("armorctl", "spec.abstract, line %1 (%2): %3 -- %4")
                       .arg(n.line)
                       .arg(FleetExport::noteKindName(n.kind), n.rule, n.reason)
                << '\n';
    }
    err.flush();

    if (parser.isSet(apply)) {
        const QByteArray yaml = (v1alpha1 ? exported.spoV1Alpha1() : exported.spoV1()).toUtf8();
        KubectlDeploy deploy;
        if (KubectlDeploy::kubectlPath().isEmpty()) {
            err << QCoreApplication::translate(
                "armorctl", "armorctl export: kubectl is not installed. Save the YAML and run: %1")
                       .arg(u"armorctl export --format spo-"_s + parser.value(api) + u' ' + profile
                           + u" > profile.yaml && "_s + KubectlDeploy::manualCommand())
                << '\n';
            return 1;
        }
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&deploy, &KubectlDeploy::finished, &loop, [&](bool success, const QString &output) {
            ok = success;
            QTextStream(success ? stdout : stderr) << output;
            loop.quit();
        });
        if (!deploy.apply(yaml))
            return 1;
        loop.exec();
        return ok ? 0 : 1;
    }
    QTextStream(stdout) << exported.text(fmt);
    return 0;
}
