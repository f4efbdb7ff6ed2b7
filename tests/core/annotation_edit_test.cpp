#include "annotation/annotation_edit.h"
#include "annotation/annotation_edit_json.h"
#include "annotation/text_quote.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"Ana Ruiz told 🚢 Reuters the port of Valencia stays shut."_s;

Span spanOf(const QString &id, const QString &label, const QString &words)
{
    Span span;
    span.id = id;
    span.label = label;
    span.start = int(kText.indexOf(words));
    span.end = span.start + int(words.size());
    span.text = words;
    span.quote = textQuoteAt(kText, span.start, span.end);
    return span;
}

AnnotationSet sampleSet()
{
    AnnotationSet set;
    set.text = kText;
    set.spans = {spanOf(u"s1"_s, u"PER"_s, u"Ana Ruiz"_s), spanOf(u"s2"_s, u"ORG"_s, u"Reuters"_s),
                 spanOf(u"s3"_s, u"LOC"_s, u"Valencia"_s)};
    set.clusters = {{u"c1"_s, u"PER"_s, u"Ana Ruiz"_s}};
    set.relations = {{u"r1"_s, u"cluster"_s, u"s1"_s, u"c1"_s, ReviewStatus::Pending, {}, {}, {}},
                     {u"r2"_s, u"told"_s, u"s1"_s, u"s2"_s, ReviewStatus::Added, {}, {}, {}}};
    return set;
}

AnnotationEdit valueOf(const Expected<AnnotationEdit, EditError> &edit)
{
    if (!edit)
        qFatal("unexpected edit error: %s", qPrintable(edit.error().message));
    return *edit;
}

// Every kind of edit, each valid against the set that the previous ones leave.
QList<AnnotationEdit> editSequence(AnnotationSet set)
{
    QList<AnnotationEdit> edits;
    const auto take = [&](const AnnotationEdit &edit) {
        edits.append(edit);
        valueOf(applyEdit(set, edit));
    };
    take(addSpan(spanOf(u"s4"_s, u"MISC"_s, u"port"_s)));
    Span accepted = set.spans.at(0);
    accepted.status = ReviewStatus::Accepted;
    accepted.attributes = {{u"canonical"_s, u"Ana Ruiz"_s}, {u"confidence"_s, 0.9}};
    take(valueOf(updateSpan(set, accepted)));
    take(addCluster({u"c2"_s, u"LOC"_s, u"València"_s}));
    take(addRelation({u"r3"_s, u"cluster"_s, u"s3"_s, u"c2"_s, ReviewStatus::Added, {}, {}, {}}));
    take(valueOf(updateCluster(set, {u"c2"_s, u"LOC"_s, u"Valencia"_s})));
    Relation confirmed = set.relations.at(1);
    confirmed.status = ReviewStatus::Accepted;
    take(valueOf(updateRelation(set, confirmed)));
    take(valueOf(removeRelation(set, u"r2"_s)));
    take(valueOf(removeSpan(set, u"s2"_s)));
    take(setDocumentFields(set, {u"Port shut"_s, {u"Ana Ruiz"_s}, u"2026-01-31"_s, {}, DocumentStatus::Done}));
    take(valueOf(removeRelation(set, u"r3"_s)));
    take(valueOf(removeCluster(set, u"c2"_s)));
    return edits;
}

} // namespace

class AnnotationEditTest : public QObject
{
    Q_OBJECT

private slots:
    void everyEdit_hasAnExactInverse();
    void undoingAll_restoresTheSet_redoingAll_reachesTheEnd();
    void removedItem_comesBackInItsPlace();
    void invalidEdit_isRefusedWithAReason_data();
    void invalidEdit_isRefusedWithAReason();
    void journalJson_roundTrips();
    void description_namesTheChange();
};

void AnnotationEditTest::everyEdit_hasAnExactInverse()
{
    AnnotationSet set = sampleSet();
    for (const AnnotationEdit &edit : editSequence(sampleSet())) {
        const AnnotationSet before = set;
        const AnnotationEdit undo = valueOf(applyEdit(set, edit));
        QVERIFY(set != before);
        AnnotationSet undone = set;
        valueOf(applyEdit(undone, undo));
        QCOMPARE(undone, before);
        AnnotationSet inverted = set;
        valueOf(applyEdit(inverted, inverse(edit)));
        QCOMPARE(inverted, before);
        AnnotationSet redone = undone;
        QCOMPARE(valueOf(applyEdit(redone, inverse(undo))), undo);
        QCOMPARE(redone, set);
    }
}

void AnnotationEditTest::undoingAll_restoresTheSet_redoingAll_reachesTheEnd()
{
    AnnotationSet set = sampleSet();
    QList<AnnotationEdit> undos;
    for (const AnnotationEdit &edit : editSequence(sampleSet()))
        undos.prepend(valueOf(applyEdit(set, edit)));
    const AnnotationSet end = set;
    QList<AnnotationEdit> redos;
    for (const AnnotationEdit &undo : std::as_const(undos))
        redos.prepend(valueOf(applyEdit(set, undo)));
    QCOMPARE(set, sampleSet());
    for (const AnnotationEdit &redo : std::as_const(redos))
        valueOf(applyEdit(set, redo));
    QCOMPARE(set, end);
}

void AnnotationEditTest::removedItem_comesBackInItsPlace()
{
    AnnotationSet set = sampleSet();
    const AnnotationEdit restoreRelation = valueOf(applyEdit(set, valueOf(removeRelation(set, u"r2"_s))));
    const AnnotationEdit restoreSpan = valueOf(applyEdit(set, valueOf(removeSpan(set, u"s2"_s))));
    QCOMPARE(set.spans.at(1).id, u"s3"_s);
    valueOf(applyEdit(set, restoreSpan));
    valueOf(applyEdit(set, restoreRelation));
    QCOMPARE(set.spans.at(1).id, u"s2"_s);   // in the middle again, not appended
    QCOMPARE(set, sampleSet());
}

void AnnotationEditTest::invalidEdit_isRefusedWithAReason_data()
{
    QTest::addColumn<AnnotationEdit>("edit");
    QTest::addColumn<QString>("reason");

    const AnnotationSet set = sampleSet();
    Span outside = spanOf(u"s9"_s, u"PER"_s, u"shut"_s);
    outside.end = int(kText.size()) + 5;
    QTest::newRow("span past the text") << addSpan(outside) << u"outside the text"_s;
    Span negative = spanOf(u"s9"_s, u"PER"_s, u"Ana"_s);
    negative.start = -1;
    QTest::newRow("negative start") << addSpan(negative) << u"outside the text"_s;
    Span wrongText = spanOf(u"s9"_s, u"PER"_s, u"Reuters"_s);
    wrongText.text = u"Reuter"_s;
    QTest::newRow("text does not match") << addSpan(wrongText) << u"says \"Reuter\" but the text there is \"Reuters\""_s;
    Span halfShip = spanOf(u"s9"_s, u"MISC"_s, u"🚢"_s);
    halfShip.end -= 1;
    halfShip.text = kText.mid(halfShip.start, 1);
    QTest::newRow("splits an emoji") << addSpan(halfShip) << u"splits a character"_s;
    QTest::newRow("duplicate span id") << addSpan(spanOf(u"s2"_s, u"LOC"_s, u"port"_s)) << u"already is a span \"s2\""_s;
    QTest::newRow("no label") << addSpan(spanOf(u"s9"_s, {}, u"port"_s)) << u"has no label"_s;
    Span renamed = set.spans.at(0);
    renamed.id = u"s7"_s;
    QTest::newRow("id changes") << AnnotationEdit(SpanChange{set.spans.at(0), renamed, 0}) << u"id cannot change"_s;
    Span stale = set.spans.at(0);
    stale.label = u"ORG"_s;
    QTest::newRow("stale before") << AnnotationEdit(SpanChange{stale, set.spans.at(0), 0}) << u"has changed since"_s;
    QTest::newRow("update of a missing span") << AnnotationEdit(SpanChange{spanOf(u"s9"_s, u"PER"_s, u"Ana"_s),
                                                                           spanOf(u"s9"_s, u"ORG"_s, u"Ana"_s), 0})
                                              << u"no span \"s9\""_s;
    QTest::newRow("relation from a missing span")
        << addRelation({u"r9"_s, u"told"_s, u"s9"_s, u"s2"_s, {}, {}, {}, {}}) << u"span \"s9\", which does not exist"_s;
    QTest::newRow("cluster relation to a missing cluster")
        << addRelation({u"r9"_s, u"cluster"_s, u"s2"_s, u"c9"_s, {}, {}, {}, {}})
        << u"cluster \"c9\", which does not exist"_s;
    QTest::newRow("duplicate relation id")
        << addRelation({u"r1"_s, u"told"_s, u"s1"_s, u"s3"_s, {}, {}, {}, {}}) << u"already is a relation \"r1\""_s;
    QTest::newRow("span used by a relation") << valueOf(removeSpan(set, u"s2"_s))
                                             << u"span s2 is used by relation r2; remove the relation first"_s;
    QTest::newRow("cluster used by a relation") << valueOf(removeCluster(set, u"c1"_s)) << u"used by relation r1"_s;
    QTest::newRow("stale document fields")
        << AnnotationEdit(DocumentFieldsChange{{u"Other"_s, {}, {}, {}, {}}, {}}) << u"document fields have changed"_s;
    QTest::newRow("empty change") << AnnotationEdit(ClusterChange{}) << u"must name the cluster"_s;
}

void AnnotationEditTest::invalidEdit_isRefusedWithAReason()
{
    QFETCH(AnnotationEdit, edit);
    QFETCH(QString, reason);
    AnnotationSet set = sampleSet();
    const auto applied = applyEdit(set, edit);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(reason), qPrintable(applied.error().message));
    QCOMPARE(set, sampleSet());
}

void AnnotationEditTest::journalJson_roundTrips()
{
    const CodePointIndex index(kText);
    for (const AnnotationEdit &edit : editSequence(sampleSet())) {
        const QByteArray json = editJson(edit, index);
        QVERIFY(!json.contains('\n'));
        const auto read = editFromJson(json, index);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().problem));
        QCOMPARE(*read, edit);
    }
    // Offsets in the journal are code points: "port" comes after one emoji (2 UTF-16 units).
    const QJsonObject added =
        QJsonDocument::fromJson(editJson(addSpan(spanOf(u"s4"_s, u"MISC"_s, u"port"_s)), index)).object();
    QCOMPARE(added.value("after"_L1).toObject().value("start"_L1).toInt(), int(kText.indexOf(u"port"_s)) - 1);
    const auto unknown = editFromJson(R"({"item":"paragraph","after":{}})", index);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().problem.contains(u"\"paragraph\" is not one of span"_s));
    const auto truncated = editFromJson(R"({"item":"span","after":{"id":"s9")", index);
    QVERIFY(!truncated.ok());
    QVERIFY(truncated.error().problem.contains(u"ends early"_s));
}

void AnnotationEditTest::description_namesTheChange()
{
    const AnnotationSet set = sampleSet();
    QCOMPARE(editDescription(addSpan(spanOf(u"s4"_s, u"MISC"_s, u"port"_s))), u"Add MISC span “port”"_s);
    QCOMPARE(editDescription(valueOf(removeRelation(set, u"r2"_s))), u"Remove told relation r2"_s);
    Span before = spanOf(u"s4"_s, u"MISC"_s, u"port"_s);
    Span rejected = before;
    rejected.status = ReviewStatus::Rejected;
    QCOMPARE(editDescription(SpanChange{before, rejected, 0}), u"Reject MISC span “port”"_s);
    Span relabelled = rejected;
    relabelled.label = u"LOC"_s;
    QCOMPARE(editDescription(SpanChange{before, relabelled, 0}), u"Relabel MISC span “port” as LOC"_s);
    Span moved = before;
    moved.end -= 1;
    moved.text = u"por"_s;
    QCOMPARE(editDescription(SpanChange{before, moved, 0}), u"Edit MISC span “por”"_s);
    const Cluster cluster{u"c1"_s, u"LOC"_s, u"Eastern Aleppo"_s};
    Cluster relabelledCluster = cluster;
    relabelledCluster.label = u"ORG"_s;
    QCOMPARE(editDescription(ClusterChange{cluster, relabelledCluster, 0}), u"Relabel LOC cluster “Eastern Aleppo” as ORG"_s);
    Cluster renamed = cluster;
    renamed.canonical = u"East Aleppo"_s;
    QCOMPARE(editDescription(ClusterChange{cluster, renamed, 0}), u"Rename cluster “Eastern Aleppo” as “East Aleppo”"_s);
    Relation member;
    member.id = u"r7"_s;
    member.type = u"cluster"_s;
    member.from = u"s3"_s;
    member.to = u"c2"_s;
    Relation joined = member;
    joined.to = u"c1"_s;
    QCOMPARE(editDescription(RelationChange{member, joined, 0}), u"Move span s3 from cluster c2 to c1"_s);
}

QTEST_GUILESS_MAIN(AnnotationEditTest)
#include "annotation_edit_test.moc"
