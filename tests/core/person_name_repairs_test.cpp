// Persons the tagger misses when Reuters 1996 knows the name as something else, mended over the
// document: a name after a person's title, and a surname standing alone after the full name.
#include "detect/ner/person_name_repairs.h"

#include "tag_names.h"

#include <QTest>

using namespace galley;

class PersonNameRepairsTest final : public QObject
{
    Q_OBJECT

private slots:
    void repair_data();
    void repair();
};

void PersonNameRepairsTest::repair_data()
{
    // Sentences split by '|': words, their tags from the tagger, the tags expected after.
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("tagged");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name after a title") << "President Trump cut power ." << "O O O O O" << "O B-PER O O O";
    QTest::newRow("full name after a title") << "Sen. Elizabeth Warren spoke" << "O O O O" << "O B-PER I-PER O";
    QTest::newRow("title after a title") << "Mr. President , will you" << "O O O O O" << "O O O O O";
    QTest::newRow("title that names bodies too") << "General Motors rose" << "O O O" << "O O O";
    QTest::newRow("role after a title") << "Governor General Julie Payette resigned" << "O O O O O" << "O O O O O";
    QTest::newRow("address") << "Mr. Speaker , I rise" << "O O O O O" << "O O O O O";
    QTest::newRow("title as a noun in a lowered headline") << "Judge blocks Trump order on immigration"
                                                           << "O O O O O O" << "O O O O O O";
    QTest::newRow("title's run stops at a role") << "President Trump General" << "O O O" << "O B-PER O";
    // a name the tagger took for a body or place after a title
    QTest::newRow("name read as a body after a title") << "Labour MP Dawn Butler spoke" << "B-ORG O B-ORG I-ORG O"
                                                        << "B-ORG O B-PER I-PER O";
    QTest::newRow("initials opening a name after a title") << "Vice President JD Vance said" << "O O B-ORG I-ORG O"
                                                             << "O O B-PER I-PER O";
    QTest::newRow("name after a party's leader") << "Labour leader Keir Starmer spoke" << "B-ORG O B-ORG I-ORG O"
                                                 << "B-ORG O B-PER I-PER O";
    QTest::newRow("body after a title stays") << "President Federal Reserve Bank" << "O B-ORG I-ORG I-ORG"
                                              << "O B-ORG I-ORG I-ORG";
    QTest::newRow("a rank in lower case is no title") << "a major Hong Kong-listed company" << "O O B-MISC I-MISC O"
                                                      << "O O B-MISC I-MISC O";
    QTest::newRow("a place named after a person stays") << "Prince Edward Island voted" << "O B-LOC I-LOC O"
                                                        << "O B-LOC I-LOC O";
    QTest::newRow("a body opening with no given name stays") << "President Goldman Sachs spoke" << "O B-ORG I-ORG O"
                                                             << "O B-ORG I-ORG O";
    QTest::newRow("surname alone after the full name")
        << "David Kamin spoke .|Kamin said so ." << "B-PER I-PER O O|O O O O" << "B-PER I-PER O O|B-PER O O O";
    QTest::newRow("surname before the full name")
        << "Kamin said so .|David Kamin spoke ." << "O O O O|B-PER I-PER O O" << "B-PER O O O|B-PER I-PER O O";
    QTest::newRow("surname in a run of capitals")
        << "Donald Trump spoke .|Trump Tower is tall ." << "B-PER I-PER O O|O O O O O" << "B-PER I-PER O O|O O O O O";
    QTest::newRow("surname inside another entity stays")
        << "Donald Trump spoke .|the Trump Organization" << "B-PER I-PER O O|O B-ORG I-ORG"
        << "B-PER I-PER O O|O B-ORG I-ORG";
    QTest::newRow("name found after a title does not spread")
        << "Mr. Immigration spoke .|Immigration rose ." << "O O O O|O O O" << "O B-PER O O|O O O";
    QTest::newRow("everyday surname opening a sentence")
        << "Emma Stone won .|Stone walls line the road ." << "B-PER I-PER O O|O O O O O O"
        << "B-PER I-PER O O|O O O O O O";
    QTest::newRow("everyday surname within a sentence")
        << "Donald Trump won .|Then Trump left ." << "B-PER I-PER O O|O O O O" << "B-PER I-PER O O|O B-PER O O";
    QTest::newRow("surname the document writes in lower case")
        << "John Price leads .|Price rises hit shoppers as the price of bread rose ." << "B-PER I-PER O O|O O O O O O O O O O O"
        << "B-PER I-PER O O|O O O O O O O O O O O";
    QTest::newRow("word the tagger took for a person alone")
        << "At a rally Friday .|Friday was hot ." << "O O O B-PER O|O O O O" << "O O O B-PER O|O O O O";
    QTest::newRow("given name before a surname read as a body")
        << "Donald Trump spoke .|Melania Trump came ." << "B-PER I-PER O O|O B-ORG O O"
        << "B-PER I-PER O O|B-PER I-PER O O";
    QTest::newRow("given name before a body that is nobody's surname here")
        << "Donald Trump spoke .|Melania Lewis grew ." << "B-PER I-PER O O|O B-ORG O O"
        << "B-PER I-PER O O|O B-ORG O O";
    QTest::newRow("a word that is no given name before a surname read as a body")
        << "Donald Trump spoke .|Big Trump came ." << "B-PER I-PER O O|O B-ORG O O" << "B-PER I-PER O O|O B-ORG O O";
    QTest::newRow("weekday ending a name") << "Lynch Friday said|Friday was hot" << "B-PER I-PER O|O O O"
                                           << "B-PER I-PER O|O O O";
}

void PersonNameRepairsTest::repair()
{
    QFETCH(QString, words);
    QFETCH(QString, tagged);
    QFETCH(QString, expected);
    Gazetteer gazetteer;
    gazetteer.add({QStringLiteral("general")}, std::uint16_t(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("stone")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("trump")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("then")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("melania")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("big")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("bank")}, std::uint16_t(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("major")}, std::uint16_t(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("dawn")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::WorldGivenName));
    gazetteer.add({QStringLiteral("edward")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("keir")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("prince")}, Gazetteer::Title);
    const QString repaired = repairedDocument(words, tagged, [&](const QList<QStringList> &sentences, QList<QList<TagId>> &tags) {
        repairPersonNames(sentences, tags, gazetteer);
    });
    QCOMPARE(repaired, expected);
}

QTEST_GUILESS_MAIN(PersonNameRepairsTest)
#include "person_name_repairs_test.moc"
