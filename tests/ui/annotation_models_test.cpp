#include "review_annotations.h"
#include "annotation_roles.h"
#include "annotation_set_builder.h"
#include "entity_tree_model.h"
#include "number_table_model.h"
#include "span_filter_proxy.h"
#include "span_labels.h"
#include "open_documents_model.h"
#include "quote_table_model.h"
#include "span_description.h"
#include "span_list_model.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <cmath>

using namespace galley;
using namespace galley::test;

namespace {

const QString kText = QStringLiteral(
    "Marta Lindqvist, the harbour master, said the Harbour Board would spend $4.5 million. "
    "\u201cWe have waited long enough,\u201d Lindqvist said. About 300 fishers protested on 14 March. "
    "The Harbour Board meets again in April.");

struct Sample
{
    AnnotationSet set;
    QString marta, lindqvist, boardFirst, boardSecond, quote, cue, money, fishers, date;
};

Sample sample()
{
    AnnotationSetBuilder builder(kText);
    Sample s;
    s.marta = builder.span(QStringLiteral("PER"), QStringLiteral("Marta Lindqvist"));
    s.lindqvist = builder.span(QStringLiteral("PER"), QStringLiteral("Lindqvist"), 1);
    s.boardFirst = builder.span(QStringLiteral("ORG"), QStringLiteral("Harbour Board"));
    s.boardSecond = builder.span(QStringLiteral("ORG"), QStringLiteral("Harbour Board"), 1);
    s.quote = builder.span(QStringLiteral("QUOTE"), QStringLiteral("We have waited long enough,"), 0,
                           {{QStringLiteral("kind"), QStringLiteral("direct")}});
    s.cue = builder.span(QStringLiteral("CUE"), QStringLiteral("said"), 1);
    s.money = builder.span(QStringLiteral("MONEY"), QStringLiteral("$4.5 million"), 0,
                           {{QStringLiteral("value"), 4500000.0}, {QStringLiteral("unit"), QStringLiteral("USD")}});
    s.fishers = builder.span(QStringLiteral("CARDINAL"), QStringLiteral("About 300 fishers"), 0,
                             {{QStringLiteral("value"), 300.0}, {QStringLiteral("unit"), QStringLiteral("fishers")},
                              {QStringLiteral("modifier"), QStringLiteral("\u2248")}});
    s.date = builder.span(QStringLiteral("DATE"), QStringLiteral("14 March"), 0,
                          {{QStringLiteral("value"), QStringLiteral("2023-03-14")}});
    builder.cluster(QStringLiteral("PER"), QStringLiteral("Marta Lindqvist"), {s.marta, s.lindqvist});
    builder.relate(QStringLiteral("speaker"), s.quote, s.lindqvist);
    builder.relate(QStringLiteral("cue"), s.quote, s.cue);
    s.set = builder.set();
    return s;
}

QStringList columnTexts(const QAbstractItemModel &model, int column, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts.append(model.index(row, column, parent).data().toString());
    return texts;
}

} // namespace

// The panel's models list what the annotation set holds and follow its changes.
class AnnotationModelsTest final : public QObject
{
    Q_OBJECT

private slots:
    void entityTree_groupsMentionsByCluster_andNamesUnclustered()
    {
        ReviewAnnotations document;
        EntityTreeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);

        QCOMPARE(columnTexts(model, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Marta Lindqvist"), QStringLiteral("Harbour Board")}));
        QCOMPARE(columnTexts(model, EntityTreeModel::CountColumn), (QStringList{QStringLiteral("2"), QStringLiteral("2")}));
        const QModelIndex marta = model.index(0, 0);
        QCOMPARE(columnTexts(model, EntityTreeModel::NameColumn, marta),
                 (QStringList{QStringLiteral("Marta Lindqvist"), QStringLiteral("Lindqvist")}));
        QCOMPARE(model.index(1, 0, marta).data(SpanIdRole).toString(), s.lindqvist);
        // The whole name, which a narrow column cuts, and the cluster's id, which galley-cli edit
        // takes and which tells apart two entities of one name; names in no cluster have none.
        QVERIFY2(marta.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Marta Lindqvist\nEntity c1 ")),
                 qPrintable(marta.data(Qt::ToolTipRole).toString()));
        QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Entity")));

        // A name is renamed in place only while renaming is possible: not on a page kept
        // read-only, whose editor would throw the typed name away.
        QVERIFY(!(model.flags(marta) & Qt::ItemIsEditable));
        model.setClusterRenamer([](const QString &, const QString &) { return QString(); });
        QVERIFY(model.flags(marta) & Qt::ItemIsEditable);
        QVERIFY(marta.data(Qt::ToolTipRole).toString().contains(QStringLiteral("F2")));
        bool editable = false;
        model.setRenamingAvailable([&editable] { return editable; });
        QVERIFY(!(model.flags(marta) & Qt::ItemIsEditable));
        QVERIFY(!marta.data(Qt::ToolTipRole).toString().contains(QStringLiteral("F2")));
        QVERIFY(!model.setData(marta, QStringLiteral("Marta L."), Qt::EditRole));
        editable = true;
        QVERIFY(model.flags(marta) & Qt::ItemIsEditable);
        QCOMPARE(model.indexOfSpan(s.boardSecond).parent().row(), 1);
        QVERIFY(!model.indexOfSpan(s.quote).isValid());
    }

    // The Numbers tab sorts by value as a reader compares them: amounts by size (300 before
    // 4.5 million, which text order would reverse), then dates in time order.
    void numberTable_sortsByValue()
    {
        ReviewAnnotations document;
        NumberTableModel model(&document);
        SpanFilterProxy proxy(&document);
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortKeyRole);
        const Sample s = sample();
        document.setAnnotationSet(s.set);
        proxy.sort(NumberTableModel::ValueColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(proxy, NumberTableModel::TextColumn),
                 (QStringList{QStringLiteral("About 300 fishers"), QStringLiteral("$4.5 million"), QStringLiteral("14 March")}));
        proxy.sort(NumberTableModel::ValueColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(proxy, NumberTableModel::TextColumn),
                 (QStringList{QStringLiteral("14 March"), QStringLiteral("$4.5 million"), QStringLiteral("About 300 fishers")}));
        // A vague amount ranks by its order of magnitude: "dozens" (about 10) before 300.
        AnnotationSet withVague = s.set;
        Span dozens = withVague.spans.first();
        dozens.id = QStringLiteral("s900");
        dozens.label = QStringLiteral("CARDINAL");
        dozens.attributes = {{QStringLiteral("approximate"), true}, {QStringLiteral("magnitude"), 1}};
        withVague.spans.append(dozens);
        document.setAnnotationSet(withVague);
        proxy.sort(NumberTableModel::ValueColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, NumberTableModel::TextColumn).data(SpanIdRole).toString(), QStringLiteral("s900"));

        // Durations by how long they last, after the dates: 36 hours, a year, 18 months (by
        // their ISO text "P18M" came before "P1Y", and "PT36H" after both).
        AnnotationSet withDurations = s.set;
        const auto addDuration = [&withDurations](const QString &id, const QString &iso) {
            Span duration = withDurations.spans.first();
            duration.id = id;
            duration.label = QStringLiteral("DURATION");
            duration.attributes = {{QStringLiteral("value"), iso}};
            withDurations.spans.append(duration);
        };
        addDuration(QStringLiteral("s901"), QStringLiteral("P18M"));
        addDuration(QStringLiteral("s902"), QStringLiteral("PT36H"));
        addDuration(QStringLiteral("s903"), QStringLiteral("P1Y"));
        document.setAnnotationSet(withDurations);
        proxy.sort(NumberTableModel::ValueColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, NumberTableModel::TextColumn).data(SpanIdRole).toString());
        QCOMPARE(order.mid(order.size() - 3), (QStringList{QStringLiteral("s902"), QStringLiteral("s903"), QStringLiteral("s901")}));
        QVERIFY(order.indexOf(QStringLiteral("s902")) > order.indexOf(s.date));
    }

    // Values are edited in place only while editing is possible: a page kept read-only would
    // throw the typed value away.
    // F2 on "$4.5 million" opened the editor on "4.5e+06"; the value is written out in full, and a
    // fraction keeps every digit, so accepting the editor unchanged changes nothing.
    void numberTable_editorShowsTheValueInFull()
    {
        ReviewAnnotations document;
        NumberTableModel model(&document);
        AnnotationSet set = sample().set;
        document.setAnnotationSet(set);
        int money = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, NumberTableModel::TextColumn).data().toString() == QStringLiteral("$4.5 million"))
                money = row;
        }
        QVERIFY(money >= 0);
        QCOMPARE(model.index(money, NumberTableModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("4500000"));
        for (Span &span : set.spans) {
            if (span.label == QStringLiteral("MONEY"))
                span.attributes.insert(QStringLiteral("value"), 1.0 / 3.0);
        }
        document.setAnnotationSet(set);
        const QString third = model.index(money, NumberTableModel::ValueColumn).data(Qt::EditRole).toString();
        QCOMPARE(third.toDouble(), 1.0 / 3.0);
        QVERIFY2(!third.contains(u'e'), qPrintable(third));
    }

    void numberTable_editsInPlace_onlyWhileEditingIsPossible()
    {
        ReviewAnnotations document;
        NumberTableModel model(&document);
        document.setAnnotationSet(sample().set);
        const QModelIndex value = model.index(0, NumberTableModel::ValueColumn);
        QVERIFY(!(model.flags(value) & Qt::ItemIsEditable));
        QStringList edited;
        model.setAttributeEditor([&edited](const QString &, const QString &, const QString &text) {
            edited.append(text);
            return QString();
        });
        QVERIFY(model.flags(value) & Qt::ItemIsEditable);
        bool editable = false;
        model.setEditingAvailable([&editable] { return editable; });
        QVERIFY(!(model.flags(value) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(value, QStringLiteral("5"), Qt::EditRole));
        editable = true;
        QVERIFY(model.setData(value, QStringLiteral("5"), Qt::EditRole));
        QTRY_COMPARE(edited, QStringList{QStringLiteral("5")});   // once the editor has closed
    }

    // A reviewer's comment (its "note") shows in a Comment column of every tab, its first line
    // when it has more; in the Numbers tab it is edited in place like the value (was only in a
    // tooltip).
    void comments_showInEveryTab_andAreEditedInPlaceInNumbers()
    {
        ReviewAnnotations document;
        EntityTreeModel entities(&document);
        QuoteTableModel quotes(&document);
        NumberTableModel numbers(&document);
        QAbstractItemModelTester entityTester(&entities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester quoteTester(&quotes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester numberTester(&numbers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Sample s = sample();
        const auto comment = [&s](const QString &id, const QString &note) {
            for (Span &span : s.set.spans) {
                if (span.id == id)
                    span.attributes.insert(QStringLiteral("note"), note);
            }
        };
        comment(s.lindqvist, QStringLiteral("Check the spelling\nagainst the council's list"));
        comment(s.quote, QStringLiteral("Said at the vote"));
        comment(s.money, QStringLiteral("Total, not per year"));
        comment(s.fishers, QStringLiteral("Police count\nOrganisers said 500"));
        document.setAnnotationSet(s.set);

        QCOMPARE(entities.headerData(EntityTreeModel::CommentColumn, Qt::Horizontal).toString(), QStringLiteral("Comment"));
        const QModelIndex mention = entities.indexOfSpan(s.lindqvist);
        QCOMPARE(mention.siblingAtColumn(EntityTreeModel::CommentColumn).data().toString(),
                 QStringLiteral("Check the spelling\u2026"));
        QVERIFY(mention.parent().siblingAtColumn(EntityTreeModel::CommentColumn).data().toString().isEmpty());
        QCOMPARE(quotes.indexOfSpan(s.quote).siblingAtColumn(QuoteTableModel::CommentColumn).data().toString(),
                 QStringLiteral("Said at the vote"));
        const QModelIndex money = numbers.indexOfSpan(s.money).siblingAtColumn(NumberTableModel::CommentColumn);
        QCOMPARE(money.data().toString(), QStringLiteral("Total, not per year"));
        QVERIFY(numbers.indexOfSpan(s.date).siblingAtColumn(NumberTableModel::CommentColumn).data().toString().isEmpty());

        QStringList edited;
        numbers.setAttributeEditor([&edited](const QString &spanId, const QString &name, const QString &text) {
            edited.append(spanId + u' ' + name + u' ' + text);
            return QString();
        });
        QVERIFY(numbers.flags(money) & Qt::ItemIsEditable);
        // one of several lines is left to the Span Comment dialog, which keeps the line breaks
        QVERIFY(!(numbers.flags(numbers.indexOfSpan(s.fishers).siblingAtColumn(NumberTableModel::CommentColumn))
                  & Qt::ItemIsEditable));
        QCOMPARE(money.data(Qt::EditRole).toString(), QStringLiteral("Total, not per year"));
        QVERIFY(numbers.setData(money, QStringLiteral("Total over four years"), Qt::EditRole));
        QTRY_COMPARE(edited, QStringList{s.money + QStringLiteral(" note Total over four years")});
    }

    void entityTree_followsEdits()
    {
        ReviewAnnotations document;
        EntityTreeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);

        Span accepted = *document.span(s.lindqvist);
        accepted.status = ReviewStatus::Accepted;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(document.updateSpan(accepted));
        QCOMPARE(changed.size(), 2);   // the mention's row and its entity's, whose count may change
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.indexOfSpan(s.lindqvist).data(SpanStatusRole).toInt(), int(ReviewStatus::Accepted));

        Span relabelled = *document.span(s.boardSecond);
        relabelled.label = QStringLiteral("LOC");
        QVERIFY(document.updateSpan(relabelled));
        QCOMPARE(columnTexts(model, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Marta Lindqvist"), QStringLiteral("Harbour Board"),
                              QStringLiteral("Harbour Board")}));
        QCOMPARE(model.index(2, EntityTreeModel::LabelColumn).data().toString(), QStringLiteral("Location"));

        // a name added by hand comes last in the set but is listed where the text has it (it was
        // listed last)
        AnnotationSet withAdded = document.annotationSet();
        Span fishers;
        fishers.id = QStringLiteral("s99");
        fishers.label = QStringLiteral("ORG");
        fishers.start = int(kText.indexOf(QStringLiteral("fishers")));
        fishers.end = fishers.start + 7;
        fishers.text = QStringLiteral("fishers");
        fishers.status = ReviewStatus::Added;
        withAdded.spans.append(fishers);
        document.setAnnotationSet(withAdded);
        QCOMPARE(columnTexts(model, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Marta Lindqvist"), QStringLiteral("Harbour Board"), QStringLiteral("fishers"),
                              QStringLiteral("Harbour Board")}));
    }

    // With the Status column scrolled out of a narrow panel, a quote accepted looked like one to
    // review: the row's swatch now carries a check mark (decided) or a cross (rejected).
    void rowSwatches_showWhatIsDecided()
    {
        ReviewAnnotations document;
        QuoteTableModel quotes(&document);
        EntityTreeModel entities(&document);
        const Sample s = sample();
        document.setAnnotationSet(s.set);
        const auto swatch = [](const QModelIndex &index) {
            return index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
        };
        const QModelIndex quote = quotes.indexOfSpan(s.quote);
        const QImage pending = swatch(quote);
        QCOMPARE(pending.pixelColor(2, 2), labelColor(QStringLiteral("QUOTE")));
        QCOMPARE(pending.pixelColor(8, 8), labelColor(QStringLiteral("QUOTE")));   // no mark
        QList<QImage> marks;
        for (const ReviewStatus status : {ReviewStatus::Accepted, ReviewStatus::Rejected}) {
            Span decided = *document.span(s.quote);
            decided.status = status;
            QVERIFY(document.updateSpan(decided));
            const QImage marked = swatch(quotes.indexOfSpan(s.quote));
            QCOMPARE(marked.pixelColor(2, 2), labelColor(QStringLiteral("QUOTE")));
            QVERIFY(marked != pending);
            marks.append(marked);
        }
        QVERIFY(marks[0] != marks[1]);   // a check is no cross
        QVERIFY(quotes.indexOfSpan(s.quote).data(Qt::FontRole).value<QFont>().strikeOut());   // rejected

        // an entity is marked once none of its names is pending
        const QModelIndex marta = entities.indexOfSpan(s.marta).parent();
        const QImage before = swatch(marta);
        for (const QString &id : {s.marta, s.lindqvist}) {
            Span accepted = *document.span(id);
            accepted.status = ReviewStatus::Accepted;
            QVERIFY(document.updateSpan(accepted));
            QCOMPARE(swatch(entities.indexOfSpan(s.marta).parent()) != before, id == s.lindqvist);
        }
    }

    // The Mentions column counts what the CSV export counts: a rejected name is struck through
    // and counts no more; an entity whose every name is rejected is struck through too.
    void entityTree_rejectedMentions_countNoMore()
    {
        ReviewAnnotations document;
        EntityTreeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);
        const auto reject = [&](const QString &id) {
            Span span = *document.span(id);
            span.status = ReviewStatus::Rejected;
            QVERIFY(document.updateSpan(span));
        };
        reject(s.lindqvist);
        QCOMPARE(columnTexts(model, EntityTreeModel::CountColumn), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(model.indexOfSpan(s.lindqvist).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model.indexOfSpan(s.marta).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!model.index(0, EntityTreeModel::NameColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        reject(s.marta);
        QCOMPARE(model.index(0, EntityTreeModel::CountColumn).data().toString(), QStringLiteral("0"));
        QVERIFY(model.index(0, EntityTreeModel::NameColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    }

    // The tagger's confidence of each name, and of an entity the least sure of its names still to
    // review (once all are reviewed, of those not rejected); sorting by it brings the entities to
    // check first to the top, and a reviewer's own names (no confidence) last.
    void entityTree_confidence_showsAndSortsTheLeastSureFirst()
    {
        ReviewAnnotations document;
        EntityTreeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Sample s = sample();
        const auto setConfidence = [&s](const QString &id, double confidence) {
            for (Span &span : s.set.spans) {
                if (span.id == id)
                    span.attributes.insert(QStringLiteral("confidence"), confidence);
            }
        };
        setConfidence(s.marta, 0.97);
        setConfidence(s.lindqvist, 0.42);
        setConfidence(s.boardFirst, 0.81);
        for (Span &span : s.set.spans) {
            if (span.id == s.boardSecond)
                span.status = ReviewStatus::Added;
        }
        document.setAnnotationSet(s.set);

        QCOMPARE(columnTexts(model, EntityTreeModel::ConfidenceColumn),
                 (QStringList{QStringLiteral("42 %"), QStringLiteral("81 %")}));
        QCOMPARE(columnTexts(model, EntityTreeModel::ConfidenceColumn, model.index(1, 0)),
                 (QStringList{QStringLiteral("81 %"), QString()}));   // the second: a reviewer's
        QCOMPARE(model.headerData(EntityTreeModel::ConfidenceColumn, Qt::Horizontal).toString(), QStringLiteral("Confidence"));

        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SortKeyRole);
        sorted.sort(EntityTreeModel::ConfidenceColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(sorted, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Marta Lindqvist"), QStringLiteral("Harbour Board")}));

        // Accepting the least sure name: the entity shows, and sorts by, the names left to review.
        Span checked = *document.span(s.lindqvist);
        checked.status = ReviewStatus::Accepted;
        QVERIFY(document.updateSpan(checked));
        QCOMPARE(columnTexts(model, EntityTreeModel::ConfidenceColumn),
                 (QStringList{QStringLiteral("97 %"), QStringLiteral("81 %")}));
        QCOMPARE(columnTexts(sorted, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Harbour Board"), QStringLiteral("Marta Lindqvist")}));

        Span rejected = *document.span(s.lindqvist);
        rejected.status = ReviewStatus::Rejected;
        QVERIFY(document.updateSpan(rejected));
        QCOMPARE(columnTexts(model, EntityTreeModel::ConfidenceColumn),
                 (QStringList{QStringLiteral("97 %"), QStringLiteral("81 %")}));
        QCOMPARE(columnTexts(sorted, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Harbour Board"), QStringLiteral("Marta Lindqvist")}));

        // An entity whose names the reviewer accepted is checked: it goes after the entities
        // still to review, and still shows the tagger's confidence.
        Span accepted = *document.span(s.boardFirst);
        accepted.status = ReviewStatus::Accepted;
        QVERIFY(document.updateSpan(accepted));
        QCOMPARE(columnTexts(sorted, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Marta Lindqvist"), QStringLiteral("Harbour Board")}));
        QCOMPARE(columnTexts(model, EntityTreeModel::ConfidenceColumn),
                 (QStringList{QStringLiteral("97 %"), QStringLiteral("81 %")}));

        // A name still to review that a rule made has no confidence: its entity shows a dash and
        // comes first, however sure the tagger was of its other names.
        Span unscored = *document.span(s.marta);
        unscored.attributes.remove(QStringLiteral("confidence"));
        QVERIFY(document.updateSpan(unscored));
        QCOMPARE(columnTexts(model, EntityTreeModel::ConfidenceColumn),
                 (QStringList{QStringLiteral("\u2014"), QStringLiteral("81 %")}));
        QVERIFY(model.index(0, EntityTreeModel::ConfidenceColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("by a rule")));
        sorted.sort(EntityTreeModel::ConfidenceColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(sorted, EntityTreeModel::NameColumn),
                 (QStringList{QStringLiteral("Harbour Board"), QStringLiteral("Marta Lindqvist")}));
    }

    void quoteTable_showsKindSpeakerAndCue()
    {
        ReviewAnnotations document;
        QuoteTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, QuoteTableModel::TextColumn).data().toString(),
                 QStringLiteral("We have waited long enough,"));
        QCOMPARE(model.index(0, QuoteTableModel::KindColumn).data().toString(), QStringLiteral("direct"));
        QCOMPARE(model.index(0, QuoteTableModel::SpeakerColumn).data().toString(),
                 QStringLiteral("Lindqvist (Marta Lindqvist)"));
        QCOMPARE(model.index(0, QuoteTableModel::CueColumn).data().toString(), QStringLiteral("said"));
        QCOMPARE(model.index(0, 0).data(SpanIdRole).toString(), s.quote);
        QCOMPARE(model.headerData(QuoteTableModel::SpeakerColumn, Qt::Horizontal).toString(), QStringLiteral("Speaker"));
    }

    void numberTable_showsVagueAmountsByMagnitude()
    {
        AnnotationSetBuilder builder(QStringLiteral("It cost thousands of dollars; tens of thousands fled, over dozens hid."));
        builder.span(QStringLiteral("MONEY"), QStringLiteral("thousands of dollars"), 0,
                     {{QStringLiteral("approximate"), true}, {QStringLiteral("magnitude"), 3},
                      {QStringLiteral("unit"), QStringLiteral("USD")}});
        builder.span(QStringLiteral("CARDINAL"), QStringLiteral("tens of thousands"), 0,
                     {{QStringLiteral("approximate"), true}, {QStringLiteral("magnitude"), 4}});
        builder.span(QStringLiteral("CARDINAL"), QStringLiteral("over dozens"), 0,
                     {{QStringLiteral("approximate"), true}, {QStringLiteral("magnitude"), 1},
                      {QStringLiteral("modifier"), QStringLiteral(">")}});
        ReviewAnnotations document;
        NumberTableModel model(&document);
        document.setAnnotationSet(builder.set());
        QCOMPARE(columnTexts(model, NumberTableModel::ValueColumn),
                 (QStringList{QStringLiteral("\u2248 10\u00b3"), QStringLiteral("\u2248 10\u2074"),
                              QStringLiteral("> 10\u00b9")}));
    }

    void numberTable_showsDurationAmountsBesideTheirUnit()
    {
        AnnotationSetBuilder builder(
            QStringLiteral("It took two years, then several years, 1.5 hours, a day or two, several hundred years and P1Y6M."));
        const auto duration = [&builder](const QString &text, QVariantMap attributes) {
            builder.span(QStringLiteral("DURATION"), text, 0, attributes);
        };
        duration(QStringLiteral("two years"), {{QStringLiteral("value"), QStringLiteral("P2Y")}, {QStringLiteral("unit"), QStringLiteral("year")}});
        duration(QStringLiteral("several years"), {{QStringLiteral("value"), QStringLiteral("PXY")}, {QStringLiteral("unit"), QStringLiteral("year")},
                                                   {QStringLiteral("approximate"), true}});
        duration(QStringLiteral("1.5 hours"), {{QStringLiteral("value"), QStringLiteral("PT1.5H")}, {QStringLiteral("unit"), QStringLiteral("hour")}});
        duration(QStringLiteral("a day or two"), {{QStringLiteral("from"), QStringLiteral("P1D")}, {QStringLiteral("to"), QStringLiteral("P2D")},
                                                  {QStringLiteral("unit"), QStringLiteral("day")}});
        duration(QStringLiteral("several hundred years"), {{QStringLiteral("value"), QStringLiteral("PXY")}, {QStringLiteral("unit"), QStringLiteral("year")},
                                                           {QStringLiteral("approximate"), true}, {QStringLiteral("magnitude"), 2}});
        duration(QStringLiteral("P1Y6M"), {{QStringLiteral("value"), QStringLiteral("P1Y6M")}});
        ReviewAnnotations document;
        NumberTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.setAnnotationSet(builder.set());
        QCOMPARE(columnTexts(model, NumberTableModel::ValueColumn),
                 (QStringList{QStringLiteral("2"), QStringLiteral("several"), QLocale().toString(1.5), QStringLiteral("1\u20132"),
                              QStringLiteral("\u2248 10\u00b2"), QStringLiteral("P1Y6M")}));
        // Editing the value edits the ISO 8601 duration.
        QCOMPARE(model.index(1, NumberTableModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("PXY"));
    }

    void numberTable_showsRatePeriodWithUnit()
    {
        AnnotationSetBuilder builder(QStringLiteral("Rent was $40,000 a year; 3,000 people a day fled."));
        builder.span(QStringLiteral("MONEY"), QStringLiteral("$40,000 a year"), 0,
                     {{QStringLiteral("value"), 40000}, {QStringLiteral("unit"), QStringLiteral("USD")},
                      {QStringLiteral("per"), QStringLiteral("P1Y")}});
        builder.span(QStringLiteral("CARDINAL"), QStringLiteral("3,000"), 0,
                     {{QStringLiteral("value"), 3000}, {QStringLiteral("unit"), QStringLiteral("people")},
                      {QStringLiteral("per"), QStringLiteral("P1D")}});
        ReviewAnnotations document;
        NumberTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.setAnnotationSet(builder.set());
        QCOMPARE(columnTexts(model, NumberTableModel::UnitColumn),
                 (QStringList{QStringLiteral("USD / year"), QStringLiteral("people / day")}));
        // Editing the unit edits the unit alone, not the period shown beside it.
        QCOMPARE(model.index(0, NumberTableModel::UnitColumn).data(Qt::EditRole).toString(), QStringLiteral("USD"));
    }

    void numberTable_showsNormalisedValueAndUnit()
    {
        ReviewAnnotations document;
        NumberTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);

        QCOMPARE(columnTexts(model, NumberTableModel::TextColumn),
                 (QStringList{QStringLiteral("$4.5 million"), QStringLiteral("About 300 fishers"),
                              QStringLiteral("14 March")}));
        QCOMPARE(columnTexts(model, NumberTableModel::LabelColumn),
                 (QStringList{QStringLiteral("Money"), QStringLiteral("Count"), QStringLiteral("Date")}));
        // The modifier has a column of its own, not a second place in the value.
        QCOMPARE(columnTexts(model, NumberTableModel::ValueColumn),
                 (QStringList{QLocale().toString(4500000.0, 'f', 0), QStringLiteral("300"), QStringLiteral("2023-03-14")}));
        QCOMPARE(columnTexts(model, NumberTableModel::ModifierColumn),
                 (QStringList{QString(), QStringLiteral("\u2248"), QString()}));
        QCOMPARE(columnTexts(model, NumberTableModel::UnitColumn),
                 (QStringList{QStringLiteral("USD"), QStringLiteral("fishers"), QString()}));

        // An edit that turns a number into an entity takes it out of the table.
        Span relabelled = *document.span(s.date);
        relabelled.label = QStringLiteral("MISC");
        QVERIFY(document.updateSpan(relabelled));
        QCOMPARE(model.rowCount(), 2);
    }

    // "a third" reads 0.333333, not 0.333333333333333; whole and exact values stay whole.
    void numberTable_valuesReadable_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a third") << QVariant(1.0 / 3.0) << QLocale().toString(0.333333, 'f', 6);
        QTest::newRow("a half") << QVariant(0.5) << QLocale().toString(0.5, 'f', 1);
        QTest::newRow("millions") << QVariant(12000000.0) << QLocale().toString(12000000.0, 'f', 0);
        QTest::newRow("a quarter over a million") << QVariant(1234567.25) << QLocale().toString(1234567.25, 'f', 2);
        QTest::newRow("negative fraction") << QVariant(-2.25) << QLocale().toString(-2.25, 'f', 2);
        QTest::newRow("cents above ten thousand") << QVariant(12345.67) << QLocale().toString(12345.67, 'f', 2);
        QTest::newRow("a tenth of a percent") << QVariant(0.0012345678) << QLocale().toString(0.00123457, 'f', 8);
        QTest::newRow("not a number") << QVariant(std::nan("")) << QVariant(std::nan("")).toString();
    }

    void numberTable_valuesReadable()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        AnnotationSetBuilder builder(QStringLiteral("A third of the voters came."));
        builder.span(QStringLiteral("CARDINAL"), QStringLiteral("A third"), 0, {{QStringLiteral("value"), value}});
        ReviewAnnotations document;
        NumberTableModel model(&document);
        document.setAnnotationSet(builder.set());
        QCOMPARE(model.index(0, NumberTableModel::ValueColumn).data().toString(), shown);
    }

    void unplacedFilter_listsOnlySpansThePageMissed()
    {
        ReviewAnnotations document;
        SpanListModel spans(&document);
        UnplacedSpanFilter unplaced;
        unplaced.setSourceModel(&spans);
        QAbstractItemModelTester spansTester(&spans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&unplaced, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);
        QCOMPARE(spans.rowCount(), int(s.set.spans.size()));
        QCOMPARE(unplaced.rowCount(), 0);

        document.setUnplacedSpans({s.money, s.quote});
        QCOMPARE(unplaced.rowCount(), 2);
        QCOMPARE(unplaced.index(0, SpanListModel::TextColumn).data().toString(), QStringLiteral("$4.5 million"));
        QCOMPARE(unplaced.index(1, 0).data(SpanIdRole).toString(), s.quote);   // in reading order
        QVERIFY(unplaced.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not found in the page")));

        document.setUnplacedSpans({});
        QCOMPARE(unplaced.rowCount(), 0);
        document.setUnplacedSpans({s.date});
        document.clear();
        QCOMPARE(unplaced.rowCount(), 0);
    }

    void toolTip_namesLabelStatusValueAndSpeaker()
    {
        ReviewAnnotations document;
        const Sample s = sample();
        document.setAnnotationSet(s.set);
        QCOMPARE(spanToolTip(document, *document.span(s.fishers)),
                 QStringLiteral("Count \u00b7 pending\nValue: \u2248 300 fishers"));
        QCOMPARE(spanToolTip(document, *document.span(s.quote)),
                 QStringLiteral("Quote \u00b7 pending\nSpeaker: Marta Lindqvist"));
        QCOMPARE(spanToolTip(document, *document.span(s.lindqvist)),
                 QStringLiteral("Person \u00b7 pending\nEntity: Marta Lindqvist"));
    }

    void openDocuments_marksTheCurrentOne()
    {
        OpenDocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.open(QStringLiteral("/pages/a.html"), -1, QStringLiteral("Harbour vote"));
        model.open(QStringLiteral("/pages/b.warc"), 2, QString());
        model.open(QStringLiteral("/pages/a.html"), -1, QStringLiteral("Harbour vote, updated"));
        QCOMPARE(columnTexts(model, 0),
                 (QStringList{QStringLiteral("Harbour vote, updated"), QStringLiteral("b.warc (record 3)")}));
        QVERIFY(model.index(0).data(OpenDocumentsModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(1).data(OpenDocumentsModel::IsCurrentRole).toBool());
        // pages of one title were listed alike; their file names tell them apart
        model.open(QStringLiteral("/pages/cut.html"), -1, QStringLiteral("Harbour vote, updated"));
        QCOMPARE(columnTexts(model, 0),
                 (QStringList{QStringLiteral("a.html \u2014 Harbour vote, updated"), QStringLiteral("b.warc (record 3)"),
                              QStringLiteral("cut.html \u2014 Harbour vote, updated")}));
    }
};

QTEST_MAIN(AnnotationModelsTest)
#include "annotation_models_test.moc"
