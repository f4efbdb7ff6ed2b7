#include "formats/csv_tables.h"

#include "formats/comments_left_out.h"

#include "formats/csv_row.h"
#include "formats/label_family.h"
#include "text/code_point_index.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

bool isLineBreak(QChar c) { return c == u'\n' || c == u'\r'; }

// UTF-16 offsets where paragraphs start: after each run of line breaks (with the blanks
// between them).
QList<int> paragraphStarts(const QString &text)
{
    QList<int> starts{0};
    int i = 0;
    while (i < text.size()) {
        if (!isLineBreak(text[i])) {
            ++i;
            continue;
        }
        while (i < text.size() && (isLineBreak(text[i]) || text[i] == u' ' || text[i] == u'\t'))
            ++i;
        starts.append(i);
    }
    return starts;
}

// A value as a spreadsheet reads it: 12000000, not 1.2e+07.
QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    return value.toString();
}

int paragraphNumber(const QList<int> &starts, int offset)
{
    return int(std::upper_bound(starts.cbegin(), starts.cend(), offset) - starts.cbegin());
}

class TableWriter
{
public:
    explicit TableWriter(const AnnotationSet &set) : m_set(set), m_index(set.text)
    {
        for (const Span &span : set.spans)
            m_spans.insert(span.id, &span);
        for (const Relation &relation : set.relations)
            m_relationsFrom.insert(relation.from, &relation);
    }

    void quotes(QString &out) const
    {
        const QList<int> paragraphs = paragraphStarts(m_set.text);
        for (const Span &span : m_set.spans) {
            if (span.label != "QUOTE"_L1 || span.status == ReviewStatus::Rejected)
                continue;
            out += csvRow({m_set.sourcePath, span.id, linkedText(span.id, "speaker"_L1), linkedText(span.id, "cue"_L1),
                           span.attributes.value(QStringLiteral("kind")).toString(), span.text,
                           QString::number(paragraphNumber(paragraphs, span.start)),
                           QString::number(m_index.toCodePoints(span.start)), QString::number(m_index.toCodePoints(span.end)),
                           span.attributes.value(QStringLiteral("confidence")).toString(), reviewStatusName(span.status),
                           span.attributes.value(QStringLiteral("note")).toString()});
        }
    }

    void numbers(QString &out) const
    {
        const QList<Token> tokens = tokenize(m_set.text);
        const QList<Sentence> sentences = splitSentences(m_set.text, tokens);
        for (const Span &span : m_set.spans) {
            if (exportLabelFamily(span.label) != "numbers"_L1 || span.status == ReviewStatus::Rejected)
                continue;
            const auto sentence = std::partition_point(sentences.cbegin(), sentences.cend(),
                                                       [&](const Sentence &s) { return s.end <= span.start; });
            const QString sentenceText = sentence == sentences.cend()
                ? QString() : m_set.text.mid(sentence->start, sentence->end - sentence->start);
            const QVariantMap &attributes = span.attributes;
            out += csvRow({m_set.sourcePath, span.id, span.label, span.text, valueText(attributes.value(QStringLiteral("value"))),
                           attributes.value(QStringLiteral("unit")).toString(),
                           attributes.value(QStringLiteral("modifier")).toString(), sentenceText,
                           attributes.value(QStringLiteral("note")).toString()});
        }
    }

    void entities(QString &out) const
    {
        QHash<QString, int> mentions;
        QSet<QString> clustered;
        for (const Relation &relation : m_set.relations) {
            const Span *from = m_spans.value(relation.from);
            // the entity's mentions as its Entities tab lists them: names, not the speakers ("he") linked to it
            if (relation.type != "cluster"_L1 || relation.status == ReviewStatus::Rejected || !from
                || from->status == ReviewStatus::Rejected || exportLabelFamily(from->label) != "entities"_L1)
                continue;
            ++mentions[relation.to];
            clustered.insert(relation.from);
        }
        for (const Cluster &cluster : m_set.clusters) {
            if (mentions.value(cluster.id) > 0)   // every mention rejected: the reviewer found no such entity
                out += csvRow({m_set.sourcePath, cluster.id, cluster.label, cluster.canonical,
                               QString::number(mentions.value(cluster.id))});
        }
        std::map<std::pair<QString, QString>, int> loose;   // (label, text) → mentions
        for (const Span &span : m_set.spans) {
            if (exportLabelFamily(span.label) == "entities"_L1 && span.status != ReviewStatus::Rejected
                && !clustered.contains(span.id))
                ++loose[{span.label, span.text}];
        }
        for (const auto &[key, count] : loose)
            out += csvRow({m_set.sourcePath, QString(), key.first, key.second, QString::number(count)});
    }

private:
    // The text of the span a relation of this type leads to from `spanId`.
    QString linkedText(const QString &spanId, QLatin1StringView type) const
    {
        for (const Relation *relation : m_relationsFrom.values(spanId)) {
            if (relation->type == type && relation->status != ReviewStatus::Rejected) {
                if (const Span *to = m_spans.value(relation->to))
                    return to->text;
            }
        }
        return {};
    }

    const AnnotationSet &m_set;
    const CodePointIndex m_index;
    QHash<QString, const Span *> m_spans;
    QMultiHash<QString, const Relation *> m_relationsFrom;
};

} // namespace

ExportResult writeCsvTables(const QList<AnnotationSet> &sets, const QString &stem)
{
    QString quotes = csvRow({"document"_L1, "id"_L1, "speaker"_L1, "cue"_L1, "kind"_L1, "text"_L1, "paragraph"_L1,
                             "start"_L1, "end"_L1, "confidence"_L1, "status"_L1, "comment"_L1});
    QString numbers = csvRow({"document"_L1, "id"_L1, "label"_L1, "text"_L1, "value"_L1, "unit"_L1, "modifier"_L1,
                              "sentence"_L1, "comment"_L1});
    QString entities = csvRow({"document"_L1, "cluster"_L1, "label"_L1, "canonical"_L1, "mentions"_L1});
    for (const AnnotationSet &set : sets) {
        const TableWriter writer(set);
        writer.quotes(quotes);
        writer.numbers(numbers);
        writer.entities(entities);
    }
    ExportResult result{{{stem + QStringLiteral("-quotes.csv"), quotes.toUtf8()},
                         {stem + QStringLiteral("-numbers.csv"), numbers.toUtf8()},
                         {stem + QStringLiteral("-entities.csv"), entities.toUtf8()}},
                        {}};
    warnOfCommentsLeftOut(sets, QStringLiteral("the entities table counts entities, not their mentions, and cues and "
                                               "speakers have no table of their own"),
                          result.warnings, [](const Span &span) {
                              return span.label != "QUOTE"_L1 && exportLabelFamily(span.label) != "numbers"_L1;
                          });
    return result;
}

} // namespace galley
