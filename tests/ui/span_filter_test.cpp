#include "annotation_roles.h"
#include "annotation_set_builder.h"
#include "entity_tree_model.h"
#include "number_table_model.h"
#include "pending_navigation.h"
#include "quote_table_model.h"
#include "review_annotations.h"
#include "span_filter_bar.h"
#include "span_filter_proxy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

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
    QString marta, lindqvist, boardFirst, boardSecond, quote, money, fishers, date;
};

Sample sample()
{
    AnnotationSetBuilder builder(kText);
    Sample s;
    s.marta = builder.span(QStringLiteral("PER"), QStringLiteral("Marta Lindqvist"));
    s.boardFirst = builder.span(QStringLiteral("ORG"), QStringLiteral("Harbour Board"));
    s.money = builder.span(QStringLiteral("MONEY"), QStringLiteral("$4.5 million"), 0, {{QStringLiteral("value"), 4500000.0}});
    s.quote = builder.span(QStringLiteral("QUOTE"), QStringLiteral("We have waited long enough,"), 0,
                           {{QStringLiteral("kind"), QStringLiteral("direct")}});
    s.lindqvist = builder.span(QStringLiteral("PER"), QStringLiteral("Lindqvist"), 1);
    s.fishers = builder.span(QStringLiteral("CARDINAL"), QStringLiteral("About 300 fishers"), 0, {{QStringLiteral("value"), 300.0}});
    s.date = builder.span(QStringLiteral("DATE"), QStringLiteral("14 March"), 0, {{QStringLiteral("value"), QStringLiteral("2023-03-14")}});
    s.boardSecond = builder.span(QStringLiteral("ORG"), QStringLiteral("Harbour Board"), 1);
    builder.cluster(QStringLiteral("PER"), QStringLiteral("Marta Lindqvist"), {s.marta, s.lindqvist});
    builder.relate(QStringLiteral("speaker"), s.quote, s.lindqvist);
    s.set = builder.set();
    return s;
}

void setStatus(ReviewAnnotations &document, const QString &spanId, ReviewStatus status)
{
    Span span = *document.span(spanId);
    span.status = status;
    QVERIFY(document.updateSpan(span));
}

QStringList spanIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString id = index.data(SpanIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
        ids += spanIds(model, index);
    }
    return ids;
}

QAction *actionWithData(QToolButton *button, const QVariant &data)
{
    for (QAction *action : button->menu()->actions()) {
        if (action->data() == data)
            return action;
    }
    return nullptr;
}

} // namespace

// The annotation panel's filter: by label, by review status, by text, on every tab.
class SpanFilterTest final : public QObject
{
    Q_OBJECT

private slots:
    void entityTree_keepsAClusterWhileOneOfItsMentionsMatches()
    {
        ReviewAnnotations document;
        EntityTreeModel entities(&document);
        SpanFilterProxy proxy(&document);
        proxy.setSourceModel(&entities);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);
        QCOMPARE(proxy.rowCount(), entities.rowCount());

        proxy.setFilter({{}, {ReviewStatus::Accepted}, {}});
        QCOMPARE(proxy.rowCount(), 0);
        setStatus(document, s.lindqvist, ReviewStatus::Accepted);   // the filter follows edits
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EntityTreeModel::NameColumn).data().toString(), QStringLiteral("Marta Lindqvist"));
        QCOMPARE(spanIds(proxy), QStringList{s.lindqvist});

        proxy.setFilter({{QStringLiteral("ORG")}, {}, {}});
        QCOMPARE(spanIds(proxy), (QStringList{s.boardFirst, s.boardSecond}));
        proxy.setFilter({{}, {}, QStringLiteral("  LINDQ ")});
        QCOMPARE(spanIds(proxy), (QStringList{s.marta, s.lindqvist}));
        proxy.setFilter({{QStringLiteral("PER")}, {ReviewStatus::Pending}, QStringLiteral("lind")});
        QCOMPARE(spanIds(proxy), QStringList{s.marta});
        proxy.setFilter({});
        QCOMPARE(spanIds(proxy).size(), 4);
    }

    void tables_filterByLabelStatusAndText()
    {
        ReviewAnnotations document;
        QuoteTableModel quotes(&document);
        NumberTableModel numbers(&document);
        SpanFilterProxy quoteProxy(&document);
        quoteProxy.setSourceModel(&quotes);
        SpanFilterProxy numberProxy(&document);
        numberProxy.setSourceModel(&numbers);
        QAbstractItemModelTester quoteTester(&quoteProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester numberTester(&numberProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sample s = sample();
        document.setAnnotationSet(s.set);
        QCOMPARE(spanIds(numberProxy), (QStringList{s.money, s.fishers, s.date}));

        numberProxy.setFilter({{QStringLiteral("MONEY"), QStringLiteral("DATE")}, {}, {}});
        QCOMPARE(spanIds(numberProxy), (QStringList{s.money, s.date}));
        numberProxy.setFilter({{}, {ReviewStatus::Rejected, ReviewStatus::Edited}, {}});
        QCOMPARE(numberProxy.rowCount(), 0);
        setStatus(document, s.fishers, ReviewStatus::Rejected);
        QCOMPARE(spanIds(numberProxy), QStringList{s.fishers});
        setStatus(document, s.fishers, ReviewStatus::Accepted);
        QCOMPARE(numberProxy.rowCount(), 0);

        quoteProxy.setFilter({{}, {}, QStringLiteral("WAITED")});
        QCOMPARE(spanIds(quoteProxy), QStringList{s.quote});
        quoteProxy.setFilter({{}, {}, QStringLiteral("nobody said this")});
        QCOMPARE(quoteProxy.rowCount(), 0);

        // the text typed also finds a reviewer's comment ("note")
        Span commented = *document.span(s.date);
        commented.attributes.insert(QStringLiteral("note"), QStringLiteral("Check the year"));
        QVERIFY(document.updateSpan(commented));
        numberProxy.setFilter({{}, {}, QStringLiteral("check the YEAR")});
        QCOMPARE(spanIds(numberProxy), QStringList{s.date});

        // a quote is found by its speaker, as written and by the name the speaker is filed under
        // (typing a speaker's name listed no quote)
        quoteProxy.setFilter({{}, {}, QStringLiteral("lindqvist")});
        QCOMPARE(spanIds(quoteProxy), QStringList{s.quote});
        quoteProxy.setFilter({{}, {}, QStringLiteral("Marta")});
        QCOMPARE(spanIds(quoteProxy), QStringList{s.quote});
        // and a number by its unit
        Span counted = *document.span(s.fishers);
        counted.attributes.insert(QStringLiteral("unit"), QStringLiteral("boats"));
        QVERIFY(document.updateSpan(counted));
        numberProxy.setFilter({{}, {}, QStringLiteral("boats")});
        QCOMPARE(spanIds(numberProxy), QStringList{s.fishers});
    }

    void nextPending_walksOnlyWhatTheFilterLists()
    {
        const Sample s = sample();
        const SpanFilter organisations{{QStringLiteral("ORG")}, {}, {}};
        QCOMPARE(nextPendingSpan(s.set, {}, organisations), s.boardFirst);
        QCOMPARE(nextPendingSpan(s.set, s.boardFirst, organisations), s.boardSecond);
        QCOMPARE(nextPendingSpan(s.set, s.boardSecond, organisations), s.boardFirst);
        QCOMPARE(previousPendingSpan(s.set, s.boardFirst, organisations), s.boardSecond);
        QCOMPARE(nextPendingSpan(s.set, s.marta), s.boardFirst);   // unfiltered: every label
        QCOMPARE(nextPendingSpan(s.set, {}, {{QStringLiteral("LOC")}, {}, {}}), QString());
        // N with a speaker's name typed goes to that speaker's quote, as the list shows it
        QCOMPARE(nextPendingSpan(s.set, {}, {{QStringLiteral("QUOTE")}, {}, QStringLiteral("Marta")}), s.quote);
    }

    void filterBar_emitsWhatTheReviewerChecksAndTypes()
    {
        SpanFilterBar bar;
        bar.setLabels({{QStringLiteral("PER"), QStringLiteral("Person"), QStringLiteral("#aa0000"), QChar('1'), {}},
                       {QStringLiteral("ORG"), QStringLiteral("Organisation"), QStringLiteral("#00aa00"), QChar('2'), {}}});
        QSignalSpy changed(&bar, &SpanFilterBar::filterChanged);
        QCOMPARE(bar.labelButton()->text(), QStringLiteral("All labels"));
        QVERIFY(!bar.clearButton()->isEnabled());

        actionWithData(bar.labelButton(), QStringLiteral("ORG"))->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().labels, QStringList{QStringLiteral("ORG")});
        QCOMPARE(bar.labelButton()->text(), QStringLiteral("ORG"));
        actionWithData(bar.statusButton(), int(ReviewStatus::Pending))->trigger();
        QVERIFY(bar.filter().statuses == QList<ReviewStatus>{ReviewStatus::Pending});
        QTest::keyClicks(bar.textEdit(), QStringLiteral("harb"));
        QCOMPARE(bar.filter().text, QStringLiteral("harb"));
        QVERIFY(bar.clearButton()->isEnabled());

        const qsizetype before = changed.size();
        bar.clearButton()->click();
        QCOMPARE(changed.size(), before + 1);
        QVERIFY(bar.filter().isEmpty());
        QVERIFY(bar.textEdit()->text().isEmpty());
        QVERIFY(!actionWithData(bar.labelButton(), QStringLiteral("ORG"))->isChecked());
        QCOMPARE(changed.size(), before + 1);   // clearing the controls emitted nothing more
    }
};

QTEST_MAIN(SpanFilterTest)
#include "span_filter_test.moc"
