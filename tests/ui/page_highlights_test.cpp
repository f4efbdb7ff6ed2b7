#include "article_dom_range.h"
#include "block_dom_range.h"
#include "highlight_request.h"
#include "page_view.h"
#include "sample_annotations.h"
#include "served_page.h"
#include "text_page_layout.h"
#include "web_test_main.h"
#include "web_test_support.h"

#include <QJsonDocument>

using namespace galley;
using namespace galley::test;

namespace {

HighlightOutcome highlight(PageView &view, const QJsonObject &request)
{
    QSignalSpy highlighted(&view, &PageView::highlighted);
    view.setHighlights(request);
    if (!highlighted.wait(20000))
        qWarning("no highlight answer");
    return highlighted.isEmpty() ? HighlightOutcome{} : highlighted.first().first().value<HighlightOutcome>();
}

// span id -> the text of its marks, in page order.
QVariantMap markedTexts(PageView &view)
{
    return evaluate(view, QStringLiteral(
        "(function () { const texts = {};"
        " for (const mark of document.querySelectorAll('galley-mark')) {"
        "   const id = mark.getAttribute('data-span'); texts[id] = (texts[id] || '') + mark.textContent; }"
        " return texts; })()")).toMap();
}

QString collapsed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

} // namespace

// Every span of a set is drawn in the real page (or listed as unplaced), nested and overlapping
// spans included, without changing the page's text or its node paths.
class PageHighlightsTest final : public QObject
{
    Q_OBJECT

private slots:
    void sample_everySpanMarkedWithItsText_unplaceableReported()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        const AnnotationSet &set = sample.document.annotations;
        auto page = std::make_shared<const Page>(sample.document.page);
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page)));
        const QString bodyText = evaluate(view, QStringLiteral("document.body.textContent")).toString();

        const HighlightOutcome outcome = highlight(view, highlightRequest(set, {}));
        QCOMPARE(outcome.unplaced, QStringList{sample.unplaceable});
        QCOMPARE(outcome.placed, int(set.spans.size()) - 1);

        const QVariantMap marked = markedTexts(view);
        QCOMPARE(marked.size(), outcome.placed);
        for (const Span &span : set.spans) {
            if (span.id == sample.unplaceable) {
                QVERIFY(!marked.contains(span.id));
                continue;
            }
            // Between two blocks only the blocks' own text is marked, not the white space.
            if (span.id == sample.acrossBlocks)
                QCOMPARE(marked.value(span.id).toString(), QStringLiteral("nextThe Harbour Authority"));
            else
                QCOMPARE(collapsed(marked.value(span.id).toString()), collapsed(span.text));
        }
        QCOMPARE(evaluate(view, QStringLiteral("document.body.textContent")).toString(), bodyText);
    }

    void nestedAndOverlapping_markedInsideEachOther()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        auto page = std::make_shared<const Page>(sample.document.page);
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page)));
        highlight(view, highlightRequest(sample.document.annotations, {}));

        const auto inside = [&](const QString &outer, const QString &inner) {
            return evaluate(view, QStringLiteral("document.querySelector('galley-mark[data-span=\"%1\"] "
                                                 "galley-mark[data-span=\"%2\"]') !== null").arg(outer, inner)).toBool();
        };
        QVERIFY(inside(sample.quote, sample.kestrelInQuote));
        QVERIFY(!inside(sample.kestrelInQuote, sample.quote));
        // "7 to 4 on Tuesday" and "on Tuesday to approve" share "on Tuesday": the longer span
        // is drawn outside the shorter there, each keeps its own marks elsewhere.
        QVERIFY(inside(sample.day, sample.count));
        QVERIFY(!inside(sample.count, sample.day));
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('galley-mark[data-span=\"%1\"]').length")
                                    .arg(sample.count)).toInt(), 2);
        // The inner mark's underline sits above the outer one's.
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelector('galley-mark[data-span=\"%1\"] > "
                                               "galley-mark[data-span=\"%2\"]').parentElement.getAttribute('data-d')")
                                    .arg(sample.quote, sample.kestrelInQuote)).toString(),
                 QStringLiteral("1"));
        QVERIFY(evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-mark[data-span=\"%1\"]'))"
                                              ".borderBottomColor").arg(sample.varga)).toString()
                    != evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-mark[data-span=\"%1\"]'))"
                                                     ".borderBottomColor").arg(sample.kestrelInQuote)).toString());
    }

    // A rejected quote is dotted; it strikes through only marks with nothing inside them, since a
    // line through it would run through the pending place named inside it too.
    void rejectedQuote_doesNotStrikeThePendingNamesInside()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        AnnotationSet set = sample.document.annotations;
        for (Span &span : set.spans) {
            if (span.id == sample.quote || span.id == sample.varga)
                span.status = ReviewStatus::Rejected;
        }
        auto page = std::make_shared<const Page>(sample.document.page);
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page)));
        highlight(view, highlightRequest(set, {}));
        const auto style = [&](const QString &id, const QString &property) {
            return evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-mark[data-span=\"%1\"]')).%2")
                                      .arg(id, property)).toString();
        };
        QCOMPARE(style(sample.quote, QStringLiteral("borderBottomStyle")), QStringLiteral("dotted"));
        // the piece of the quote around the pending place
        QCOMPARE(evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-mark[data-span=\"%1\"] > "
                                               "galley-mark[data-span=\"%2\"]').parentElement).textDecorationLine")
                                    .arg(sample.quote, sample.kestrelInQuote)).toString(),
                 QStringLiteral("none"));
        QCOMPARE(style(sample.varga, QStringLiteral("textDecorationLine")), QStringLiteral("line-through"));
    }

    void afterHighlighting_nodePathsStillFlashTheSameText()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        const Article &article = sample.document.article;
        auto page = std::make_shared<const Page>(sample.document.page);
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page)));
        const Span &quote = sample.document.annotations.spans.at(1);
        const auto paragraph = std::find_if(article.blocks.cbegin(), article.blocks.cend(), [&](const Block &block) {
            return block.start <= quote.start && quote.end <= block.end;
        });
        QVERIFY(paragraph != article.blocks.cend());
        const DomRange range = *blockDomRange(*paragraph, article.nodePaths, *page, nullptr);
        const auto flash = [&] {
            QSignalSpy flashed(&view, &PageView::flashed);
            view.flash(range);
            return flashed.wait(10000) ? flashed.first().first().toString() : QStringLiteral("<no answer>");
        };
        const QString before = flash();
        QVERIFY(before.contains(QStringLiteral("Elena Varga told reporters")));
        highlight(view, highlightRequest(sample.document.annotations, {}));
        QCOMPARE(flash(), before);
    }

    void highlightingAgain_replacesTheMarks_andBoilerplateIsDimmed()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        const Article &article = sample.document.article;
        auto page = std::make_shared<const Page>(sample.document.page);
        QList<DomRange> boilerplate;
        for (const Block &block : article.blocks) {
            if (block.boilerplateReason == QLatin1String("navigation"))
                boilerplate.append(*blockDomRange(block, article.nodePaths, *page, nullptr));
        }
        QCOMPARE(boilerplate.size(), 7);
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page)));
        const QJsonObject request = highlightRequest(sample.document.annotations, boilerplate);
        const HighlightOutcome first = highlight(view, request);
        const HighlightOutcome second = highlight(view, request);
        QCOMPARE(second.marks, first.marks);
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('galley-mark').length")).toInt(), first.marks);
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('galley-highlights').length")).toInt(), 1);
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('[data-galley-boilerplate]').length")).toInt(), 7);
        QCOMPARE(evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('[data-galley-boilerplate]'))"
                                               ".opacity")).toString(), QStringLiteral("0.35"));
        // The legend names each label once, with its count.
        QVERIFY(evaluate(view, QStringLiteral("document.querySelector('galley-legend-row[data-l=\"PER\"]').textContent"))
                    .toString().endsWith(QStringLiteral(" 3")));
    }

    // A quote or a name its finder is unsure of (under 0.7) is drawn dashed until it is reviewed,
    // and the legend says what dashed means; the full request kept for a reload follows the update.
    void doubtfulSpans_dashedUntilReviewed()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        AnnotationSet set = sample.document.annotations;
        const auto spanOf = [&set](const QString &id) {
            return std::find_if(set.spans.begin(), set.spans.end(), [&id](const Span &span) { return span.id == id; });
        };
        spanOf(sample.quote)->attributes.insert(QStringLiteral("confidence"), 0.65);
        spanOf(sample.byQuoteOnly)->attributes.insert(QStringLiteral("confidence"), 0.41);
        spanOf(sample.varga)->attributes.insert(QStringLiteral("confidence"), 0.93);
        auto page = std::make_shared<const Page>(sample.document.page);
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page)));
        QJsonObject request = highlightRequest(set, {});
        highlight(view, request);
        const auto underline = [&view](const QString &id) {
            return evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-mark[data-span=\"%1\"]'))"
                                                 ".borderBottomStyle").arg(id)).toString();
        };
        const auto note = [&view] {
            return evaluate(view, QStringLiteral("(document.querySelector('galley-legend-note') || {}).textContent || ''"))
                .toString();
        };
        QCOMPARE(underline(sample.quote), QStringLiteral("dashed"));
        QCOMPARE(underline(sample.varga), QStringLiteral("solid"));
        QCOMPARE(underline(sample.byQuoteOnly), QStringLiteral("dashed"));
        QCOMPARE(note(), QStringLiteral("Dashed: not yet reviewed, found with under 70 % confidence"));

        spanOf(sample.quote)->status = ReviewStatus::Accepted;
        spanOf(sample.byQuoteOnly)->status = ReviewStatus::Rejected;
        const QJsonObject update = highlightUpdate(set, {sample.quote, sample.byQuoteOnly});
        QSignalSpy highlighted(&view, &PageView::highlighted);
        view.updateHighlights(update);
        QVERIFY(highlighted.wait(20000));
        QCOMPARE(underline(sample.quote), QStringLiteral("solid"));
        QCOMPARE(note(), QString());
        mergeHighlightUpdate(request, update);
        QCOMPARE(request, highlightRequest(set, {}));
    }

    void textCopy_spansPlacedThroughTheGeneratedLayout()
    {
        auto loaded = loadDocument(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.txt"));
        QVERIFY(loaded);
        const Article &article = loaded->article;
        auto page = std::make_shared<const Page>(loaded->page);
        const TextPageLayout layout(page->content, article.title);
        AnnotationSetBuilder builder(article.text);
        const QString varga = builder.span(QStringLiteral("PER"), QStringLiteral("Elena Varga"));
        const QString shipping = builder.span(QStringLiteral("ORG"), QStringLiteral("Northline Shipping"));
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page, layout.html())));
        const SpanDomLocator locate = [&](const Span &span) {
            return articleDomRange(article, *page, &layout, span.start, span.end);
        };
        const HighlightOutcome outcome = highlight(view, highlightRequest(builder.set(), {}, locate));
        QCOMPARE(outcome.placed, 2);
        const QVariantMap marked = markedTexts(view);
        QCOMPARE(marked.value(varga).toString(), QStringLiteral("Elena Varga"));
        QCOMPARE(collapsed(marked.value(shipping).toString()), QStringLiteral("Northline Shipping"));
    }

    // "MOSCOW (Sputnik) — “I think …,” Assad said.": the dateline is boilerplate, the rest of its
    // paragraph is the article. Only the dateline is dimmed, and drawing again dims it once.
    void dateline_dimmedAloneNotTheQuoteAfterIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("aleppo.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(
            "Liberation of Aleppo a Watershed Moment\n\n"
            "While the liberation of the Syrian city of Aleppo is expected to be completed soon, Syrian President "
            "Bashar Assad said Thursday it would be a \"watershed moment\" that would change the course of history.\n\n"
            "MOSCOW (Sputnik) \u2014 \"I think we will speak of the liberation of Aleppo as what was before the "
            "liberation and what will be after,\" Assad was quoted in a statement by his press service.\n\n"
            "Syria has been in a state of civil war since 2011, with government forces fighting opposition groups.\n")
                       .toUtf8());
        file.close();
        auto loaded = loadDocument(path);
        QVERIFY(loaded);
        const Article &article = loaded->article;
        auto page = std::make_shared<const Page>(loaded->page);
        const TextPageLayout layout(page->content, article.title);
        QList<DomRange> boilerplate;
        for (const Block &block : article.blocks) {
            if (block.boilerplateReason == QLatin1String("dateline"))
                boilerplate.append(*blockDomRange(block, article.nodePaths, *page, &layout));
        }
        QCOMPARE(boilerplate.size(), 1);
        AnnotationSetBuilder builder(article.text);
        const QString quote = builder.span(QStringLiteral("QUOTE"), QStringLiteral("I think we will speak"));
        PageView view;
        view.resize(1000, 700);
        QVERIFY(showAndWait(view, makeServedPage(page, layout.html())));
        const SpanDomLocator locate = [&](const Span &span) {
            return articleDomRange(article, *page, &layout, span.start, span.end);
        };
        const QJsonObject request = highlightRequest(builder.set(), boilerplate, locate);
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(highlight(view, request).placed, 1);
            QCOMPARE(markedTexts(view).value(quote).toString(), QStringLiteral("I think we will speak"));
            QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('[data-galley-boilerplate]').length")).toInt(), 0);
            QCOMPARE(evaluate(view, QStringLiteral("Array.from(document.querySelectorAll('galley-dim'))"
                                                   ".map(function (d) { return d.textContent; }).join('|')")).toString(),
                     QStringLiteral("MOSCOW (Sputnik) \u2014"));
            QCOMPARE(evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-dim')).opacity")).toString(),
                     QStringLiteral("0.35"));
            QCOMPARE(evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-mark').parentElement)"
                                                   ".opacity")).toString(), QStringLiteral("1"));
        }
    }
};

GALLEY_WEB_TEST_MAIN(PageHighlightsTest)
#include "page_highlights_test.moc"
