#include "extract/article_extractor.h"
#include "extract/html_extractor.h"
#include "load/page_loader.h"

#include <QFile>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace galley;

class HtmlExtractorTest : public QObject
{
    Q_OBJECT

private slots:
    void metadata_data();
    void metadata();
    void blockKind_data();
    void blockKind();
    void title_data();
    void title();
    void hiddenAndNonTextContent_areSkipped();
    void streamedSegments_areReadWhereTheirPlaceholderStands();
    void repeatedBlock_isKeptOnce();
    void body_keepsPageOrderWithoutDuplicates();
    void leadImage_captionAndCredit();
    void boilerplate_isKeptInPageOrder();
    void caption_keepsItsContentKind();
    void pageWithoutDom_reportsError();
    void veryDeepDom_isWalkedWithoutRecursion();
    void loaderDiagnostics_reachTheArticle();
    void harbourSample_captionAndCreditApart_data();
    void harbourSample_captionAndCreditApart();
    void harbourSample_footerCopyrightIsNoPhotoCredit();
    void creditOutsideAFigure_isNoPhotoCredit();
    void dateline_leavesItsParagraph();
};

namespace {

Page fixturePage(const QString &name)
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA_DIR "/extract/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const QByteArray html = file.readAll();
    Page page;
    page.sourcePath = file.fileName();
    page.content = QString::fromUtf8(html);
    page.dom = std::make_shared<HtmlDocument>(html);
    return page;
}

// "paragraph", "heading:2", "boilerplate:share" ...
QString describe(const Block &block)
{
    if (block.isBoilerplate())
        return QStringLiteral("boilerplate:") + block.boilerplateReason;
    if (block.kind == BlockKind::Heading)
        return QStringLiteral("heading:") + QString::number(block.headingLevel);
    return blockKindName(block.kind);
}

const Block *blockContaining(const Article &article, const QString &snippet)
{
    for (const Block &block : article.blocks) {
        if (block.text.contains(snippet))
            return &block;
    }
    return nullptr;
}

} // namespace

void HtmlExtractorTest::metadata_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("byline");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("language");

    QTest::newRow("json-ld graph, author array, time")
        << "news_article.html" << "Harbour bridge reopens after repairs"
        << QStringList{"Jane Doe", "John Roe"} << "2024-03-05T08:30:00+01:00" << "The Daily Example" << "en-GB";
    QTest::newRow("meta author, article:published_time, og:locale")
        << "meta_only.html" << "Vieux-Port : la fête des voiliers" << QStringList{"Marie Curie"}
        << "2023-07-14T10:00:00Z" << "Le Journal Exemple" << "fr-FR";
    QTest::newRow("dateline text, itemprop author")
        << "dateline_itemprop.html" << "Library extends opening hours" << QStringList{"Alex Kim"}
        << "2025-09-04" << "" << "en";
    // A short paragraph of the article that names a date is no dateline: the declared date stands.
    QTest::newRow("a date in a short body sentence")
        << "date_in_body.html" << "Munich café owners protest new tax" << QStringList{"Jürgen Müller"}
        << "2024-05-16T08:00:00+02:00" << "Euronews" << "en";
}

void HtmlExtractorTest::metadata()
{
    QFETCH(QString, fixture);
    const Article article = extractHtmlArticle(fixturePage(fixture));
    QTEST(article.title, "title");
    QTEST(article.byline, "byline");
    QTEST(article.published, "published");
    QTEST(article.site, "site");
    QTEST(article.language, "language");
}

void HtmlExtractorTest::blockKind_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("expected");

    const QString news = QStringLiteral("news_article.html");
    QTest::newRow("paragraph") << news << "reopened to traffic on Tuesday" << "paragraph";
    QTest::newRow("heading level") << news << "Traffic returns" << "heading:2";
    QTest::newRow("list item") << news << "Cars may use all four lanes" << "list-item";
    QTest::newRow("list item before nested list") << news << "Cyclists get a separated lane:" << "list-item";
    QTest::newRow("nested list item") << news << "northbound on the east side," << "list-item";
    QTest::newRow("blockquote") << news << "the bridge the city deserves" << "blockquote";
    QTest::newRow("preformatted") << news << "Toll:   none\nHours:  always open" << "preformatted";
    QTest::newRow("caption") << news << "The bridge at dawn on Tuesday." << "boilerplate:caption";
    QTest::newRow("headline") << news << "Harbour bridge reopens after repairs" << "boilerplate:title";
    QTest::newRow("byline line") << news << "By Jane Doe and John Roe" << "boilerplate:metadata";
    QTest::newRow("dateline") << news << "5 March 2024" << "boilerplate:metadata";
    QTest::newRow("cookie banner") << news << "We use cookies" << "boilerplate:cookie-banner";
    QTest::newRow("navigation") << news << "Sport" << "boilerplate:navigation";
    QTest::newRow("share widget") << news << "Share on Facebook" << "boilerplate:share";
    QTest::newRow("advertisement line") << news << "Advertisement" << "boilerplate:advertisement";
    QTest::newRow("newsletter") << news << "Sign up for our newsletter" << "boilerplate:newsletter";
    QTest::newRow("tags") << news << "Bridges Transport" << "boilerplate:tags";
    QTest::newRow("related") << news << "Tunnel works to start in May" << "boilerplate:related";
    QTest::newRow("comments") << news << "waiting for this for a very long time" << "boilerplate:comments";
    QTest::newRow("footer") << news << "All rights reserved" << "boilerplate:footer";
    QTest::newRow("link list footer") << "dateline_itemprop.html" << "About Contact Privacy" << "boilerplate:footer";
    QTest::newRow("metadata line") << "dateline_itemprop.html" << "Published Sept. 4, 2025" << "boilerplate:metadata";
    QTest::newRow("short sentence with a date")
        << "date_in_body.html" << "The city council votes on the measure on June 3, 2024." << "paragraph";
    QTest::newRow("dateline opening the first paragraph") << "date_in_body.html" << "BERLIN (AP) \u2014"
                                                          << "boilerplate:dateline";

    const QString thread = QStringLiteral("comment_thread_sibling.html");
    QTest::newRow("post sharing its parent with comments: first") << thread << "Every December I watch" << "paragraph";
    QTest::newRow("post sharing its parent with comments: last") << thread << "whatever the letters say" << "paragraph";
    QTest::newRow("comment next to the post") << thread << "the effects hold up remarkably well" << "boilerplate:comments";
    const QString related = QStringLiteral("related_section.html");
    QTest::newRow("section under a related heading: heading") << related << "Related Posts" << "boilerplate:related";
    QTest::newRow("section under a related heading: title") << related << "Ten targets for a small telescope" << "boilerplate:related";
    QTest::newRow("section under a related heading: excerpt") << related << "From the rings of Saturn" << "boilerplate:related";
    QTest::newRow("prose before a related section") << related << "spend the first month" << "paragraph";
    QTest::newRow("continues-below line") << related << "Article continues below" << "boilerplate:advertisement";
    QTest::newRow("conversation line") << related << "Join the conversation" << "boilerplate:comments";
    QTest::newRow("sentence that is mostly one link") << related << "available from several dealers" << "paragraph";
    QTest::newRow("streamed segment") << "streaming_segments.html" << "first southbound service" << "paragraph";
    const QString end = QStringLiteral("article_end.html");
    QTest::newRow("section label above the headline") << end << "Gardening / Vegetables" << "boilerplate:above-headline";
    QTest::newRow("body before the end marker") << end << "lift them with a fork" << "paragraph";
    QTest::newRow("end marker") << end << "About the Author" << "boilerplate:article-end";
    QTest::newRow("author box after the end marker") << end << "grows vegetables on a small allotment" << "boilerplate:article-end";
    const QString bio = QStringLiteral("author_bio.html");
    QTest::newRow("author introduced at the end") << bio << "is a gardener and writer" << "boilerplate:author-bio";
    QTest::newRow("author named in the lead") << bio << "has grown garlic for years" << "paragraph";
    QTest::newRow("h1 with a kicker label is the headline") << "title_kicker.html" << "News: Cities on the Coast" << "boilerplate:title";
    QTest::newRow("h1 without the declared count is the headline") << "title_declared_count.html" << "Ways Coastal Cities Prepare" << "boilerplate:title";
    QTest::newRow("line reason behind an icon") << end << "Recommended Posts" << "boilerplate:related";
    QTest::newRow("longer end marker") << "article_end_long_marker.html" << "arrives on the first Monday" << "boilerplate:article-end";
    QTest::newRow("call to action after the end marker") << end << "Pin this for later!" << "boilerplate:article-end";
}

void HtmlExtractorTest::blockKind()
{
    QFETCH(QString, fixture);
    QFETCH(QString, snippet);
    const Article article = extractHtmlArticle(fixturePage(fixture));
    const Block *block = blockContaining(article, snippet);
    QVERIFY2(block, qPrintable(QStringLiteral("no block contains '%1'").arg(snippet)));
    QTEST(describe(*block), "expected");
}

void HtmlExtractorTest::title_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("title");

    // An <h1> that no declared title agrees with is a section label, not the headline.
    QTest::newRow("h1 is a section label") << "title_agreement_label.html" << "How Coastal Cities Plan for Winter Floods";
    // A rephrased headline still shares most words with og:title: the visible one wins.
    QTest::newRow("h1 rephrases og:title") << "title_agreement_rephrased.html" << "Cities on the Coast Brace for Winter Floods";
    QTest::newRow("tagline after a pipe in the h1") << "title_pipe.html" << "Cities on the Coast Brace for Winter Floods";
    QTest::newRow("site name after a dash in the h1") << "title_site_tail.html" << "Cities on the Coast Brace for Winter Floods";
    QTest::newRow("kicker label before the declared title") << "title_kicker.html" << "Cities on the Coast Brace for Winter Floods";
    QTest::newRow("declared title adds the list's count") << "title_declared_count.html" << "5 Ways Coastal Cities Prepare for Winter Floods";
    QTest::newRow("declared title spells the ellipsis in ASCII") << "title_plain_marks.html" << "Coastal Cities and Winter Floods... What Comes Next";
    QTest::newRow("h1 lost characters to a wrong encoding") << "title_lost_characters.html" << "Coastal Cities: A Beginner's Guide to Winter Floods";
    QTest::newRow("h1 inside a streamed segment") << "streaming_segments.html" << "Night Trains Return to the Alps";
}

void HtmlExtractorTest::title()
{
    QFETCH(QString, fixture);
    QTEST(extractHtmlArticle(fixturePage(fixture)).title, "title");
}

void HtmlExtractorTest::streamedSegments_areReadWhereTheirPlaceholderStands()
{
    const Article article = extractHtmlArticle(fixturePage(QStringLiteral("streaming_segments.html")));
    const QStringList inOrder = {"After a gap of twelve years", "three departures a week", "Tickets go on sale"};
    qsizetype previous = -1;
    for (const QString &text : inOrder) {
        const qsizetype at = article.text.indexOf(text);
        QVERIFY2(at > previous, qPrintable(text));
        QCOMPARE(article.text.count(text), 1);
        previous = at;
    }
    // The segment replaces the fallback, lands before the footer, and appears once in the blocks.
    qsizetype segment = -1, footer = -1, count = 0;
    for (qsizetype i = 0; i < article.blocks.size(); ++i) {
        const Block &block = article.blocks.at(i);
        QVERIFY2(!block.text.contains(QStringLiteral("Loading the story")), qPrintable(block.text));
        QVERIFY2(!block.text.contains(QStringLiteral("must stay hidden")), qPrintable(block.text));
        if (block.text.contains(QStringLiteral("After a gap of twelve years"))) {
            segment = i;
            ++count;
        }
        if (block.text.contains(QStringLiteral("independent magazine")))
            footer = i;
    }
    QCOMPARE(count, 1);
    QVERIFY(segment >= 0 && footer > segment);
}

void HtmlExtractorTest::repeatedBlock_isKeptOnce()
{
    const Article article = extractHtmlArticle(fixturePage(QStringLiteral("repeated_widget.html")));
    const QString card = QStringLiteral("Document that outlines basic details about your company.");
    QStringList verdicts;
    for (const Block &block : article.blocks) {
        if (block.text == card)
            verdicts.append(describe(block));
    }
    QCOMPARE(verdicts, QStringList({QStringLiteral("paragraph"), QStringLiteral("boilerplate:repeated")}));
    QCOMPARE(article.text.count(card), 1);
    QVERIFY(article.text.contains(QStringLiteral("hire its first staff")));
}

void HtmlExtractorTest::hiddenAndNonTextContent_areSkipped()
{
    const Article article = extractHtmlArticle(fixturePage(QStringLiteral("news_article.html")));
    const QStringList absent = {"hidden and must not appear", "style rule hides", "Decorative text",
                                "enable JavaScript", "tracker", "svg text", "Template text", ".x { color"};
    for (const Block &block : article.blocks) {
        for (const QString &text : absent)
            QVERIFY2(!block.text.contains(text), qPrintable(block.text));
    }
}

void HtmlExtractorTest::body_keepsPageOrderWithoutDuplicates()
{
    const Article article = extractHtmlArticle(fixturePage(QStringLiteral("news_article.html")));
    const QStringList inOrder = {"reopened to traffic", "Engineers replaced the deck", "Traffic returns",
                                 "Commuters who had used", "Cars may use", "Cyclists get", "northbound",
                                 "southbound", "the bridge the city deserves", "Toll:", "final inspection"};
    qsizetype previous = -1;
    for (const QString &text : inOrder) {
        const qsizetype at = article.text.indexOf(text);
        QVERIFY2(at > previous, qPrintable(text));
        QCOMPARE(article.text.count(text), 1);
        previous = at;
    }
    QVERIFY(article.text.startsWith(QStringLiteral("The harbour bridge reopened")));
    QVERIFY(!article.text.contains(QStringLiteral("Harbour bridge reopens")));
    QVERIFY(!article.text.contains(QStringLiteral("Advertisement")));
}

void HtmlExtractorTest::leadImage_captionAndCredit()
{
    const Article article = extractHtmlArticle(fixturePage(QStringLiteral("news_article.html")));
    // The caption without the credit it holds; the credit as printed, label included.
    QCOMPARE(article.leadImageCaption, QStringLiteral("The bridge at dawn on Tuesday."));
    QCOMPARE(article.leadImageCredit, QStringLiteral("Photo: Ann Smith/Example Agency"));
}

void HtmlExtractorTest::boilerplate_isKeptInPageOrder()
{
    const Article article = extractHtmlArticle(fixturePage(QStringLiteral("news_article.html")));
    QStringList reasons;
    for (const Block &block : article.blocks) {
        if (block.isBoilerplate() && !reasons.contains(block.boilerplateReason))
            reasons.append(block.boilerplateReason);
        if (block.isBoilerplate()) {
            QCOMPARE(block.start, -1);
            QVERIFY(!block.runs.isEmpty());
        }
    }
    QCOMPARE(reasons.first(), QStringLiteral("cookie-banner"));
    QCOMPARE(reasons.last(), QStringLiteral("footer"));
}

void HtmlExtractorTest::caption_keepsItsContentKind()
{
    Article article = extractHtmlArticle(fixturePage(QStringLiteral("news_article.html")));
    Block *caption = nullptr;
    for (Block &block : article.blocks) {
        if (block.text.startsWith(QStringLiteral("The bridge at dawn")))
            caption = &block;
    }
    QVERIFY(caption);
    QCOMPARE(caption->contentKind, BlockKind::Caption);
    // A reviewer pulls the caption back into the body.
    caption->kind = caption->contentKind;
    article.rebuildText();
    QVERIFY(article.text.startsWith(QStringLiteral("The bridge at dawn")));
}

void HtmlExtractorTest::pageWithoutDom_reportsError()
{
    Page page;
    page.content = QStringLiteral("plain");
    const Article article = extractHtmlArticle(page);
    QVERIFY(article.text.isEmpty());
    QCOMPARE(article.diagnostics.size(), 1);
    QCOMPARE(article.diagnostics.first().code, QStringLiteral("no-dom"));
}

// The loader refuses trees deeper than ~1024 levels, but the extractor must not depend on that:
// every walker keeps its own stack. 5000 nested <div>s built straight into an HtmlDocument.
void HtmlExtractorTest::veryDeepDom_isWalkedWithoutRecursion()
{
    const QString sentence = QStringLiteral("The deepest paragraph of the page still reaches the reader, "
                                            "after five thousand nested boxes, and it is long enough to count as prose.");
    QByteArray html = "<!doctype html><html><head><title>Deep page</title></head><body>";
    html += QByteArray("<div>").repeated(5000);
    html += "<p>" + sentence.toUtf8() + "</p><figure><img src=a.jpg><figcaption>Deep caption</figcaption></figure>";
    html += QByteArray("</div>").repeated(5000);
    html += "</body></html>";
    Page page;
    page.content = QString::fromUtf8(html);
    page.dom = std::make_shared<HtmlDocument>(html);
    // On a thread with a small stack, so any walker that recurses per level would overflow it.
    Article article;
    std::unique_ptr<QThread> thread(QThread::create([&] { article = extractHtmlArticle(page); }));
    thread->setStackSize(512 * 1024);
    thread->start();
    QVERIFY(thread->wait(60000));
    QVERIFY2(article.text.contains(sentence), qPrintable(article.text.left(300)));
    QCOMPARE(article.title, QStringLiteral("Deep page"));
    // Alignment paths of the deepest block resolve back to its nodes.
    const Block *block = blockContaining(article, QStringLiteral("deepest paragraph"));
    QVERIFY(block);
    QVERIFY(article.nodePaths.size() > 0);
}

// The loader's findings (here: invalid UTF-8 replaced by U+FFFD) must reach the article.
void HtmlExtractorTest::loaderDiagnostics_reachTheArticle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("broken.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<!doctype html><html><head><meta charset=\"utf-8\"><title>Broken bytes</title></head><body>"
               "<article><h1>Broken bytes</h1><p>The council met on Tuesday \xff\xfe and agreed to repair the "
               "old harbour wall before the winter storms arrive, at a cost of two million.</p></article>"
               "</body></html>");
    file.close();
    const auto page = loadPage(file.fileName());
    QVERIFY(page.ok());
    QVERIFY(!page->diagnostics.isEmpty());
    const Article article = extractArticle(*page);
    QStringList codes;
    for (const Diagnostic &d : article.diagnostics)
        codes.append(d.code);
    QVERIFY2(codes.contains(QStringLiteral("invalid-bytes")), qPrintable(codes.join(QLatin1Char(','))));
    QCOMPARE(article.diagnostics.first().code, page->diagnostics.first().code);
}

void HtmlExtractorTest::harbourSample_captionAndCreditApart_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("html") << QStringLiteral("harbour-vote.html");
    QTest::newRow("mhtml") << QStringLiteral("harbour-vote.mhtml");
    QTest::newRow("warc record 0") << QStringLiteral("harbour-vote.warc.gz");
}

// <figcaption><p class="caption">...</p><p class="credit">Photo: ...</p></figcaption>
void HtmlExtractorTest::harbourSample_captionAndCreditApart()
{
    QFETCH(QString, file);
    const auto page = loadPage(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/") + file);
    QVERIFY(page.ok());
    const Article article = extractArticle(*page);
    QCOMPARE(article.leadImageCaption,
             QStringLiteral("Fishing boats moored at the old harbour in Kestrel Bay, where the new breakwater is planned."));
    QCOMPARE(article.leadImageCredit, QStringLiteral("Photo: Jonas Feld / Kestrel Bay Courier"));
}

// Record 1 has no image; its footer's "© 2023 ..." line is site furniture, not a photo credit.
void HtmlExtractorTest::harbourSample_footerCopyrightIsNoPhotoCredit()
{
    LoadOptions options;
    options.warcRecord = 1;
    const auto page = loadPage(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.warc.gz"),
                               options);
    QVERIFY(page.ok());
    const Article article = extractArticle(*page);
    QVERIFY2(article.leadImageCredit.isEmpty(), qPrintable(article.leadImageCredit));
    const Block *copyright = blockContaining(article, QStringLiteral("All rights reserved"));
    QVERIFY(copyright);
    QVERIFY(copyright->isBoilerplate());
    QCOMPARE(copyright->boilerplateReason, QStringLiteral("footer"));
    for (const Block &block : article.blocks)
        QVERIFY2(block.boilerplateReason != u"caption-credit", qPrintable(block.text));
}

void HtmlExtractorTest::creditOutsideAFigure_isNoPhotoCredit()
{
    const QByteArray html = "<html><head><title>T</title></head><body><article><h1>Ferry returns</h1>"
        "<p>The ferry to the island returns on Monday after a winter in dry dock, the operator said today.</p>"
        "<div class=\"photo\"><img src=a.jpg><p class=\"credit\">Photo: Mia Lund</p></div>"
        "<p>Tickets go on sale this week at the harbour office and online, at last year's prices.</p>"
        "</article><div class=\"copyright\">Copyright 2024 The Island Post</div></body></html>";
    Page page;
    page.content = QString::fromUtf8(html);
    page.dom = std::make_shared<HtmlDocument>(html);
    const Article article = extractHtmlArticle(page);
    QCOMPARE(article.leadImageCredit, QStringLiteral("Photo: Mia Lund"));
    const Block *copyright = blockContaining(article, QStringLiteral("Copyright 2024"));
    QVERIFY(copyright);
    QCOMPARE(describe(*copyright), QStringLiteral("boilerplate:footer"));
    const Block *credit = blockContaining(article, QStringLiteral("Mia Lund"));
    QVERIFY(credit);
    QCOMPARE(describe(*credit), QStringLiteral("boilerplate:caption-credit"));
}

// "BERLIN (AP) — Hundreds of café owners …": the article reads from "Hundreds"; both pieces
// still point into the same text node of the page.
void HtmlExtractorTest::dateline_leavesItsParagraph()
{
    const Page page = fixturePage(QStringLiteral("date_in_body.html"));
    const Article article = extractHtmlArticle(page);
    QVERIFY(article.text.startsWith(QStringLiteral("Hundreds of café owners gathered")));
    const Block *dateline = blockContaining(article, QStringLiteral("BERLIN (AP)"));
    const Block *paragraph = blockContaining(article, QStringLiteral("Hundreds of café owners"));
    QVERIFY(dateline && paragraph && dateline != paragraph);
    QCOMPARE(dateline->text, QStringLiteral("BERLIN (AP) \u2014"));
    const auto first = dateline->origin(0, article.nodePaths, page);
    const auto rest = paragraph->origin(0, article.nodePaths, page);
    QVERIFY(first && rest);
    QCOMPARE(rest->nodePath, first->nodePath);
    QCOMPARE(rest->nodeOffset, first->nodeOffset + int(QStringLiteral("BERLIN (AP) \u2014 ").size()));
}

QTEST_GUILESS_MAIN(HtmlExtractorTest)
#include "html_extractor_test.moc"
