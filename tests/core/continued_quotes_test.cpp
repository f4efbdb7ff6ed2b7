#include "pipeline/continued_quotes.h"

#include <QTest>

using namespace galley;

// Quotes that continue an attributed quote share its speaker.
class ContinuedQuotesTest final : public QObject
{
    Q_OBJECT

private slots:
    void continuedQuoteSpeakers_findsSharedSpeaker_data();
    void continuedQuoteSpeakers_findsSharedSpeaker();
};

namespace {

// Quote contents between { and }, speaker mentions between < and >, person names between [ and ];
// the markers are removed from the text. Each speaker belongs to the nearest quote content.
struct MarkedQuotes
{
    QString text;
    QList<Quote> quotes;
    QList<EntityMention> mentions;
};

MarkedQuotes parse(const QString &markup)
{
    MarkedQuotes marked;
    QList<TextRange> contents;
    QList<TextRange> speakers;
    qsizetype open = -1;
    for (QChar c : markup) {
        const qsizetype here = marked.text.size();
        if (c == u'{' || c == u'<' || c == u'[') {
            open = here;
        } else if (c == u'}') {
            contents.append({open, here});
        } else if (c == u'>') {
            speakers.append({open, here});
        } else if (c == u']') {
            marked.mentions.append({open, here, EntityType::Person});
        } else {
            marked.text += c;
        }
    }
    for (const TextRange &content : contents)
        marked.quotes.append({content, QuoteKind::Direct, {}, {}});
    for (const TextRange &speaker : speakers) {
        Quote *nearest = nullptr;
        qsizetype distance = 0;
        for (Quote &quote : marked.quotes) {
            const qsizetype d = speaker.start > quote.content.end ? speaker.start - quote.content.end
                                                                 : quote.content.start - speaker.end;
            if (!nearest || d < distance) {
                nearest = &quote;
                distance = d;
            }
        }
        nearest->speaker = speaker;
    }
    return marked;
}

} // namespace

void ContinuedQuotesTest::continuedQuoteSpeakers_findsSharedSpeaker_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QList<int>>("sources");
    QTest::newRow("same paragraph")
        << QStringLiteral("“{This is the day},” <Mayor [Elena Varga]> told reporters. “{We have waited long enough.}”")
        << QList<int>{-1, 0};
    QTest::newRow("two continuations")
        << QStringLiteral("<[Varga]> said: “{One.}” Then: “{Two.}” And: “{Three.}”") << QList<int>{-1, 0, 0};
    QTest::newRow("new paragraph")
        << QStringLiteral("“{This is the day},” <[Varga]> said.\n\n“{Nobody asked us.}”") << QList<int>{-1, -1};
    QTest::newRow("quote running on over paragraphs")
        << QStringLiteral("<[Netanyahu]> said: “{Our priority is the hostages.}\n\n“{We will not stop.}\n\n“{And we will win.}”")
        << QList<int>{-1, 0, 0};
    QTest::newRow("speaker after the closed quote ends the run")
        << QStringLiteral("“{This is the day},” said <[Varga]>.\n\n“{Nobody asked us.}”") << QList<int>{-1, -1};
    QTest::newRow("closed paragraph ends the run")
        << QStringLiteral("<[Netanyahu]> said: “{Our priority is the hostages.}\n\n“{We will not stop.}”\n\n“{Who asked?}”")
        << QList<int>{-1, 0, -1};
    QTest::newRow("another person in between")
        << QStringLiteral("“{Fine},” <[Varga]> said, and [Brandt] shrugged: “{Not for us.}”") << QList<int>{-1, -1};
    QTest::newRow("own speaker")
        << QStringLiteral("“{Fine},” <[Varga]> said. “{Not for us},” <[Brandt]> said.") << QList<int>{-1, -1};
}

void ContinuedQuotesTest::continuedQuoteSpeakers_findsSharedSpeaker()
{
    QFETCH(QString, markup);
    QFETCH(QList<int>, sources);
    const MarkedQuotes marked = parse(markup);
    QCOMPARE(galley::continuedQuoteSpeakers(marked.text, marked.quotes, marked.mentions), sources);
}

QTEST_GUILESS_MAIN(ContinuedQuotesTest)
#include "continued_quotes_test.moc"
