// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "draftstore.h"

#include "boundedfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

DraftStore::DraftStore(const QString &dir)
    : m_dir(dir)
{
}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericStateLocation) + u"/armorer/drafts"_s;
}

QString DraftStore::pathFor(const QString &file) const
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(file).toUtf8(), QCryptographicHash::Sha256);
    return m_dir + u'/' + QString::fromLatin1(hash.toHex().left(32)) + u".json"_s;
}

bool DraftStore::save(const QString &file, const QString &text, const QString &baseText, QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject o{{u"file"_s, QDir::cleanPath(file)}, {u"text"_s, text}, {u"base"_s, baseText},
        {u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QSaveFile f(pathFor(file));
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

std::optional<DraftStore::Draft> DraftStore::read(const QString &path)
{
    const BoundedFile::Result f = BoundedFile::read(path, 64 * 1024 * 1024);
    if (!f.ok())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.data).object();
    if (o.value(u"file"_s).toString().isEmpty())
        return std::nullopt;
    return Draft{o.value(u"file"_s).toString(), o.value(u"text"_s).toString(), o.value(u"base"_s).toString(),
        QDateTime::fromString(o.value(u"saved"_s).toString(), Qt::ISODateWithMs)};
}

std::optional<DraftStore::Draft> DraftStore::draftFor(const QString &file) const
{
    auto d = read(pathFor(file));
    if (d && d->file != QDir::cleanPath(file))
        return std::nullopt;
    return d;
}

void DraftStore::remove(const QString &file)
{
    QFile::remove(pathFor(file));
}

QList<DraftStore::Draft> DraftStore::drafts() const
{
    QList<Draft> out;
    const QStringList names = QDir(m_dir).entryList({u"*.json"_s}, QDir::Files, QDir::Time);
    for (const QString &name : names) {
        if (auto d = read(m_dir + u'/' + name))
            out.append(*d);
    }
    return out;
}
