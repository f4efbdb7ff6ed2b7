#include "quote_test_support.h"

#include "detect/ner/ner_model.h"

#include <QFile>
#include <QTest>

using namespace galley;

// The seed article of the issue (a Sputnik report on Aleppo, in ../shared/samples): its six
// direct or partial quotes, each with the speaker a reviewer would check, with the rules alone
// and with the shipped model.
class QuoteSeedArticleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedArticle_findsItsSixQuotes_data();
    void seedArticle_findsItsSixQuotes();

private:
    QString m_text;
    std::optional<NerModel> m_ner;
};

void QuoteSeedArticleTest::initTestCase()
{
    QFile file(QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/samples/000_16f1a91c8f003b41.txt is absent (shared data not checked out)");
    m_text = QString::fromUtf8(file.readAll());
    auto ner = NerModel::load(NerModel::defaultPath());
    QVERIFY2(ner.ok(), qPrintable(ner.ok() ? QString() : ner.error().toString()));
    m_ner = std::move(ner).value();
}

void QuoteSeedArticleTest::seedArticle_findsItsSixQuotes_data()
{
    QTest::addColumn<bool>("useModel");
    QTest::newRow("rules") << false;
    QTest::newRow("model") << true;
}

void QuoteSeedArticleTest::seedArticle_findsItsSixQuotes()
{
    QFETCH(bool, useModel);
    QuoteModel model;
    if (useModel) {
        auto loaded = QuoteModel::load(QuoteModel::defaultPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        model = std::move(loaded).value();
    }
    const QStringList found = describeQuotes(model, &*m_ner, m_text);
    // Content start, kind and speaker of each quote; the speaker as written (a name, a pronoun).
    const struct
    {
        const char *contentStart;
        QuoteKind kind;
        const char *speaker;
    } expected[] = {
        {"watershed moment", QuoteKind::Partial, "Bashar Assad"},
        {"I think we will speak of the liberation", QuoteKind::Direct, "Assad"},
        {"As a result of the offensive", QuoteKind::Direct, "Viktor Poznikhir"},
        {"Overall, 108,076 civilians", QuoteKind::Direct, "he"},
        {"in helping tens of thousands", QuoteKind::Partial, "Moscow"},
        {"We are urging relevant UN", QuoteKind::Direct, "the Russian Foreign Ministry"},
    };
    for (const auto &quote : expected) {
        const QString prefix = quoteKindName(quote.kind) + u'[' + QLatin1String(quote.contentStart);
        const auto match = std::find_if(found.begin(), found.end(), [&](const QString &d) { return d.simplified().startsWith(prefix); });
        QVERIFY2(match != found.end(), qPrintable(QStringLiteral("no %1…] among:\n").arg(prefix) + found.join(u'\n')));
        QVERIFY2(match->endsWith(QStringLiteral("by[") + QLatin1String(quote.speaker) + u']')
                     || match->contains(QLatin1String(quote.speaker) + u']'),
                 qPrintable(*match));
    }
}

QTEST_GUILESS_MAIN(QuoteSeedArticleTest)
#include "quote_seed_article_test.moc"
