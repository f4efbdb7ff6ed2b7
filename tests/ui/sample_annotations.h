#pragma once

// The harbour-vote sample with a hand-made set of spans whose places in the page are known:
// nested, overlapping, across two blocks, found only by their quote, and one not in the page.
#include "annotation_set_builder.h"
#include "article_dom_range.h"
#include "document_loading.h"

namespace galley::test {

struct SampleAnnotations
{
    LoadedDocument document;
    QString varga, quote, kestrelInQuote, cue, count, day, acrossBlocks, byQuoteOnly, badPathGoodQuote,
        unplaceable, number;
};

inline QString harbourVotePath()
{
    return QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.html");
}

// `path`: the sample page or a copy of it (tests that save annotations work on a copy).
inline SampleAnnotations harbourVoteAnnotations(const QString &path = harbourVotePath())
{
    SampleAnnotations sample;
    auto loaded = loadDocument(path);
    if (!loaded)
        qFatal("cannot load the harbour-vote sample");
    sample.document = std::move(loaded).value();
    const Article &article = sample.document.article;
    const Page &page = sample.document.page;
    AnnotationSetBuilder builder(article.text);
    const auto placeLast = [&] {
        Span &span = builder.last();
        span.dom = articleDomRange(article, page, nullptr, span.start, span.end);
        if (!span.dom)
            qFatal("no DOM range for %s", qPrintable(span.text));
    };
    sample.varga = builder.span(QStringLiteral("PER"), QStringLiteral("Elena Varga"));
    placeLast();
    sample.quote = builder.span(QStringLiteral("QUOTE"), QStringLiteral("This is the day Kestrel Bay stops standing still,"),
                                0, {{QStringLiteral("kind"), QStringLiteral("direct")}});
    placeLast();
    sample.kestrelInQuote = builder.span(QStringLiteral("LOC"), QStringLiteral("Kestrel Bay"), 1);
    placeLast();
    sample.cue = builder.span(QStringLiteral("CUE"), QStringLiteral("told reporters"));
    placeLast();
    sample.count = builder.span(QStringLiteral("CARDINAL"), QStringLiteral("7 to 4 on Tuesday"));
    placeLast();
    sample.day = builder.span(QStringLiteral("DATE"), QStringLiteral("on Tuesday to approve"), 0,
                              {{QStringLiteral("value"), QStringLiteral("2023-03-14")}});
    placeLast();
    sample.acrossBlocks = builder.span(QStringLiteral("MISC"), QStringLiteral("next\n\nThe Harbour Authority"));
    placeLast();
    sample.number = builder.span(QStringLiteral("PERCENT"), QStringLiteral("58 percent"), 0,
                                 {{QStringLiteral("value"), 58.0}, {QStringLiteral("unit"), QStringLiteral("%")}});
    placeLast();
    sample.byQuoteOnly = builder.span(QStringLiteral("PER"), QStringLiteral("Maeve O\u2019Rourke"));
    sample.badPathGoodQuote = builder.span(QStringLiteral("PER"), QStringLiteral("Freya Castellanos"));
    builder.last().dom = DomRange{{QStringLiteral("/html[1]/body[1]/div[9]/p[99]/text()[1]"), 0},
                                  {QStringLiteral("/html[1]/body[1]/div[9]/p[99]/text()[1]"), 17}};
    sample.unplaceable = builder.span(QStringLiteral("ORG"), QStringLiteral("Northcoast Institute"));
    builder.last().dom = DomRange{{QStringLiteral("/html[1]/body[1]/div[9]/p[99]/text()[1]"), 0},
                                  {QStringLiteral("/html[1]/body[1]/div[9]/p[99]/text()[1]"), 20}};
    builder.last().quote = {QStringLiteral("Atlantis Harbour Trust"), {}, {}};
    builder.relate(QStringLiteral("speaker"), sample.quote, sample.varga);
    builder.relate(QStringLiteral("cue"), sample.quote, sample.cue);
    sample.document.annotations = builder.set();
    return sample;
}

} // namespace galley::test
