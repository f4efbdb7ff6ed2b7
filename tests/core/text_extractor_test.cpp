#include "extract/text_extractor.h"
#include "text/language_guess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace galley;

class TextExtractorTest : public QObject
{
    Q_OBJECT

private slots:
    void seed_findsTitleMetadataAndBodyEdges();
    void seed_keepsResidueOutOfBody_data();
    void seed_keepsResidueOutOfBody();
    void seed_splitsDatelineOffFirstParagraph();
    void seed_sameBodyWithCrlfAndPlainSpaces();

    void copies_extractArticle_data();
    void copies_extractArticle();
    void copies_alignEveryBodyCharacterToSource_data();
    void copies_alignEveryBodyCharacterToSource();

    void harbourSample_bodyIsTheArticleParagraphs();
    void harbourSample_bodyEqualsHtmlStoryParagraphs();
    void crlf_leavesNoCarriageReturnInText();
    void emoji_keepsBothSurrogatesAligned();
    void listItems_loseTheirMarkers();
    void spacelessScripts_bodyIsFound_data();
    void spacelessScripts_bodyIsFound();

    void layoutShapes_data();
    void layoutShapes();
    void unusualPages_extractWithoutBreaking_data();
    void unusualPages_extractWithoutBreaking();
    void truncatedCopies_keepAlignmentValid();

    void guessLanguage_data();
    void guessLanguage();
};

namespace {

const QString kSeedPath = QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt");
const QString kHandMadeDir = QStringLiteral(GALLEY_TEST_DATA_DIR "/text/");
const QString kHarbourTextPath = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.txt");

Page textPage(const QString &path)
{
    QFile file(path);
    Page page;
    page.format = PageFormat::Text;
    page.sourcePath = path;
    if (file.open(QIODevice::ReadOnly))
        page.content = QString::fromUtf8(file.readAll());
    return page;
}

// A readable picture of the extraction, printed when a comparison fails.
QString describe(const Article &article)
{
    QString out = QStringLiteral("title=%1 | byline=%2 | published=%3 | site=%4 | language=%5\n")
                      .arg(article.title, article.byline.join(u';'), article.published, article.site, article.language);
    for (const Block &block : article.blocks)
        out += QStringLiteral("  [%1/%2 %3] %4\n")
                   .arg(blockKindName(block.kind), blockKindName(block.contentKind), block.boilerplateReason,
                        block.text.left(60));
    return out;
}

// The seed separates many words with U+00A0; the text keeps them, comparisons read them as spaces.
QString plain(QString text)
{
    return text.replace(QChar(0xA0), QLatin1Char(' '));
}

QStringList bodyTexts(const Article &article)
{
    QStringList texts;
    for (const Block *block : article.bodyBlocks())
        texts.append(block->text);
    return texts;
}

int countKind(const Article &article, BlockKind kind)
{
    int count = 0;
    for (const Block *block : article.bodyBlocks())
        count += block->kind == kind;
    return count;
}

#define SKIP_WITHOUT_SEED()                                                                                      \
    if (!QFile::exists(kSeedPath))                                                                               \
        QSKIP(qPrintable(QStringLiteral("The shared seed sample %1 is absent (GALLEY_SHARED_DIR); "              \
                                        "it is not shipped with Galley.").arg(kSeedPath)))

} // namespace

void TextExtractorTest::seed_findsTitleMetadataAndBodyEdges()
{
    SKIP_WITHOUT_SEED();
    const Article article = extractTextArticle(textPage(kSeedPath));
    const QStringList body = bodyTexts(article);
    QVERIFY2(!body.isEmpty(), qPrintable(describe(article)));
    QCOMPARE(article.title, QStringLiteral("Liberation of Aleppo 'Watershed Moment' Changing Course of History"));
    QVERIFY2(body.first().startsWith(u"While the liberation of the Syrian city of Aleppo"), qPrintable(describe(article)));
    QVERIFY2(plain(body.last()).endsWith(u"According to French Ambassador to the UN Francois Delattre, "
                                         "the meeting could be held on Friday."),
             qPrintable(describe(article)));
    QCOMPARE(article.site, QStringLiteral("Sputnik"));
    QCOMPARE(article.published, QStringLiteral("2016-12-15"));   // the caption's date; the clock says 2019
    QCOMPARE(article.language, QStringLiteral("en"));
    QVERIFY(article.leadImageCaption.startsWith(u"Buses and ambulances wait to evacuate"));
    QCOMPARE(article.leadImageCredit, QStringLiteral("© REUTERS / Omar Sanadiki"));
    QVERIFY(article.byline.isEmpty());
}

void TextExtractorTest::seed_keepsResidueOutOfBody_data()
{
    QTest::addColumn<QString>("residue");
    QTest::addColumn<QString>("reason");
    QTest::newRow("clock") << QStringLiteral("03:31 GMT") << QStringLiteral("clock");
    QTest::newRow("listen live") << QStringLiteral("Listen Live") << QStringLiteral("navigation");
    QTest::newRow("caption") << QStringLiteral("Buses and ambulances wait") << QStringLiteral("caption");
    QTest::newRow("credit") << QStringLiteral("REUTERS / Omar Sanadiki") << QStringLiteral("caption-credit");
    QTest::newRow("short url") << QStringLiteral("Get short URL") << QStringLiteral("share");
    QTest::newRow("related 1") << QStringLiteral("New Convoy with Evacuees") << QStringLiteral("related");
    QTest::newRow("related 2") << QStringLiteral("Some 50,000 People Remain") << QStringLiteral("related");
    QTest::newRow("related 3") << QStringLiteral("Erdogan: Over 1,100 Civilians") << QStringLiteral("related");
    QTest::newRow("tags") << QStringLiteral("history, liberation of Aleppo, Daesh") << QStringLiteral("tags");
    QTest::newRow("community") << QStringLiteral("Community standards") << QStringLiteral("comments");
    QTest::newRow("comment via") << QStringLiteral("Comment via Facebook") << QStringLiteral("comments");
    QTest::newRow("disclaimer") << QStringLiteral("The views and opinions expressed") << QStringLiteral("disclaimer");
    QTest::newRow("dateline") << QStringLiteral("MOSCOW (Sputnik)") << QStringLiteral("dateline");
}

void TextExtractorTest::seed_keepsResidueOutOfBody()
{
    SKIP_WITHOUT_SEED();
    QFETCH(QString, residue);
    QFETCH(QString, reason);
    const Article article = extractTextArticle(textPage(kSeedPath));
    QVERIFY2(!plain(article.text).contains(residue), qPrintable(describe(article)));
    const auto block = std::find_if(article.blocks.cbegin(), article.blocks.cend(),
                                    [&](const Block &b) { return plain(b.text).contains(residue); });
    QVERIFY2(block != article.blocks.cend(), "the residue must stay in the article as a boilerplate block");
    QVERIFY(block->isBoilerplate());
    if (!reason.isEmpty())
        QCOMPARE(block->boilerplateReason, reason);
}

void TextExtractorTest::seed_splitsDatelineOffFirstParagraph()
{
    SKIP_WITHOUT_SEED();
    const Article article = extractTextArticle(textPage(kSeedPath));
    const QStringList body = bodyTexts(article);
    QVERIFY(body.size() > 2);
    QVERIFY2(body.at(1).startsWith(u"\"I think we will speak of"), qPrintable(body.at(1)));
}

// The same copy saved on Windows, or with its no-break spaces turned into spaces by an editor,
// is the same article.
void TextExtractorTest::seed_sameBodyWithCrlfAndPlainSpaces()
{
    SKIP_WITHOUT_SEED();
    const Page original = textPage(kSeedPath);
    Page variant = original;
    variant.content.replace(QStringLiteral("\n"), QStringLiteral("\r\n")).replace(QChar(0xA0), QLatin1Char(' '));
    const Article expected = extractTextArticle(original);
    const Article actual = extractTextArticle(variant);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.published, expected.published);
    QCOMPARE(actual.site, expected.site);
    QCOMPARE(bodyTexts(actual), QStringList(bodyTexts(expected)).replaceInStrings(QString(QChar(0xA0)), QStringLiteral(" ")));
}

void TextExtractorTest::copies_extractArticle_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("byline");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstBodyStart");
    QTest::addColumn<QString>("lastBodyEnd");
    QTest::addColumn<int>("headings");
    QTest::addColumn<int>("listItems");
    QTest::addColumn<QStringList>("absentFromBody");

    QTest::newRow("riverside: CRLF, byline, date line, list")
        << kHandMadeDir + u"riverside_gazette_crlf.txt"
        << QStringLiteral("Volunteers Rebuild Millbrook Footbridge in a Single Weekend") << QStringList{QStringLiteral("Jane Doe")}
        << QStringLiteral("2021-03-03") << QStringLiteral("Riverside Gazette") << QStringLiteral("en")
        << QStringLiteral("More than sixty volunteers") << QStringLiteral("told the Gazette. \U0001F389") << 1 << 3
        << QStringList{QStringLiteral("Menu"), QStringLiteral("Sign in"), QStringLiteral("Advertisement"),
                       QStringLiteral("Tweet"), QStringLiteral("Read more"), QStringLiteral("Flood defence plan"),
                       QStringLiteral("Tags:"), QStringLiteral("All rights reserved"), QStringLiteral("Privacy Policy"),
                       QStringLiteral("By Jane Doe"), QStringLiteral("March 3, 2021"), QStringLiteral("Sixty neighbours")};
    QTest::newRow("plain: no residue at all")
        << kHandMadeDir + u"plain_no_residue.txt" << QStringLiteral("Night Trains Return to the Alpine Line") << QStringList{}
        << QString() << QString() << QStringLiteral("en") << QStringLiteral("After a gap of eleven years")
        << QStringLiteral("arrive without a car.") << 0 << 0 << QStringList{QStringLiteral("Night Trains Return")};
    QTest::newRow("nordkurier: German, hard-wrapped, dateline")
        << kHandMadeDir + u"nordkurier_wrapped_de.txt"
        << QStringLiteral("Neue Fähre für die Hallig: Gemeinde bestellt Elektroschiff") << QStringList{QStringLiteral("Anna Schmidt")}
        << QStringLiteral("2016-12-10") << QStringLiteral("Nordkurier") << QStringLiteral("de")
        << QStringLiteral("Die Gemeinde hat am Donnerstag den Bau einer elektrisch betriebenen Fähre")
        << QStringLiteral("im vergangenen Winter mehrfach aus.") << 0 << 0
        << QStringList{QStringLiteral("HUSUM"), QStringLiteral("Anzeige"), QStringLiteral("Kommentare"),
                       QStringLiteral("Endlich!"), QStringLiteral("Teilen"), QStringLiteral("Startseite")};
    QTest::newRow("courrier du lac: French, two authors, labelled date, bullets")
        << kHandMadeDir + u"courrier_du_lac_fr.txt" << QStringLiteral("Le lac d’Annecy retrouve son niveau après un hiver sec")
        << QStringList{QStringLiteral("Claire Martin"), QStringLiteral("Luc Bernard")} << QStringLiteral("2024-03-12")
        << QStringLiteral("Le Courrier du Lac") << QStringLiteral("fr") << QStringLiteral("Après trois mois sans précipitations")
        << QStringLiteral("par la chambre d’agriculture. \U0001F61F") << 0 << 3
        << QStringList{QStringLiteral("Partager"), QStringLiteral("Copier le lien"), QStringLiteral("Publié"),
                       QStringLiteral("À lire aussi"), QStringLiteral("Sécheresse"), QStringLiteral("Commentaires"),
                       QStringLiteral("Tous droits"), QStringLiteral("•")};
    QTest::newRow("harbour-vote sample: browser copy of the page")
        << kHarbourTextPath << QStringLiteral("Kestrel Bay Votes to Expand Harbour Despite Fishers’ Protest")
        << QStringList{QStringLiteral("Hannah Lindqvist")} << QStringLiteral("2023-03-14")
        << QStringLiteral("The Kestrel Bay Courier") << QStringLiteral("en")
        << QStringLiteral("Kestrel Bay’s town council voted 7 to 4 on Tuesday")
        << QStringLiteral("whether to challenge the decision in court.") << 1 << 0
        << QStringList{QStringLiteral("cookies"), QStringLiteral("Subscribe"), QStringLiteral("Share this article"),
                       QStringLiteral("Photo: Jonas Feld"), QStringLiteral("Fishing boats moored"),
                       QStringLiteral("Advertisement"), QStringLiteral("Topics:"), QStringLiteral("Related stories"),
                       QStringLiteral("Oyster survey finds"), QStringLiteral("Morning Tide"), QStringLiteral("Comments (3)"),
                       QStringLiteral("Finally!"), QStringLiteral("Reply"), QStringLiteral("All rights reserved")};
}

void TextExtractorTest::copies_extractArticle()
{
    QFETCH(QString, path);
    QFETCH(QString, title);
    QFETCH(QStringList, byline);
    QFETCH(QString, published);
    QFETCH(QString, site);
    QFETCH(QString, language);
    QFETCH(QString, firstBodyStart);
    QFETCH(QString, lastBodyEnd);
    QFETCH(int, headings);
    QFETCH(int, listItems);
    QFETCH(QStringList, absentFromBody);

    const Page page = textPage(path);
    QVERIFY2(!page.content.isEmpty(), qPrintable(path));
    const Article article = extractTextArticle(page);
    const QString picture = describe(article);
    const QStringList body = bodyTexts(article);
    QVERIFY2(!body.isEmpty(), qPrintable(picture));
    QCOMPARE(article.title, title);
    QCOMPARE(article.byline, byline);
    QCOMPARE(article.published, published);
    QCOMPARE(article.site, site);
    QCOMPARE(article.language, language);
    QVERIFY2(body.first().startsWith(firstBodyStart), qPrintable(picture));
    QVERIFY2(body.last().endsWith(lastBodyEnd), qPrintable(picture));
    QCOMPARE(countKind(article, BlockKind::Heading), headings);
    QCOMPARE(countKind(article, BlockKind::ListItem), listItems);
    for (const QString &residue : absentFromBody)
        QVERIFY2(!article.text.contains(residue), qPrintable(residue + u'\n' + picture));
}

void TextExtractorTest::copies_alignEveryBodyCharacterToSource_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("hasCollapsedWhitespace");   // only the hard-wrapped copy joins lines
    QTest::newRow("seed") << kSeedPath << false;
    QTest::newRow("riverside") << kHandMadeDir + u"riverside_gazette_crlf.txt" << false;
    QTest::newRow("plain") << kHandMadeDir + u"plain_no_residue.txt" << false;
    QTest::newRow("nordkurier") << kHandMadeDir + u"nordkurier_wrapped_de.txt" << true;
    QTest::newRow("courrier du lac") << kHandMadeDir + u"courrier_du_lac_fr.txt" << false;
    QTest::newRow("harbour-vote") << kHarbourTextPath << false;
}

// Every body character is a verbatim copy of Page::content at its origin, except whitespace
// that was collapsed (line breaks inside a paragraph, runs of spaces): a single U+0020 whose
// origin is the first whitespace character of the run.
void TextExtractorTest::copies_alignEveryBodyCharacterToSource()
{
    QFETCH(QString, path);
    QFETCH(bool, hasCollapsedWhitespace);
    if (!QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is absent").arg(path)));
    const Page page = textPage(path);
    const Article article = extractTextArticle(page);
    QVERIFY(!article.text.isEmpty());
    int collapsedCount = 0;
    for (const Block &block : article.blocks) {
        int covered = 0;
        for (const AlignmentRun &run : block.runs) {
            QCOMPARE(run.node, -1);
            QCOMPARE(run.textStart, covered);
            covered += run.length;
            for (int i = 0; i < run.length; ++i) {
                const QChar text = block.text.at(run.textStart + i);
                const QChar source = page.content.at(run.sourceStart + i);
                const bool collapsed = run.length == 1 && text == QLatin1Char(' ') && source.isSpace();
                collapsedCount += text != source && collapsed && !block.isBoilerplate();
                if (text != source && !collapsed)
                    QFAIL(qPrintable(QStringLiteral("%1 at %2 of \"%3\" comes from %4").arg(text).arg(run.textStart + i)
                                         .arg(block.text.left(40)).arg(source)));
            }
        }
        QCOMPARE(covered, int(block.text.size()));
    }
    QCOMPARE(collapsedCount > 0, hasCollapsedWhitespace);
    // And through the public lookup, for body offsets: origin() gives source bytes of UTF-8.
    const QByteArray bytes = page.content.toUtf8();
    for (const Block *block : article.bodyBlocks()) {
        for (int offset = block->start; offset < block->end; ++offset) {
            const auto origin = article.origin(offset, page);
            QVERIFY(origin.has_value());
            QVERIFY(origin->byteOffset >= 0 && origin->byteOffset < bytes.size());
        }
    }
}

void TextExtractorTest::harbourSample_bodyIsTheArticleParagraphs()
{
    const Article article = extractTextArticle(textPage(kHarbourTextPath));
    const QStringList body = bodyTexts(article);
    QVERIFY2(body.size() >= 15, qPrintable(describe(article)));
    QVERIFY(body.contains(QStringLiteral("What happens next")));
    QVERIFY(article.text.contains(u"“optimistic but not fanciful.”"));
    QVERIFY(article.text.contains(u"€2bn"));
    QCOMPARE(article.leadImageCaption,
             QStringLiteral("Fishing boats moored at the old harbour in Kestrel Bay, where the new breakwater is planned."));
    QCOMPARE(article.leadImageCredit, QStringLiteral("Photo: Jonas Feld / Kestrel Bay Courier"));
}

// The text copy and the HTML save of the sample are the same article: the text body must be the
// HTML story's <p> and <h2> texts, in order (the basis of the cross-format test).
void TextExtractorTest::harbourSample_bodyEqualsHtmlStoryParagraphs()
{
    QFile html(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString markup = QString::fromUtf8(html.readAll());
    const qsizetype storyStart = markup.indexOf(u"<div class=\"story-body\">");
    const qsizetype storyEnd = markup.indexOf(u"</div>", storyStart);
    QVERIFY(storyStart >= 0 && storyEnd > storyStart);
    static const QRegularExpression element(QStringLiteral("<(p|h2)>(.*?)</\\1>"));
    QStringList htmlTexts;
    auto matches = element.globalMatch(QStringView(markup).mid(storyStart, storyEnd - storyStart));
    while (matches.hasNext())
        htmlTexts.append(matches.next().captured(2).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    htmlTexts.removeAll(QStringLiteral("Advertisement"));   // the ad slot's label, furniture in both
    QCOMPARE(bodyTexts(extractTextArticle(textPage(kHarbourTextPath))), htmlTexts);
}

void TextExtractorTest::crlf_leavesNoCarriageReturnInText()
{
    const Page page = textPage(kHandMadeDir + u"riverside_gazette_crlf.txt");
    QVERIFY(page.content.contains(QStringLiteral("\r\n")));
    const Article article = extractTextArticle(page);
    for (const Block &block : article.blocks)
        QVERIFY2(!block.text.contains(QLatin1Char('\r')) && !block.text.contains(QLatin1Char('\n')), qPrintable(block.text));
}

void TextExtractorTest::emoji_keepsBothSurrogatesAligned()
{
    const Page page = textPage(kHandMadeDir + u"riverside_gazette_crlf.txt");
    const Article article = extractTextArticle(page);
    const QString sandwich = QStringLiteral("\U0001F96A");
    const qsizetype at = article.text.indexOf(sandwich);
    QVERIFY(at >= 0);
    const auto high = article.origin(int(at), page);
    const auto low = article.origin(int(at + 1), page);
    const auto after = article.origin(int(at + 2), page);
    QVERIFY(high && low && after);
    const qsizetype sourceAt = page.content.indexOf(sandwich);
    QCOMPARE(high->byteOffset, qint64(page.content.left(sourceAt).toUtf8().size()));
    QCOMPARE(after->byteOffset - high->byteOffset, qint64(4));   // one emoji, four UTF-8 bytes
}

void TextExtractorTest::listItems_loseTheirMarkers()
{
    const Article article = extractTextArticle(textPage(kHandMadeDir + u"riverside_gazette_crlf.txt"));
    QStringList items;
    for (const Block *block : article.bodyBlocks()) {
        if (block->kind == BlockKind::ListItem)
            items.append(block->text);
    }
    QCOMPARE(items.size(), 3);
    QVERIFY(items.first().startsWith(u"a demolition team"));
}

namespace {

// The invariants every extraction keeps, whatever the input.
void verifyConsistent(const Article &article, const Page &page)
{
    for (const Block &block : article.blocks) {
        int covered = 0;
        for (const AlignmentRun &run : block.runs) {
            QCOMPARE(run.textStart, covered);
            QVERIFY(run.length > 0);
            QVERIFY(run.sourceStart >= 0 && run.sourceStart + run.length <= page.content.size());
            covered += run.length;
        }
        QCOMPARE(covered, int(block.text.size()));
        QCOMPARE(block.isBoilerplate(), !block.boilerplateReason.isEmpty());
        if (!block.isBoilerplate())
            QCOMPARE(QStringView(article.text).mid(block.start, block.end - block.start), QStringView(block.text));
    }
}

} // namespace

void TextExtractorTest::layoutShapes_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("body");
    const QString first = QStringLiteral("The council voted seven to four on Tuesday to approve the expansion of the harbour, officials said.");
    const QString second = QStringLiteral("The fishers said they would go to court to stop the plan from going ahead this year.");
    QTest::newRow("uncredited caption above the title")
        << QStringLiteral("Crowds gather at the harbour wall on Tuesday.\n\nHarbour Vote Splits the Town in Two\n\n") + first
               + u"\n\n" + second + u"\n"
        << QStringLiteral("Harbour Vote Splits the Town in Two") << QStringList{first, second};
    QTest::newRow("short last sentence")
        << QStringLiteral("Harbour Vote Splits the Town\n\n") + first + u"\n\n" + second
               + u"\n\nHe declined to comment.\n\nRelated\nAnother Headline About Something Else\n"
        << QStringLiteral("Harbour Vote Splits the Town") << QStringList{first, second, QStringLiteral("He declined to comment.")};
    QTest::newRow("subheading inside the body")
        << QStringLiteral("Harbour Vote Splits the Town\n\n") + first + u"\n\nWhat comes next\n\n" + second + u"\n"
        << QStringLiteral("Harbour Vote Splits the Town") << QStringList{first, QStringLiteral("What comes next"), second};
    QTest::newRow("standfirst under the title")
        << QStringLiteral("Harbour Vote Splits the Town in Two\nCouncil backs expansion as fishers threaten to take the plan to court\n\n")
               + first + u"\n\n" + second + u"\n"
        << QStringLiteral("Harbour Vote Splits the Town in Two") << QStringList{first, second};
}

void TextExtractorTest::layoutShapes()
{
    QFETCH(QString, content);
    QFETCH(QString, title);
    QFETCH(QStringList, body);
    Page page;
    page.format = PageFormat::Text;
    page.content = content;
    const Article article = extractTextArticle(page);
    QVERIFY2(article.title == title, qPrintable(describe(article)));
    QCOMPARE(bodyTexts(article), body);
}

void TextExtractorTest::unusualPages_extractWithoutBreaking_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("expectBody");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank lines only") << QStringLiteral("\n\r\n \u00a0\t\n\n") << false;
    QTest::newRow("furniture only") << QStringLiteral("Menu\nSearch\nShare\nTweet\n\n© 2024 Some Site. All rights reserved.\n") << false;
    QTest::newRow("one sentence, no newline") << QStringLiteral("The council met on Tuesday and agreed to review the harbour plan.") << true;
    QTest::newRow("old Mac line ends") << QStringLiteral("A Title Here\r\rThe first paragraph has enough words to count as prose.\r\rAnd a second paragraph also has enough words.\r") << true;
    QTest::newRow("byte-order mark") << QStringLiteral("\ufeffTitle Of The Piece\n\nThe first paragraph has enough words to count as prose here.\n") << true;
    QTest::newRow("lone surrogate") << QStringLiteral("Broken \xd83d text in a paragraph that is long enough to be prose.") << true;
    QTest::newRow("markers only") << QStringLiteral("- \n• \n1. \n-\n") << false;
    QTest::newRow("long single line") << QStringLiteral("This sentence repeats to make a very long single line of prose. ").repeated(2000) << true;
}

void TextExtractorTest::unusualPages_extractWithoutBreaking()
{
    QFETCH(QString, content);
    QFETCH(bool, expectBody);
    Page page;
    page.format = PageFormat::Text;
    page.content = content;
    const Article article = extractTextArticle(page);
    verifyConsistent(article, page);
    QCOMPARE(!article.text.isEmpty(), expectBody);
}

// Cutting a copy anywhere (a truncated save) still gives a consistent article.
void TextExtractorTest::truncatedCopies_keepAlignmentValid()
{
    for (const QString &path : QStringList{kHarbourTextPath, kHandMadeDir + u"riverside_gazette_crlf.txt",
                                            kHandMadeDir + u"nordkurier_wrapped_de.txt"}) {
        const Page whole = textPage(path);
        QVERIFY(!whole.content.isEmpty());
        for (qsizetype cut = 0; cut < whole.content.size(); cut += 37) {
            Page page = whole;
            page.content.truncate(cut);
            verifyConsistent(extractTextArticle(page), page);
        }
    }
}

void TextExtractorTest::guessLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("The council said that it would vote on the plan and that the result was expected by the end of the week.") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("Die Gemeinde hat am Donnerstag den Bau einer neuen Fähre in Auftrag gegeben, und das Land übernimmt die Hälfte der Kosten.") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("Le conseil municipal a voté mardi pour le projet, mais les pêcheurs disent que les huîtres sont en danger dans la baie.") << QStringLiteral("fr");
    QTest::newRow("es") << QStringLiteral("El ayuntamiento aprobó el martes la ampliación del puerto, pero los pescadores dicen que no se les consultó para nada.") << QStringLiteral("es");
    QTest::newRow("it") << QStringLiteral("Il consiglio comunale ha approvato il progetto del porto, ma i pescatori dicono che non sono stati consultati per niente.") << QStringLiteral("it");
    QTest::newRow("pt") << QStringLiteral("A câmara municipal aprovou na terça-feira a expansão do porto, mas os pescadores dizem que não foram ouvidos pela autarquia.") << QStringLiteral("pt");
    QTest::newRow("nl") << QStringLiteral("De gemeenteraad heeft dinsdag ingestemd met de uitbreiding van de haven, maar de vissers zeggen dat zij niet zijn gehoord.") << QStringLiteral("nl");
    QTest::newRow("pl") << QStringLiteral("Rada miasta zatwierdziła we wtorek rozbudowę portu, ale rybacy mówią, że nie zostali wysłuchani i że to jest błąd.") << QStringLiteral("pl");
    QTest::newRow("tr") << QStringLiteral("Belediye meclisi salı günü liman genişletme planını onayladı, ama balıkçılar bu kararın çok yanlış olduğunu ve daha fazla görüşme gerektiğini söyledi.") << QStringLiteral("tr");
    QTest::newRow("ru") << QStringLiteral("Городской совет во вторник одобрил расширение порта, но рыбаки говорят, что их мнение не было учтено.") << QStringLiteral("ru");
    QTest::newRow("uk") << QStringLiteral("Міська рада у вівторок схвалила розширення порту, але рибалки кажуть, що їхню думку не було враховано.") << QStringLiteral("uk");
    QTest::newRow("ar") << QStringLiteral("وافق المجلس البلدي يوم الثلاثاء على توسيع الميناء لكن الصيادين يقولون إنه لم يتم استشارتهم") << QStringLiteral("ar");
    QTest::newRow("zh") << QStringLiteral("市议会周二批准了港口扩建计划，但渔民们表示他们没有被征求意见。") << QStringLiteral("zh");
    QTest::newRow("ja") << QStringLiteral("市議会は火曜日、港の拡張計画を承認したが、漁業者たちは意見を聞かれなかったと話している。") << QStringLiteral("ja");
    QTest::newRow("too short") << QStringLiteral("Hello") << QString();
    QTest::newRow("numbers only") << QStringLiteral("12 34 56 78 90 12 34 56") << QString();
}

void TextExtractorTest::guessLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(galley::guessLanguage(text), language);
}

void TextExtractorTest::spacelessScripts_bodyIsFound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstBodyStart");
    QTest::addColumn<QString>("lastBodyEnd");
    QTest::addColumn<QStringList>("absentFromBody");
    QTest::newRow("japanese") << QStringLiteral("kasumi_shimbun_ja.txt")
        << QStringLiteral("霞ケ浦の渡し船、十二年ぶりに運航再開へ")
        << QStringLiteral("霞ケ浦の東岸と西岸") << QStringLiteral("検討するという。")
        << QStringList{QStringLiteral("メニュー"), QStringLiteral("ログイン"), QStringLiteral("無断転載"),
                       QStringLiteral("桜まつり")};
    QTest::newRow("chinese") << QStringLiteral("lanshui_ribao_zh.txt")
        << QStringLiteral("澜水河畔老码头改建为市民图书馆")
        << QStringLiteral("澜水市政府二日宣布") << QStringLiteral("讲座和读书会。")
        << QStringList{QStringLiteral("菜单"), QStringLiteral("登录"), QStringLiteral("版权所有"),
                       QStringLiteral("夜间游船")};
}

// Japanese and Chinese put no spaces between words: paragraphs must still weigh as prose.
void TextExtractorTest::spacelessScripts_bodyIsFound()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, firstBodyStart);
    QFETCH(QString, lastBodyEnd);
    QFETCH(QStringList, absentFromBody);
    const Article article = extractTextArticle(textPage(kHandMadeDir + file));
    QVERIFY2(article.text.startsWith(firstBodyStart), qPrintable(describe(article)));
    QVERIFY2(article.text.endsWith(lastBodyEnd), qPrintable(describe(article)));
    for (const QString &absent : absentFromBody)
        QVERIFY2(!article.text.contains(absent), qPrintable(absent + QLatin1Char('\n') + describe(article)));
    QCOMPARE(article.text.count(QStringLiteral("\n\n")), 3);   // four paragraphs
    QCOMPARE(article.title, title);
    for (const Diagnostic &d : article.diagnostics)
        QVERIFY2(d.code != u"no-body", qPrintable(describe(article)));
}

QTEST_GUILESS_MAIN(TextExtractorTest)
#include "text_extractor_test.moc"
