#include "formats/w3c_format.h"

#include "annotation/text_quote.h"
#include "text/code_point_index.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

QString sourceIri(const AnnotationSet &set)
{
    if (set.sourcePath.isEmpty())
        return QStringLiteral("urn:galley:unsaved-text");
    QUrl url = QUrl::fromLocalFile(set.sourcePath);
    if (set.record >= 0)
        url.setFragment(QStringLiteral("record=%1").arg(set.record));
    return url.toString(QUrl::FullyEncoded);
}

QJsonObject creatorOf(const Span &span, const AnnotationSet &set)
{
    const QString reviewer = !span.provenance.reviewer.isEmpty() ? span.provenance.reviewer : set.reviewer;
    if (span.provenance.detector.isEmpty() || !span.provenance.reviewer.isEmpty())
        return {{"type"_L1, "Person"_L1}, {"nickname"_L1, reviewer.isEmpty() ? QStringLiteral("unknown") : reviewer}};
    QString name = QStringLiteral("Galley ") + span.provenance.detector;
    if (!span.provenance.version.isEmpty())
        name += u' ' + span.provenance.version;
    return {{"type"_L1, "Software"_L1}, {"name"_L1, name}};
}

QJsonObject annotationOf(const Span &span, const AnnotationSet &set, const CodePointIndex &index, const QString &source)
{
    const TextQuote quote = span.quote.exact.isEmpty() ? textQuoteAt(set.text, span.start, span.end) : span.quote;
    const QJsonArray selectors{
        QJsonObject{{"type"_L1, "TextQuoteSelector"_L1}, {"exact"_L1, quote.exact}, {"prefix"_L1, quote.prefix},
                    {"suffix"_L1, quote.suffix}},
        QJsonObject{{"type"_L1, "TextPositionSelector"_L1}, {"start"_L1, index.toCodePoints(span.start)},
                    {"end"_L1, index.toCodePoints(span.end)}}};
    const QJsonArray body{
        QJsonObject{{"type"_L1, "TextualBody"_L1}, {"purpose"_L1, "tagging"_L1}, {"value"_L1, span.label}},
        QJsonObject{{"type"_L1, "TextualBody"_L1}, {"purpose"_L1, "assessing"_L1},
                    {"value"_L1, reviewStatusName(span.status)}}};
    QJsonObject annotation{{"id"_L1, QString(source + QStringLiteral("#galley-") + span.id)},
                           {"type"_L1, "Annotation"_L1},
                           {"motivation"_L1, "tagging"_L1},
                           {"body"_L1, body},
                           {"target"_L1, QJsonObject{{"source"_L1, source}, {"selector"_L1, selectors}}},
                           {"creator"_L1, creatorOf(span, set)}};
    if (span.created.isValid())
        annotation.insert("created"_L1, span.created.toUTC().toString(Qt::ISODateWithMs));
    if (span.modified.isValid())
        annotation.insert("modified"_L1, span.modified.toUTC().toString(Qt::ISODateWithMs));
    return annotation;
}

} // namespace

ExportResult writeW3c(const QList<AnnotationSet> &sets, const QString &stem)
{
    QJsonArray items;
    for (const AnnotationSet &set : sets) {
        const CodePointIndex index(set.text);
        const QString source = sourceIri(set);
        for (const Span &span : set.spans)
            items.append(annotationOf(span, set, index, source));
    }
    const QJsonObject collection{
        {"@context"_L1, "http://www.w3.org/ns/anno.jsonld"_L1},
        {"type"_L1, "AnnotationCollection"_L1},
        {"label"_L1, sets.size() == 1 && !sets.first().document.title.isEmpty() ? sets.first().document.title
                                                                               : QStringLiteral("Galley annotations")},
        {"total"_L1, items.size()},
        {"first"_L1, QJsonObject{{"type"_L1, "AnnotationPage"_L1}, {"startIndex"_L1, 0}, {"items"_L1, items}}}};
    return {{{stem + QStringLiteral(".jsonld"), QJsonDocument(collection).toJson(QJsonDocument::Indented)}}, {}};
}

} // namespace galley
