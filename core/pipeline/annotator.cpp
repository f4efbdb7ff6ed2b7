#include "pipeline/annotator.h"

#include "annotation/dom_range.h"
#include "detect/entities/entity_clusterer.h"
#include "detect/numbers/number_finder.h"
#include "detect/quotes/quote_finder.h"
#include "pipeline/continued_quotes.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <ctime>

namespace galley {

namespace {

qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Runs a stage, adding the processor time it took to *slot when timing is asked for (processor,
// not wall time: the figures should not depend on what else the machine runs).
template<typename Stage>
void timed(qint64 *slot, Stage &&stage)
{
    if (!slot) {
        stage();
        return;
    }
    const qint64 start = threadCpuNanoseconds();
    stage();
    *slot += threadCpuNanoseconds() - start;
}

QString fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex().left(12));
}

QDate publicationDate(const QString &published)
{
    return QDate::fromString(published.left(10), Qt::ISODate);
}

// A unit or time zone inside a quantity or a time is no name: "8 GB", "120 Hz", "03:31 GMT".
// Dropped before clusters and quotes see the mentions.
// Numbers come sorted and apart, so the one that could hold a mention is the last to start before it.
void dropUnitsTakenForNames(QList<EntityMention> &mentions, const QList<NumberMention> &numbers)
{
    mentions.removeIf([&numbers](const EntityMention &mention) {
        const auto after = std::partition_point(numbers.cbegin(), numbers.cend(),
                                                [&mention](const NumberMention &n) { return n.start < mention.start; });
        if (after == numbers.cbegin())
            return false;
        const NumberMention &number = *(after - 1);
        return (number.label == NumberLabel::Quantity || number.label == NumberLabel::Time) && mention.end <= number.end;
    });
}

} // namespace

Annotator::Annotator(NerModel model, NameLexicon lexicon, QuoteModel quoteModel, DetectorVersions versions)
    : m_model(std::move(model)), m_lexicon(std::move(lexicon)), m_quoteModel(std::move(quoteModel)),
      m_versions(std::move(versions))
{
}

Expected<Annotator, LoadError> Annotator::load(const QString &modelPath, const QString &lexiconPath,
                                               const QString &quoteModelPath)
{
    auto model = NerModel::load(modelPath);
    if (!model)
        return model.error();
    auto lexicon = NameLexicon::load(lexiconPath);
    if (!lexicon)
        return lexicon.error();
    QuoteModel quoteModel;
    const QString version = QStringLiteral(GALLEY_VERSION);
    QString quotesVersion = QStringLiteral("rules ") + version;
    if (QFileInfo::exists(quoteModelPath)) {
        auto loaded = QuoteModel::load(quoteModelPath);
        if (!loaded)
            return loaded.error();
        quoteModel = std::move(loaded).value();
        quotesVersion = QStringLiteral("quotes-polnear ") + fileDigest(quoteModelPath);
    }
    DetectorVersions versions{QStringLiteral("ner-conll ") + fileDigest(modelPath), version, quotesVersion, version};
    return Annotator(std::move(model).value(), std::move(lexicon).value(), std::move(quoteModel), std::move(versions));
}

TextAnalysis Annotator::analyse(QStringView text, QDate published, StageTimes *times) const
{
    TextAnalysis analysis;
    timed(times ? &times->tokenize : nullptr, [&] {
        analysis.tokens = tokenize(text);
        analysis.sentences = splitSentences(text, analysis.tokens);
    });
    timed(times ? &times->entities : nullptr,
          [&] { analysis.mentions = findEntities(m_model, text, analysis.tokens, analysis.sentences); });
    timed(times ? &times->numbers : nullptr, [&] {
        analysis.numbers = findNumbers(text, analysis.tokens, analysis.sentences, published, analysis.mentions);
        dropUnitsTakenForNames(analysis.mentions, analysis.numbers);
    });
    timed(times ? &times->clusters : nullptr, [&] {
        analysis.names.reserve(analysis.mentions.size());
        for (const EntityMention &mention : std::as_const(analysis.mentions))
            analysis.names.append(mentionName(text, mention, m_lexicon));
        analysis.clusters = clusterEntities(text, analysis.mentions, analysis.names, m_lexicon);
    });
    timed(times ? &times->quotes : nullptr, [&] {
        analysis.quotes = findQuotes(m_quoteModel, text, analysis.tokens, analysis.sentences, analysis.mentions);
        const SpeakerResolver resolver(text, analysis.tokens, analysis.sentences, analysis.mentions, analysis.names,
                                       analysis.clusters, m_lexicon, analysis.quotes);
        for (const Quote &quote : std::as_const(analysis.quotes))
            analysis.speakers.append(resolver.resolve(quote.speaker));
        analysis.speakerSources = continuedQuoteSpeakers(text, analysis.quotes, analysis.mentions);
    });
    return analysis;
}

AnnotationSet Annotator::annotate(const Article &article, const Page &page) const
{
    AnnotationSet set = annotateText(article.text, publicationDate(article.published));
    set.sourcePath = page.sourcePath;
    set.record = page.record;
    set.contentHash = QString::fromLatin1(page.contentHash.toHex());
    for (Span &span : set.spans)
        span.dom = domRangeOf(article, page, span.start, span.end);
    return set;
}

AnnotationSet Annotator::annotateText(const QString &text, QDate published) const
{
    return buildAnnotations(text, analyse(text, published), m_versions, QDateTime::currentDateTimeUtc());
}

} // namespace galley
