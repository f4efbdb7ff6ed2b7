// Whatever the text, mentions stay inside it, in order, without overlap, and every label carries
// the fields it promises (ISO 4217 codes, ISO 8601 values, SI units).
#include "detect/ner/conll_corpus.h"
#include "detect/numbers/number_finder.h"
#include "detect/numbers/number_names.h"

#include <QRandomGenerator>
#include <QSet>
#include <QRegularExpression>
#include <QTest>

using namespace galley;

class NumberInvariantsTest : public QObject
{
    Q_OBJECT

private slots:
    void shuffledNumberWords();
    void randomCharacters();
    void conllDevelopmentText();
};

namespace {

// Pieces that start, end or break number readers, joined at random.
QString shuffledText(quint32 seed, int pieces)
{
    const QStringList vocabulary = QString::fromUtf8(
        "over|more|than|about|some|nearly|up|to|at|least|between|and|from|since|until|last|next|this|the|a|an|"
        "one|two|twenty-five|third|half|a third|dozens|of|tens|thousands|several|hundred|million|bn|"
        "108,076|1.1|4.5bn|3-5|1/2|03:31|1990s|2016-12-15|15.12.2016|2011|8th|10km|5G|555-1234|+7|(|)|-|–|−|%|"
        "percent|percentage|points|per|cent|$|€|£|US$|C$|dollars|euros|Syrian|pounds|square|kilometers|km|/|h|miles|feet|inches|"
        "degrees|Celsius|days|two-year|years|ago|p.m.|a.m.|GMT|noon|December|Dec.|May|March|Thursday|mid-December|"
        "early|yesterday|week|civilians|people|convoys|Boeing|737|Al-Rashidin-4|F-16|COVID-19|no|someone|second|"
        "said|will|.|,|;|\"|😀|or|more|so").split(u'|');
    const QStringList joins = {QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("\r\n"),
                               QString(QChar(0x00A0)), QString()};
    QRandomGenerator random(seed);
    QString text;
    for (int i = 0; i < pieces; ++i)
        text += vocabulary[random.bounded(int(vocabulary.size()))] + joins[random.bounded(int(joins.size()))];
    return text;
}

void checkInvariants(const QString &text, const QList<NumberMention> &found)
{
    static const QRegularExpression isoDate(QStringLiteral(
        R"(^(\d{3,4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)$)"));
    // one unit ("P3D", "PT2H", "PXY") or several ("PT2H35M", "P3Y2M", "P2DT5H")
    static const QRegularExpression isoDuration(
        QStringLiteral(R"(^P(?=.)(([0-9.]+|X)(DE|CE|[YMWD]))*(T(([0-9.]+|X)[HMS])+)?$)"));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    qsizetype previousEnd = 0;
    for (const NumberMention &mention : found) {
        const QString where = numberLabelName(mention.label) + QStringLiteral(" at ") + QString::number(mention.start)
                              + QStringLiteral(": ") + text.mid(mention.start, mention.end - mention.start);
        QVERIFY2(mention.start >= previousEnd && mention.start < mention.end && mention.end <= text.size(), qPrintable(where));
        QVERIFY2(!text[mention.start].isSpace() && !text[mention.end - 1].isSpace(), qPrintable(where));
        QVERIFY2(!text[mention.start].isLowSurrogate() && !text[mention.end - 1].isHighSurrogate(), qPrintable(where));
        previousEnd = mention.end;
        QVERIFY2(!(mention.value && (mention.from || mention.to)), qPrintable(where));
        switch (mention.label) {
        case NumberLabel::Money:
            QVERIFY2(currencyCode.match(mention.unit).hasMatch(), qPrintable(where));
            break;
        case NumberLabel::Quantity:
            // bare degrees are a temperature or an angle, which no SI unit covers both
            QVERIFY2(!mention.unit.isEmpty() && (!mention.siUnit.isEmpty() || mention.unit == u"°"), qPrintable(where));
            break;
        case NumberLabel::Percent:
            QVERIFY2(mention.unit == u"%" || mention.unit == u"pp" || mention.unit == u"bp", qPrintable(where));
            break;
        case NumberLabel::Duration:
            QVERIFY2(isoDuration.match(mention.isoValue).hasMatch() || isoDuration.match(mention.isoFrom).hasMatch(),
                     qPrintable(where));
            break;
        case NumberLabel::Date:
        case NumberLabel::Time:
            for (const QString &iso : {mention.isoValue, mention.isoFrom, mention.isoTo}) {
                for (const QString &part : iso.split(u'/', Qt::SkipEmptyParts))   // intervals: from/to
                    QVERIFY2(isoDate.match(part).hasMatch(), qPrintable(where + QStringLiteral(" iso ") + iso));
            }
            QVERIFY2(!mention.value, qPrintable(where));
            break;
        case NumberLabel::Cardinal:
        case NumberLabel::Ordinal:
            QVERIFY2(mention.value || mention.from || mention.approximate, qPrintable(where));
            break;
        }
    }
}

} // namespace

void NumberInvariantsTest::shuffledNumberWords()
{
    QSet<int> labelsSeen;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        const QString text = shuffledText(seed, 400);
        const QList<NumberMention> found = findNumbers(text, QDate(2016, 12, 15));
        checkInvariants(text, found);
        checkInvariants(text, findNumbers(text));
        if (QTest::currentTestFailed())
            qWarning("seed %u", seed);
        for (const NumberMention &mention : found)
            labelsSeen.insert(int(mention.label));
    }
    QCOMPARE(labelsSeen.size(), int(NumberLabel::Duration) + 1);   // the shuffle reaches every reader
}

void NumberInvariantsTest::randomCharacters()
{
    // Digits, separators, signs, letters, surrogate pairs: whatever the tokenizer makes of them.
    const QString alphabet = QString::fromUtf8("0123456789 ,.:/-–+$€£%()aAmMkKbnstdhpGMT \r\n\u00A0😀");
    QRandomGenerator random(7);
    for (int round = 0; round < 200; ++round) {
        QString text;
        for (int i = 0; i < 200; ++i) {
            const qsizetype at = random.bounded(int(alphabet.size()));
            if (alphabet[at].isSurrogate())
                text += QString::fromUtf8("😀");
            else
                text += alphabet[at];
        }
        checkInvariants(text, findNumbers(text, QDate(2016, 12, 15)));
        if (QTest::currentTestFailed())
            qWarning("round %d: %s", round, qPrintable(text));
    }
}

void NumberInvariantsTest::conllDevelopmentText()
{
    const auto corpus = readConllFile(QStringLiteral(GALLEY_SHARED_DIR "/data/ner/conll2003/valid.txt"));
    if (!corpus)
        QSKIP("../shared/data/ner/conll2003/valid.txt is absent: this check needs ../shared");
    QString text;
    for (const ConllDocument &document : corpus->documents) {
        for (const ConllSentence &sentence : document.sentences)
            text += sentence.words.join(u' ') + u'\n';
    }
    const QList<NumberMention> found = findNumbers(text, QDate(1996, 8, 30));
    QVERIFY(found.size() > 3000);   // Reuters news: scores, prices, dates on nearly every line
    checkInvariants(text, found);
}

QTEST_GUILESS_MAIN(NumberInvariantsTest)
#include "number_invariants_test.moc"
