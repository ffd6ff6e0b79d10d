// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "filescope.h"

#include "apparmorquoting.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FileScope", text);
}

FileScope::Choice choice(FileScope::Kind kind, const QString &label, const QString &pattern)
{
    return {kind, label, pattern, AppArmorQuoting::patternToken(pattern)};
}

// Variables expanded textually (they may nest; depth and count are bounded), then runs of '/'
// collapsed as AppArmor does ("@{HOME}/x" with HOME="/home/*/").
QStringList expand(const QString &p, const FileScope::Variables &vars, int depth)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i + 1 < p.size(); ++i) {
        if (p.at(i) == u'\\') {
            ++i;
        } else if (p.at(i) == u'@' && p.at(i + 1) == u'{') {
            at = i;
            break;
        }
    }
    if (at < 0) {
        QString collapsed = p;
        static const QRegularExpression slashes(u"//+"_s);
        collapsed.replace(slashes, u"/"_s);
        return {collapsed};
    }
    const qsizetype end = p.indexOf(u'}', at + 2);
    if (end < 0 || depth > 8)
        return {};
    const QStringList values = vars.value(p.mid(at + 2, end - at - 2));
    QStringList out;
    for (const QString &v : values) {
        for (const QString &e : expand(p.left(at) + v + p.mid(end + 1), vars, depth + 1)) {
            if (out.size() < 256)
                out += e;
        }
    }
    return out;
}

// AARE without variables -> regular expression.
QString convert(const QString &p)
{
    QString re;
    int braceDepth = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == u'\\' && i + 1 < p.size()) {
            re += QRegularExpression::escape(QString(p.at(++i)));
        } else if (c == u'*') {
            if (i + 1 < p.size() && p.at(i + 1) == u'*') {
                re += u"[^\\x00]*"_s;
                ++i;
            } else {
                re += u"[^/\\x00]*"_s;
            }
        } else if (c == u'?') {
            re += u"[^/\\x00]"_s;
        } else if (c == u'[') {
            const qsizetype end = p.indexOf(u']', i + 1);
            if (end < 0) {
                re += u"\\["_s;
                continue;
            }
            QString cls = p.mid(i + 1, end - i - 1);
            QString out = u"["_s;
            qsizetype j = 0;
            if (cls.startsWith(u'^')) {
                out += u'^';
                j = 1;
            }
            for (; j < cls.size(); ++j) {
                const QChar k = cls.at(j);
                if (k == u'\\' && j + 1 < cls.size())
                    out += u'\\' + cls.at(++j);
                else if (k == u'-')
                    out += k;
                else
                    out += QRegularExpression::escape(QString(k));
            }
            re += out + u']';
            i = end;
        } else if (c == u'{') {
            ++braceDepth;
            re += u"(?:"_s;
        } else if (c == u'}' && braceDepth > 0) {
            --braceDepth;
            re += u')';
        } else if (c == u',' && braceDepth > 0) {
            re += u'|';
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    while (braceDepth-- > 0)
        re += u')';
    return re;
}

QString parentDir(const QString &path)
{
    // "/a/b/c" -> "/a/b/"; a directory "/a/b/" -> "/a/".
    const QString trimmed = path.endsWith(u'/') ? path.chopped(1) : path;
    return trimmed.left(trimmed.lastIndexOf(u'/') + 1);
}
} // namespace

FileScope::Variables FileScope::defaultVariables()
{
    // Built once: every match against the defaults would otherwise build this table anew
    // (100,000 of them for "armorctl suggest" on a log of 100,000 profiles). Copies share it.
    static const Variables defaults{
        {u"HOME"_s, {u"/home/*/"_s, u"/root/"_s}},
        {u"HOMEDIRS"_s, {u"/home/"_s}},
        {u"PROC"_s, {u"/proc/"_s}},
        {u"sys"_s, {u"/sys/"_s}},
        {u"run"_s, {u"/run/"_s, u"/var/run/"_s}},
        {u"pid"_s,
            {u"{[1-9],[1-9][0-9],[1-9][0-9][0-9],[1-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9]}"_s,
                u"[1-9][0-9][0-9][0-9][0-9][0-9]"_s, u"[1-9][0-9][0-9][0-9][0-9][0-9][0-9]"_s}},
        {u"pids"_s, {u"@{pid}"_s}},
        {u"tid"_s, {u"@{pid}"_s}},
        {u"uid"_s,
            {u"{[0-9],[1-9][0-9],[1-9][0-9][0-9],[1-9][0-9][0-9][0-9],[1-9][0-9][0-9][0-9][0-9]}"_s,
                u"[1-9][0-9][0-9][0-9][0-9][0-9]"_s, u"[1-9][0-9][0-9][0-9][0-9][0-9][0-9]"_s}},
        {u"multiarch"_s, {u"*-linux-gnu*"_s}},
        {u"etc_ro"_s, {u"/etc/"_s, u"/usr/etc/"_s}},
        {u"etc_rw"_s, {u"/etc/"_s}},
        {u"user_share_dirs"_s, {u"/home/*/.local/share/"_s}},
        {u"lib"_s, {u"/lib/"_s, u"/usr/lib/"_s, u"/lib64/"_s, u"/usr/lib64/"_s, u"/lib32/"_s, u"/usr/lib32/"_s}},
        {u"bin"_s, {u"/bin/"_s, u"/usr/bin/"_s}},
    };
    return defaults;
}

QList<FileScope::Choice> FileScope::choices(const QString &path, const QStringList &homeDirectories)
{
    QList<Choice> out;
    out += Choice{Kind::Exact, tr("Only this file"), AppArmorQuoting::escapeGlobCharacters(path),
        AppArmorQuoting::literalPath(path)};
    const QString dir = parentDir(path);
    if (dir.isEmpty() || !path.startsWith(u'/'))
        return out;
    const QString name = path.mid(dir.size());
    const QString escapedDir = AppArmorQuoting::escapeGlobCharacters(dir);
    if (dir != u"/") {
        // A denied directory is logged with its trailing '/', which "*" never matches: its
        // scopes are the folders in dir ("dir/*/") and below ("dir/**/").
        if (path.endsWith(u'/')) {
            out += choice(Kind::Folder, tr("Every folder in %1").arg(dir), escapedDir + u"*/"_s);
            out += choice(Kind::FolderRecursive, tr("Every folder in %1 and below").arg(dir), escapedDir + u"**/"_s);
        } else {
            out += choice(Kind::Folder, tr("Everything in %1").arg(dir), escapedDir + u'*');
            out += choice(Kind::FolderRecursive, tr("Everything in %1 and below").arg(dir), escapedDir + u"**");
        }
    }
    static const QRegularExpression extRe(u"^[^/]+\\.([A-Za-z0-9_+-]{1,16})$"_s);
    if (const auto m = extRe.match(name); m.hasMatch() && !path.endsWith(u'/'))
        out += choice(
            Kind::Extension, tr("Every .%1 file in %2").arg(m.captured(1), dir), escapedDir + u"*."_s + m.captured(1));

    QStringList homes = homeDirectories;
    static const QRegularExpression homeRe(u"^(/home/[^/]+|/root)/"_s);
    if (const auto m = homeRe.match(path); m.hasMatch())
        homes += m.captured(1);
    for (const QString &home : homes) {
        if (!home.isEmpty() && path.startsWith(home + u'/')) {
            out += choice(Kind::Home, tr("The same file in every user's home"),
                u"@{HOME}/"_s + AppArmorQuoting::escapeGlobCharacters(path.mid(home.size() + 1)));
            break;
        }
    }
    static const QRegularExpression procRe(u"^/proc/[0-9]+(/.*)?$"_s);
    if (const auto m = procRe.match(path); m.hasMatch())
        out += choice(Kind::ProcessId, tr("The same file of any process"),
            u"@{PROC}/@{pid}"_s + AppArmorQuoting::escapeGlobCharacters(m.captured(1)));
    // libfoo.so.1.2.3 -> libfoo.so*, libdl-2.13.so -> libdl-*.so
    static const QRegularExpression soRe(u"^(lib[^/]*?)(?:-[0-9][0-9.]*)?\\.so((?:\\.[0-9]+)*)$"_s);
    if (const auto m = soRe.match(name); m.hasMatch()) {
        const bool dashed = name.mid(m.captured(1).size()).startsWith(u'-');
        if (dashed || !m.captured(2).isEmpty()) {
            const QString glob = AppArmorQuoting::escapeGlobCharacters(m.captured(1)) + (dashed ? u"-*.so"_s : u".so"_s)
                + (m.captured(2).isEmpty() ? u""_s : u"*"_s);
            out += choice(Kind::LibraryVersion, tr("Any version of %1").arg(m.captured(1)), escapedDir + glob);
        }
    }
    return out;
}

FileScope::Choice FileScope::custom(const QString &pattern, QString *error)
{
    Choice c{Kind::Custom, tr("Custom pattern"), pattern, {}};
    QString problem;
    if (!pattern.startsWith(u'/') && !pattern.startsWith(u"@{"))
        problem = tr("A pattern starts with / or a variable such as @{HOME}.");
    for (const QChar ch : pattern) {
        if (ch.unicode() < 0x20 || ch == u'"' || ch.unicode() == 0x7f)
            problem = tr("A pattern cannot hold quotes or control characters.");
    }
    if (pattern.endsWith(u'\\') && !pattern.endsWith(u"\\\\"))
        problem = tr("A pattern cannot end with a lone backslash.");
    if (problem.isEmpty())
        c.token = AppArmorQuoting::patternToken(pattern);
    if (error)
        *error = problem;
    return c;
}

QRegularExpression FileScope::toRegularExpression(const QString &pattern, const Variables &variables)
{
    QStringList alternatives;
    for (const QString &e : expand(pattern, variables, 0))
        alternatives += convert(e);
    if (alternatives.isEmpty())
        return QRegularExpression(u"(?!)"_s); // an unknown variable matches nothing
    return QRegularExpression(QRegularExpression::anchoredPattern(u"(?:"_s + alternatives.join(u'|') + u')'));
}

bool FileScope::matches(const QString &pattern, const QString &path, const Variables &variables)
{
    const QRegularExpression re = toRegularExpression(pattern, variables);
    return re.isValid() && re.match(path).hasMatch();
}
