#include "page_editing_bridge.h"

#include <QSignalSpy>
#include <QtTest>

using namespace galley;

// What the page's editing script reports is untrusted: malformed calls are dropped.
class PageEditingBridgeTest final : public QObject
{
    Q_OBJECT

private slots:
    void boundaryDrag_passesWellFormedCalls()
    {
        PageEditingBridge bridge;
        QSignalSpy resized(&bridge, &PageEditingBridge::resizeDragged);
        bridge.boundaryDragged(QStringLiteral("s1"), QStringLiteral("start"), QStringLiteral("Mayor Elena"),
                               QStringLiteral("still,\u201d "), QStringLiteral(" Varga"));
        QCOMPARE(resized.size(), 1);
        QCOMPARE(resized.first().at(1).toBool(), true);
        QCOMPARE(resized.first().at(2).value<TextQuote>().exact, QStringLiteral("Mayor Elena"));
    }

    void boundaryDrag_dropsMalformedCalls()
    {
        PageEditingBridge bridge;
        QSignalSpy resized(&bridge, &PageEditingBridge::resizeDragged);
        bridge.boundaryDragged(QStringLiteral("s1"), QStringLiteral("middle"), QStringLiteral("x"), {}, {});
        bridge.boundaryDragged({}, QStringLiteral("end"), QStringLiteral("x"), {}, {});
        bridge.boundaryDragged(QStringLiteral("s1"), QStringLiteral("end"), QStringLiteral("  "), {}, {});
        bridge.boundaryDragged(QString(300, QLatin1Char('s')), QStringLiteral("end"), QStringLiteral("x"), {}, {});
        QCOMPARE(resized.size(), 0);
    }

    void pick_dropsTooManyOrBadIds()
    {
        PageEditingBridge bridge;
        QSignalSpy picked(&bridge, &PageEditingBridge::picked);
        bridge.mentionPicked({QStringLiteral("s2"), QStringLiteral("s1")}, QStringLiteral("Varga"), {}, {});
        QCOMPARE(picked.size(), 1);
        bridge.mentionPicked({QString()}, QStringLiteral("Varga"), {}, {});
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many.append(QStringLiteral("s%1").arg(i));
        bridge.mentionPicked(many, {}, {}, {});
        QCOMPARE(picked.size(), 1);
    }

    void menu_dropsPositionsThatAreNoNumbers()
    {
        PageEditingBridge bridge;
        QSignalSpy menu(&bridge, &PageEditingBridge::menuRequested);
        bridge.contextMenuRequested(QStringLiteral("s1"), false, 10, 20);
        bridge.contextMenuRequested(QStringLiteral("s1"), false, qQNaN(), 20);
        bridge.contextMenuRequested(QStringLiteral("s1"), true, 10, qInf());
        QCOMPARE(menu.size(), 1);
        QCOMPARE(menu.first().at(2).toPointF(), QPointF(10, 20));
    }

    void selection_dropsPositionsThatAreNoNumbers()
    {
        PageEditingBridge bridge;
        QSignalSpy reported(&bridge, &PageEditingBridge::selectionReported);
        bridge.selectionMade(true, 120.5, 300);
        bridge.selectionMade(true, qQNaN(), 300);
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().at(0).toBool(), true);
        QCOMPARE(reported.first().at(1).toPointF(), QPointF(120.5, 300));
    }
};

QTEST_GUILESS_MAIN(PageEditingBridgeTest)
#include "page_editing_bridge_test.moc"
