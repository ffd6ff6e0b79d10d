// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "featureset.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringTokenizer>

#include <utility>

using namespace Qt::StringLiterals;

void FeatureSet::add(const QString &path)
{
    m_paths.insert(path);
}

FeatureSet FeatureSet::fromDirectory(const QString &featuresDir)
{
    FeatureSet set;
    if (!QFileInfo(featuresDir).isDir())
        return set;
    set.m_known = true;
    const qsizetype prefix = featuresDir.size() + 1;
    QDirIterator it(featuresDir, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString key = path.mid(prefix);
        set.add(key);
        if (!it.fileInfo().isFile() || it.fileInfo().size() > 4096)
            continue;
        // A file's words are values: "mask" holding "create read write ..." gives "mask/create".
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QString &word :
            QString::fromUtf8(f.read(4096)).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
            set.add(key + u'/' + word);
    }
    return set;
}

FeatureSet FeatureSet::fromText(QStringView text)
{
    // Tokens: words, "{" and "}"; "#" comments to the end of the line.
    QStringList tokens;
    QString word;
    bool comment = false;
    for (const QChar c : text) {
        if (comment) {
            comment = c != u'\n';
            continue;
        }
        if (c == u'#' || c == u'{' || c == u'}' || c.isSpace() || c == u',') {
            if (!word.isEmpty())
                tokens.append(std::exchange(word, QString()));
            if (c == u'{' || c == u'}')
                tokens.append(QString(c));
            comment = c == u'#';
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        tokens.append(word);

    FeatureSet set;
    QStringList stack;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == u"}") {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (t == u"{")
            continue;
        set.add(stack.isEmpty() ? t : stack.join(u'/') + u'/' + t);
        if (i + 1 < tokens.size() && tokens.at(i + 1) == u"{")
            stack.append(t);
    }
    set.m_known = !set.m_paths.isEmpty();
    return set;
}

QString FeatureSet::downgradeOf(QStringView rule, const FeatureSet &kernel, const FeatureSet &abi)
{
    // The rule's words after its qualifiers.
    static const QRegularExpression qualifiers(
        u"^(?:(?:priority\\s*=\\s*-?\\d+|audit|allow|deny|quiet|owner|other)\\s+)*"_s);
    QString body = rule.toString().trimmed();
    body.remove(qualifiers);
    auto missing = [&](const QString &feature) -> QString {
        if (!kernel.has(feature))
            return tr("this kernel");
        if (!abi.has(feature))
            return tr("the profile's declared ABI");
        return {};
    };
    auto keyword = [&](QStringView k) {
        return body.startsWith(k) && (body.size() == k.size() || !body.at(k.size()).isLetterOrNumber());
    };
    if (keyword(u"network")) {
        static const QRegularExpression fine(u"\\b(?:ip|port)\\s*="_s);
        if (fine.match(body).hasMatch()) {
            if (const QString who = missing(u"network_v9/af_inet"_s); !who.isEmpty())
                return tr("%1 has no fine-grained network mediation (ip=, port=): apparmor_parser applies the rule "
                          "to the whole family and type, so it allows or denies more than it says.")
                    .arg(who);
        }
        return {};
    }
    if (keyword(u"unix")) {
        if (const QString who = missing(u"network/af_unix"_s); !who.isEmpty())
            return tr("%1 has no fine-grained unix socket mediation: the rule is reduced to \"network unix\".")
                .arg(who);
        return {};
    }
    if (keyword(u"userns")) {
        if (const QString who = missing(u"namespaces/userns_create"_s); !who.isEmpty())
            return tr("%1 does not mediate user namespaces: the rule has no effect.").arg(who);
        return {};
    }
    if (keyword(u"io_uring")) {
        if (const QString who = missing(u"io_uring"_s); !who.isEmpty())
            return tr("%1 does not mediate io_uring: the rule has no effect.").arg(who);
        return {};
    }
    if (keyword(u"mqueue")) {
        if (const QString who = missing(u"ipc/posix_mqueue"_s); !who.isEmpty())
            return tr("%1 does not mediate POSIX message queues: the rule has no effect.").arg(who);
        return {};
    }
    if (keyword(u"dbus")) {
        if (const QString who = missing(u"dbus"_s); !who.isEmpty())
            return tr("%1 does not mediate D-Bus: the rule has no effect.").arg(who);
        return {};
    }
    return {};
}

QList<ParserDiagnostic> FeatureSet::downgradedLines(
    const QString &text, const QString &file, const QString &profileDir, const FeatureSet &kernel)
{
    QList<ParserDiagnostic> out;
    if (!kernel.isKnown())
        return out;
    static const QRegularExpression abiRe(
        u"^\\s*abi\\s+[<\"]([^>\"]+)[>\"]\\s*,"_s, QRegularExpression::MultilineOption);
    FeatureSet abi;
    if (const auto m = abiRe.match(text); m.hasMatch()) {
        QFile f(profileDir + u'/' + m.captured(1));
        if (f.size() < 1024 * 1024 && f.open(QIODevice::ReadOnly))
            abi = fromText(QString::fromUtf8(f.readAll()));
    }
    int lineNo = 0;
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || !line.endsWith(u','))
            continue;
        const QString reason = downgradeOf(line, kernel, abi);
        if (reason.isEmpty())
            continue;
        ParserDiagnostic d;
        d.severity = ParserDiagnostic::Severity::Warning;
        d.file = file;
        d.line = lineNo;
        d.message = reason;
        out.append(d);
    }
    return out;
}
