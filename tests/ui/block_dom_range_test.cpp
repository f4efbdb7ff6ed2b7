#include "block_dom_range.h"
#include "extract/article.h"
#include "text_page_layout.h"

#include <QtTest>

using namespace galley;

// A block's DOM range runs from its first aligned character to just after its last.
class BlockDomRangeTest final : public QObject
{
    Q_OBJECT

private slots:
    void html_spansFirstToLastNode()
    {
        Page page;
        page.format = PageFormat::Html;
        const QStringList paths = {QStringLiteral("/html[1]/body[1]/p[1]/text()[1]"),
                                   QStringLiteral("/html[1]/body[1]/p[1]/b[1]/text()[1]")};
        Block block;
        block.text = QStringLiteral("Harbour vote");
        block.runs = {AlignmentRun{0, 8, 0, 4}, AlignmentRun{8, 4, 1, 0}};
        const auto range = blockDomRange(block, paths, page, nullptr);
        QVERIFY(range);
        QCOMPARE(range->start, (DomPosition{paths.at(0), 4}));
        QCOMPARE(range->end, (DomPosition{paths.at(1), 4}));
    }

    void html_skipsUnalignedEnds()
    {
        Page page;
        const QStringList paths = {QStringLiteral("/html[1]/body[1]/p[1]/text()[1]")};
        Block block;
        block.text = QStringLiteral("\u201cQuoted\u201d");   // the quotes were added, not copied
        block.runs = {AlignmentRun{1, 6, 0, 10}};
        const auto range = blockDomRange(block, paths, page, nullptr);
        QVERIFY(range);
        QCOMPARE(range->start.offset, 10);
        QCOMPARE(range->end.offset, 16);
    }

    void unalignedBlock_hasNoRange()
    {
        Block block;
        block.text = QStringLiteral("invented");
        QVERIFY(!blockDomRange(block, {}, Page{}, nullptr));
    }

    void text_goesThroughTheGeneratedLayout()
    {
        Page page;
        page.format = PageFormat::Text;
        page.content = QStringLiteral("Title\n\nFirst line\nsecond line\n");
        const TextPageLayout layout(page.content, QStringLiteral("Title"));
        Block block;
        block.text = QStringLiteral("First line second line");
        const int first = int(page.content.indexOf(QStringLiteral("First")));
        const int second = int(page.content.indexOf(QStringLiteral("second")));
        block.runs = {AlignmentRun{0, 10, -1, first}, AlignmentRun{10, 1, -1, first + 10}, AlignmentRun{11, 11, -1, second}};
        const auto range = blockDomRange(block, {}, page, &layout);
        QVERIFY(range);
        QCOMPARE(range->start, (DomPosition{QStringLiteral("/html[1]/body[1]/article[1]/p[2]/text()[1]"), 0}));
        QCOMPARE(range->end, (DomPosition{QStringLiteral("/html[1]/body[1]/article[1]/p[2]/text()[2]"), 11}));
        QVERIFY(!blockDomRange(block, {}, page, nullptr));   // a text page needs its layout
    }
};

QTEST_GUILESS_MAIN(BlockDomRangeTest)
#include "block_dom_range_test.moc"
