// A brat collection's annotation.conf merged with what one more exported document uses: the
// user's lines stay as written, what is missing is added.
#include "formats/brat_conf_merge.h"

#include <QTest>

using namespace galley;

class BratConfMergeTest final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheUsersLines_andAddsWhatIsMissing()
    {
        const QByteArray existing = "# mine\n[entities]\nTOPIC\n\tSUBTOPIC\n\n[relations]\nspeaker\tArg1:QUOTE, Arg2:PER\n\n"
                                    "[events]\n\n[attributes]\nNegated\tArg:TOPIC\nkind\tArg:QUOTE, Value:direct\n";
        const QByteArray added = "[entities]\nQUOTE\nSPEAKER\n\n[relations]\nspeaker\tArg1:QUOTE, Arg2:SPEAKER\n"
                                 "cue\tArg1:QUOTE, Arg2:CUE\n\n[events]\n\n[attributes]\nNegated\tArg:QUOTE, Value:yes|no\n"
                                 "kind\tArg:QUOTE, Value:direct|indirect\n";
        const QStringList lines = QString::fromUtf8(mergedBratConf(existing, added)).split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("# mine"));
        QVERIFY(lines.contains(QStringLiteral("\tSUBTOPIC")));   // the hierarchy as written
        QVERIFY(lines.contains(QStringLiteral("QUOTE")) && lines.contains(QStringLiteral("SPEAKER")));
        // a relation both declare takes both argument lists
        QVERIFY2(lines.contains(QStringLiteral("speaker\tArg1:QUOTE, Arg2:PER|SPEAKER")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("cue\tArg1:QUOTE, Arg2:CUE")));
        QVERIFY(lines.contains(QStringLiteral("kind\tArg:QUOTE, Value:direct|indirect")));
        // the user's binary attribute stays binary
        QVERIFY2(lines.contains(QStringLiteral("Negated\tArg:TOPIC|QUOTE")), qPrintable(lines.join(u'\n')));
        // merging again changes nothing
        QCOMPARE(mergedBratConf(mergedBratConf(existing, added), added), mergedBratConf(existing, added));
    }

    void keepsTheFilesLineEnds()
    {
        const QByteArray merged = mergedBratConf("[entities]\r\nTOPIC\r\n", "[entities]\nPER\n");
        QCOMPARE(merged, QByteArray("[entities]\r\nTOPIC\r\nPER\r\n"));
    }
};

QTEST_GUILESS_MAIN(BratConfMergeTest)
#include "brat_conf_merge_test.moc"
