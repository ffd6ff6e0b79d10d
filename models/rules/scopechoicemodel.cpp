// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "scopechoicemodel.h"

#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// The directory every match lies under: the pattern up to the last '/' before its first glob
// (empty when it starts with a variable, which is not scanned).
QString fixedPrefix(const QString &pattern, bool *recursive)
{
    QString literal;
    *recursive = pattern.contains(u"**");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            literal += pattern.at(++i);
            continue;
        }
        if (c == u'*' || c == u'?' || c == u'[' || c == u'{' || c == u'@')
            return literal.left(literal.lastIndexOf(u'/') + 1);
        literal += c;
    }
    *recursive = false;
    return literal.left(literal.lastIndexOf(u'/') + 1);
}
} // namespace

ScopeChoiceModel::ScopeChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScopeChoiceModel::setCandidate(const RuleCandidate &candidate, const QStringList &recentPaths,
    const FileScope::Variables &variables, const QStringList &homeDirectories)
{
    beginResetModel();
    m_candidate = candidate;
    m_recentPaths = recentPaths;
    m_variables = variables;
    m_choices.clear();
    // Only a file rule has scopes; anything else leaves the model empty.
    if (candidate.kind == RuleCandidate::Kind::File && candidate.path.startsWith(u'/')) {
        m_choices = FileScope::choices(candidate.path, homeDirectories);
        m_choices += FileScope::custom(QString(), &m_customError);
    }
    m_customError.clear(); // nothing typed yet is not an error
    m_fileCache.clear();
    endResetModel();
}

void ScopeChoiceModel::setCustomPattern(const QString &pattern)
{
    if (m_choices.isEmpty())
        return;
    m_choices.last() = FileScope::custom(pattern, &m_customError);
    if (pattern.isEmpty())
        m_customError.clear();
    // A valid glob that misses the denied file would allow something else, not this denial.
    else if (m_customError.isEmpty() && !m_candidate.path.isEmpty()
        && !FileScope::matches(m_choices.last().pattern, m_candidate.path, m_variables))
        m_customError = tr("%1 does not match %2, the denied file: this rule would not allow the denial.")
                            .arg(m_choices.last().pattern, m_candidate.path);
    m_fileCache.remove(customRow());
    const QModelIndex i = index(customRow());
    Q_EMIT dataChanged(i, i);
}

int ScopeChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QStringList ScopeChoiceModel::existingFiles(int row) const
{
    if (const auto it = m_fileCache.constFind(row); it != m_fileCache.cend())
        return *it;
    QStringList found;
    const FileScope::Choice &c = m_choices.at(row);
    bool recursive = false;
    const QString base = c.token.isEmpty() ? QString() : fixedPrefix(c.pattern, &recursive);
    if (!base.isEmpty() && QFileInfo(base).isDir()) {
        const QRegularExpression re = FileScope::toRegularExpression(c.pattern, m_variables);
        QDirIterator it(base, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        int visited = 0;
        while (it.hasNext() && found.size() < MaxFiles && ++visited < 5000) {
            const QString path = it.next();
            const QString asRule = it.fileInfo().isDir() ? path + u'/' : path;
            if (re.match(asRule).hasMatch())
                found += asRule;
        }
    } else if (base.isEmpty() == false && QFileInfo::exists(base) && c.kind == FileScope::Kind::Exact) {
        found += base;
    }
    if (c.kind == FileScope::Kind::Exact && found.isEmpty() && QFileInfo::exists(m_candidate.path))
        found += m_candidate.path;
    found.sort();
    m_fileCache.insert(row, found);
    return found;
}

QVariant ScopeChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileScope::Choice &c = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.token.isEmpty() ? c.label : c.label + u"  —  "_s + c.token;
    case Qt::ToolTipRole:
    case RuleRole:
        if (c.kind == FileScope::Kind::Custom && !m_customError.isEmpty())
            return QString();
        return c.token.isEmpty() ? QString() : m_candidate.fileRuleFor(c.token);
    case KindRole:
        return int(c.kind);
    case PatternRole:
        return c.pattern;
    case MatchedDenialsRole: {
        if (c.token.isEmpty())
            return QStringList();
        const QRegularExpression re = FileScope::toRegularExpression(c.pattern, m_variables);
        QStringList matched;
        for (const QString &p : m_recentPaths) {
            if (re.match(p).hasMatch() && !matched.contains(p))
                matched += p;
        }
        return matched;
    }
    case ExistingFilesRole:
        return existingFiles(index.row());
    case ErrorRole:
        return c.kind == FileScope::Kind::Custom ? m_customError : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ScopeChoiceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PatternRole, "pattern");
    names.insert(RuleRole, "rule");
    names.insert(MatchedDenialsRole, "matchedDenials");
    names.insert(ExistingFilesRole, "existingFiles");
    names.insert(ErrorRole, "error");
    return names;
}
