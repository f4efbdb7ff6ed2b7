// Headlines in Title Case go to the entity model with their everyday words in lower case, as the
// rest of the article writes them; other lines as they are.
#include "detect/ner/title_case_lines.h"

#include <QTest>

using namespace galley;

class TitleCaseLinesTest final : public QObject
{
    Q_OBJECT

private slots:
    void lower_data();
    void lower();
};

namespace {

Gazetteer everydayWords()
{
    Gazetteer gazetteer;
    for (const char *word : {"storm", "knocks", "power", "phone", "maker", "counts", "cost", "says", "debate",
                             "again", "trump", "bank", "raises", "rates", "first", "time", "decade", "a"})
        gazetteer.add({QString::fromLatin1(word)}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("will")}, std::uint16_t(Gazetteer::CommonWord | Gazetteer::GivenName));
    gazetteer.add({QStringLiteral("england")}, Gazetteer::Country);
    return gazetteer;
}

QList<QStringList> sentencesOf(const QString &text)
{
    QList<QStringList> sentences;
    for (const QString &line : text.split(u'|'))
        sentences.append(line.split(u' ', Qt::SkipEmptyParts));
    return sentences;
}

} // namespace

void TitleCaseLinesTest::lower_data()
{
    QTest::addColumn<QString>("document");   // sentences split by '|', words by ' '
    QTest::addColumn<QString>("expected");
    QTest::newRow("headline") << "Storm Knocks Out Power As Phone Maker Counts The Cost|The plant shut ."
                              << "Storm knocks out power as phone maker counts the cost|The plant shut .";
    QTest::newRow("names keep their capitals") << "Bank Of England Raises Rates For First Time In A Decade|It rose ."
                                               << "Bank of England raises rates for first time in a decade|It rose .";
    QTest::newRow("as the article writes a word")
        << "Trump Says He Will Not Debate Clinton Again|Mr. Trump spoke , and the debate ended ."
        << "Trump says he Will not debate Clinton again|Mr. Trump spoke , and the debate ended .";
    QTest::newRow("sentence case stays") << "Storm knocks out power in Seoul ." << "Storm knocks out power in Seoul .";
    QTest::newRow("names and numbers, no short word") << "Leeds 3 Newcastle 2 Arsenal 1"
                                                      << "Leeds 3 Newcastle 2 Arsenal 1";
    QTest::newRow("scorecard") << "London ( The Oval ) : Warwickshire 195 , Surrey 429-7"
                               << "London ( The Oval ) : Warwickshire 195 , Surrey 429-7";
    QTest::newRow("all capitals") << "STORM KNOCKS OUT POWER AS PHONE MAKER COUNTS THE COST"
                                  << "STORM KNOCKS OUT POWER AS PHONE MAKER COUNTS THE COST";
}

void TitleCaseLinesTest::lower()
{
    QFETCH(QString, document);
    QFETCH(QString, expected);
    QList<QStringList> sentences = sentencesOf(document);
    lowerEverydayWordsOfTitleCaseLines(sentences, everydayWords());
    QStringList lines;
    for (const QStringList &words : std::as_const(sentences))
        lines.append(words.join(u' '));
    QCOMPARE(lines.join(u'|'), expected);
}

QTEST_GUILESS_MAIN(TitleCaseLinesTest)
#include "title_case_lines_test.moc"
