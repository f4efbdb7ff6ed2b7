#include "annotation/span_review_edits.h"
#include "annotation/structural_edits.h"
#include "annotation/text_quote.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

// Non-BMP characters before and inside spans: 🚢 and 𝔘 are two UTF-16 units each.
const QString kText = u"Mayor Elena Varga 🚢 told 𝔘lf Ödegaard and Ana Ruiz: “We stay open.” Varga said."_s;

Span spanOf(const QString &id, const QString &label, const QString &words, int from = 0)
{
    Span span;
    span.id = id;
    span.label = label;
    span.start = int(kText.indexOf(words, from));
    span.end = span.start + int(words.size());
    span.text = words;
    span.quote = textQuoteAt(kText, span.start, span.end);
    return span;
}

Relation relationOf(const QString &id, const QString &type, const QString &from, const QString &to)
{
    Relation relation;
    relation.id = id;
    relation.type = type;
    relation.from = from;
    relation.to = to;
    return relation;
}

AnnotationSet sampleSet()
{
    AnnotationSet set;
    set.text = kText;
    set.reviewer = u"anna"_s;
    set.spans = {spanOf(u"s1"_s, u"PER"_s, u"Elena Varga"_s), spanOf(u"s2"_s, u"PER"_s, u"𝔘lf"_s),
                 spanOf(u"s3"_s, u"PER"_s, u"Ödegaard"_s), spanOf(u"s4"_s, u"QUOTE"_s, u"We stay open."_s),
                 spanOf(u"s5"_s, u"PER"_s, u"Varga"_s, int(kText.indexOf(u"”"_s))),
                 spanOf(u"s6"_s, u"PER"_s, u"Ana Ruiz"_s), spanOf(u"s7"_s, u"CUE"_s, u"said"_s)};
    set.clusters = {{u"c1"_s, u"PER"_s, u"Elena Varga"_s}, {u"c2"_s, u"PER"_s, u"Ödegaard"_s}};
    set.relations = {relationOf(u"r1"_s, u"cluster"_s, u"s1"_s, u"c1"_s),
                     relationOf(u"r2"_s, u"cluster"_s, u"s5"_s, u"c1"_s),
                     relationOf(u"r3"_s, u"cluster"_s, u"s3"_s, u"c2"_s),
                     relationOf(u"r4"_s, u"speaker"_s, u"s4"_s, u"s5"_s)};
    return set;
}

LabelSchema schema()
{
    auto loaded = loadLabelSchema(defaultLabelSchemaPath());
    if (!loaded)
        qFatal("schema: %s", qPrintable(loaded.error().toString()));
    return *loaded;
}

EditContext context()
{
    EditContext context;
    context.now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
    context.reviewer = u"anna"_s;
    return context;
}

const Span &spanNamed(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return span;
    }
    qFatal("no span %s", qPrintable(id));
}

// Applies the action's edits, checks that their inverses restore the set exactly, and returns
// the set as the action left it.
AnnotationSet appliedAndUndone(const AnnotationSet &original, const EditListResult &edits)
{
    if (!edits)
        qFatal("unexpected refusal: %s", qPrintable(edits.error().message));
    AnnotationSet set = original;
    const auto inverses = applyEdits(set, *edits);
    if (!inverses)
        qFatal("edits do not apply: %s", qPrintable(inverses.error().message));
    AnnotationSet undone = set;
    if (!applyEdits(undone, *inverses) || !(undone == original))
        qFatal("undo did not restore the set");
    return set;
}

} // namespace

class StructuralEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void splitPointIsTheWordStartNearestTheCaretOrTheMiddle()
    {
        const AnnotationSet set = sampleSet();
        const Span &elena = spanNamed(set, u"s1"_s);
        const int varga = int(kText.indexOf(u"Varga"_s));
        QCOMPARE(splitPointOf(kText, elena).value_or(-1), varga);
        QCOMPARE(splitPointOf(kText, elena, elena.start + 2).value_or(-1), varga);
        QVERIFY(!splitPointOf(kText, spanNamed(set, u"s2"_s)));   // one word, non-BMP letter first
        const Span &quote = spanNamed(set, u"s4"_s);
        QCOMPARE(splitPointOf(kText, quote, quote.end).value_or(-1), int(kText.indexOf(u"open"_s)));
    }

    void splitKeepsTheFirstPartAndCopiesRelationsToTheSecond()
    {
        const AnnotationSet original = sampleSet();
        const int at = int(kText.indexOf(u"Varga"_s));
        const AnnotationSet set = appliedAndUndone(original, splitSpan(original, u"s1"_s, at, context()));
        QCOMPARE(set.spans.size(), original.spans.size() + 1);
        const Span &first = spanNamed(set, u"s1"_s);
        QCOMPARE(first.text, u"Elena"_s);
        QCOMPARE(first.status, ReviewStatus::Edited);
        QCOMPARE(first.quote.exact, u"Elena"_s);
        const Span &second = spanNamed(set, u"s8"_s);
        QCOMPARE(set.spans.indexOf(second), 1);   // right after the first part
        QCOMPARE(second.text, u"Varga"_s);
        QCOMPARE(second.start, at);
        QCOMPARE(second.status, ReviewStatus::Added);
        QCOMPARE(second.provenance.reviewer, u"anna"_s);
        QCOMPARE(clusterOfMention(set, u"s8"_s)->id, u"c1"_s);
        QCOMPARE(clusterOfMention(set, u"s1"_s)->id, u"c1"_s);
    }

    // The status column turned a span the reviewer added into "edited" once they corrected it,
    // as if a detector had found it.
    void aSpanTheReviewerAdded_staysAddedWhenEdited()
    {
        AnnotationSet set = sampleSet();
        const int start = int(kText.indexOf(u"Ana Ruiz"_s));
        set = appliedAndUndone(set, addNewSpan(set, schema(), u"ORG"_s, start, start + 8, context()));
        const QString added = set.spans.last().id;
        QCOMPARE(set.spans.last().status, ReviewStatus::Added);
        set = appliedAndUndone(set, relabelSpan(set, schema(), added, u"PER"_s, context()));
        QCOMPARE(spanNamed(set, added).status, ReviewStatus::Added);
        set = appliedAndUndone(set, resizeSpan(set, added, start + 4, start + 8, context()));
        QCOMPARE(spanNamed(set, added).status, ReviewStatus::Added);
        set = appliedAndUndone(set, splitSpan(set, u"s1"_s, int(kText.indexOf(u"Varga"_s)), context()));
        QCOMPARE(spanNamed(set, u"s1"_s).status, ReviewStatus::Edited);   // a detector's span
        set = appliedAndUndone(set, setSpanStatus(set, added, ReviewStatus::Rejected, context()));
        QCOMPARE(spanNamed(set, added).status, ReviewStatus::Rejected);
    }

    // Ctrl+A in the text view and a label key made one TIME span of the whole article.
    void anAddedNameOrNumberStaysWithinAParagraph()
    {
        AnnotationSet set = sampleSet();
        set.text = kText + u"\n\nThe harbour opens at 9:30 GMT."_s;
        const auto across = addNewSpan(set, schema(), u"ORG"_s, 0, int(set.text.size()), context());
        QVERIFY(!across);
        QVERIFY2(across.error().message.contains(u"paragraphs"_s), qPrintable(across.error().message));
        const int open = int(set.text.indexOf(u"The harbour"_s));
        QVERIFY(addNewSpan(set, schema(), u"ORG"_s, open, open + 11, context()));
        // a line break inside a paragraph (a hard-wrapped text) may fall in a name
        AnnotationSet wrapped = sampleSet();
        wrapped.text = kText + u"\nBashar\nAssad spoke."_s;
        const int bashar = int(wrapped.text.indexOf(u"Bashar"_s));
        QVERIFY(addNewSpan(wrapped, schema(), u"PER"_s, bashar, bashar + 12, context()));
        // what was said may run on over paragraphs
        QVERIFY(addNewSpan(set, schema(), u"QUOTE"_s, int(kText.indexOf(u"We stay"_s)), int(set.text.size()), context()));
    }

    void splitAfterANonBmpCharacterCountsUtf16Units()
    {
        AnnotationSet original = sampleSet();
        original.spans.append(spanOf(u"s9"_s, u"MISC"_s, u"🚢 told"_s));
        const int at = int(kText.indexOf(u"told"_s));
        const AnnotationSet set = appliedAndUndone(original, splitSpan(original, u"s9"_s, at, context()));
        QCOMPARE(spanNamed(set, u"s9"_s).text, u"🚢"_s);
        QCOMPARE(spanNamed(set, u"s10"_s).text, u"told"_s);
    }

    void splitRefusesPlacesThatLeaveNoPart_data()
    {
        QTest::addColumn<QString>("spanId");
        QTest::addColumn<int>("at");
        QTest::addColumn<QString>("reason");
        const int ulf = int(kText.indexOf(u"𝔘"_s));
        QTest::newRow("inside a surrogate pair") << u"s2"_s << ulf + 1 << u"inside a character"_s;
        QTest::newRow("at the start") << u"s1"_s << int(kText.indexOf(u"Elena"_s)) << u"only be split inside"_s;
        QTest::newRow("past the end") << u"s1"_s << int(kText.indexOf(u" 🚢"_s)) + 1 << u"only be split inside"_s;
        QTest::newRow("on the space") << u"s1"_s << int(kText.indexOf(u" Varga"_s)) << QString();
        QTest::newRow("no such span") << u"s99"_s << 3 << u"no span"_s;
    }

    void splitRefusesPlacesThatLeaveNoPart()
    {
        QFETCH(QString, spanId);
        QFETCH(int, at);
        QFETCH(QString, reason);
        const auto edits = splitSpan(sampleSet(), spanId, at, context());
        if (reason.isEmpty()) {   // splitting right after the space trims it: a valid split
            QVERIFY(bool(edits));
            return;
        }
        QVERIFY(!edits);
        QVERIFY2(edits.error().message.contains(reason), qPrintable(edits.error().message));
    }

    void mergeJoinsAdjacentSpansAndCarriesRelations()
    {
        const AnnotationSet original = sampleSet();
        QCOMPARE(nextSpanWithLabel(original, u"s2"_s), u"s3"_s);
        const AnnotationSet set = appliedAndUndone(original, mergeSpans(original, u"s3"_s, u"s2"_s, context()));
        QCOMPARE(set.spans.size(), original.spans.size() - 1);
        const Span &merged = spanNamed(set, u"s2"_s);   // the earlier span stays
        QCOMPARE(merged.text, u"𝔘lf Ödegaard"_s);
        QCOMPARE(merged.status, ReviewStatus::Edited);
        QCOMPARE(clusterOfMention(set, u"s2"_s)->id, u"c2"_s);   // s3's cluster came along
        QVERIFY(std::none_of(set.relations.cbegin(), set.relations.cend(),
                             [](const Relation &relation) { return relation.from == u"s3"_s || relation.to == u"s3"_s; }));
    }

    void mergeUndoesASplitAndKeepsOneRelationOfAType()
    {
        const AnnotationSet original = sampleSet();
        const int at = int(kText.indexOf(u"Varga"_s));
        const AnnotationSet split = appliedAndUndone(original, splitSpan(original, u"s1"_s, at, context()));
        QCOMPARE(nextSpanWithLabel(split, u"s1"_s), u"s8"_s);
        const AnnotationSet merged = appliedAndUndone(split, mergeSpans(split, u"s1"_s, u"s8"_s, context()));
        QCOMPARE(spanNamed(merged, u"s1"_s).text, u"Elena Varga"_s);
        QCOMPARE(merged.relations.size(), original.relations.size());   // the copied cluster link is gone
        QCOMPARE(clusterOfMention(merged, u"s1"_s)->id, u"c1"_s);
    }

    void mergeMovesRelationsPointingAtTheRemovedSpan()
    {
        AnnotationSet original = sampleSet();
        original.spans.append(spanOf(u"s9"_s, u"PER"_s, u"Varga 🚢"_s));   // overlaps s1
        original.relations[3].to = u"s9"_s;   // the quote's speaker
        const AnnotationSet set = appliedAndUndone(original, mergeSpans(original, u"s1"_s, u"s9"_s, context()));
        QCOMPARE(spanNamed(set, u"s1"_s).text, u"Elena Varga 🚢"_s);
        QCOMPARE(set.relations[3].to, u"s1"_s);
        QCOMPARE(set.relations[3].status, ReviewStatus::Edited);
    }

    void mergeRefusesSpansApartOrOfOtherLabels()
    {
        const AnnotationSet set = sampleSet();
        const auto apart = mergeSpans(set, u"s1"_s, u"s6"_s, context());
        QVERIFY(!apart);
        QVERIFY2(apart.error().message.contains(u"not adjacent"_s), qPrintable(apart.error().message));
        const auto labels = mergeSpans(set, u"s4"_s, u"s5"_s, context());
        QVERIFY(!labels);
        QVERIFY2(labels.error().message.contains(u"different labels"_s), qPrintable(labels.error().message));
        QVERIFY(!mergeSpans(set, u"s1"_s, u"s1"_s, context()));
    }

    void mergeClustersMovesEveryMentionAndRemovesTheSource()
    {
        const AnnotationSet original = sampleSet();
        const AnnotationSet set = appliedAndUndone(original, mergeClusters(original, u"c1"_s, u"c2"_s, context()));
        QCOMPARE(set.clusters.size(), 1);
        QCOMPARE(clusterOfMention(set, u"s3"_s)->canonical, u"Elena Varga"_s);
        QVERIFY(!mergeClusters(original, u"c1"_s, u"c1"_s, context()));
        QVERIFY(!mergeClusters(original, u"c1"_s, u"c9"_s, context()));
    }

    void splitFromClusterMakesANewClusterNamedAfterTheLongestMention()
    {
        const AnnotationSet original = sampleSet();
        const AnnotationSet set = appliedAndUndone(original, splitFromCluster(original, {u"s5"_s}, context()));
        QCOMPARE(set.clusters.size(), 3);
        const Cluster *created = clusterOfMention(set, u"s5"_s);
        QCOMPARE(created->id, u"c3"_s);
        QCOMPARE(created->canonical, u"Varga"_s);
        QCOMPARE(created->label, u"PER"_s);
        QCOMPARE(set.clusters.indexOf(*created), 1);   // beside the cluster it came from
        QCOMPARE(clusterOfMention(set, u"s1"_s)->id, u"c1"_s);

        const auto all = splitFromCluster(original, {u"s1"_s, u"s5"_s}, context());
        QVERIFY(!all);
        QVERIFY2(all.error().message.contains(u"nothing would be left"_s), qPrintable(all.error().message));
        const auto two = splitFromCluster(original, {u"s1"_s, u"s3"_s}, context());
        QVERIFY(!two);
        QVERIFY2(two.error().message.contains(u"one cluster at a time"_s), qPrintable(two.error().message));
        QVERIFY(!splitFromCluster(original, {u"s6"_s}, context()));   // in no cluster
    }

    void cueFromTextAddsACueSpanOrReusesOne()
    {
        const AnnotationSet original = sampleSet();
        const int told = int(kText.indexOf(u"told"_s));
        const AnnotationSet set = appliedAndUndone(
            original, setCueText(original, schema(), u"s4"_s, told - 1, told + 5, context()));   // spaces trimmed
        const Span &cue = spanNamed(set, u"s8"_s);
        QCOMPARE(cue.label, u"CUE"_s);
        QCOMPARE(cue.text, u"told"_s);
        QCOMPARE(set.relations.last().type, u"cue"_s);
        QCOMPARE(set.relations.last().to, u"s8"_s);

        // An existing CUE span is linked, and the quote's cue relation is moved, not doubled.
        const Span &said = spanNamed(set, u"s7"_s);
        const AnnotationSet moved = appliedAndUndone(set, setCueText(set, schema(), u"s4"_s, said.start, said.end, context()));
        QCOMPARE(moved.spans.size(), set.spans.size());
        QCOMPARE(moved.relations.size(), set.relations.size());
        QCOMPARE(moved.relations.last().to, u"s7"_s);
        QCOMPARE(moved.relations.last().status, ReviewStatus::Added);   // the link made above, still the reviewer's own
        const auto again = setCueText(moved, schema(), u"s4"_s, said.start, said.end, context());
        QVERIFY(again && again->isEmpty());
    }

    void linkQuoteFollowsTheSchema()
    {
        const AnnotationSet original = sampleSet();
        const AnnotationSet set =
            appliedAndUndone(original, linkQuote(original, schema(), u"speaker"_s, u"s4"_s, u"s6"_s, context()));
        QCOMPARE(set.relations[3].to, u"s6"_s);
        const auto wrong = linkQuote(original, schema(), u"cue"_s, u"s4"_s, u"s6"_s, context());
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(u"cannot be the cue"_s), qPrintable(wrong.error().message));
        QVERIFY(!linkQuote(original, schema(), u"speaker"_s, u"s1"_s, u"s6"_s, context()));   // not a quote
    }

    // The Entities tab and the CSV read an entity's label from the entity: relabelling its names
    // one by one moves it when the last name carrying the old label goes, in the same undo step.
    void relabellingAnEntitysLastNameRelabelsTheEntity()
    {
        const AnnotationSet original = sampleSet();
        const AnnotationSet first = appliedAndUndone(original, relabelSpan(original, schema(), u"s1"_s, u"ORG"_s, context()));
        QCOMPARE(first.clusters[0].label, u"PER"_s);   // "Varga" (s5) is still a person
        const AnnotationSet both = appliedAndUndone(first, relabelSpan(first, schema(), u"s5"_s, u"ORG"_s, context()));
        QCOMPARE(both.clusters[0].label, u"ORG"_s);
        QCOMPARE(both.clusters[1].label, u"PER"_s);

        // a rejected name holds nothing back
        AnnotationSet rejected = original;
        rejected.spans[4].status = ReviewStatus::Rejected;
        const AnnotationSet relabelled =
            appliedAndUndone(rejected, relabelSpan(rejected, schema(), u"s1"_s, u"LOC"_s, context()));
        QCOMPARE(relabelled.clusters[0].label, u"LOC"_s);

        // a name made a date is no longer a name: the entity keeps an entity's label
        const AnnotationSet dated = appliedAndUndone(original, relabelSpan(original, schema(), u"s3"_s, u"DATE"_s, context()));
        QCOMPARE(dated.clusters[1].label, u"PER"_s);
    }

    // A label key on an entity in the Entities tab relabels the entity and each of its names at
    // once, one undo step; a rejected name and a speaker mention stay as they are.
    void relabellingAnEntityRelabelsEveryName()
    {
        AnnotationSet original = sampleSet();
        original.spans.append(spanOf(u"s8"_s, u"SPEAKER"_s, u"Mayor"_s));
        original.relations.append(relationOf(u"r5"_s, u"cluster"_s, u"s8"_s, u"c1"_s));
        const AnnotationSet relabelled =
            appliedAndUndone(original, relabelEntity(original, schema(), u"c1"_s, u"ORG"_s, context()));
        QCOMPARE(relabelled.clusters[0].label, u"ORG"_s);
        QCOMPARE(spanNamed(relabelled, u"s1"_s).label, u"ORG"_s);
        QCOMPARE(spanNamed(relabelled, u"s5"_s).label, u"ORG"_s);
        QCOMPARE(spanNamed(relabelled, u"s5"_s).status, ReviewStatus::Edited);
        QCOMPARE(spanNamed(relabelled, u"s8"_s).label, u"SPEAKER"_s);
        QCOMPARE(spanNamed(relabelled, u"s3"_s).label, u"PER"_s);   // another entity
        QCOMPARE(relabelled.clusters[1].label, u"PER"_s);

        AnnotationSet rejected = original;
        rejected.spans[4].status = ReviewStatus::Rejected;
        const AnnotationSet kept = appliedAndUndone(rejected, relabelEntity(rejected, schema(), u"c1"_s, u"LOC"_s, context()));
        QCOMPARE(spanNamed(kept, u"s5"_s).label, u"PER"_s);
        QCOMPARE(spanNamed(kept, u"s5"_s).status, ReviewStatus::Rejected);
        QCOMPARE(spanNamed(kept, u"s1"_s).label, u"LOC"_s);

        const auto same = relabelEntity(original, schema(), u"c1"_s, u"PER"_s, context());
        QVERIFY(same);
        QVERIFY(same->isEmpty());
    }

    // A and X on an entity: every name at once; accepting leaves a rejected name rejected.
    void entityNamesAcceptedOrRejectedTogether()
    {
        AnnotationSet original = sampleSet();
        original.spans[4].status = ReviewStatus::Rejected;
        const AnnotationSet accepted =
            appliedAndUndone(original, setSpansStatus(original, {u"s1"_s, u"s5"_s}, ReviewStatus::Accepted, context()));
        QCOMPARE(spanNamed(accepted, u"s1"_s).status, ReviewStatus::Accepted);
        QCOMPARE(spanNamed(accepted, u"s5"_s).status, ReviewStatus::Rejected);
        const AnnotationSet rejected =
            appliedAndUndone(accepted, setSpansStatus(accepted, {u"s1"_s, u"s5"_s}, ReviewStatus::Rejected, context()));
        QCOMPARE(spanNamed(rejected, u"s1"_s).status, ReviewStatus::Rejected);
        QVERIFY(!setSpansStatus(original, {u"s1"_s, u"s99"_s}, ReviewStatus::Accepted, context()));
    }

    // An organisation is never made a date or a quote in one key: an entity takes an entity label.
    void anEntityTakesOnlyAnEntityLabel()
    {
        const AnnotationSet original = sampleSet();
        const auto dated = relabelEntity(original, schema(), u"c1"_s, u"DATE"_s, context());
        QVERIFY(!dated);
        QVERIFY2(dated.error().message.contains(u"entity label (PER, ORG, LOC, MISC"_s), qPrintable(dated.error().message));
        QVERIFY(!relabelEntity(original, schema(), u"c9"_s, u"ORG"_s, context()));
        QVERIFY(!relabelEntity(original, schema(), u"c1"_s, u"NOPE"_s, context()));
        QVERIFY(!relabelNames(original, schema(), {u"s6"_s}, u"QUOTE"_s, context()));

        const AnnotationSet names = appliedAndUndone(original, relabelNames(original, schema(), {u"s6"_s, u"s2"_s}, u"LOC"_s, context()));
        QCOMPARE(spanNamed(names, u"s6"_s).label, u"LOC"_s);
        QCOMPARE(spanNamed(names, u"s2"_s).label, u"LOC"_s);
        QCOMPARE(spanNamed(names, u"s4"_s).label, u"QUOTE"_s);
    }
};

QTEST_GUILESS_MAIN(StructuralEditsTest)
#include "structural_edits_test.moc"
