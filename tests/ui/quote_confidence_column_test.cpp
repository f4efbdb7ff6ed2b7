#include "annotation_panel.h"
#include "annotation_roles.h"
#include "annotation_set_builder.h"
#include "article_block_model.h"
#include "article_panel.h"
#include "quote_table_model.h"
#include "review_annotations.h"
#include "span_filter_proxy.h"
#include "span_description.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace galley;
using galley::test::AnnotationSetBuilder;

// The Quotes tab's Confidence column: the quote finder's confidence as a percentage, and a
// header click that lists the least sure quotes first so a reviewer checks them first.
class QuoteConfidenceColumnTest : public QObject
{
    Q_OBJECT

private:
    static AnnotationSet threeQuotes()
    {
        AnnotationSetBuilder builder(QStringLiteral("“Sure,” she said. “Maybe,” he said. “Mine,” I wrote."));
        builder.span(QStringLiteral("QUOTE"), QStringLiteral("Sure,"), 0,
                     {{QStringLiteral("kind"), QStringLiteral("direct")}, {QStringLiteral("confidence"), 0.93}});
        builder.span(QStringLiteral("QUOTE"), QStringLiteral("Maybe,"), 0,
                     {{QStringLiteral("kind"), QStringLiteral("direct")}, {QStringLiteral("confidence"), 0.2}});
        // a reviewer's own quote: no confidence
        builder.span(QStringLiteral("QUOTE"), QStringLiteral("Mine,"), 0, {{QStringLiteral("kind"), QStringLiteral("direct")}});
        AnnotationSet set = builder.set();
        set.spans.last().status = ReviewStatus::Added;
        return set;
    }

    static QStringList quoteTexts(const QAbstractItemModel *model)
    {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, QuoteTableModel::TextColumn).data().toString());
        return texts;
    }

private slots:
    void column_showsThePercentage()
    {
        ReviewAnnotations document;
        QuoteTableModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.setAnnotationSet(threeQuotes());
        QCOMPARE(model.headerData(QuoteTableModel::ConfidenceColumn, Qt::Horizontal).toString(), QStringLiteral("Confidence"));
        QCOMPARE(model.index(0, QuoteTableModel::ConfidenceColumn).data().toString(), QStringLiteral("93 %"));
        QCOMPARE(model.index(1, QuoteTableModel::ConfidenceColumn).data().toString(), QStringLiteral("20 %"));
        QCOMPARE(model.index(2, QuoteTableModel::ConfidenceColumn).data().toString(), QString());
        QCOMPARE(model.index(1, QuoteTableModel::ConfidenceColumn).data(SortKeyRole).toDouble(), 0.2);
        // the tooltip in the panel and over the page says it too
        QCOMPARE(model.index(0, QuoteTableModel::TextColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Quote \u00b7 pending\nConfidence: 93 %"));
        // A quote too long for its column is whole in the tooltip.
        AnnotationSetBuilder longer(QStringLiteral("“The harbour will be dredged twice a year from now on, at the town’s cost,” she said."));
        const QString words = QStringLiteral("The harbour will be dredged twice a year from now on, at the town’s cost,");
        longer.span(QStringLiteral("QUOTE"), words, 0, {{QStringLiteral("kind"), QStringLiteral("direct")}});
        document.setAnnotationSet(longer.set());
        QCOMPARE(model.index(0, QuoteTableModel::TextColumn).data(Qt::ToolTipRole).toString(),
                 words + QStringLiteral("\nQuote \u00b7 pending"));
        QCOMPARE(model.index(0, QuoteTableModel::KindColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Quote \u00b7 pending"));
    }

    // Text columns sort as a reader reads them: "he" and "the statement" among capitalised names,
    // not after all of them.
    void textColumns_sortWhateverTheirCase()
    {
        ReviewAnnotations document;
        ArticleBlockModel blocks;
        AnnotationPanel panel(&document, new ArticlePanel(&blocks));
        AnnotationSetBuilder builder(QStringLiteral("“Zebra,” she said. “apple,” he said. “Banana,” I wrote."));
        for (const QString &words : {QStringLiteral("Zebra,"), QStringLiteral("apple,"), QStringLiteral("Banana,")})
            builder.span(QStringLiteral("QUOTE"), words, 0, {{QStringLiteral("kind"), QStringLiteral("direct")}});
        document.setAnnotationSet(builder.set());
        panel.quoteView()->sortByColumn(QuoteTableModel::TextColumn, Qt::AscendingOrder);
        QCOMPARE(quoteTexts(panel.quoteView()->model()),
                 (QStringList{QStringLiteral("apple,"), QStringLiteral("Banana,"), QStringLiteral("Zebra,")}));
    }

    void headerClick_listsTheLeastSureFirst_thenTheArticleOrder()
    {
        ReviewAnnotations document;
        ArticleBlockModel blocks;
        AnnotationPanel panel(&document, new ArticlePanel(&blocks));   // the panel takes the article tab
        document.setAnnotationSet(threeQuotes());
        QTableView *view = panel.quoteView();
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList articleOrder{QStringLiteral("Sure,"), QStringLiteral("Maybe,"), QStringLiteral("Mine,")};
        QCOMPARE(quoteTexts(view->model()), articleOrder);   // unsorted until asked

        QHeaderView *header = view->horizontalHeader();
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto clickHeader = [&] {
            const int x = header->sectionViewportPosition(QuoteTableModel::ConfidenceColumn)
                          + header->sectionSize(QuoteTableModel::ConfidenceColumn) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickHeader();
        QCOMPARE(quoteTexts(view->model()),
                 (QStringList{QStringLiteral("Maybe,"), QStringLiteral("Sure,"), QStringLiteral("Mine,")}));
        clickHeader();
        QCOMPARE(quoteTexts(view->model()),
                 (QStringList{QStringLiteral("Mine,"), QStringLiteral("Sure,"), QStringLiteral("Maybe,")}));
        clickHeader();
        QCOMPARE(quoteTexts(view->model()), articleOrder);

        // The text filter keeps the order: surest first here, unlike the article.
        clickHeader();
        clickHeader();
        panel.quoteFilter()->setFilter(SpanFilter{{}, {}, QStringLiteral("m")});
        QCOMPARE(quoteTexts(view->model()), (QStringList{QStringLiteral("Mine,"), QStringLiteral("Maybe,")}));
        panel.quoteFilter()->setFilter(SpanFilter{});

        // Least sure first again: a quote the reviewer accepted is checked, so it goes after every
        // quote still to review, whatever the finder's confidence.
        header->setSortIndicator(QuoteTableModel::ConfidenceColumn, Qt::AscendingOrder);
        Span maybe = document.annotationSet().spans.at(1);
        maybe.status = ReviewStatus::Accepted;
        QVERIFY(document.updateSpan(maybe));
        QCOMPARE(quoteTexts(view->model()).first(), QStringLiteral("Sure,"));
        QCOMPARE(view->model()->index(quoteTexts(view->model()).indexOf(QStringLiteral("Maybe,")),
                                      QuoteTableModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("20 %"));
        // A quote still to review that a rule found has no confidence: a dash, and first.
        Span mine = document.annotationSet().spans.at(2);
        mine.status = ReviewStatus::Pending;
        QVERIFY(document.updateSpan(mine));
        QCOMPARE(quoteTexts(view->model()),
                 (QStringList{QStringLiteral("Mine,"), QStringLiteral("Sure,"), QStringLiteral("Maybe,")}));
        QCOMPARE(view->model()->index(0, QuoteTableModel::ConfidenceColumn).data().toString(), QStringLiteral("\u2014"));
    }

    // The panel takes a third of a 1,280-pixel window: who said each quote and how sure the finder
    // is must show there without scrolling sideways.
    void narrowPanel_showsSpeakerAndConfidenceWithoutScrolling()
    {
        ReviewAnnotations document;
        ArticleBlockModel blocks;
        AnnotationPanel panel(&document, new ArticlePanel(&blocks));
        document.setAnnotationSet(threeQuotes());
        panel.tabs()->setCurrentIndex(AnnotationPanel::QuotesTab);
        panel.resize(410, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *view = panel.quoteView();
        const QHeaderView *header = view->horizontalHeader();
        for (int column : {int(QuoteTableModel::TextColumn), int(QuoteTableModel::SpeakerColumn),
                           int(QuoteTableModel::ConfidenceColumn)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(header->sectionViewportPosition(column) >= 0 && right <= view->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(right)
                                    .arg(view->viewport()->width())));
        }
    }
};

QTEST_MAIN(QuoteConfidenceColumnTest)
#include "quote_confidence_column_test.moc"
