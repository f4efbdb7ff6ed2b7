#pragma once

// GUM's news and interview documents (CoNLL-U, ../shared/data/ner/gum-news) for the benches
// that score against its gold mentions and coreference.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace galley::bench {

struct GoldMention
{
    qsizetype start = 0;   // UTF-16 offsets into the rebuilt text
    qsizetype end = 0;
    int entity = 0;
    QString type;          // "person", "organization", …
    QString identity;      // the Wikipedia page GUM links the mention to, if any
};

struct GoldDocument
{
    QString text;          // tokens joined as written (SpaceAfter), one sentence a line
    QList<GoldMention> mentions;
};

// A CoNLL-U file with GUM's Entity= brackets in MISC: "(5-person-…" opens, "5)" closes.
inline GoldDocument readGum(const QString &path)
{
    GoldDocument document;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return document;
    static const QRegularExpression bracket(QStringLiteral("\\((\\d+)-([a-z]+)[^()]*(\\))?|(\\d+)\\)"));
    QHash<int, QList<GoldMention>> open;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        if (line.trimmed().isEmpty()) {
            if (!document.text.isEmpty() && !document.text.endsWith(u'\n'))
                document.text += u'\n';
            continue;
        }
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 10 || columns[0].contains(u'-') || columns[0].contains(u'.'))
            continue;
        const qsizetype start = document.text.size();
        document.text += columns[1];
        const qsizetype end = document.text.size();
        const QString misc = columns[9];
        for (const QString &field : misc.split(u'|')) {
            if (!field.startsWith(QStringLiteral("Entity=")))
                continue;
            auto matches = bracket.globalMatch(field.mid(7));
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                if (!match.captured(1).isEmpty()) {
                    // GRP-etype-infstat-salience-centering-minspan-link-identity; identities hold '-'.
                    const QString identity = match.captured(0).mid(1).section(u'-', 7);
                    GoldMention mention{start, end, match.captured(1).toInt(), match.captured(2), identity};
                    if (!match.captured(3).isEmpty())
                        document.mentions.append(mention);
                    else
                        open[mention.entity].append(mention);
                } else if (QList<GoldMention> &stack = open[match.captured(4).toInt()]; !stack.isEmpty()) {
                    GoldMention mention = stack.takeLast();
                    mention.end = end;
                    document.mentions.append(mention);
                }
            }
        }
        if (!misc.contains(QStringLiteral("SpaceAfter=No")))
            document.text += u' ';
    }
    std::sort(document.mentions.begin(), document.mentions.end(),
              [](const GoldMention &a, const GoldMention &b) { return a.start < b.start; });
    return document;
}

// The .conllu files in the folders given, by default GUM's train and dev folders.
inline QStringList gumFiles(QStringList folders)
{
    if (folders.isEmpty())
        folders = {QStringLiteral(GALLEY_SHARED_DIR "/data/ner/gum-news/train"),
                   QStringLiteral(GALLEY_SHARED_DIR "/data/ner/gum-news/dev")};
    QStringList files;
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.conllu")}, QDir::Files))
            files.append(dir.filePath(name));
    }
    return files;
}

} // namespace galley::bench
