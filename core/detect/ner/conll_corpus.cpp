#include "conll_corpus.h"

#include <QFile>

namespace galley {

qsizetype ConllCorpus::sentenceCount() const
{
    qsizetype count = 0;
    for (const ConllDocument &document : documents)
        count += document.sentences.size();
    return count;
}

qsizetype ConllCorpus::tokenCount() const
{
    qsizetype count = 0;
    for (const ConllDocument &document : documents) {
        for (const ConllSentence &sentence : document.sentences)
            count += sentence.words.size();
    }
    return count;
}

bool ConllCorpus::hasGold() const
{
    for (const ConllDocument &document : documents) {
        for (const ConllSentence &sentence : document.sentences) {
            if (sentence.gold.size() != sentence.words.size())
                return false;
        }
    }
    return tokenCount() > 0;
}

namespace {

void closeSentence(ConllDocument &document, ConllSentence &sentence)
{
    if (sentence.words.isEmpty())
        return;
    if (sentence.gold.size() != sentence.words.size())
        sentence.gold.clear();
    document.sentences.append(std::move(sentence));
    sentence = ConllSentence();
}

void closeDocument(ConllCorpus &corpus, ConllDocument &document)
{
    if (!document.sentences.isEmpty() || !document.docStartLine.isEmpty())
        corpus.documents.append(std::move(document));
    document = ConllDocument();
}

// Gold tags are IOB2 in CoNLL-2003 as shipped here; an I-X that opens an entity (IOB1) is
// read as B-X so spans come out the same either way.
TagId normalisedTag(int tag, const QList<TagId> &previousTags)
{
    const TagId current = TagId(tag);
    const TagId previous = previousTags.isEmpty() ? kOutsideTag : previousTags.last();
    if (!isOutside(current) && !isBegin(current) && !isAllowedAfter(previous, current))
        return beginTag(tagType(current));
    return current;
}

} // namespace

ConllCorpus parseConll(const QString &text)
{
    ConllCorpus corpus;
    ConllDocument document;
    ConllSentence sentence;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            closeSentence(document, sentence);
            continue;
        }
        const auto columns = trimmed.split(u' ', Qt::SkipEmptyParts);
        if (columns.first() == u"-DOCSTART-") {
            closeSentence(document, sentence);
            closeDocument(corpus, document);
            document.docStartLine = line.toString();
            continue;
        }
        sentence.lines.append(line.toString());
        sentence.words.append(columns.first().toString());
        if (columns.size() >= 2) {
            const int tag = tagFromName(columns.last());
            if (tag >= 0)
                sentence.gold.append(normalisedTag(tag, sentence.gold));
        }
    }
    closeSentence(document, sentence);
    closeDocument(corpus, document);
    return corpus;
}

Expected<ConllCorpus, LoadError> readConllFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return LoadError{path, file.exists() ? QStringLiteral("unreadable") : QStringLiteral("not-found"),
                         file.errorString(), -1, {}};
    }
    return parseConll(QString::fromUtf8(file.readAll()));
}

QString formatTaggedConll(const ConllCorpus &corpus, const QList<QList<QList<TagId>>> &predicted)
{
    QString out;
    for (qsizetype d = 0; d < corpus.documents.size(); ++d) {
        const ConllDocument &document = corpus.documents[d];
        if (!document.docStartLine.isEmpty())
            out += document.docStartLine + u' ' + tagName(kOutsideTag) + QLatin1String("\n\n");
        for (qsizetype s = 0; s < document.sentences.size(); ++s) {
            const ConllSentence &sentence = document.sentences[s];
            for (qsizetype t = 0; t < sentence.lines.size(); ++t)
                out += sentence.lines[t] + u' ' + tagName(predicted[d][s][t]) + u'\n';
            out += u'\n';
        }
    }
    return out;
}

} // namespace galley
