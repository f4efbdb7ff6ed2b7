#include "annotation/reanchoring.h"
#include "annotation/text_quote.h"

#include <QRandomGenerator>
#include <QTest>

using namespace galley;

Q_DECLARE_METATYPE(galley::AnchorState)

class ReanchoringTest : public QObject
{
    Q_OBJECT

private slots:
    void reanchor_data();
    void reanchor();
    void reanchor_untouchedSpansFollowScatteredEdits();
    void reanchor_orphanKeepsOldSelectorAndIsReported();
    void reanchor_orphanIsFoundAgainWhenItsTextReturns();
    void reanchor_withoutOldTextTriesStoredOffsetsThenQuotes();
    void reanchor_keepsRelationsClustersAndSpanOrder();
    void reanchor_reportListsMovedAndFuzzySpans();
    void reattach_refreshesTextAndQuote();
    void reattach_rejectsBadRequests_data();
    void reattach_rejectsBadRequests();
};

namespace {

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

// The UTF-16 offset of the occurrence-th (0-based) copy of needle in text.
int nth(const QString &text, const QString &needle, int occurrence)
{
    qsizetype at = text.indexOf(needle);
    while (occurrence-- > 0 && at >= 0)
        at = text.indexOf(needle, at + 1);
    return int(at);
}

Span spanOn(const QString &text, const QString &id, int start, int end)
{
    Span span;
    span.id = id;
    span.label = QStringLiteral("PER");
    span.start = start;
    span.end = end;
    span.text = text.mid(start, end - start);
    span.quote = textQuoteAt(text, start, end);
    return span;
}

AnnotationSet setWithSpan(const QString &text, const QString &spanText, int occurrence)
{
    AnnotationSet set;
    set.text = text;
    const int start = nth(text, spanText, occurrence);
    Q_ASSERT(start >= 0);
    set.spans.append(spanOn(text, QStringLiteral("s1"), start, start + int(spanText.size())));
    return set;
}

const char *const kArticle = "Angela Merkel met Emmanuel Macron in Berlin on Tuesday. The chancellor said the talks "
                             "were \"open and constructive\". Macron flew home to Paris in the evening.";

} // namespace

void ReanchoringTest::reanchor_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("spanText");
    QTest::addColumn<int>("spanOccurrence");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<AnchorState>("state");
    QTest::addColumn<QString>("newSpanText");      // the span's text afterwards
    QTest::addColumn<int>("newSpanOccurrence");    // which copy of it in the new text

    const QString article = u8(kArticle);
    QTest::newRow("unchanged text") << article << u8("Emmanuel Macron") << 0 << article << AnchorState::Anchored
                                    << u8("Emmanuel Macron") << 0;
    QTest::newRow("insertion after the span")
        << article << u8("Emmanuel Macron") << 0 << article + u8(" He returns in May.") << AnchorState::Anchored
        << u8("Emmanuel Macron") << 0;
    QTest::newRow("insertion before the span")
        << article << u8("Paris") << 0 << u8("BERLIN (Reuters) - ") + article << AnchorState::Moved << u8("Paris") << 0;
    QTest::newRow("deletion before the span")
        << article << u8("Paris") << 0 << QString(article).remove(u8(" on Tuesday")) << AnchorState::Moved
        << u8("Paris") << 0;
    QTest::newRow("deletion after the span")
        << article << u8("Emmanuel Macron") << 0 << QString(article).remove(u8(" in the evening")) << AnchorState::Anchored
        << u8("Emmanuel Macron") << 0;
    QTest::newRow("insertion inside the span")
        << article << u8("Angela Merkel") << 0 << QString(article).replace(u8("Angela Merkel"), u8("Angela Dorothea Merkel"))
        << AnchorState::Fuzzy << u8("Angela Dorothea Merkel") << 0;
    QTest::newRow("deletion inside the span")
        << QString(article).replace(u8("Emmanuel Macron"), u8("Emmanuel Jean-Michel Macron")) << u8("Emmanuel Jean-Michel Macron")
        << 0 << article << AnchorState::Fuzzy << u8("Emmanuel Macron") << 0;
    QTest::newRow("typo fixed inside the span")
        << QString(article).replace(u8("Angela Merkel"), u8("Angela Merkle")) << u8("Angela Merkle") << 0 << article
        << AnchorState::Fuzzy << u8("Angela Merkel") << 0;
    QTest::newRow("typo fixed and sentence rewritten around the span")
        << u8("Officials said the chancellor Angela Merkle arrived late. Nothing else happened.") << u8("chancellor Angela Merkle")
        << 0 << u8("Nothing else happened. Officials said the chancellor Angela Merkel arrived late.") << AnchorState::Fuzzy
        << u8("chancellor Angela Merkel") << 0;
    QTest::newRow("whitespace collapsed before the span")
        << u8("Merkel   met \t Macron  in  Berlin.") << u8("Berlin") << 0 << u8("Merkel met Macron in Berlin.")
        << AnchorState::Moved << u8("Berlin") << 0;
    QTest::newRow("whitespace collapsed inside the span")
        << u8("Merkel met Emmanuel   Macron in Berlin.") << u8("Emmanuel   Macron") << 0
        << u8("Merkel met Emmanuel Macron in Berlin.") << AnchorState::Moved << u8("Emmanuel Macron") << 0;
    QTest::newRow("CRLF to LF, span across a line break")
        << u8("First line.\r\nMerkel met\r\nMacron in Berlin.\r\n") << u8("met\r\nMacron") << 0
        << u8("First line.\nMerkel met\nMacron in Berlin.\n") << AnchorState::Moved << u8("met\nMacron") << 0;
    QTest::newRow("LF to CRLF, span after line breaks")
        << u8("One.\nTwo.\nMerkel met Macron.\n") << u8("Macron") << 0 << u8("One.\r\nTwo.\r\nMerkel met Macron.\r\n")
        << AnchorState::Moved << u8("Macron") << 0;
    QTest::newRow("repeated quote: the second copy stays the second")
        << u8("The minister said no. The president said no.") << u8("said no") << 1
        << u8("Asked twice, the minister said no. The president said no.") << AnchorState::Moved << u8("said no") << 1;
    QTest::newRow("repeated quote: the prefix picks the copy after sentences swap")
        << u8("At the summit in Paris on Monday the French president said no. "
              "At the summit in Rome on Tuesday the Italian minister said no.")
        << u8("said no") << 1
        << u8("At the summit in Rome on Tuesday the Italian minister said no. "
              "At the summit in Paris on Monday the French president said no.")
        << AnchorState::Moved << u8("said no") << 0;
    QTest::newRow("paragraph moved to the end")
        << u8("Kyiv was quiet overnight.\n\nThe mayor, Vitali Klitschko, urged calm.\n\nMarkets opened lower.")
        << u8("Vitali Klitschko") << 0
        << u8("Kyiv was quiet overnight.\n\nMarkets opened lower.\n\nThe mayor, Vitali Klitschko, urged calm.")
        << AnchorState::Moved << u8("Vitali Klitschko") << 0;
    QTest::newRow("span text disappeared")
        << article << u8("flew home to Paris") << 0 << QString(article).remove(u8(" Macron flew home to Paris in the evening."))
        << AnchorState::Orphaned << QString() << 0;
    QTest::newRow("deleted mention is not given to another copy of the name")
        << u8("Scholz spoke first in the Bundestag. Merkel met Macron in Berlin. Later, Scholz flew to Paris.")
        << u8("Scholz") << 1 << u8("Scholz spoke first in the Bundestag. Merkel met Macron in Berlin.")
        << AnchorState::Orphaned << QString() << 0;
    QTest::newRow("emoji before the span, UTF-16 offsets")
        << u8("Fans \xF0\x9F\x98\x80 cheered Macron in Paris.") << u8("Macron") << 0
        << u8("Fans \xF0\x9F\x98\x80\xF0\x9F\x8E\x89 cheered Macron in Paris.") << AnchorState::Moved << u8("Macron") << 0;
    QTest::newRow("non-BMP text inside a fuzzy span")
        << u8("Headline: \xF0\x9D\x90\x80\xF0\x9D\x90\x81 Macron wins big \xF0\x9F\x98\x80 in Paris tonight.")
        << u8("\xF0\x9D\x90\x80\xF0\x9D\x90\x81 Macron wins big \xF0\x9F\x98\x80") << 0
        << u8("Headline: \xF0\x9D\x90\x80\xF0\x9D\x90\x81 Macron wins bigly \xF0\x9F\x98\x80 in Paris tonight.")
        << AnchorState::Fuzzy << u8("\xF0\x9D\x90\x80\xF0\x9D\x90\x81 Macron wins bigly \xF0\x9F\x98\x80") << 0;
    const QString longQuote = u8("We will not accept any agreement that leaves our farmers worse off than they were "
                                 "before the negotiations started in Brussels last spring");
    QTest::newRow("long quote with typos fixed (several 64-unit blocks)")
        << u8("He said: \"") + QString(longQuote).replace(u8("farmers"), u8("framers")).replace(u8("spring"), u8("sprign"))
               + u8("\" and left.")
        << QString(longQuote).replace(u8("farmers"), u8("framers")).replace(u8("spring"), u8("sprign")) << 0
        << u8("Update: he said: \"") + longQuote + u8("\" and left the room.") << AnchorState::Fuzzy << longQuote << 0;
}

void ReanchoringTest::reanchor()
{
    QFETCH(QString, oldText);
    QFETCH(QString, spanText);
    QFETCH(int, spanOccurrence);
    QFETCH(QString, newText);
    QFETCH(AnchorState, state);
    QFETCH(QString, newSpanText);
    QFETCH(int, newSpanOccurrence);

    const AnnotationSet before = setWithSpan(oldText, spanText, spanOccurrence);
    const Reanchoring result = galley::reanchor(before, newText);

    QCOMPARE(result.set.text, newText);
    QCOMPARE(result.set.spans.size(), 1);
    const Span &span = result.set.spans.first();
    QCOMPARE(anchorStateName(span.anchor), anchorStateName(state));
    if (state == AnchorState::Orphaned) {
        QCOMPARE(span.start, before.spans.first().start);
        QCOMPARE(span.end, before.spans.first().end);
        QCOMPARE(span.text, spanText);
        QCOMPARE(span.quote, before.spans.first().quote);
        return;
    }
    const int expectedStart = nth(newText, newSpanText, newSpanOccurrence);
    QVERIFY(expectedStart >= 0);
    QCOMPARE(span.text, newSpanText);
    QCOMPARE(span.start, expectedStart);
    QCOMPARE(span.end, expectedStart + int(newSpanText.size()));
    QCOMPARE(span.quote, textQuoteAt(newText, span.start, span.end));
}

// Many small edits between spans of a text full of repeated names (insertions, deleted words,
// CRLF line ends, doubled spaces): every span must land on the same words, where the edits
// moved them, never on a copy in another paragraph.
void ReanchoringTest::reanchor_untouchedSpansFollowScatteredEdits()
{
    QString oldText;
    for (int paragraph = 0; paragraph < 30; ++paragraph)
        oldText += u8(kArticle) + u8(" (") + QString::number(paragraph) + u8(")\n");
    AnnotationSet set;
    set.text = oldText;
    for (int i = 0; i < oldText.size(); ++i) {
        if (oldText[i].isUpper() && (i == 0 || !oldText[i - 1].isLetter())) {
            int end = i;
            while (end < oldText.size() && oldText[end].isLetter())
                ++end;
            set.spans.append(spanOn(oldText, u8("s") + QString::number(set.spans.size()), i, end));
        }
    }

    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        QString newText;
        QList<int> newOffset(oldText.size() + 1);   // where each old unit went
        for (int i = 0; i < oldText.size(); ++i) {
            const bool wordStart = oldText[i].isLetter() && (i == 0 || !oldText[i - 1].isLetter());
            const bool betweenWords = i == 0 || !oldText[i - 1].isLetter() || !oldText[i].isLetter();
            if (betweenWords && random.bounded(40) == 0)
                newText += u8("(Reuters) ");
            if (wordStart && oldText[i].isLower() && random.bounded(30) == 0) {
                while (i < oldText.size() && oldText[i].isLetter())
                    newOffset[i++] = int(newText.size());   // a word deleted
            }
            newOffset[i] = int(newText.size());
            if (oldText[i] == u'\n')
                newText += u8("\r\n");
            else if (oldText[i] == u' ' && random.bounded(15) == 0)
                newText += u8("  ");
            else
                newText += oldText[i];
        }
        newOffset[oldText.size()] = int(newText.size());

        const Reanchoring result = galley::reanchor(set, newText);

        QCOMPARE(result.report.orphaned.size(), 0);
        QCOMPARE(result.report.fuzzy.size(), 0);
        for (int i = 0; i < set.spans.size(); ++i) {
            const Span &before = set.spans[i];
            const Span &after = result.set.spans[i];
            QCOMPARE(after.text, before.text);
            QVERIFY2(after.start == newOffset[before.start],
                     qPrintable(u8("seed %1, span %2: [%3] went to [%4]")
                                    .arg(seed).arg(i).arg(oldText.mid(before.start - 30, 60), newText.mid(after.start - 30, 60)) + u8(" expected [") + newText.mid(newOffset[before.start] - 40, 120) + u8("]")));
        }
    }
}

void ReanchoringTest::reanchor_orphanKeepsOldSelectorAndIsReported()
{
    const QString oldText = u8("Merkel met Macron. Sarkozy stayed away.");
    AnnotationSet set;
    set.text = oldText;
    set.spans.append(spanOn(oldText, QStringLiteral("s1"), 0, 6));
    set.spans.append(spanOn(oldText, QStringLiteral("s2"), nth(oldText, u8("Sarkozy"), 0), nth(oldText, u8("Sarkozy"), 0) + 7));
    const Span orphanBefore = set.spans[1];

    const Reanchoring result = galley::reanchor(set, u8("Merkel met Macron."));

    QCOMPARE(result.set.spans.size(), 2);
    const Span &orphan = result.set.spans[1];
    QCOMPARE(orphan.anchor, AnchorState::Orphaned);
    QCOMPARE(orphan.start, orphanBefore.start);
    QCOMPARE(orphan.end, orphanBefore.end);
    QCOMPARE(orphan.text, orphanBefore.text);
    QCOMPARE(orphan.quote, orphanBefore.quote);
    QCOMPARE(result.report.orphaned.size(), 1);
    QCOMPARE(result.report.orphaned.first().spanId, QStringLiteral("s2"));
    QCOMPARE(result.report.orphaned.first().similarity, 0.0);
    QCOMPARE(result.report.anchored, 1);
}

void ReanchoringTest::reanchor_orphanIsFoundAgainWhenItsTextReturns()
{
    const QString oldText = u8("Merkel met Macron. Sarkozy stayed away.");
    AnnotationSet set;
    set.text = oldText;
    const int start = nth(oldText, u8("Sarkozy"), 0);
    set.spans.append(spanOn(oldText, QStringLiteral("s1"), start, start + 7));

    const Reanchoring orphaned = galley::reanchor(set, u8("Merkel met Macron."));
    QCOMPARE(orphaned.set.spans.first().anchor, AnchorState::Orphaned);

    const QString restored = u8("Merkel met Macron in Berlin. Sarkozy stayed away.");
    const Reanchoring found = galley::reanchor(orphaned.set, restored);
    const Span &span = found.set.spans.first();
    QCOMPARE(span.anchor, AnchorState::Moved);
    QCOMPARE(span.start, nth(restored, u8("Sarkozy"), 0));
    QCOMPARE(span.text, u8("Sarkozy"));
}

// Annotations read from a file that did not keep the article text: offsets and quotes only.
void ReanchoringTest::reanchor_withoutOldTextTriesStoredOffsetsThenQuotes()
{
    // Berlin keeps its offsets although every word around it changed.
    const QString oldText = u8("Merkel met Macron in Berlin. Scholz stayed in Bonn.");
    const QString newText = u8("Snow fell all day on Berlin. Later, Scholz stayed in Bonn.");
    AnnotationSet set;
    set.text = oldText;
    set.spans.append(spanOn(oldText, u8("s1"), nth(oldText, u8("Berlin"), 0), nth(oldText, u8("Berlin"), 0) + 6));
    set.spans.append(spanOn(oldText, u8("s2"), nth(oldText, u8("Bonn"), 0), nth(oldText, u8("Bonn"), 0) + 4));
    set.text.clear();
    QCOMPARE(nth(newText, u8("Berlin"), 0), set.spans[0].start);

    const Reanchoring result = galley::reanchor(set, newText);

    QCOMPARE(result.set.spans[0].anchor, AnchorState::Anchored);
    QCOMPARE(result.set.spans[0].start, nth(newText, u8("Berlin"), 0));
    QCOMPARE(result.set.spans[1].anchor, AnchorState::Moved);
    QCOMPARE(result.set.spans[1].start, nth(newText, u8("Bonn"), 0));
    QCOMPARE(result.set.spans[1].text, u8("Bonn"));
}

void ReanchoringTest::reanchor_keepsRelationsClustersAndSpanOrder()
{
    const QString oldText = u8("\"We will win,\" Merkel said.");
    AnnotationSet set;
    set.text = oldText;
    set.spans.append(spanOn(oldText, QStringLiteral("q1"), 1, 12));
    set.spans.append(spanOn(oldText, QStringLiteral("p1"), nth(oldText, u8("Merkel"), 0), nth(oldText, u8("Merkel"), 0) + 6));
    set.relations.append({QStringLiteral("r1"), QStringLiteral("speaker"), QStringLiteral("q1"), QStringLiteral("p1"), ReviewStatus::Accepted, {}, {}, {}});
    set.clusters.append({QStringLiteral("c1"), QStringLiteral("PER"), QStringLiteral("Angela Merkel")});

    const Reanchoring result = galley::reanchor(set, u8("BERLIN - \"We will win,\" Merkel said on Monday."));

    QCOMPARE(result.set.relations, set.relations);
    QCOMPARE(result.set.clusters, set.clusters);
    QCOMPARE(result.set.spans.size(), 2);
    QCOMPARE(result.set.spans[0].id, QStringLiteral("q1"));
    QCOMPARE(result.set.spans[0].text, u8("We will win"));
    QCOMPARE(result.set.spans[1].id, QStringLiteral("p1"));
    QCOMPARE(result.set.spans[1].text, u8("Merkel"));
}

void ReanchoringTest::reanchor_reportListsMovedAndFuzzySpans()
{
    const QString oldText = u8("Angela Merkle met Emmanuel Macron in Berlin.");
    AnnotationSet set;
    set.text = oldText;
    set.spans.append(spanOn(oldText, QStringLiteral("s1"), 0, 13));   // Angela Merkle
    set.spans.append(spanOn(oldText, QStringLiteral("s2"), nth(oldText, u8("Berlin"), 0), nth(oldText, u8("Berlin"), 0) + 6));

    const QString newText = u8("On Monday Angela Merkel met Emmanuel Macron in Berlin.");
    const Reanchoring result = galley::reanchor(set, newText);

    QCOMPARE(result.report.anchored, 0);
    QCOMPARE(result.report.orphaned.size(), 0);
    QCOMPARE(result.report.moved.size(), 1);
    const SpanReanchoring &moved = result.report.moved.first();
    QCOMPARE(moved.spanId, QStringLiteral("s2"));
    QCOMPARE(moved.oldStart, nth(oldText, u8("Berlin"), 0));
    QCOMPARE(moved.newStart, nth(newText, u8("Berlin"), 0));
    QCOMPARE(moved.similarity, 1.0);
    QCOMPARE(result.report.fuzzy.size(), 1);
    const SpanReanchoring &fuzzy = result.report.fuzzy.first();
    QCOMPARE(fuzzy.spanId, QStringLiteral("s1"));
    QCOMPARE(fuzzy.state, AnchorState::Fuzzy);
    QCOMPARE(fuzzy.newStart, nth(newText, u8("Angela Merkel"), 0));
    QCOMPARE(fuzzy.newEnd, fuzzy.newStart + 13);
    // "Merkle" → "Merkel" is two edits in thirteen units.
    QVERIFY2(qAbs(fuzzy.similarity - 11.0 / 13.0) < 1e-9, qPrintable(QString::number(fuzzy.similarity)));
}

void ReanchoringTest::reattach_refreshesTextAndQuote()
{
    const QString oldText = u8("Merkel met Macron. Sarkozy stayed away.");
    AnnotationSet set;
    set.text = oldText;
    set.spans.append(spanOn(oldText, QStringLiteral("s1"), nth(oldText, u8("Sarkozy"), 0), nth(oldText, u8("Sarkozy"), 0) + 7));
    const QString newText = u8("Merkel met Macron. Nicolas S. stayed away.");
    const Reanchoring orphaned = galley::reanchor(set, newText);
    QCOMPARE(orphaned.set.spans.first().anchor, AnchorState::Orphaned);

    const int start = nth(newText, u8("Nicolas S."), 0);
    const auto reattached = galley::reattach(orphaned.set, u8("s1"), start, start + 10);

    QVERIFY2(reattached.ok(), reattached.ok() ? "" : qPrintable(reattached.error()));
    const Span &span = reattached->spans.first();
    QCOMPARE(span.anchor, AnchorState::Anchored);
    QCOMPARE(span.start, start);
    QCOMPARE(span.end, start + 10);
    QCOMPARE(span.text, u8("Nicolas S."));
    QCOMPARE(span.quote, textQuoteAt(newText, start, start + 10));
    QCOMPARE(reattached->text, newText);
}

void ReanchoringTest::reattach_rejectsBadRequests_data()
{
    QTest::addColumn<QString>("spanId");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("unknown span") << u8("s9") << 0 << 2 << u8("no span s9");
    QTest::newRow("end before start") << u8("s1") << 3 << 2 << u8("not inside the text");
    QTest::newRow("past the end") << u8("s1") << 0 << 99 << u8("not inside the text");
    QTest::newRow("inside an emoji") << u8("s1") << 0 << 6 << u8("splits a character");
}

void ReanchoringTest::reattach_rejectsBadRequests()
{
    QFETCH(QString, spanId);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, errorPart);

    const QString text = u8("Fans \xF0\x9F\x98\x80 cheered.");   // the emoji is units 5 and 6
    AnnotationSet set;
    set.text = text;
    set.spans.append(spanOn(text, QStringLiteral("s1"), 0, 4));

    const auto result = galley::reattach(set, spanId, start, end);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(ReanchoringTest)
#include "reanchoring_test.moc"
