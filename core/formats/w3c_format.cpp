#include "formats/w3c_format.h"

#include "annotation/text_quote.h"
#include "text/code_point_index.h"

#include "util/iso_time.h"
#include "util/json_text.h"

#include <QFileInfo>
#include <QUrl>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

// The page as an absolute IRI (a relative path gave "file:uni.txt", no IRI at all), its WARC
// record in the fragment.
QString sourceIri(const AnnotationSet &set, qsizetype documentNumber)
{
    if (set.sourcePath.isEmpty())   // numbered, so that two such documents' annotations keep apart
        return QStringLiteral("urn:galley:unsaved-text:%1").arg(documentNumber);
    QUrl url = QUrl::fromLocalFile(QFileInfo(set.sourcePath).absoluteFilePath());
    if (set.record >= 0)
        url.setFragment(QStringLiteral("record=%1").arg(set.record));
    return url.toString(QUrl::FullyEncoded);
}

// An annotation's own IRI: the page's with a fragment naming the record and the span (one
// fragment: "…#record=1#galley-s1" would be no IRI).
QString annotationIri(const QString &source, const AnnotationSet &set, const Span &span)
{
    QUrl url(source);
    const QString record = set.record >= 0 ? QStringLiteral("record-%1-").arg(set.record) : QString();
    url.setFragment(QStringLiteral("galley-") + record + span.id);
    return url.toString(QUrl::FullyEncoded);
}

void writeCreator(JsonObjectWriter &annotation, const Span &span, const AnnotationSet &set)
{
    JsonObjectWriter creator(annotation.key("creator"));
    if (span.provenance.detector.isEmpty() || !span.provenance.reviewer.isEmpty()) {
        const QString &reviewer = !span.provenance.reviewer.isEmpty() ? span.provenance.reviewer : set.reviewer;
        creator.string("type", u"Person");
        creator.string("nickname", reviewer.isEmpty() ? QStringLiteral("unknown") : reviewer);
    } else {
        QString name = QStringLiteral("Galley ") + span.provenance.detector;
        if (!span.provenance.version.isEmpty())
            name += u' ' + span.provenance.version;
        creator.string("type", u"Software");
        creator.string("name", name);
    }
    creator.close();
}

void appendTextualBody(QByteArray &out, QStringView purpose, QStringView value)
{
    JsonObjectWriter body(out);
    body.string("type", u"TextualBody");
    body.string("purpose", purpose);
    body.string("value", value);
    body.close();
}

void appendAnnotation(QByteArray &out, const Span &span, const AnnotationSet &set, const CodePointIndex &index,
                      const QString &source)
{
    const TextQuote quote = span.quote.exact.isEmpty() ? textQuoteAt(set.text, span.start, span.end) : span.quote;
    JsonObjectWriter annotation(out);
    annotation.string("id", annotationIri(source, set, span));
    annotation.string("type", u"Annotation");
    annotation.string("motivation", u"tagging");
    QByteArray &body = annotation.key("body");
    body += '[';
    appendTextualBody(body, u"tagging", span.label);
    body += ',';
    appendTextualBody(body, u"assessing", reviewStatusName(span.status));
    if (const QString note = span.attributes.value(QStringLiteral("note")).toString(); !note.isEmpty()) {
        body += ',';
        appendTextualBody(body, u"commenting", note);
    }
    body += ']';
    JsonObjectWriter target(annotation.key("target"));
    target.string("source", source);
    QByteArray &selectors = target.key("selector");
    selectors += '[';
    JsonObjectWriter textQuote(selectors);
    textQuote.string("type", u"TextQuoteSelector");
    textQuote.string("exact", quote.exact);
    textQuote.string("prefix", quote.prefix);
    textQuote.string("suffix", quote.suffix);
    textQuote.close();
    selectors += ',';
    JsonObjectWriter position(selectors);
    position.string("type", u"TextPositionSelector");
    position.number("start", index.toCodePoints(span.start));
    position.number("end", index.toCodePoints(span.end));
    position.close();
    selectors += ']';
    target.close();
    writeCreator(annotation, span, set);
    if (span.created.isValid())
        annotation.key("created") += '"' + isoUtcTimestamp(span.created) + '"';
    if (span.modified.isValid())
        annotation.key("modified") += '"' + isoUtcTimestamp(span.modified) + '"';
    annotation.close();
}

} // namespace

ExportResult writeW3c(const QList<AnnotationSet> &sets, const QString &stem)
{
    qsizetype total = 0;
    for (const AnnotationSet &set : sets)
        total += set.spans.size();
    const QString label = sets.size() == 1 && !sets.first().document.title.isEmpty() ? sets.first().document.title
                                                                                    : QStringLiteral("Galley annotations");
    QByteArray out;
    JsonObjectWriter collection(out);
    collection.string("@context", u"http://www.w3.org/ns/anno.jsonld");
    // the model requires a collection's IRI: its one page's, or a name of this export
    QUrl collectionIri = sets.size() == 1 ? QUrl(sourceIri(sets.first(), 1))
                                          : QUrl(QStringLiteral("urn:galley:export:") + QString::fromLatin1(QUrl::toPercentEncoding(stem)));
    if (sets.size() == 1)
        collectionIri.setFragment(sets.first().record >= 0 ? QStringLiteral("galley-record-%1-annotations").arg(sets.first().record)
                                                           : QStringLiteral("galley-annotations"));
    collection.string("id", collectionIri.toString(QUrl::FullyEncoded));
    collection.string("type", u"AnnotationCollection");
    collection.string("label", label);
    collection.number("total", total);
    JsonObjectWriter page(collection.key("first"));
    page.string("type", u"AnnotationPage");
    page.number("startIndex", 0);
    QByteArray &items = page.key("items");
    items += "[\n";   // one annotation a line
    bool first = true;
    for (qsizetype d = 0; d < sets.size(); ++d) {
        const AnnotationSet &set = sets[d];
        const CodePointIndex index(set.text);
        const QString source = sourceIri(set, d + 1);
        for (const Span &span : set.spans) {
            if (!first)
                items += ",\n";
            first = false;
            appendAnnotation(items, span, set, index, source);
        }
    }
    items += "\n]";
    page.close();
    collection.close();
    out += '\n';
    return {{{stem + QStringLiteral(".jsonld"), out}}, {}};
}

} // namespace galley
