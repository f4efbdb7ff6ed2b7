#include "detect/entities/name_lexicon.h"

#include <QTest>

using namespace galley;

class NameLexiconTest : public QObject
{
    Q_OBJECT

private slots:
    void worldGivenNames_data();
    void worldGivenNames();
};

void NameLexiconTest::worldGivenNames_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("given");
    QTest::newRow("a given name of another country") << "Elon" << true;
    QTest::newRow("written in capitals") << "IVANKA" << true;
    QTest::newRow("also a surname") << "Hassan" << true;
    QTest::newRow("a month") << "August" << false;
    QTest::newRow("a weekday") << "Monday" << false;
    QTest::newRow("a surname alone") << "Kowalczyk" << false;
    QTest::newRow("of two words") << "Anh Vu" << false;
}

void NameLexiconTest::worldGivenNames()
{
    QFETCH(QString, word);
    QFETCH(bool, given);
    NameLexicon lexicon = NameLexicon::fromListText(u"title\tpresident\n");
    lexicon.addWorldNameText(u"world-given-name\tElon\nworld-given-name\tIvanka\nworld-given-name\tHassan\n"
                             u"surname\tHassan\nsurname\tKowalczyk\nworld-given-name\tAugust\n"
                             u"world-given-name\tMonday\nworld-given-name\tAnh Vu\n");
    QCOMPARE(lexicon.isGivenName(word), given);
}

QTEST_APPLESS_MAIN(NameLexiconTest)
#include "name_lexicon_test.moc"
