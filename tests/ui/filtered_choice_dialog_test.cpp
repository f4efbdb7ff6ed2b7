#include "filtered_choice_dialog.h"

#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace galley;

// The list the G and Shift+C keys choose from: typing filters it, arrows move in it, Enter takes
// the highlighted item and reports its index among all items.
class FilteredChoiceDialogTest final : public QObject
{
    Q_OBJECT

private:
    const QStringList m_items{QStringLiteral("Elena Varga (PER, 2 mentions)"), QStringLiteral("Saltmarsh Fishers (LOC, 1 mention)"),
                              QStringLiteral("Maeve O\u2019Rourke (PER, 1 mention)"), QStringLiteral("Harbour Authority (ORG, 2 mentions)")};

private slots:
    void typing_filtersAnyCase_andArrowsMove()
    {
        FilteredChoiceDialog dialog(QStringLiteral("Merge Entity"), QStringLiteral("Into which?"), m_items);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.chosenIndex().value_or(-1), 0);
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("MA"));   // Saltmarsh, Maeve
        QCOMPARE(dialog.listView()->model()->rowCount(), 2);
        QCOMPARE(dialog.chosenIndex().value_or(-1), 1);
        QTest::keyClick(dialog.filterEdit(), Qt::Key_Down);
        QCOMPARE(dialog.chosenIndex().value_or(-1), 2);
        QCOMPARE(dialog.filterEdit()->text(), QStringLiteral("MA"));
        QTest::keyClick(dialog.filterEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void noMatch_choosesNothing()
    {
        FilteredChoiceDialog dialog(QStringLiteral("Merge Entity"), QStringLiteral("Into which?"), m_items);
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("zzz"));
        QCOMPARE(dialog.listView()->model()->rowCount(), 0);
        QVERIFY(!dialog.chosenIndex());
    }
};

QTEST_MAIN(FilteredChoiceDialogTest)
#include "filtered_choice_dialog_test.moc"
