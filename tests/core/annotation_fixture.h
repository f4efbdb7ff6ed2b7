#pragma once

// An annotation set that exercises every corner the exchange formats must keep: emoji and other
// characters outside the BMP, combining marks, CRLF, tabs, right-to-left text, nested and
// overlapping spans, a span that starts at a line break, every review and anchor state,
// relations to spans and to clusters (in mixed order), attributes of several types.

#include "annotation/annotation_set.h"
#include "annotation/text_quote.h"

#include <QTest>

namespace fixture {

using namespace galley;

inline const QString kRichText = QString::fromUtf8(
    "Syrian President Bashar al-Assad \xF0\x9F\x98\x80 said:\t\xE2\x80\x9CWe will win.\xE2\x80\x9D\r\n"
    "The UN (\xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD9\x85 \xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xA9) "
    "counted about 3,000 civilians in Aleppo \xF0\x9F\x87\xB8\xF0\x9F\x87\xBE.\r\n\r\n"
    "Cafe\xCC\x81 owner \xF0\x9D\x94\x98lf told reporters Assad lost 10 km\xC2\xB2 of land.");

inline Span span(const QString &id, const QString &label, const QString &text, const QString &exact, int occurrence = 0)
{
    int start = -1;
    for (int i = 0; i <= occurrence; ++i)
        start = int(text.indexOf(exact, start + 1));
    if (start < 0)
        qFatal("fixture: '%s' not in the text", qPrintable(exact));
    Span span;
    span.id = id;
    span.label = label;
    span.start = start;
    span.end = start + int(exact.size());
    span.text = exact;
    span.quote = textQuoteAt(text, span.start, span.end);
    return span;
}

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline Relation relation(const QString &id, const QString &type, const QString &from, const QString &to,
                         ReviewStatus status, const Provenance &provenance = {})
{
    Relation relation;
    relation.id = id;
    relation.type = type;
    relation.from = from;
    relation.to = to;
    relation.status = status;
    relation.provenance = provenance;
    return relation;
}

inline AnnotationSet richAnnotationSet()
{
    AnnotationSet set;
    set.sourcePath = QStringLiteral("/pages/aleppo report.html");
    set.record = 3;
    set.contentHash = QStringLiteral("9f2c");
    set.text = kRichText;
    set.reviewer = QStringLiteral("anna");
    set.document = {QString::fromUtf8("Assad: \xE2\x80\x9CWe will win\xE2\x80\x9D"), {QStringLiteral("Lina Haddad"), QStringLiteral("Tom Berg")},
                    QStringLiteral("2016-12-08T10:00:00Z"), QStringLiteral("check the death toll"), DocumentStatus::Done};
    const QString &text = set.text;

    Span assad = span(QStringLiteral("s1"), QStringLiteral("PER"), text, QStringLiteral("Bashar al-Assad"));
    assad.status = ReviewStatus::Accepted;
    assad.provenance = {QStringLiteral("ner"), QStringLiteral("conll-3"), QStringLiteral("anna")};
    assad.created = utc("2026-11-25T10:00:00.125Z");
    assad.modified = utc("2026-11-25T10:05:00.000Z");
    assad.attributes.insert(QStringLiteral("canonical"), QStringLiteral("Bashar al-Assad"));
    assad.dom = DomRange{{QStringLiteral("/html[1]/body[1]/p[1]/text()[1]"), 17},
                         {QStringLiteral("/html[1]/body[1]/p[1]/text()[1]"), 32}};

    Span president = span(QStringLiteral("s2"), QStringLiteral("MISC"), text, QStringLiteral("Syrian President Bashar al-Assad"));
    president.status = ReviewStatus::Pending;
    president.provenance = {QStringLiteral("ner"), QStringLiteral("conll-3"), {}};

    Span quote = span(QStringLiteral("s3"), QStringLiteral("QUOTE"), text, QStringLiteral("We will win."));
    quote.status = ReviewStatus::Edited;
    quote.attributes.insert(QStringLiteral("kind"), QStringLiteral("direct"));
    quote.attributes.insert(QStringLiteral("confidence"), 0.87);
    quote.provenance = {QStringLiteral("quotes"), QStringLiteral("2"), QStringLiteral("anna")};

    Span cue = span(QStringLiteral("s4"), QStringLiteral("CUE"), text, QStringLiteral("said"));
    cue.status = ReviewStatus::Accepted;

    Span un = span(QStringLiteral("s5"), QStringLiteral("ORG"), text, QString::fromUtf8(
        "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD9\x85 \xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xA9"));
    un.status = ReviewStatus::Rejected;

    // Crosses CRLF and overlaps the quote and the organisation.
    Span across = span(QStringLiteral("s6"), QStringLiteral("QUOTE"), text, QString::fromUtf8("win.\xE2\x80\x9D\r\nThe UN ("));
    across.status = ReviewStatus::Added;
    across.anchor = AnchorState::Fuzzy;
    across.attributes.insert(QStringLiteral("kind"), QStringLiteral("partial"));

    Span civilians = span(QStringLiteral("s7"), QStringLiteral("CARDINAL"), text, QStringLiteral("about 3,000 civilians"));
    civilians.attributes.insert(QStringLiteral("value"), 3000.0);
    civilians.attributes.insert(QStringLiteral("unit"), QStringLiteral("civilians"));
    civilians.attributes.insert(QStringLiteral("modifier"), QStringLiteral("approximately"));
    civilians.attributes.insert(QStringLiteral("approximate"), true);
    civilians.attributes.insert(QStringLiteral("exact"), false);

    Span aleppo = span(QStringLiteral("s8"), QStringLiteral("LOC"), text, QString::fromUtf8("Aleppo \xF0\x9F\x87\xB8\xF0\x9F\x87\xBE"));
    aleppo.status = ReviewStatus::Edited;

    // Starts with the paragraph break: brat's fragments drop it, the note keeps the range.
    Span paragraph = span(QStringLiteral("s9"), QStringLiteral("MISC"), text, QString::fromUtf8("\r\n\r\nCafe\xCC\x81"));
    paragraph.status = ReviewStatus::Added;

    Span ulf = span(QStringLiteral("s10"), QStringLiteral("PER"), text, QString::fromUtf8("\xF0\x9D\x94\x98lf"));
    ulf.status = ReviewStatus::Accepted;

    // Orphaned: its text no longer matches where it was.
    Span orphan = span(QStringLiteral("s11"), QStringLiteral("PER"), text, QStringLiteral("Assad"), 1);
    orphan.text = QStringLiteral("Asad");
    orphan.anchor = AnchorState::Orphaned;
    orphan.quote = {QStringLiteral("Asad"), QStringLiteral("told reporters "), QStringLiteral(" lost")};

    Span area = span(QStringLiteral("s12"), QStringLiteral("QUANTITY"), text, QString::fromUtf8("10 km\xC2\xB2"));
    area.attributes.insert(QStringLiteral("value"), 10.0);
    area.attributes.insert(QStringLiteral("unit"), QString::fromUtf8("km\xC2\xB2"));
    area.attributes.insert(QStringLiteral("si"), QVariantMap{{QStringLiteral("value"), 1.0e7},
                                                             {QStringLiteral("unit"), QString::fromUtf8("m\xC2\xB2")}});

    set.spans = {assad, president, quote, cue, un, across, civilians, aleppo, paragraph, ulf, orphan, area};
    set.clusters = {{QStringLiteral("c1"), QStringLiteral("PER"), QStringLiteral("Bashar al-Assad")},
                    {QStringLiteral("c2"), QStringLiteral("LOC"), QStringLiteral("Aleppo")}};
    set.relations = {
        relation(QStringLiteral("r1"), QStringLiteral("cluster"), QStringLiteral("s1"), QStringLiteral("c1"), ReviewStatus::Accepted),
        relation(QStringLiteral("r2"), QStringLiteral("speaker"), QStringLiteral("s3"), QStringLiteral("s1"), ReviewStatus::Edited,
                 {QStringLiteral("quotes"), QStringLiteral("2"), QStringLiteral("anna")}),
        relation(QStringLiteral("r3"), QStringLiteral("cue"), QStringLiteral("s3"), QStringLiteral("s4"), ReviewStatus::Pending,
                 {QStringLiteral("quotes"), QStringLiteral("2"), {}}),
        relation(QStringLiteral("r4"), QStringLiteral("cluster"), QStringLiteral("s11"), QStringLiteral("c1"), ReviewStatus::Rejected),
        relation(QStringLiteral("r5"), QStringLiteral("cluster"), QStringLiteral("s8"), QStringLiteral("c2"), ReviewStatus::Added),
        relation(QStringLiteral("r6"), QStringLiteral("speaker"), QStringLiteral("s6"), QStringLiteral("s10"), ReviewStatus::Added),
    };
    set.relations[1].created = utc("2026-11-25T11:00:00.000Z");
    set.relations[1].modified = utc("2026-11-25T11:30:00.500Z");
    return set;
}

} // namespace fixture
