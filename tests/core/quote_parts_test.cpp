// A quote's SPEAKER and CUE spans follow its review: a rejected quote left its speaker and cue
// behind as findings of their own, to review apart and exported as the speaker of nothing.
#include "annotation_fixture.h"

#include "annotation/quote_parts.h"
#include "annotation/span_review_edits.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"“We will appeal,” Marta Lindqvist told reporters. “We won,” she said; Lindqvist said it twice."_s;

Relation relation(const QString &id, const QString &type, const QString &from, const QString &to)
{
    Relation r;
    r.id = id;
    r.type = type;
    r.from = from;
    r.to = to;
    return r;
}

// Two quotes: the first with a SPEAKER and a CUE span, the second with its own cue and the same
// SPEAKER span; a PER span "Lindqvist" is an entity.
AnnotationSet twoQuotes()
{
    AnnotationSet set;
    set.text = kText;
    set.spans = {fixture::span(u"q1"_s, u"QUOTE"_s, kText, u"We will appeal,"_s),
                 fixture::span(u"sp1"_s, u"SPEAKER"_s, kText, u"Marta Lindqvist"_s),
                 fixture::span(u"c1"_s, u"CUE"_s, kText, u"told reporters"_s),
                 fixture::span(u"q2"_s, u"QUOTE"_s, kText, u"We won,"_s),
                 fixture::span(u"c2"_s, u"CUE"_s, kText, u"said"_s),
                 fixture::span(u"p1"_s, u"PER"_s, kText, u"Lindqvist"_s, 1),
                 fixture::span(u"c3"_s, u"CUE"_s, kText, u"said"_s, 1)};
    set.relations = {relation(u"r1"_s, u"speaker"_s, u"q1"_s, u"sp1"_s), relation(u"r2"_s, u"cue"_s, u"q1"_s, u"c1"_s),
                     relation(u"r3"_s, u"speaker"_s, u"q2"_s, u"sp1"_s), relation(u"r4"_s, u"cue"_s, u"q2"_s, u"c2"_s)};
    return set;
}

AnnotationSet applied(AnnotationSet set, const EditListResult &edits)
{
    if (!edits)
        qFatal("%s", qPrintable(edits.error().message));
    if (!applyEdits(set, *edits))
        qFatal("edits do not apply");
    return set;
}

ReviewStatus statusOf(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return span.status;
    }
    qFatal("no span %s", qPrintable(id));
}

} // namespace

class QuotePartsTest : public QObject
{
    Q_OBJECT

private slots:
    void rejectingAQuote_rejectsTheParts_noOtherQuoteUses()
    {
        const AnnotationSet set = applied(twoQuotes(), setSpanStatus(twoQuotes(), u"q1"_s, ReviewStatus::Rejected, {}));
        QCOMPARE(statusOf(set, u"q1"_s), ReviewStatus::Rejected);
        QCOMPARE(statusOf(set, u"c1"_s), ReviewStatus::Rejected);
        QCOMPARE(statusOf(set, u"sp1"_s), ReviewStatus::Pending);   // still the second quote's speaker
        QCOMPARE(statusOf(set, u"c2"_s), ReviewStatus::Pending);
        // Once the second quote is rejected too, its speaker goes with it.
        const AnnotationSet both = applied(set, setSpanStatus(set, u"q2"_s, ReviewStatus::Rejected, {}));
        QCOMPARE(statusOf(both, u"sp1"_s), ReviewStatus::Rejected);
        QCOMPARE(statusOf(both, u"c2"_s), ReviewStatus::Rejected);
        QCOMPARE(statusOf(both, u"p1"_s), ReviewStatus::Pending);
    }

    void acceptingAQuote_acceptsItsPendingParts_andBringsBackTheOnesRejectedWithIt()
    {
        AnnotationSet set = applied(twoQuotes(), setSpanStatus(twoQuotes(), u"q1"_s, ReviewStatus::Accepted, {}));
        QCOMPARE(statusOf(set, u"sp1"_s), ReviewStatus::Accepted);
        QCOMPARE(statusOf(set, u"c1"_s), ReviewStatus::Accepted);
        QCOMPARE(statusOf(set, u"c2"_s), ReviewStatus::Pending);

        set = twoQuotes();
        set = applied(set, setSpanStatus(set, u"q1"_s, ReviewStatus::Rejected, {}));
        set = applied(set, setSpanStatus(set, u"q1"_s, ReviewStatus::Accepted, {}));
        QCOMPARE(statusOf(set, u"c1"_s), ReviewStatus::Accepted);

        // A part the reviewer rejected on its own stays rejected when its quote is accepted.
        set = twoQuotes();
        set = applied(set, setSpanStatus(set, u"c1"_s, ReviewStatus::Rejected, {}));
        set = applied(set, setSpanStatus(set, u"q1"_s, ReviewStatus::Accepted, {}));
        QCOMPARE(statusOf(set, u"c1"_s), ReviewStatus::Rejected);
    }

    void anEntitySpeaker_isReviewedOnItsOwn()
    {
        AnnotationSet set = twoQuotes();
        set.relations[2].to = u"p1"_s;   // the second quote's speaker is the PER span
        set = applied(set, setSpanStatus(set, u"q2"_s, ReviewStatus::Rejected, {}));
        QCOMPARE(statusOf(set, u"p1"_s), ReviewStatus::Pending);
    }

    void aSpeakerOrCueSetElsewhere_rejectsTheOneLeft_unlessInUse()
    {
        const LabelSchema schema;
        AnnotationSet set = twoQuotes();
        set = applied(set, linkQuote(set, schema, u"cue"_s, u"q1"_s, u"c3"_s, {}));
        QCOMPARE(statusOf(set, u"c1"_s), ReviewStatus::Rejected);
        // The speaker the second quote still has is kept.
        set = applied(set, linkQuote(set, schema, u"speaker"_s, u"q1"_s, u"p1"_s, {}));
        QCOMPARE(statusOf(set, u"sp1"_s), ReviewStatus::Pending);
        // Linked again, a rejected part comes back.
        set = applied(set, linkQuote(set, schema, u"cue"_s, u"q1"_s, u"c1"_s, {}));
        QCOMPARE(statusOf(set, u"c1"_s), ReviewStatus::Accepted);
        QCOMPARE(statusOf(set, u"c3"_s), ReviewStatus::Rejected);
    }
};

QTEST_GUILESS_MAIN(QuotePartsTest)
#include "quote_parts_test.moc"
