// A number a reviewer adds by hand gets the value the number reader gives it, as a detected one
// does: a reviewer who marks "over 108,076 civilians" should not have to type 108076, "civilians"
// and ">" as well.
#include "annotation/label_schema.h"
#include "annotation/span_review_edits.h"
#include "annotation/structural_edits.h"
#include "annotation_fixture.h"
#include "detect/numbers/marked_number.h"
#include "pipeline/marked_spans.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"Officials said Thursday that over 108,076 civilians fled 🚢 and $4.5bn was pledged.\r\n"
                      u"The F-16 flew 3 square kilometers in two hours, Smith said on December 8."_s;

AnnotationSet sampleSet()
{
    AnnotationSet set;
    set.text = kText;
    set.document.published = u"2016-12-09"_s;
    set.spans = {fixture::span(u"p1"_s, u"PER"_s, kText, u"Smith"_s)};
    return set;
}

} // namespace

class MarkedNumberTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto schema = loadLabelSchema(defaultLabelSchemaPath());
        QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
        m_schema = std::move(schema).value();
    }

    void read_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QVariantMap>("expected");
        QTest::newRow("count with its noun and modifier")
            << u"over 108,076 civilians"_s << u"CARDINAL"_s
            << QVariantMap{{u"value"_s, 108076.0}, {u"unit"_s, u"civilians"_s}, {u"modifier"_s, u">"_s}};
        QTest::newRow("the number alone") << u"108,076"_s << u"CARDINAL"_s << QVariantMap{{u"value"_s, 108076.0}};
        QTest::newRow("money after an emoji")
            << u"$4.5bn"_s << u"MONEY"_s << QVariantMap{{u"value"_s, 4.5e9}, {u"unit"_s, u"USD"_s}};
        QTest::newRow("a count marked as a quantity reads as one")
            << u"108,076 civilians"_s << u"QUANTITY"_s << QVariantMap{{u"value"_s, 108076.0}, {u"unit"_s, u"civilians"_s}};
        QTest::newRow("quantity with SI")
            << u"3 square kilometers"_s << u"QUANTITY"_s
            << QVariantMap{{u"value"_s, 3.0}, {u"unit"_s, u"km²"_s}, {u"si_value"_s, 3e6}, {u"si_unit"_s, u"m²"_s}};
        QTest::newRow("date resolved against publication, past tense")
            << u"December 8"_s << u"DATE"_s << QVariantMap{{u"value"_s, u"2016-12-08"_s}};
        QTest::newRow("weekday resolved") << u"Thursday"_s << u"DATE"_s << QVariantMap{{u"value"_s, u"2016-12-08"_s}};
        QTest::newRow("duration") << u"two hours"_s << u"DURATION"_s << QVariantMap{{u"value"_s, u"PT2H"_s}, {u"unit"_s, u"hour"_s}};
        QTest::newRow("part of a name read when marked") << u"16"_s << u"CARDINAL"_s << QVariantMap{{u"value"_s, 16.0}};
        QTest::newRow("a date is no count") << u"December 8"_s << u"CARDINAL"_s << QVariantMap{};
        QTest::newRow("a count is no date") << u"108,076"_s << u"DATE"_s << QVariantMap{};
        QTest::newRow("no number label") << u"108,076"_s << u"PER"_s << QVariantMap{};
        QTest::newRow("no number in the words") << u"Officials"_s << u"CARDINAL"_s << QVariantMap{};
    }

    void read()
    {
        QFETCH(QString, words);
        QFETCH(QString, label);
        QFETCH(QVariantMap, expected);
        const int start = int(kText.indexOf(words));
        QVERIFY(start >= 0);
        QCOMPARE(readMarkedNumber(kText, start, start + int(words.size()), label, QDate(2016, 12, 9)), expected);
    }

    void addedNumber_startsWithItsValue()
    {
        const AnnotationSet set = sampleSet();
        EditContext context;
        context.readAttributes = markedNumberReader(set);
        const int start = int(kText.indexOf(u"$4.5bn"_s));
        const auto edits = addNewSpan(set, m_schema, u"MONEY"_s, start, start + 6, context);
        QVERIFY(edits && edits->size() == 1);
        const auto *added = std::get_if<SpanChange>(&edits->first());
        QVERIFY(added && added->after);
        QCOMPARE(added->after->attributes.value(u"value"_s), QVariant(4.5e9));
        QCOMPARE(added->after->attributes.value(u"unit"_s), QVariant(u"USD"_s));
        QCOMPARE(added->after->status, ReviewStatus::Added);

        // Without a reader (a script's own context), the span starts bare as before.
        const auto bare = addNewSpan(set, m_schema, u"MONEY"_s, start, start + 6, EditContext{});
        QVERIFY(std::get_if<SpanChange>(&bare->first())->after->attributes.isEmpty());
    }

    void relabelledAsNumber_readsItsValue_keepingTypedOnes()
    {
        AnnotationSet set = sampleSet();
        set.spans.append(fixture::span(u"n1"_s, u"ORG"_s, kText, u"108,076 civilians"_s));
        EditContext context;
        context.readAttributes = markedNumberReader(set);
        auto edits = relabelSpan(set, m_schema, u"n1"_s, u"CARDINAL"_s, context);
        QVERIFY(edits && applyEdits(set, *edits).ok());
        QCOMPARE(set.spans.last().attributes.value(u"value"_s), QVariant(108076.0));
        QCOMPARE(set.spans.last().attributes.value(u"unit"_s), QVariant(u"civilians"_s));

        set.spans.last().attributes.insert(u"value"_s, 108000.0);   // the reviewer's correction
        edits = relabelSpan(set, m_schema, u"n1"_s, u"QUANTITY"_s, context);
        QVERIFY(edits && applyEdits(set, *edits).ok());
        QCOMPARE(set.spans.last().attributes.value(u"value"_s), QVariant(108000.0));
    }

    void widenedNumber_gainsWhatItDidNotHave()
    {
        AnnotationSet set = sampleSet();
        set.spans.append(fixture::span(u"n1"_s, u"CARDINAL"_s, kText, u"108,076 civilians"_s));
        set.spans.last().attributes = {{u"value"_s, 108000.0}};   // typed by the reviewer
        EditContext context;
        context.readAttributes = markedNumberReader(set);
        const int over = int(kText.indexOf(u"over 108,076"_s));
        const auto edits = resizeSpan(set, u"n1"_s, over, set.spans.last().end, context);
        QVERIFY(edits && applyEdits(set, *edits).ok());
        QCOMPARE(set.spans.last().attributes.value(u"modifier"_s), QVariant(u">"_s));
        QCOMPARE(set.spans.last().attributes.value(u"value"_s), QVariant(108000.0));
    }

    void shrunkNumber_losesWhatItsOldWordsGaveIt()
    {
        AnnotationSet set = sampleSet();
        set.spans.append(fixture::span(u"n1"_s, u"CARDINAL"_s, kText, u"over 108,076 civilians"_s));
        EditContext context;
        context.readAttributes = markedNumberReader(set);
        const int start = int(kText.indexOf(u"over 108,076"_s));
        set.spans.last().attributes = context.readAttributes(u"CARDINAL"_s, start, set.spans.last().end);
        QCOMPARE(set.spans.last().attributes.value(u"modifier"_s), QVariant(u">"_s));

        // "over" cut off: no longer "more than"; the noun cut off: no longer civilians
        const int number = int(kText.indexOf(u"108,076"_s));
        auto edits = resizeSpan(set, u"n1"_s, number, number + 7, context);
        QVERIFY(edits && applyEdits(set, *edits).ok());
        QCOMPARE(set.spans.last().attributes, (QVariantMap{{u"value"_s, 108076.0}}));

        // a value the reviewer typed is no reading of the words, and stays through a resize
        set.spans.last().attributes.insert(u"value"_s, 108000.0);
        edits = resizeSpan(set, u"n1"_s, start, number + 7, context);
        QVERIFY(edits && applyEdits(set, *edits).ok());
        QCOMPARE(set.spans.last().attributes.value(u"value"_s), QVariant(108000.0));
        QCOMPARE(set.spans.last().attributes.value(u"modifier"_s), QVariant(u">"_s));
    }

private:
    LabelSchema m_schema;
};

QTEST_GUILESS_MAIN(MarkedNumberTest)
#include "marked_number_test.moc"
