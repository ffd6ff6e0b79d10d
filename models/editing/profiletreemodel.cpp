// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profiletreemodel.h"
#include "boundedfile.h"
#include "profileindex.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

ProfileTreeModel::ProfileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

ProfileTreeModel::~ProfileTreeModel() = default;

QStringList ProfileTreeModel::subdirectories()
{
    return {u"abstractions"_s, u"tunables"_s, u"local"_s, u"abi"_s};
}

void ProfileTreeModel::scan(Node *node, int depth, bool fragments)
{
    const QDir dir(node->path);
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
        QDir::DirsFirst | QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &info : entries) {
        if (!ProfileIndex::isProfileFileName(info.fileName()))
            continue;
        auto child = std::make_unique<Node>();
        child->name = info.fileName();
        child->path = info.filePath();
        child->parent = node;
        if (info.isDir()) {
            // Only the known directories at the top (not cache/, disable/, force-complain/).
            if (depth == 0 || depth > 4)
                continue;
            child->kind = Directory;
            scan(child.get(), depth + 1, true);
        } else {
            child->kind = fragments ? FragmentFile : ProfileFile;
            if (!fragments) {
                const BoundedFile::Result file = BoundedFile::read(info.filePath(), 4 * 1024 * 1024);
                for (const ProfileIndex::Header &h : ProfileIndex::parseHeaders(QString::fromUtf8(file.data)))
                    child->defines.append(h.name);
            }
        }
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    if (depth == 0) {
        // The fragment directories first, in a fixed order, then the profiles.
        std::vector<std::unique_ptr<Node>> ordered;
        for (const QString &sub : subdirectories()) {
            if (!QFileInfo(dir.filePath(sub)).isDir())
                continue;
            auto child = std::make_unique<Node>();
            child->name = sub;
            child->path = dir.filePath(sub);
            child->kind = Directory;
            child->parent = node;
            scan(child.get(), 1, true);
            ordered.push_back(std::move(child));
        }
        for (auto &c : node->children)
            ordered.push_back(std::move(c));
        node->children = std::move(ordered);
        for (size_t i = 0; i < node->children.size(); ++i)
            node->children[i]->row = int(i);
    }
}

void ProfileTreeModel::setProfileDir(const QString &dir)
{
    beginResetModel();
    m_dir = QDir::cleanPath(QDir(dir).absolutePath());
    m_root = std::make_unique<Node>();
    m_root->path = m_dir;
    m_root->kind = Directory;
    scan(m_root.get(), 0, false);
    endResetModel();
}

void ProfileTreeModel::setLoadedProfiles(const QSet<QString> &names)
{
    m_loaded = names;
    m_loadedKnown = true;
    // Only profile files change; they are all direct children of the root.
    if (!m_root->children.empty())
        Q_EMIT dataChanged(index(0, ProfilesColumn), index(int(m_root->children.size()) - 1, ProfilesColumn));
}

ProfileTreeModel::Node *ProfileTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QStringList ProfileTreeModel::loadedOf(const Node *node) const
{
    QStringList out;
    for (const QString &name : node->defines) {
        if (m_loaded.contains(name))
            out.append(name);
    }
    return out;
}

QModelIndex ProfileTreeModel::indexForPath(const QString &path) const
{
    const QString clean = QDir::cleanPath(path);
    if (!clean.startsWith(m_dir + u'/'))
        return {};
    const QStringList parts = clean.mid(m_dir.size() + 1).split(u'/');
    const Node *node = m_root.get();
    QModelIndex result;
    for (const QString &part : parts) {
        const Node *next = nullptr;
        for (const auto &c : node->children) {
            if (c->name == part) {
                next = c.get();
                break;
            }
        }
        if (!next)
            return {};
        result = index(next->row, 0, result);
        node = next;
    }
    return result;
}

QModelIndex ProfileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = nodeFor(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex ProfileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeFor(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int ProfileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ProfileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProfileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->name;
        if (n->kind == ProfileFile) {
            if (!m_loadedKnown)
                return n->defines.join(u", "_s);
            const QStringList loaded = loadedOf(n);
            if (loaded.isEmpty())
                return n->defines.isEmpty() ? QString() : tr("not loaded");
            return loaded.join(u", "_s);
        }
        return {};
    case Qt::ToolTipRole:
        if (n->kind == ProfileFile && !n->defines.isEmpty())
            return tr("%1\nDefines: %2").arg(n->path, n->defines.join(u", "_s));
        return n->path;
    case PathRole:
        return n->path;
    case RelativePathRole:
        return n->path.mid(m_dir.size() + 1);
    case KindRole:
        return n->kind;
    case DefinedProfilesRole:
        return n->defines;
    case LoadedProfilesRole:
        return loadedOf(n);
    default:
        return {};
    }
}

QVariant ProfileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("File") : tr("Loaded profiles");
}
