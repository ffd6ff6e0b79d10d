// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helpererror.h"

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    HelperError::Code code;
    QStringView name;
};
constexpr Entry names[] = {
    {HelperError::Code::AccessDenied, u"org.freedesktop.DBus.Error.AccessDenied"},
    {HelperError::Code::AuthorizationRequired, u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"},
    {HelperError::Code::InvalidProfileName, u"io.github.armorer.Error.InvalidProfileName"},
    {HelperError::Code::InvalidArgument, u"io.github.armorer.Error.InvalidArgument"},
    {HelperError::Code::TooLarge, u"io.github.armorer.Error.TooLarge"},
    {HelperError::Code::PathRefused, u"io.github.armorer.Error.PathRefused"},
    {HelperError::Code::NotFound, u"io.github.armorer.Error.NotFound"},
    {HelperError::Code::Conflict, u"io.github.armorer.Error.Conflict"},
    {HelperError::Code::ParserRejected, u"io.github.armorer.Error.ParserRejected"},
    {HelperError::Code::ReloadFailed, u"io.github.armorer.Error.ReloadFailed"},
    {HelperError::Code::IoError, u"io.github.armorer.Error.IoError"},
    {HelperError::Code::NoSuchChange, u"io.github.armorer.Error.NoSuchChange"},
    {HelperError::Code::RollbackFailed, u"io.github.armorer.Error.RollbackFailed"},
};
} // namespace

QString HelperError::dbusName(Code code)
{
    for (const Entry &e : names) {
        if (e.code == code)
            return e.name.toString();
    }
    return u"io.github.armorer.Error.Failed"_s;
}

HelperError::Code HelperError::fromDBusName(QStringView name)
{
    for (const Entry &e : names) {
        if (e.name == name)
            return e.code;
    }
    return Code::IoError;
}

QString HelperError::dbusMessage() const
{
    return QString::number(static_cast<int>(code)) + u": "_s + detail;
}
