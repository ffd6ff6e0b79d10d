// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

class PolicyDocument;

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Turns one profile into what containers and clusters consume: the Security Profiles
// Operator's AppArmorProfile (v1alpha1 with the raw policy, v1 with the structured
// spec.abstract), a pod securityContext snippet, a docker run line and an LXC config line.
//
// SPO loads a profile on the nodes under the CRD's metadata.name, and pods refer to it by the
// name loaded in the kernel, so every output uses one name: the profile's own (from its header)
// or, when that is not a valid Kubernetes object name, the one the caller gives, written into
// the exported header. The structured v1 form is never broader than the profile where it can
// be avoided: rules it cannot express are left out and listed, and the few places where SPO's
// generator grants a little more than the rule (write rules also get "l") are listed too.
class FleetExport
{
    Q_DECLARE_TR_FUNCTIONS(FleetExport)

public:
    enum class Format { SpoV1Alpha1, SpoV1, Pod, Docker, Lxc, All };

    // One rule of the profile that spec.abstract does not carry as written.
    struct Note
    {
        enum class Kind {
            Dropped, // left out: the v1 profile does not allow this
            Broader, // kept, but SPO's generated rule allows a little more
            Lost, // left out, and the v1 profile may allow what this rule denied or limited
        };
        Kind kind = Kind::Dropped;
        int line = 0; // in the profile file, 1-based
        QString rule;
        QString reason;
    };

    struct Abstract
    {
        QStringList allowedExecutables;
        QStringList allowedLibraries;
        QStringList readOnlyPaths;
        QStringList writeOnlyPaths;
        QStringList readWritePaths;
        bool allowTcp = false;
        bool allowUdp = false;
        QStringList allowedCapabilities;
    };

    // Reads profileName out of a profile file's text (the file may hold several profiles).
    // exportName, when not empty, replaces the name the profile is loaded under. Returns an
    // invalid export with error() set on failure.
    static FleetExport fromProfileText(
        const QString &fileText, const QString &profileName, const QString &exportName = QString());

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The name in the profile's header, as the kernel lists it today.
    QString sourceName() const { return m_sourceName; }
    // The name every output uses (== sourceName unless renamed).
    QString name() const { return m_name; }
    // Whether name() may be a Kubernetes object name (SPO's metadata.name); the CRDs need it.
    bool hasObjectName() const { return isObjectName(m_name); }
    // The exported policy text: the file's preamble and this profile's block, header renamed.
    QString policy() const { return m_policy; }
    bool complain() const { return m_complain; }
    void setComplain(bool complain) { m_complain = complain; }

    Abstract abstract() const { return m_abstract; }
    QList<Note> notes() const { return m_notes; }

    QString spoV1Alpha1() const;
    QString spoV1() const;
    QString podSnippet() const;
    QString dockerLine() const;
    QString lxcLine() const;
    // One format; All joins the YAML documents and shows the lines as comments.
    QString text(Format format) const;

    static bool isObjectName(const QString &name);
    // A valid object name made from a profile name, to offer when the profile's own is not one:
    // lower case, every run of other characters as one '-', no '-' or '.' at the ends
    // ("/usr/bin/man" -> "usr-bin-man"); "profile" when nothing is left.
    static QString objectNameFor(const QString &profileName);
    static QString formatName(Format format);
    static bool parseFormat(const QString &text, Format *format);
    static QString noteKindName(Note::Kind kind);

private:
    void buildAbstract(const PolicyDocument &doc, int block);
    void classify(const QString &rule, int line);
    void note(Note::Kind kind, int line, const QString &rule, const QString &reason);

    QString m_error;
    QString m_sourceName;
    QString m_name;
    QString m_policy;
    bool m_complain = false;
    QStringList m_preambleVariables;
    Abstract m_abstract;
    QList<Note> m_notes;
};
