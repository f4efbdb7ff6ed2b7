#include "extract/text_layout_cues.h"

#include <QTest>

using namespace galley;

class TextLayoutCuesTest : public QObject
{
    Q_OBJECT

private slots:
    void cueText_turnsEverySpaceIntoU0020();
    void cueWords_splitsGluedLinks();
    void chromeCategory_data();
    void chromeCategory();
    void looksLikeHeadline_data();
    void looksLikeHeadline();
    void listMarkerLength_data();
    void listMarkerLength();
    void looksLikeImageCredit_data();
    void looksLikeImageCredit();
    void looksLikeTagList_data();
    void looksLikeTagList();
    void dateOnlyLine_data();
    void dateOnlyLine();
    void bylineNames_data();
    void bylineNames();
    void leadingDateline_data();
    void leadingDateline();
    void copyrightOwner_data();
    void copyrightOwner();
};

void TextLayoutCuesTest::cueText_turnsEverySpaceIntoU0020()
{
    const QString text = QStringLiteral("of\u00a0the\u2009UN");
    const QString cue = cueText(text);
    QCOMPARE(cue, QStringLiteral("of the UN"));
    QCOMPARE(cue.size(), text.size());
}

void TextLayoutCuesTest::cueWords_splitsGluedLinks()
{
    QCOMPARE(cueWords(u"Community standardsDiscussion"),
             (QStringList{QStringLiteral("community"), QStringLiteral("standards"), QStringLiteral("discussion")}));
    QCOMPARE(cueWords(u"e-mail (3)"), QStringList{QStringLiteral("e-mail")});
}

void TextLayoutCuesTest::chromeCategory_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("category");
    QTest::newRow("listen live") << QStringLiteral("Listen Live") << QStringLiteral("navigation");
    QTest::newRow("glued comment links") << QStringLiteral("Comment via FacebookComment via Sputnik") << QStringLiteral("comments");
    QTest::newRow("comment count") << QStringLiteral("Comments (3)") << QStringLiteral("comments");
    QTest::newRow("german comments") << QStringLiteral("Kommentare (2)") << QStringLiteral("comments");
    QTest::newRow("share row") << QStringLiteral("Share this article: Facebook X Email Copy link") << QStringLiteral("share");
    QTest::newRow("cookie banner prose") << QStringLiteral("We use cookies to keep the site working.") << QStringLiteral("cookie-banner");
    QTest::newRow("cookie buttons") << QStringLiteral("Accept cookies Manage preferences") << QStringLiteral("cookie-banner");
    QTest::newRow("baking is not a banner") << QStringLiteral("She baked cookies for the volunteers on Saturday.") << QString();
    QTest::newRow("read more") << QStringLiteral("Read more") << QStringLiteral("related");
    QTest::newRow("newsletter") << QStringLiteral("Sign up for The Morning Tide") << QStringLiteral("newsletter");
    QTest::newRow("advertisement") << QStringLiteral("Advertisement") << QStringLiteral("advertisement");
    QTest::newRow("footer links") << QStringLiteral("Privacy Policy | Terms of Use | Contact") << QStringLiteral("footer");
    QTest::newRow("short url") << QStringLiteral("Get short URL") << QStringLiteral("share");
    QTest::newRow("french copy link") << QStringLiteral("Copier le lien") << QStringLiteral("share");
    QTest::newRow("skip link") << QStringLiteral("Skip to content") << QStringLiteral("navigation");
    QTest::newRow("subheading with one interface word") << QStringLiteral("Main points") << QString();
    QTest::newRow("a headline") << QStringLiteral("Harbour vote splits the town") << QString();
    QTest::newRow("prose about sharing") << QStringLiteral("Residents share the cost of the new link road.") << QString();
}

void TextLayoutCuesTest::chromeCategory()
{
    QFETCH(QString, cue);
    QFETCH(QString, category);
    QCOMPARE(galley::chromeCategory(cue), category);
}

void TextLayoutCuesTest::looksLikeHeadline_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<bool>("headline");
    QTest::newRow("title case") << QStringLiteral("Liberation of Aleppo 'Watershed Moment' Changing Course of History") << true;
    QTest::newRow("sentence case") << QStringLiteral("Oyster survey finds beds in good health") << true;
    QTest::newRow("question") << QStringLiteral("What happens next?") << true;
    QTest::newRow("sentence") << QStringLiteral("The council voted on Tuesday.") << false;
    QTest::newRow("lower case start") << QStringLiteral("and then some") << false;
    QTest::newRow("lead-in with colon") << QStringLiteral("Volunteers worked in three shifts:") << false;
    QTest::newRow("list item") << QStringLiteral("- First point") << false;
}

void TextLayoutCuesTest::looksLikeHeadline()
{
    QFETCH(QString, cue);
    QFETCH(bool, headline);
    QCOMPARE(galley::looksLikeHeadline(cue), headline);
}

void TextLayoutCuesTest::listMarkerLength_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<int>("length");
    QTest::newRow("dash") << QStringLiteral("- item") << 2;
    QTest::newRow("bullet") << QStringLiteral("• item") << 2;
    QTest::newRow("number") << QStringLiteral("1. item") << 3;
    QTest::newRow("number paren") << QStringLiteral("12) item") << 4;
    QTest::newRow("year is not a number marker") << QStringLiteral("2016. A year") << 0;
    QTest::newRow("hyphenated word") << QStringLiteral("-item") << 0;
    QTest::newRow("decimal") << QStringLiteral("3.5 percent") << 0;
}

void TextLayoutCuesTest::listMarkerLength()
{
    QFETCH(QString, cue);
    QFETCH(int, length);
    QCOMPARE(int(galley::listMarkerLength(cue)), length);
}

void TextLayoutCuesTest::looksLikeImageCredit_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<bool>("credit");
    QTest::newRow("copyright agency") << QStringLiteral("© REUTERS / Omar Sanadiki") << true;
    QTest::newRow("photo label") << QStringLiteral("Photo: Jonas Feld / Kestrel Bay Courier") << true;
    QTest::newRow("agency photo") << QStringLiteral("AP Photo/Jane Doe") << true;
    QTest::newRow("name slash agency") << QStringLiteral("Omar Sanadiki / REUTERS") << true;
    QTest::newRow("site copyright is a footer") << QStringLiteral("© 2021 Riverside Gazette. All rights reserved.") << false;
    QTest::newRow("prose with a slash") << QStringLiteral("The ratio of 3/4 was agreed by the council on Monday.") << false;
}

void TextLayoutCuesTest::looksLikeImageCredit()
{
    QFETCH(QString, cue);
    QFETCH(bool, credit);
    QCOMPARE(galley::looksLikeImageCredit(cue), credit);
}

void TextLayoutCuesTest::looksLikeTagList_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<bool>("tags");
    QTest::newRow("bare list") << QStringLiteral("history, liberation of Aleppo, Daesh, Viktor Poznikhir, Aleppo, Syria") << true;
    QTest::newRow("labelled") << QStringLiteral("Topics: Harbour, Fishing") << true;
    QTest::newRow("prose with commas") << QStringLiteral("Apples, pears, plums, and cherries were sold at the market on Sunday.") << false;
    QTest::newRow("too few items") << QStringLiteral("Paris, Texas") << false;
}

void TextLayoutCuesTest::looksLikeTagList()
{
    QFETCH(QString, cue);
    QFETCH(bool, tags);
    QCOMPARE(galley::looksLikeTagList(cue), tags);
}

void TextLayoutCuesTest::dateOnlyLine_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<bool>("dateOnly");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<bool>("published");
    QTest::newRow("garbled page clock") << QStringLiteral("03:31 GMT +310 December 2019") << true << true << false;
    QTest::newRow("plain date") << QStringLiteral("March 3, 2021") << true << false << false;
    QTest::newRow("labelled") << QStringLiteral("Published Tuesday 14 March 2023, 11:45 GMT") << true << true << true;
    QTest::newRow("french labelled") << QStringLiteral("Publié le 12 mars 2024 à 09h30") << true << true << true;
    QTest::newRow("dotted") << QStringLiteral("10.12.2016") << true << false << false;
    QTest::newRow("caption with a date") << QStringLiteral("Buses wait in Aleppo, Syria December 15, 2016.") << false << false << false;
    QTest::newRow("weekday alone") << QStringLiteral("Tuesday") << false << false << false;
}

void TextLayoutCuesTest::dateOnlyLine()
{
    QFETCH(QString, cue);
    QFETCH(bool, dateOnly);
    QFETCH(bool, hasTime);
    QFETCH(bool, published);
    const auto line = galley::dateOnlyLine(cue);
    QCOMPARE(line.has_value(), dateOnly);
    if (line) {
        QCOMPARE(line->hasTimeOfDay, hasTime);
        QCOMPARE(line->labelledPublished, published);
    }
}

void TextLayoutCuesTest::bylineNames_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one") << QStringLiteral("By Jane Doe") << QStringList{QStringLiteral("Jane Doe")};
    QTest::newRow("with role") << QStringLiteral("By Hannah Lindqvist, Harbour correspondent") << QStringList{QStringLiteral("Hannah Lindqvist")};
    QTest::newRow("two and a date") << QStringLiteral("By Jane Doe and John Roe | March 14, 2026")
                                    << QStringList{QStringLiteral("Jane Doe"), QStringLiteral("John Roe")};
    QTest::newRow("german") << QStringLiteral("Von Anna Schmidt") << QStringList{QStringLiteral("Anna Schmidt")};
    QTest::newRow("french pair") << QStringLiteral("Par Claire Martin et Luc Bernard")
                                 << QStringList{QStringLiteral("Claire Martin"), QStringLiteral("Luc Bernard")};
    QTest::newRow("prose starting with By") << QStringLiteral("By Tuesday, the council will have voted on the plan.") << QStringList{};
    QTest::newRow("not a name") << QStringLiteral("By the harbour") << QStringList{};
}

void TextLayoutCuesTest::bylineNames()
{
    QFETCH(QString, cue);
    QFETCH(QStringList, names);
    QCOMPARE(galley::bylineNames(cue), names);
}

void TextLayoutCuesTest::leadingDateline_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("source");
    QTest::newRow("place and source") << QStringLiteral("MOSCOW (Sputnik) — \"I think we will\"") << QStringLiteral("MOSCOW (Sputnik) — ")
                                      << QStringLiteral("Sputnik");
    QTest::newRow("place, date, source") << QStringLiteral("KESTREL BAY, March 14 (Courier) - The council")
                                         << QStringLiteral("KESTREL BAY, March 14 (Courier) - ") << QStringLiteral("Courier");
    QTest::newRow("place only") << QStringLiteral("HUSUM – Die Gemeinde") << QStringLiteral("HUSUM – ") << QString();
    QTest::newRow("ordinary sentence") << QStringLiteral("Moscow said on Thursday - again - that") << QString() << QString();
    QTest::newRow("upper-case word without dash") << QStringLiteral("NATO members met on Friday.") << QString() << QString();
}

void TextLayoutCuesTest::leadingDateline()
{
    QFETCH(QString, cue);
    QFETCH(QString, prefix);
    QFETCH(QString, source);
    const auto dateline = galley::leadingDateline(cue);
    QCOMPARE(dateline.has_value(), !prefix.isEmpty());
    if (dateline) {
        QCOMPARE(cue.left(dateline->length), prefix);
        QCOMPARE(dateline->source, source);
    }
}

void TextLayoutCuesTest::copyrightOwner_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("owner");
    QTest::newRow("all rights reserved") << QStringLiteral("© 2023 The Kestrel Bay Courier. All rights reserved.")
                                         << QStringLiteral("The Kestrel Bay Courier");
    QTest::newRow("year range") << QStringLiteral("Copyright © 2010-2024 Le Courrier du Lac") << QStringLiteral("Le Courrier du Lac");
    QTest::newRow("photo credit has no year") << QStringLiteral("© REUTERS / Omar Sanadiki") << QString();
}

void TextLayoutCuesTest::copyrightOwner()
{
    QFETCH(QString, cue);
    QFETCH(QString, owner);
    QCOMPARE(galley::copyrightOwner(cue), owner);
}

QTEST_GUILESS_MAIN(TextLayoutCuesTest)
#include "text_layout_cues_test.moc"
