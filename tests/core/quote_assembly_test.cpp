#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote_assembly.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

// How tagged Source, Cue and Content spans become attributions, with the tags written by hand:
// which cue a content takes.
class QuoteAssemblyTest : public QObject
{
    Q_OBJECT

private slots:
    void contentTakesACue_data();
    void contentTakesACue();
};

namespace {

// Tags the tokens inside each [role, words] pair's first occurrence in `text`.
std::vector<QuoteTag> tagsOf(const QString &text, const QList<Token> &tokens,
                             const QList<std::pair<QuoteRole, QString>> &spans)
{
    std::vector<QuoteTag> tags(std::size_t(tokens.size()), kQuoteOutside);
    for (const auto &[role, words] : spans) {
        const qsizetype start = text.indexOf(words);
        const qsizetype end = start + words.size();
        bool first = true;
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if (tokens[t].start < start || tokens[t].end > end)
                continue;
            tags[std::size_t(t)] = first ? quoteBegin(role) : quoteInside(role);
            first = false;
        }
    }
    return tags;
}

} // namespace

void QuoteAssemblyTest::contentTakesACue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");   // "content | cue | speaker", or empty: no quote
    QTest::newRow("same sentence") << QStringLiteral("Assad said the war was over.") << QStringLiteral("Assad")
                                   << QStringLiteral("said") << QStringLiteral("the war was over")
                                   << QStringLiteral("the war was over | said | Assad");
    QTest::newRow("cue before a colon, quote in the next paragraph")
        << QStringLiteral("Caddell continued:\n\nThe voters want change.") << QStringLiteral("Caddell")
        << QStringLiteral("continued") << QStringLiteral("The voters want change")
        << QStringLiteral("The voters want change | continued | Caddell");
    QTest::newRow("cue of a sentence that ends, words in the next paragraph")
        << QStringLiteral("Assad was quoted in a statement.\n\nRebels fought to overthrow the president.")
        << QStringLiteral("Assad") << QStringLiteral("was quoted") << QStringLiteral("overthrow the president")
        << QString();
}

void QuoteAssemblyTest::contentTakesACue()
{
    QFETCH(QString, text);
    QFETCH(QString, source);
    QFETCH(QString, cue);
    QFETCH(QString, content);
    QFETCH(QString, expected);
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const QList<EntityMention> entities;
    const AnalysedText analysed(text, tokens, sentences, entities);
    const std::vector<QuoteTag> tags = tagsOf(text, tokens, {{QuoteRole::Source, source}, {QuoteRole::Cue, cue},
                                                              {QuoteRole::Content, content}});
    QStringList found;
    for (const Quote &quote : assembleQuotes(analysed, tags)) {
        found.append(QStringList{textOf(text, quote.content).toString(), textOf(text, quote.cue).toString(),
                                 textOf(text, quote.speaker).toString()}
                         .join(QStringLiteral(" | ")));
    }
    QCOMPARE(found, expected.isEmpty() ? QStringList() : QStringList{expected});
}

QTEST_GUILESS_MAIN(QuoteAssemblyTest)
#include "quote_assembly_test.moc"
