#include "warc_record_dialog.h"

#include <QTreeWidget>
#include <QtTest>

using namespace galley;

class WarcRecordDialogTest final : public QObject
{
    Q_OBJECT

private:
    static QList<WarcRecordInfo> records()
    {
        QList<WarcRecordInfo> result;
        for (int i = 0; i < 3; ++i) {
            WarcRecordInfo record;
            record.index = i;
            record.targetUri = QStringLiteral("https://news.example.org/story-%1.html").arg(i);
            record.date = QStringLiteral("2024-05-0%1T10:00:00Z").arg(i + 1);
            record.title = i == 1 ? QString() : QStringLiteral("Story %1").arg(i);
            record.payloadBytes = 1000 * (i + 1);
            result.append(record);
        }
        return result;
    }

private slots:
    void dialog_listsRecords_andReturnsTheChosenOne()
    {
        WarcRecordDialog dialog(QStringLiteral("/tmp/crawl.warc.gz"), records());
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Story 0"));
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("https://news.example.org/story-1.html"));
        QVERIFY(!tree->topLevelItem(1)->text(1).isEmpty());   // "(untitled)"
        // "No." counts from 1, like the status bar's "record 2 of 3".
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("1"));
        QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("3"));
        QVERIFY(!tree->headerItem()->toolTip(0).isEmpty());
        QCOMPARE(dialog.selectedRecord(), 0);
        tree->setCurrentItem(tree->topLevelItem(2));
        QCOMPARE(dialog.selectedRecord(), 2);
    }

    void recordNumberText_countsFromOne()
    {
        QCOMPARE(WarcRecordDialog::recordNumberText(1, 3), QStringLiteral("record 2 of 3"));
        QCOMPARE(WarcRecordDialog::recordNumberText(0, 1), QStringLiteral("record 1 of 1"));
        QCOMPARE(WarcRecordDialog::recordNumberText(1, 0), QStringLiteral("record 2"));
        QCOMPARE(WarcRecordDialog::recordNumberText(-1, 3), QString());
    }

    void dialog_withoutRecords_selectsNothing()
    {
        WarcRecordDialog dialog(QStringLiteral("/tmp/empty.warc"), {});
        QCOMPARE(dialog.selectedRecord(), -1);
    }
};

QTEST_MAIN(WarcRecordDialogTest)
#include "warc_record_dialog_test.moc"
