#include "pipeline/annotator.h"
#include "pipeline/span_json.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace galley;

// The seed article (a Sputnik report on Aleppo, ../shared/samples) through the whole annotate
// pipeline: who and what it names, who it quotes, which numbers it gives.
class AnnotateSeedTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entities_clustered_data();
    void entities_clustered();
    void quotes_sixDirectOrPartial();
    void quotes_withSpeakers_data();
    void quotes_withSpeakers();
    void numbers_withValues_data();
    void numbers_withValues();

private:
    QList<QJsonObject> spansLabelled(const QStringList &labels) const;

    std::optional<Annotator> m_annotator;
    QJsonArray m_spans;
    QString m_text;
};

namespace {

const QString kSeed = QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt");

} // namespace

void AnnotateSeedTest::initTestCase()
{
    if (!QFileInfo::exists(kSeed))
        QSKIP(qPrintable(QStringLiteral("The shared seed sample %1 is absent (the shared data folder beside the "
                                        "source tree)").arg(kSeed)));
    auto annotator = Annotator::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/ner-conll.model"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-debian.txt.gz"));
    QVERIFY2(annotator.ok(), qPrintable(annotator.ok() ? QString() : annotator.error().toString()));
    m_annotator = std::move(annotator).value();
    const auto pages = loadPages(kSeed);
    QVERIFY(pages.ok() && pages->size() == 1);
    const Article article = extractArticle(pages->constFirst());
    const AnnotationSet set = m_annotator->annotate(article, pages->constFirst());
    m_text = set.text;
    m_spans = spansToJson(set);
}

QList<QJsonObject> AnnotateSeedTest::spansLabelled(const QStringList &labels) const
{
    QList<QJsonObject> found;
    for (const QJsonValue &span : m_spans) {
        if (labels.contains(span[u"label"].toString()))
            found.append(span.toObject());
    }
    return found;
}

void AnnotateSeedTest::entities_clustered_data()
{
    // A cluster by its canonical name and type, and mentions it must hold (as written).
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("Poznikhir") << QStringLiteral("Viktor Poznikhir") << QStringLiteral("PER")
                               << QStringList{QStringLiteral("Viktor Poznikhir"), QStringLiteral("Poznikhir")};
    QTest::newRow("Assad") << QStringLiteral("Bashar Assad") << QStringLiteral("PER")
                           << QStringList{QStringLiteral("Bashar Assad"), QStringLiteral("Assad")};
    QTest::newRow("Putin") << QStringLiteral("Vladimir Putin") << QStringLiteral("PER")
                           << QStringList{QStringLiteral("Vladimir Putin")};
    QTest::newRow("Craig") << QStringLiteral("Scott Craig") << QStringLiteral("PER")
                           << QStringList{QStringLiteral("Scott Craig")};
    QTest::newRow("Egeland") << QStringLiteral("Jan Egeland") << QStringLiteral("PER")
                             << QStringList{QStringLiteral("Jan Egeland")};
    QTest::newRow("Delattre") << QStringLiteral("Francois Delattre") << QStringLiteral("PER")
                              << QStringList{QStringLiteral("Francois Delattre")};
    QTest::newRow("Aleppo") << QStringLiteral("Aleppo") << QStringLiteral("LOC")
                            << QStringList{QStringLiteral("Aleppo")};
    QTest::newRow("Syria") << QStringLiteral("Syria") << QStringLiteral("LOC") << QStringList{QStringLiteral("Syria")};
    QTest::newRow("Damascus") << QStringLiteral("Damascus") << QStringLiteral("LOC")
                              << QStringList{QStringLiteral("Damascus")};
    QTest::newRow("Russia") << QStringLiteral("Russia") << QStringLiteral("LOC")
                            << QStringList{QStringLiteral("Russia")};
    QTest::newRow("Moscow") << QStringLiteral("Moscow") << QStringLiteral("LOC")
                            << QStringList{QStringLiteral("Moscow")};
    QTest::newRow("Idlib") << QStringLiteral("Idlib") << QStringLiteral("LOC") << QStringList{QStringLiteral("Idlib")};
    QTest::newRow("Salah al-Din") << QStringLiteral("Salah al-Din") << QStringLiteral("LOC")
                                  << QStringList{QStringLiteral("Salah al-Din")};
    // "reached the Al-Rashidin-4 sector": had been a thing
    QTest::newRow("Al-Rashidin-4") << QStringLiteral("Al-Rashidin-4") << QStringLiteral("LOC")
                                   << QStringList{QStringLiteral("Al-Rashidin-4")};
    // "terrorist groups such as the Jabhat Fatah al Sham and Daesh": had been two persons
    QTest::newRow("Jabhat Fatah al Sham") << QStringLiteral("Jabhat Fatah al Sham") << QStringLiteral("ORG")
                                          << QStringList{QStringLiteral("Jabhat Fatah al Sham")};
    QTest::newRow("Daesh") << QStringLiteral("Daesh") << QStringLiteral("ORG") << QStringList{QStringLiteral("Daesh")};
    QTest::newRow("UNHCR") << QStringLiteral("United Nations High Commissioner for Refugees") << QStringLiteral("ORG")
                           << QStringList{QStringLiteral("UNHCR")};
    QTest::newRow("UN") << QStringLiteral("United Nations") << QStringLiteral("ORG")
                        << QStringList{QStringLiteral("United Nations"), QStringLiteral("UN")};
    // CoNLL-2003 tags the nationality before a body apart ("Turkish/MISC Foreign/ORG Ministry/ORG"),
    // so the body's name leaves "Russian" out.
    QTest::newRow("Foreign Ministry") << QStringLiteral("Foreign Ministry") << QStringLiteral("ORG")
                                      << QStringList{QStringLiteral("Foreign Ministry")};
    QTest::newRow("General Staff") << QStringLiteral("General Staff") << QStringLiteral("ORG")
                                   << QStringList{QStringLiteral("General Staff")};
}

void AnnotateSeedTest::entities_clustered()
{
    QFETCH(QString, canonical);
    QFETCH(QString, label);
    QFETCH(QStringList, mentions);
    QStringList clusterIds;
    QStringList found;
    for (const QJsonObject &span : spansLabelled({QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"),
                                                  QStringLiteral("MISC")})) {
        if (span[u"canonical"].toString() != canonical)
            continue;
        clusterIds.append(span[u"cluster"].toString());
        found.append(span[u"text"].toString());
    }
    clusterIds.removeDuplicates();
    QCOMPARE(clusterIds.size(), 1);
    for (const QString &mention : mentions)
        QVERIFY2(found.contains(mention), qPrintable(mention + QStringLiteral(" not among ") + found.join(u'|')));
    for (const QJsonObject &span : spansLabelled({label})) {
        if (span[u"canonical"].toString() == canonical)
            return;
    }
    QFAIL(qPrintable(QStringLiteral("no %1 mention in the cluster").arg(label)));
}

namespace {

// The quote whose text starts with `opening`; empty when none does.
QJsonObject quoteStartingWith(const QList<QJsonObject> &quotes, const QString &opening)
{
    for (const QJsonObject &quote : quotes) {
        if (quote[u"text"].toString().simplified().startsWith(opening))
            return quote;
    }
    return {};
}

} // namespace

void AnnotateSeedTest::quotes_sixDirectOrPartial()
{
    QStringList quoted;
    for (const QJsonObject &quote : spansLabelled({QStringLiteral("QUOTE")})) {
        if (quote[u"kind"].toString() != u"indirect")
            quoted.append(quote[u"text"].toString().left(30));
    }
    QVERIFY2(quoted.size() == 6, qPrintable(quoted.join(QStringLiteral(" | "))));
}

void AnnotateSeedTest::quotes_withSpeakers_data()
{
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("speaker");   // how the speaker mention ends, as written
    QTest::addColumn<QString>("canonical");
    QTest::newRow("watershed") << QStringLiteral("watershed moment") << QStringLiteral("partial")
                               << QStringLiteral("Bashar Assad") << QStringLiteral("Bashar Assad");
    QTest::newRow("liberation") << QStringLiteral("I think we will speak of the liberation of Aleppo")
                                << QStringLiteral("direct") << QStringLiteral("Assad") << QStringLiteral("Bashar Assad");
    QTest::newRow("offensive") << QStringLiteral("As a result of the offensive") << QStringLiteral("direct")
                               << QStringLiteral("Viktor Poznikhir") << QStringLiteral("Viktor Poznikhir");
    QTest::newRow("he said") << QStringLiteral("Overall, 108,076 civilians") << QStringLiteral("direct")
                             << QStringLiteral("he") << QStringLiteral("Viktor Poznikhir");
    QTest::newRow("Moscow") << QStringLiteral("in helping tens of thousands people") << QStringLiteral("partial")
                            << QStringLiteral("Moscow") << QStringLiteral("Moscow");
    QTest::newRow("ministry") << QStringLiteral("We are urging relevant UN humanitarian structures")
                              << QStringLiteral("direct") << QStringLiteral("the Russian Foreign Ministry")
                              << QStringLiteral("Foreign Ministry");
}

void AnnotateSeedTest::quotes_withSpeakers()
{
    QFETCH(QString, opening);
    QFETCH(QString, kind);
    QFETCH(QString, speaker);
    QFETCH(QString, canonical);
    const QList<QJsonObject> quotes = spansLabelled({QStringLiteral("QUOTE")});
    const QJsonObject quote = quoteStartingWith(quotes, opening);
    QVERIFY2(!quote.isEmpty(), qPrintable(QStringLiteral("no quote opening \"%1\" among %2 quotes").arg(opening).arg(quotes.size())));
    QCOMPARE(quote[u"kind"].toString(), kind);
    QVERIFY2(quote[u"cue"].isObject(), "every quote of the seed has its reporting verb");
    QVERIFY2(quote[u"speaker"].isObject(), "every quote of the seed names its speaker");
    QVERIFY2(quote[u"speaker"][u"text"].toString().simplified().endsWith(speaker),
             qPrintable(quote[u"speaker"][u"text"].toString()));
    QCOMPARE(quote[u"speaker_canonical"].toString(), canonical);
}

void AnnotateSeedTest::numbers_withValues_data()
{
    // A number span by its text (whitespace simplified), its label, value and modifier.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("modifier");
    QTest::newRow("percent") << QStringLiteral("over 98 percent") << QStringLiteral("PERCENT") << QVariant(98.0)
                             << QStringLiteral(">");
    QTest::newRow("area") << QStringLiteral("less than 3 square kilometers") << QStringLiteral("QUANTITY")
                          << QVariant(3.0) << QStringLiteral("<");
    QTest::newRow("neighbourhoods") << QStringLiteral("105") << QStringLiteral("CARDINAL") << QVariant(105.0) << QString();
    QTest::newRow("terrorists") << QStringLiteral("over 900") << QStringLiteral("CARDINAL") << QVariant(900.0)
                                << QStringLiteral(">");
    QTest::newRow("civilians") << QStringLiteral("108,076") << QStringLiteral("CARDINAL") << QVariant(108076.0) << QString();
    QTest::newRow("children") << QStringLiteral("47,183") << QStringLiteral("CARDINAL") << QVariant(47183.0) << QString();
    QTest::newRow("food") << QStringLiteral("150,000") << QStringLiteral("CARDINAL") << QVariant(150000.0) << QString();
    QTest::newRow("since 2011") << QStringLiteral("since 2011") << QStringLiteral("DATE") << QVariant(QStringLiteral("2011"))
                                << QString();
    QTest::newRow("December 8") << QStringLiteral("December 8") << QStringLiteral("DATE")
                                << QVariant(QStringLiteral("2016-12-08")) << QString();
    QTest::newRow("November 30") << QStringLiteral("November 30") << QStringLiteral("DATE")
                                 << QVariant(QStringLiteral("2016-11-30")) << QString();
    QTest::newRow("Friday") << QStringLiteral("Friday") << QStringLiteral("DATE") << QVariant(QStringLiteral("2016-12-16"))
                            << QString();
}

void AnnotateSeedTest::numbers_withValues()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    QFETCH(QVariant, value);
    QFETCH(QString, modifier);
    for (const QJsonObject &span : spansLabelled({label})) {
        if (span[u"text"].toString().simplified() != text)
            continue;
        QCOMPARE(span[u"value"].toVariant(), value);
        QCOMPARE(span[u"modifier"].toString(), modifier);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no %1 span \"%2\"").arg(label, text)));
}

QTEST_GUILESS_MAIN(AnnotateSeedTest)
#include "annotate_seed_test.moc"
