// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"
#include "explanation.h"
#include "featureset.h"
#include "filescope.h"
#include "kernelquery.h"
#include "profileindex.h"
#include "profilemode.h"
#include "profilepolicy.h"
#include "systemroot.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <memory>

// "Why was this denied?": classifies one AppArmor record by what decided it, from the
// profile's whole policy on disk (ProfilePolicy: includes, variables, alternations,
// abstractions), the kernel's features and the profile's ABI (FeatureSet), the profile's
// mode, and the loaded policy itself where the kernel can be asked (KernelQuery). Profiles are
// read once and kept compiled, so a log of thousands of records costs microseconds a record.
class DenialExplainer
{
    Q_DECLARE_TR_FUNCTIONS(DenialExplainer)

public:
    // Reads the kernel's features now; profiles are read when first needed. The kernel is
    // asked only for the running system (root.isSandbox() false).
    explicit DenialExplainer(const SystemRoot &root);
    ~DenialExplainer();

    // The modes the kernel lists (from the status snapshot); without an entry the profile's
    // flags on disk decide.
    void setLoadedModes(const QHash<QString, ProfileMode> &modes) { m_modes = modes; }
    // AppArmor 5 userland (abi/5.0 shipped) has priority= rules; 4.x has not.
    int appArmorMajor() const { return m_major; }
    const FeatureSet &kernelFeatures() const { return m_kernel; }
    // Forgets the profiles read so far (after a change on disk).
    void clear();

    Explanation explain(const AppArmorEvent &denial) const;

private:
    struct Compiled;
    const Compiled *compiled(const QString &topLevel, const QString &label) const;
    QString programFor(const AppArmorEvent &d) const;
    Explanation explainManaged(const AppArmorEvent &d) const;
    Explanation explainUserns(const AppArmorEvent &d) const;
    Explanation explainPolicy(const AppArmorEvent &d, const Compiled &policy, ProfileMode mode) const;

    SystemRoot m_root;
    FeatureSet m_kernel;
    KernelQuery m_query;
    int m_major = 4;
    bool m_spoNode = false;
    FileScope::Variables m_variables;
    QHash<QString, ProfileMode> m_modes;
    mutable ProfileIndex m_index;
    mutable bool m_indexed = false;
    mutable QHash<QString, std::shared_ptr<Compiled>> m_compiled;
    mutable QHash<QString, FeatureSet> m_abis;
    // File rules by the expression they compile to. Most profiles include the same
    // abstractions: sharing one QRegularExpression shares its compiled, JIT-ed code too.
    mutable QHash<QString, QRegularExpression> m_expressions;
};
