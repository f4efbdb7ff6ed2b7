#include "polnear_corpus.h"

#include "text/code_point_index.h"
#include "util/utf8_text.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QHash>

namespace galley {

namespace {

LoadError corpusError(const QString &file, const QString &code, const QString &message)
{
    return LoadError{file, code, message, -1, {}};
}

Expected<QString, LoadError> readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return corpusError(path, file.exists() ? QStringLiteral("unreadable") : QStringLiteral("not-found"), file.errorString());
    return utf8Text(file.readAll());
}

int roleOfType(QStringView type)
{
    if (type == u"Source")
        return int(QuoteRole::Source);
    if (type == u"Cue")
        return int(QuoteRole::Cue);
    if (type == u"Content")
        return int(QuoteRole::Content);
    return -1;
}

} // namespace

Expected<PolnearDocument, LoadError> readPolnearDocument(const QString &textPath, const QString &annotationPath)
{
    auto text = readUtf8(textPath);
    if (!text)
        return text.error();
    auto annotations = readUtf8(annotationPath);
    if (!annotations)
        return annotations.error();
    PolnearDocument document;
    document.name = QFileInfo(textPath).completeBaseName();
    document.text = std::move(text).value();
    const CodePointIndex index(document.text);
    const qsizetype length = index.codePointLength();

    struct Bound
    {
        int role = -1;
        QList<TextRange> fragments;
    };
    QHash<QString, Bound> bounds;
    QList<QStringList> relations;
    const QStringList lines = annotations->split(u'\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString &line = lines[number];
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;   // the span text of the line above, continued, or blank
        const QString id = line.left(tab);
        const QString body = line.mid(tab + 1).section(u'\t', 0, 0);
        if (id.startsWith(u'T')) {
            const qsizetype space = body.indexOf(u' ');
            const int role = roleOfType(QStringView(body).left(space));
            if (space < 0 || role < 0)
                continue;   // Attribution anchors, Discuss, Discard
            Bound bound{role, {}};
            for (const QString &fragment : body.mid(space + 1).split(u';')) {
                const QStringList ends = fragment.split(u' ', Qt::SkipEmptyParts);
                bool startOk = false;
                bool endOk = false;
                const qsizetype start = ends.value(0).toLongLong(&startOk);
                const qsizetype end = ends.value(1).toLongLong(&endOk);
                if (ends.size() != 2 || !startOk || !endOk || start < 0 || end <= start || end > length) {
                    return corpusError(annotationPath, QStringLiteral("bad-span"),
                                       QStringLiteral("line %1: bad offsets '%2'").arg(number + 1).arg(fragment));
                }
                bound.fragments.append({index.toUtf16(start), index.toUtf16(end)});
            }
            document.spans[std::size_t(role)].append(bound.fragments);
            bounds.insert(id, bound);
        } else if (id.startsWith(u'E')) {
            relations.append(body.split(u' ', Qt::SkipEmptyParts));
        }
    }
    for (const QStringList &relation : relations) {
        PolnearAttribution attribution;
        for (const QString &argument : relation) {
            const QString id = argument.section(u':', 1);
            const auto bound = bounds.constFind(id);
            if (bound == bounds.cend())
                continue;
            QList<TextRange> *target = bound->role == int(QuoteRole::Source) ? &attribution.source
                : bound->role == int(QuoteRole::Cue)                         ? &attribution.cue
                                                                             : &attribution.content;
            target->append(bound->fragments);
        }
        if (!attribution.content.isEmpty())
            document.attributions.append(attribution);
    }
    return document;
}

Expected<PolnearCorpus, LoadError> readPolnearSplit(const QString &splitFolder, PolnearAnnotators annotators)
{
    const QDir textFolder(splitFolder + QStringLiteral("/text"));
    const QDir annotationFolder(splitFolder + QStringLiteral("/attributions"));
    if (!textFolder.exists() || !annotationFolder.exists())
        return corpusError(splitFolder, QStringLiteral("not-found"), QStringLiteral("no text/ and attributions/ folders"));
    const QStringList annotationFiles = annotationFolder.entryList({QStringLiteral("*.ann")}, QDir::Files, QDir::Name);
    PolnearCorpus corpus;
    QString previousArticle;
    for (const QString &file : annotationFiles) {
        const QString article = file.section(u'_', 0, -2);   // drop "_<annotator>.ann"
        if (article == previousArticle && annotators == PolnearAnnotators::First)
            continue;
        previousArticle = article;
        auto document = readPolnearDocument(textFolder.filePath(article + QStringLiteral(".txt")), annotationFolder.filePath(file));
        if (!document)
            return document.error();
        corpus.documents.append(std::move(document).value());
    }
    if (corpus.documents.isEmpty())
        return corpusError(splitFolder, QStringLiteral("empty"), QStringLiteral("no annotated articles"));
    return corpus;
}

} // namespace galley
