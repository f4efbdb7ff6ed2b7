#include "detect/quotes/quote_marks.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

// Quote-mark pairing: what stands between each pair, in every style, nested, continued over
// paragraphs, and with marks that pair with nothing.
class QuoteMarksTest : public QObject
{
    Q_OBJECT

private slots:
    void pairing_data();
    void pairing();
    void continuedQuote_isFlagged();
};

namespace {

// "depth:content" of each quoted span, in order of opening marks.
QStringList spansText(const QString &text)
{
    QStringList parts;
    for (const QuotedSpan &span : findQuotedSpans(text, tokenize(text)))
        parts.append(QString::number(span.depth) + u':' + text.mid(span.content.start, span.content.end - span.content.start));
    return parts;
}

} // namespace

void QuoteMarksTest::pairing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");
    QTest::newRow("straight double") << QStringLiteral("He said \"we won\" today.") << QStringList{QStringLiteral("0:we won")};
    QTest::newRow("curly double") << QStringLiteral("He said “we won” today.") << QStringList{QStringLiteral("0:we won")};
    QTest::newRow("german") << QStringLiteral("Er sagte „wir gewinnen“ heute.") << QStringList{QStringLiteral("0:wir gewinnen")};
    QTest::newRow("french with spaces") << QStringLiteral("Il a dit « nous gagnons » hier.") << QStringList{QStringLiteral("0:nous gagnons")};
    QTest::newRow("guillemets reversed (German)") << QStringLiteral("Er sagte »wir gewinnen« heute.")
                                                   << QStringList{QStringLiteral("0:wir gewinnen")};
    QTest::newRow("single curly") << QStringLiteral("a ‘watershed moment’ indeed") << QStringList{QStringLiteral("0:watershed moment")};
    QTest::newRow("single straight") << QStringLiteral("a 'watershed moment' indeed") << QStringList{QStringLiteral("0:watershed moment")};
    QTest::newRow("single angle") << QStringLiteral("a ‹watershed moment› indeed") << QStringList{QStringLiteral("0:watershed moment")};
    QTest::newRow("latex style") << QStringLiteral("He said ``we won'' today.") << QStringList{QStringLiteral("0:we won")};
    QTest::newRow("nested") << QStringLiteral("“He called it ‘a disgrace’ twice,” she said.")
                            << QStringList{QStringLiteral("0:He called it ‘a disgrace’ twice"), QStringLiteral("1:a disgrace")};
    QTest::newRow("nested straight") << QStringLiteral("\"He called it 'a disgrace' twice,\" she said.")
                                     << QStringList{QStringLiteral("0:He called it 'a disgrace' twice"), QStringLiteral("1:a disgrace")};
    QTest::newRow("apostrophes are no quotes") << QStringLiteral("Trump’s aides don’t agree with the Joneses’ view.")
                                               << QStringList{};
    QTest::newRow("apostrophe inside a quote") << QStringLiteral("“We don’t know,” he said.")
                                               << QStringList{QStringLiteral("0:We don’t know")};
    QTest::newRow("stray closing mark") << QStringLiteral("He left.” Then “we stayed” all day.")
                                        << QStringList{QStringLiteral("0:we stayed")};
    QTest::newRow("unclosed ends with paragraph") << QStringLiteral("He said “we won.\nNext paragraph “here” too.")
                                                  << QStringList{QStringLiteral("0:we won."), QStringLiteral("0:here")};
    QTest::newRow("continued paragraph") << QStringLiteral("“First part.\n\n“Second part.” After.")
                                         << QStringList{QStringLiteral("0:First part.\n\n“Second part.")};
    QTest::newRow("empty marks") << QStringLiteral("“” and \"\"") << QStringList{};
}

void QuoteMarksTest::pairing()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    QCOMPARE(spansText(text), spans);
}

void QuoteMarksTest::continuedQuote_isFlagged()
{
    const QString text = QStringLiteral("“First part.\r\n\r\n“Second part.”");
    const QList<QuotedSpan> spans = findQuotedSpans(text, tokenize(text));
    QCOMPARE(spans.size(), 1);
    QVERIFY(spans.first().continuesParagraphs);
    QVERIFY(spans.first().closeToken > 0);
}

QTEST_GUILESS_MAIN(QuoteMarksTest)
#include "quote_marks_test.moc"
