// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QAbstractItemModel>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

// The profile directory as a tree: the top-level profiles, then abstractions/, tunables/,
// local/ and abi/. Column 0 is the file name; column 1 the profiles the file defines (those
// loaded in the kernel, once setLoadedProfiles() was called, marked as such).
class ProfileTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ProfilesColumn, ColumnCount };
    enum Kind { Directory, ProfileFile, FragmentFile };
    enum Role {
        PathRole = Qt::UserRole + 1, // absolute path
        RelativePathRole, // relative to the profile directory
        KindRole,
        DefinedProfilesRole, // QStringList: every profile the file defines
        LoadedProfilesRole, // QStringList: those of them that are loaded
    };

    explicit ProfileTreeModel(QObject *parent = nullptr);
    ~ProfileTreeModel() override;

    // Reads the directory (again); the tree is reset.
    void setProfileDir(const QString &dir);
    QString profileDir() const { return m_dir; }
    void setLoadedProfiles(const QSet<QString> &names);
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The directories shown under the profile directory, in this order.
    static QStringList subdirectories();

private:
    struct Node
    {
        QString name;
        QString path;
        Kind kind = FragmentFile;
        QStringList defines;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };
    void scan(Node *node, int depth, bool fragments);
    Node *nodeFor(const QModelIndex &index) const;
    QStringList loadedOf(const Node *node) const;

    QString m_dir;
    std::unique_ptr<Node> m_root;
    QSet<QString> m_loaded;
    bool m_loadedKnown = false;
};
