// A name alone that speaks ("Starmer said"), which the 1996 tagger leaves O, and the same word
// elsewhere in the document.
#include "detect/ner/speaker_names.h"

#include "tag_names.h"

#include <QTest>

using namespace galley;

class SpeakerNamesTest final : public QObject
{
    Q_OBJECT

private slots:
    void repair_data();
    void repair();
};

void SpeakerNamesTest::repair_data()
{
    // Sentences split by '|': words, their tags from the tagger, the tags expected after.
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("tagged");
    QTest::addColumn<QString>("expected");
    QTest::newRow("surname opening a sentence") << "Starmer said it was over ." << "O O O O O O"
                                                 << "B-PER O O O O O";
    QTest::newRow("surname that is also a word") << "Trump told reporters ." << "O O O O" << "B-PER O O O";
    QTest::newRow("everyday word as a surname") << "Tesla rose , Musk said ." << "B-ORG O O O O O" << "B-ORG O O B-PER O O";
    QTest::newRow("everyday word opening a sentence stays") << "Musk said he agreed ." << "O O O O O" << "O O O O O";
    QTest::newRow("irregular plural") << "Children told the inquiry" << "O O O O" << "O O O O";
    QTest::newRow("after a comma") << "The deal is done , Macron said ." << "O O O O O O O O"
                                   << "O O O O O B-PER O O";
    QTest::newRow("after a conjunction") << "and Macron told them" << "O O O O" << "O B-PER O O";
    QTest::newRow("with an age") << "Macron , 47 , said so" << "O O O O O O" << "B-PER O O O O O";
    QTest::newRow("with an apposition") << "Macron , the French president , said so" << "O O O B-MISC O O O O"
                                        << "B-PER O O B-MISC O O O O";
    QTest::newRow("in a list, no apposition") << "Macron , Merkel , said so" << "O O O O O O" << "O O O O O O";
    QTest::newRow("after its verb") << "\" We won , \" said Starmer ." << "O O O O O O O O"
                                    << "O O O O O O B-PER O";
    QTest::newRow("spreads over the document") << "Trump said no .|Trump and Clinton spoke ."
                                               << "O O O O|O O B-PER O O" << "B-PER O O O|B-PER O B-PER O O";
    QTest::newRow("everyday word opening another sentence stays") << "No , Musk said .|Musk oxen roam ."
                                                                   << "O O O O O|O O O O" << "O O B-PER O O|O O O O";
    QTest::newRow("unknown word typed a place") << "Guardiola admitted it .|Guardiola smiled ." << "B-LOC O O O|B-LOC O O"
                                                << "B-PER O O O|B-PER O O";
    QTest::newRow("surname of the world's lists typed a place") << "Kowalczyk admitted it ." << "B-LOC O O O"
                                                                << "B-PER O O O";
    QTest::newRow("unknown word typed a body stays") << "Frontex said no ." << "B-ORG O O O" << "B-ORG O O O";
    QTest::newRow("acronym typed a body stays") << "KCNA said no ." << "B-ORG O O O" << "B-ORG O O O";
    QTest::newRow("place of the lists stays") << "Moscow said no ." << "B-LOC O O O" << "B-LOC O O O";
    QTest::newRow("company of the lists") << "Walmart said sales rose ." << "O O O O O" << "B-ORG O O O O";
    QTest::newRow("everyday word heading a news item") << "Paper says Thatcher lied ." << "O O B-PER O O"
                                                        << "O O B-PER O O";
    QTest::newRow("after an ampersand") << "Marks & Spencer said so" << "O O O O O" << "O O O O O";
    QTest::newRow("word that ends bodies' names") << "the Bond Traders ' Association said" << "O B-ORG I-ORG I-ORG O O"
                                                  << "O B-ORG I-ORG I-ORG O O";
    QTest::newRow("after a closing single mark") << "' We won , ' Starmer said" << "O O O O O O O"
                                                 << "O O O O O B-PER O";
    QTest::newRow("pronoun") << "She said so ." << "O O O O" << "O O O O";
    QTest::newRow("idiom") << "That said , we won ." << "O O O O O O" << "O O O O O O";
    QTest::newRow("plural of a word") << "Officials said so ." << "O O O O" << "O O O O";
    QTest::newRow("body of people") << "Police said so ." << "O O O O" << "O O O O";
    QTest::newRow("people") << "Israelis told us ." << "O O O O" << "O O O O";
    QTest::newRow("after a determiner") << "the Tribe said so" << "O O O O" << "O O O O";
    QTest::newRow("in a run of names") << "Prime Minister said so" << "O O O O" << "O O O O";
    QTest::newRow("tagged already") << "Clinton said so" << "B-PER O O" << "B-PER O O";
    QTest::newRow("not a verb of speech") << "Starmer left early ." << "O O O O" << "O O O O";
    QTest::newRow("inverted verb within a clause") << "he said Starmer won" << "O O O O" << "O O O O";
}

void SpeakerNamesTest::repair()
{
    QFETCH(QString, words);
    QFETCH(QString, tagged);
    QFETCH(QString, expected);
    Gazetteer gazetteer;
    gazetteer.add({QStringLiteral("trump")}, std::uint32_t(Gazetteer::CommonWord | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("musk")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("kowalczyk")}, Gazetteer::Surname);
    gazetteer.add({QStringLiteral("official")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("police")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("israelis")}, Gazetteer::Nationality);
    gazetteer.add({QStringLiteral("walmart")}, Gazetteer::ListedCompany);
    gazetteer.add({QStringLiteral("minister")}, Gazetteer::Title);
    gazetteer.add({QStringLiteral("moscow")}, Gazetteer::Place);
    gazetteer.add({QStringLiteral("paper")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("association")}, std::uint32_t(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    const QString repaired = repairedDocument(words, tagged, [&](const QList<QStringList> &sentences, QList<QList<TagId>> &tags) {
        tagNamesBeforeSpeech(sentences, tags, gazetteer);
    });
    QCOMPARE(repaired, expected);
}

QTEST_GUILESS_MAIN(SpeakerNamesTest)
#include "speaker_names_test.moc"
