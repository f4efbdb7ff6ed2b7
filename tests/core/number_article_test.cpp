// The seed article (Sputnik, Aleppo, published Thursday 2016-12-15): every number and date a
// reviewer checks, with its value, in reading order.
#include "number_description.h"

#include "detect/ner/ner_model.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/resource_path.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace galley;

class NumberArticleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void articleNumbersInOrder();
    void clockLineTime();
    void namesAreNotNumbers();
    void entitiesKeepEveryNumber();

private:
    QStringList describedFromCaption(const QList<NumberMention> &found) const;

    QString m_text;
    QList<NumberMention> m_found;
};

void NumberArticleTest::initTestCase()
{
    QFile file(QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/samples/000_16f1a91c8f003b41.txt is absent: the seed article test needs ../shared");
    m_text = QString::fromUtf8(file.readAll());
    const QList<Token> tokens = tokenize(m_text);
    m_found = findNumbers(m_text, tokens, splitSentences(m_text, tokens), QDate(2016, 12, 15));
}

// From the photo caption on: the clock line above it is page residue ("GMT +3" glued to the next
// date).
QStringList NumberArticleTest::describedFromCaption(const QList<NumberMention> &found) const
{
    const qsizetype caption = m_text.indexOf(QStringLiteral("Buses and ambulances"));
    QStringList described;
    for (const NumberMention &mention : found) {
        if (mention.start >= caption)
            described.append(describeMention(m_text, mention).replace(QChar(0x00A0), u' '));   // the page has NBSPs
    }
    return described;
}

void NumberArticleTest::articleNumbersInOrder()
{
    const QStringList described = describedFromCaption(m_found);
    const QStringList expected = {
        QStringLiteral("[December 15, 2016] DATE 2016-12-15"),
        QStringLiteral("[Thursday] DATE 2016-12-15"),   // "Assad said Thursday"
        QStringLiteral("[since 2011] DATE 2011 isoFrom=2011"),
        QStringLiteral("[Tuesday] DATE 2016-12-13"),
        QStringLiteral("[over 98 percent] PERCENT 98 % mod=>"),
        QString::fromUtf8("[less than 3 square kilometers] QUANTITY 3 km² si=3000000m² mod=<"),
        QString::fromUtf8("[1.1 square mile] QUANTITY 1.1 mi² si=2848986.9213696m²"),
        QStringLiteral("[Thursday] DATE 2016-12-15"),
        QStringLiteral("[105] CARDINAL 105 neighborhoods"),
        QStringLiteral("[over 900] CARDINAL 900 terrorists mod=>"),
        QStringLiteral("[dozens] CARDINAL pieces approx mag=1"),
        QStringLiteral("[first] ORDINAL 1 chief"),
        QStringLiteral("[Wednesday] DATE 2016-12-14"),
        QStringLiteral("[Thursday] DATE 2016-12-15"),
        QStringLiteral("[over 108,000] CARDINAL 108000 civilians mod=>"),
        QStringLiteral("[108,076] CARDINAL 108076 civilians"),
        QStringLiteral("[47,183] CARDINAL 47183 children"),
        QStringLiteral("[over 3,000] CARDINAL 3000 militants mod=>"),
        QString::fromUtf8("[about half] CARDINAL 0.5 mod=≈"),
        QStringLiteral("[two] CARDINAL 2 convoys"),
        QStringLiteral("[third] ORDINAL 3 convoy"),
        QStringLiteral("[November 30] DATE 2016-11-30"),
        QStringLiteral("[December 8] DATE 2016-12-08"),
        QStringLiteral("[150,000] CARDINAL 150000 people"),
        QStringLiteral("[tens of thousands] CARDINAL people approx mag=4"),
        QStringLiteral("[years] DURATION PXY year approx"),   // "in deprivation for years"
        QStringLiteral("[Thursday] DATE 2016-12-15"),
        QStringLiteral("[Friday] DATE 2016-12-16"),   // "the meeting could be held on Friday"
        QString::fromUtf8("[Some 50,000] CARDINAL 50000 People mod=≈"),
        QStringLiteral("[Over 1,100] CARDINAL 1100 civilians mod=>"),
        QStringLiteral("[First] ORDINAL 1 day"),
    };
    QCOMPARE(described, expected);
}

void NumberArticleTest::clockLineTime()
{
    QVERIFY(!m_found.isEmpty());
    QCOMPARE(describeMention(m_text, m_found.first()), QStringLiteral("[03:31 GMT] TIME 03:31Z GMT"));
}

void NumberArticleTest::namesAreNotNumbers()
{
    const qsizetype sector = m_text.indexOf(QStringLiteral("Al-Rashidin-4"));
    QVERIFY(sector > 0);
    for (const NumberMention &mention : std::as_const(m_found))
        QVERIFY2(mention.end <= sector || mention.start >= sector + 13, qPrintable(describeMention(m_text, mention)));
}

void NumberArticleTest::entitiesKeepEveryNumber()
{
    // With the entity model's names the detector drops mentions inside longer names only; every
    // other number of the article stays.
    const auto model = NerModel::load(resourcePath(QStringLiteral("models/ner-conll.model")));
    QVERIFY2(model.ok(), "resources/models/ner-conll.model must load");
    const QList<Token> tokens = tokenize(m_text);
    const QList<Sentence> sentences = splitSentences(m_text, tokens);
    const QList<EntityMention> entities = findEntities(*model, m_text, tokens, sentences);
    QVERIFY(!entities.isEmpty());
    const QList<NumberMention> found = findNumbers(m_text, tokens, sentences, QDate(2016, 12, 15), entities);
    QList<NumberMention> outsideNames;
    for (const NumberMention &mention : std::as_const(m_found)) {
        const bool insideLongerName = std::any_of(entities.cbegin(), entities.cend(), [&](const EntityMention &entity) {
            return entity.start <= mention.start && mention.end <= entity.end
                   && entity.end - entity.start > mention.end - mention.start;
        });
        if (!insideLongerName)
            outsideNames.append(mention);
    }
    QVERIFY(describedFromCaption(outsideNames).size() >= 28);
    QCOMPARE(describedFromCaption(found), describedFromCaption(outsideNames));
}

QTEST_GUILESS_MAIN(NumberArticleTest)
#include "number_article_test.moc"
