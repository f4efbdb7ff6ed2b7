#pragma once

// A long generated news page for the page-view benchmarks: paragraphs of ~800 characters of a
// fixed pseudo-random word sequence (no stretch of text repeats), with spans placed in each.
#include "annotation/annotation_set.h"
#include "annotation/text_quote.h"

#include <QStringList>

namespace galley::bench {

struct LongPage
{
    QString html;
    QStringList paragraphs;   // the text of each <p>, in order
    AnnotationSet set;        // spans over the paragraphs joined by blank lines, with DOM ranges
};

// `spansPerParagraph` spans of 120 characters spread over each paragraph; with `nestedEvery`
// > 0, every n-th paragraph also gets a short span nested in its first one. At most `maxSpans`.
inline LongPage generateLongPage(int paragraphs, int spansPerParagraph, int nestedEvery, int maxSpans)
{
    static const QStringList words = {
        QStringLiteral("harbour"), QStringLiteral("council"), QStringLiteral("ferry"), QStringLiteral("breakwater"),
        QStringLiteral("oyster"), QStringLiteral("survey"), QStringLiteral("residents"), QStringLiteral("vote"),
        QStringLiteral("fishers"), QStringLiteral("terminal"), QStringLiteral("quay"), QStringLiteral("permit"),
    };
    static const QStringList labels = {QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"),
                                       QStringLiteral("QUOTE"), QStringLiteral("MONEY"), QStringLiteral("DATE")};
    LongPage out;
    out.html = QStringLiteral("<!DOCTYPE html><html><head><title>Long</title></head><body><div>");
    QString articleText;
    quint32 state = 1;
    for (int p = 1; p <= paragraphs; ++p) {
        QString text;
        for (int w = 0; text.size() < 800; ++w) {
            state = state * 1103515245u + 12345u;
            text += words.at(int((state >> 16) % quint32(words.size())))
                    + (w % 9 == 8 ? QStringLiteral(". ") : QStringLiteral(" "));
        }
        text = text.trimmed();
        out.paragraphs.append(text);
        out.html += QStringLiteral("<p>") + text + QStringLiteral("</p>");
        const QString path = QStringLiteral("/html[1]/body[1]/div[1]/p[%1]/text()[1]").arg(p);
        const int base = int(articleText.size());
        articleText += text + QStringLiteral("\n\n");
        const auto add = [&](int start, int end) {
            if (out.set.spans.size() >= maxSpans)
                return;
            Span span;
            span.id = QStringLiteral("s%1").arg(out.set.spans.size() + 1);
            span.label = labels.at(out.set.spans.size() % labels.size());
            span.start = base + start;
            span.end = base + end;
            span.text = text.mid(start, end - start);
            span.dom = DomRange{{path, start}, {path, end}};
            out.set.spans.append(span);
        };
        const int first = (p * 37) % 500;
        for (int k = 0; k < spansPerParagraph; ++k) {
            const int start = (first + k * 160) % 660;
            add(start, start + 120);
        }
        if (nestedEvery > 0 && p % nestedEvery == 0)
            add(first + 20, first + 45);
    }
    out.html += QStringLiteral("</div></body></html>");
    out.set.text = articleText;
    for (Span &span : out.set.spans)
        span.quote = textQuoteAt(articleText, span.start, span.end);
    return out;
}

} // namespace galley::bench
