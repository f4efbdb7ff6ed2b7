#include "article_block_model.h"
#include "article_block_roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace galley;

namespace {

Block makeBlock(BlockKind kind, const QString &text, const QString &reason = {})
{
    Block block;
    block.kind = kind;
    block.contentKind = kind == BlockKind::Boilerplate ? BlockKind::Paragraph : kind;
    block.boilerplateReason = reason;
    block.text = text;
    block.headingLevel = kind == BlockKind::Heading ? 2 : 0;
    return block;
}

Article makeArticle()
{
    Article article;
    article.title = QStringLiteral("Harbour vote");
    article.blocks = {makeBlock(BlockKind::Boilerplate, QStringLiteral("Home News Sport"), QStringLiteral("navigation")),
                      makeBlock(BlockKind::Heading, QStringLiteral("Council backs harbour plan")),
                      makeBlock(BlockKind::Paragraph, QStringLiteral("The council voted on Tuesday.")),
                      makeBlock(BlockKind::ListItem, QStringLiteral("Forty votes for"))};
    return article;
}

} // namespace

class ArticleBlockModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void setArticle_passesModelTester()
    {
        ArticleBlockModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(makeArticle());
        QCOMPARE(model.rowCount(), 4);
        model.setArticle(Article{});
        QCOMPARE(model.rowCount(), 0);
        model.setArticle(makeArticle());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void data_exposesKindsAndBoilerplate()
    {
        ArticleBlockModel model;
        model.setArticle(makeArticle());
        const QModelIndex navigation = model.index(0);
        QCOMPARE(navigation.data().toString(), QStringLiteral("Home News Sport"));
        QVERIFY(navigation.data(IsBoilerplateRole).toBool());
        QCOMPARE(navigation.data(BoilerplateReasonRole).toString(), QStringLiteral("navigation"));
        QCOMPARE(navigation.data(BlockKindRole).toInt(), int(BlockKind::Boilerplate));
        QCOMPARE(navigation.data(ContentKindRole).toInt(), int(BlockKind::Paragraph));
        QVERIFY(navigation.data(Qt::ToolTipRole).toString().contains(QStringLiteral("navigation")));

        const QModelIndex heading = model.index(1);
        QVERIFY(!heading.data(IsBoilerplateRole).toBool());
        QCOMPARE(heading.data(BlockKindRole).toInt(), int(BlockKind::Heading));
        QCOMPARE(heading.data(HeadingLevelRole).toInt(), 2);
        QVERIFY(!heading.data(Qt::ToolTipRole).isValid());
    }

    void setArticle_resetsOnce()
    {
        ArticleBlockModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setArticle(makeArticle());
        QCOMPARE(reset.size(), 1);
        QVERIFY(model.block(3));
        QVERIFY(!model.block(4));
        QVERIFY(!model.block(-1));
    }
};

QTEST_MAIN(ArticleBlockModelTest)
#include "article_block_model_test.moc"
