// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserdiagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

// What an AppArmor kernel mediates, or what an ABI file declares: the features tree as paths
// ("network_v9/af_inet", "namespaces/userns_create", "policy/permstable32/prompt"). The kernel
// publishes it as directories under securityfs (apparmor/features), apparmor_parser's cache as
// the same tree in text ("network_v8 {af_mask {unspec unix ...}}"), and an ABI file
// (abi/4.0) in that text form too.
class FeatureSet
{
    Q_DECLARE_TR_FUNCTIONS(FeatureSet)

public:
    // The securityfs features directory; unknown() when it does not exist.
    static FeatureSet fromDirectory(const QString &featuresDir);
    // The text form (an ABI file or a features file).
    static FeatureSet fromText(QStringView text);

    // Whether anything was read at all: an unknown set answers every question with "yes", so
    // nothing is blamed on a kernel or an ABI Armorer could not see.
    bool isKnown() const { return m_known; }
    // "network_v9/af_inet": a directory or a key; "network/af_mask/inet": a value as well.
    bool has(QStringView path) const { return !m_known || m_paths.contains(path.toString()); }

    // Why a rule would be weakened or dropped under these kernel features and this ABI (both
    // must have a feature for the rule to be enforced as written), in one sentence; empty when
    // it is enforced as written. The editor's warning and the denial explainer both ask this.
    static QString downgradeOf(QStringView rule, const FeatureSet &kernel, const FeatureSet &abi);

    // The editor's warnings: every rule line of a profile file's text that downgradeOf()
    // reports, against the kernel's features and the ABI the text declares (read from
    // profileDir), as warnings on file.
    static QList<ParserDiagnostic> downgradedLines(
        const QString &text, const QString &file, const QString &profileDir, const FeatureSet &kernel);

private:
    void add(const QString &path);

    bool m_known = false;
    QSet<QString> m_paths;
};
