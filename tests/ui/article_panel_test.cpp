#include "article_block_model.h"
#include "article_panel.h"

#include <QListView>
#include <QSignalSpy>
#include <QtTest>

using namespace galley;

namespace {

Article makeArticle()
{
    Article article;
    article.title = QStringLiteral("Harbour vote");
    for (const QString &text : {QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")}) {
        Block block;
        block.kind = BlockKind::Paragraph;
        block.contentKind = BlockKind::Paragraph;
        block.text = text;
        article.blocks.append(block);
    }
    return article;
}

} // namespace

class ArticlePanelTest final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ArticleBlockModel model;
        ArticlePanel panel{&model};
        Fixture()
        {
            model.setArticle(makeArticle());
            panel.resize(400, 600);
            panel.show();
        }
        QListView *view() const { return panel.blockView(); }
        QPoint centreOf(int row) const { return view()->visualRect(view()->model()->index(row, 0)).center(); }
        QPoint blankSpace() const
        {
            const QRect last = view()->visualRect(view()->model()->index(view()->model()->rowCount() - 1, 0));
            return QPoint(last.center().x(), last.bottom() + 40);
        }
    };

private slots:
    void focusAlone_flashesNothing()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QSignalSpy spy(&f.panel, &ArticlePanel::blockActivated);
        f.view()->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QCOMPARE(spy.count(), 0);
    }

    void clickOnBlankSpace_flashesNothing()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QVERIFY(f.view()->viewport()->rect().contains(f.blankSpace()));
        QSignalSpy spy(&f.panel, &ArticlePanel::blockActivated);
        QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, f.blankSpace());
        QCOMPARE(spy.count(), 0);
    }

    void clickOnBlock_flashesOnce()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QSignalSpy spy(&f.panel, &ArticlePanel::blockActivated);
        QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, f.centreOf(1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, f.centreOf(2));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 2);
    }

    void arrowKeys_flashNewCurrentBlock()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, f.centreOf(0));
        QSignalSpy spy(&f.panel, &ArticlePanel::blockActivated);
        QTest::keyClick(f.view(), Qt::Key_Down);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QTest::keyClick(f.view(), Qt::Key_Up);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 0);
        QTest::keyClick(f.view(), Qt::Key_Up);   // already at the top: nothing moves
        QCOMPARE(spy.count(), 2);
    }
};

QTEST_MAIN(ArticlePanelTest)
#include "article_panel_test.moc"
