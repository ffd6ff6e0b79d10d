// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

#include <optional>

// Asks the running kernel's loaded policy, through libapparmor's label query
// (aa_query_file_path, which writes to apparmor/.access), whether a profile allows a file
// access now. Only the running system can answer; a sandboxed system root never asks.
class KernelQuery
{
public:
    explicit KernelQuery(bool enabled)
        : m_enabled(enabled)
    {
    }

    // perms in the log's letters ("r", "wc", "x"...). true when the loaded policy allows it;
    // nullopt when the kernel could not be asked (no AppArmor, no permission, a label it does
    // not know), the mask has no file bits, or it said "denied", which kernels without file
    // rules in their policy database say to every file query.
    std::optional<bool> fileAllowed(const QString &label, const QString &path, const QString &perms) const;
    bool isEnabled() const { return m_enabled; }

private:
    bool m_enabled = false;
};
