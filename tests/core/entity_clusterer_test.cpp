#include "entity_markup.h"

#include "detect/entities/entity_clusterer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace galley;

// Grouping the entity mentions of one document into clusters with a canonical name.
class EntityClustererTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clusterEntities_groupsMentions_data();
    void clusterEntities_groupsMentions();
    void clusterEntities_indexesMentionsInOrder();
    void clusterEntities_nameMentionedThousandsOfTimes_takesMilliseconds();
    void clusterEntities_surnameLongAfterTheFullName_takesMilliseconds();

private:
    std::optional<NameLexicon> m_lexicon;
};

namespace {

// "PER Bashar al-Assad: Syrian President Bashar Assad | Assad; LOC Aleppo: Aleppo"
QString describe(const MarkedText &marked, const QList<EntityCluster> &clusters)
{
    QStringList parts;
    for (const EntityCluster &cluster : clusters) {
        QStringList mentions;
        for (int m : cluster.mentions)
            mentions.append(marked.text.mid(marked.mentions[m].start, marked.mentions[m].end - marked.mentions[m].start));
        parts.append(entityTypeName(cluster.type) + u' ' + cluster.canonical + u": " + mentions.join(QStringLiteral(" | ")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

void EntityClustererTest::initTestCase()
{
    auto lexicon = NameLexicon::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-debian.txt.gz"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/given-name-genders.txt.gz"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-names.txt.gz"));
    QVERIFY2(lexicon.ok(), qPrintable(lexicon.ok() ? QString() : lexicon.error().toString()));
    m_lexicon = std::move(lexicon).value();
}

void EntityClustererTest::clusterEntities_groupsMentions_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("clusters");
    QTest::newRow("title, surname and particle")
        << QStringLiteral("[PER Syrian President Bashar Assad] said so. [PER Assad] left. [PER Bashar al-Assad] spoke.")
        << QStringLiteral("PER Bashar al-Assad: Syrian President Bashar Assad | Assad | Bashar al-Assad");
    QTest::newRow("military rank stripped")
        << QStringLiteral("[PER Lt. Gen. Viktor Poznikhir] said. Later [PER Poznikhir] added. [PER Viktor Poznikhir] left.")
        << QStringLiteral("PER Viktor Poznikhir: Lt. Gen. Viktor Poznikhir | Poznikhir | Viktor Poznikhir");
    QTest::newRow("surname before the full name")
        << QStringLiteral("[PER Poznikhir] spoke first; [PER Viktor Poznikhir] is a general.")
        << QStringLiteral("PER Viktor Poznikhir: Poznikhir | Viktor Poznikhir");
    QTest::newRow("surname written first")
        << QStringLiteral("Spokesperson [PER Mao Ning] spoke. [PER Mao] told a briefing.")
        << QStringLiteral("PER Mao Ning: Mao Ning | Mao");
    QTest::newRow("a middle name word of one person")
        << QStringLiteral("[PER Claudia Sheinbaum Pardo] spoke. [PER Sheinbaum] said so.")
        << QStringLiteral("PER Claudia Sheinbaum Pardo: Claudia Sheinbaum Pardo | Sheinbaum");
    QTest::newRow("a people's word is no person's first name")
        << QStringLiteral("[MISC Christian] groups protested against [PER Christian Lindner].")
        << QStringLiteral("MISC Christian: Christian; PER Christian Lindner: Christian Lindner");
    QTest::newRow("a given name of two people stays apart")
        << QStringLiteral("[PER Donald Trump] met [PER Donald Tusk]. [PER Donald] said so.")
        << QStringLiteral("PER Donald Trump: Donald Trump; PER Donald Tusk: Donald Tusk; PER Donald: Donald");
    QTest::newRow("acronym of an organisation")
        << QStringLiteral("The [ORG Organisation for the Prohibition of Chemical Weapons] met. The [ORG OPCW] said.")
        << QStringLiteral("ORG Organisation for the Prohibition of Chemical Weapons: "
                          "Organisation for the Prohibition of Chemical Weapons | OPCW");
    QTest::newRow("acronym first")
        << QStringLiteral("[ORG UNHCR] staff and the [ORG United Nations High Commissioner for Refugees] agreed.")
        << QStringLiteral("ORG United Nations High Commissioner for Refugees: UNHCR | "
                          "United Nations High Commissioner for Refugees");
    QTest::newRow("possessive")
        << QStringLiteral("[LOC Russia's] army and [LOC Russia] itself; [LOC Aleppo’s] districts.")
        << QStringLiteral("LOC Russia: Russia's | Russia; LOC Aleppo: Aleppo’s");
    QTest::newRow("type by majority")
        << QStringLiteral("[PER Jan Egeland] said. [ORG Egeland] added. [PER Egeland] left.")
        << QStringLiteral("PER Jan Egeland: Jan Egeland | Egeland | Egeland");
    QTest::newRow("a person's full name outweighs surnames typed otherwise")
        << QStringLiteral("[PER Donald Trump] spoke. [ORG Trump] campaign aides said [ORG Trump] would win; "
                          "[MISC Trump] voters cheered.")
        << QStringLiteral("PER Donald Trump: Donald Trump | Trump | Trump | Trump");
    QTest::newRow("a given name of another country is known")
        << QStringLiteral("[PER Elon Musk] said. [ORG Musk] added. [ORG Musk] left.")
        << QStringLiteral("PER Elon Musk: Elon Musk | Musk | Musk");
    QTest::newRow("a full name without a known given name does not")
        << QStringLiteral("[PER Kestrel Varga] said. [ORG Varga] added. [ORG Varga] left.")
        << QStringLiteral("ORG Kestrel Varga: Kestrel Varga | Varga | Varga");
    QTest::newRow("different people, one surname: the nearest in the paragraph")
        << QStringLiteral("[PER Hafez Assad] ruled; [PER Bashar Assad] rules. [PER Assad] said.")
        << QStringLiteral("PER Hafez Assad: Hafez Assad; PER Bashar Assad: Bashar Assad | Assad");
    // An article names the one it is about first; before, "Biden" went to the nearest full name.
    QTest::newRow("different people, one surname: the one named first in other paragraphs")
        << QStringLiteral("[PER Joe Biden] spoke.\n[PER Hunter Biden] listened.\n[PER Biden] said.")
        << QStringLiteral("PER Joe Biden: Joe Biden | Biden; PER Hunter Biden: Hunter Biden");
    QTest::newRow("a name opened by a modal verb is a headline's")
        << QStringLiteral("Will [PER Will Sanders] stay?\n[PER Bernie Sanders] spoke.\n[PER Sanders] said.")
        << QStringLiteral("PER Will Sanders: Will Sanders; PER Bernie Sanders: Bernie Sanders | Sanders");
    QTest::newRow("a name of four words is a headline's")
        << QStringLiteral("[PER Jeb Says Marco Rubio] out.\n[PER Marco Rubio] spoke.\n[PER Rubio] said.")
        << QStringLiteral("PER Jeb Says Marco Rubio: Jeb Says Marco Rubio; PER Marco Rubio: Marco Rubio | Rubio");
    QTest::newRow("a given name that is a modal verb outside a question")
        << QStringLiteral("[PER Will Smith] arrived.\n[PER Jada Smith] followed.\n[PER Smith] said so.")
        << QStringLiteral("PER Will Smith: Will Smith | Smith; PER Jada Smith: Jada Smith");
    QTest::newRow("a full name in the paragraph before one named first")
        << QStringLiteral("[PER Jill Varga] spoke.\n[PER Kestrel Varga], the president, arrived. [PER Varga] said so.")
        << QStringLiteral("PER Jill Varga: Jill Varga; PER Kestrel Varga: Kestrel Varga | Varga");
    QTest::newRow("a title's gender rules out the one named first")
        << QStringLiteral("[PER Bill Clinton] spoke.\n[PER Hillary Clinton] joined him.\nMrs. [PER Clinton] said so.")
        << QStringLiteral("PER Bill Clinton: Bill Clinton; PER Hillary Clinton: Hillary Clinton | Clinton");
    QTest::newRow("a title's gender inside the mention")
        << QStringLiteral("[PER Bill Clinton] spoke.\n[PER Hillary Clinton] joined him.\n[PER Mrs. Clinton] said so.\n"
                          "Mr. [PER Clinton] agreed.")
        << QStringLiteral("PER Bill Clinton: Bill Clinton | Clinton; PER Hillary Clinton: Hillary Clinton | Mrs. Clinton");
    QTest::newRow("a surname is not the given name of the one named first")
        << QStringLiteral("[PER Kane Williamson] batted. [PER Harry Kane] scored twice. [PER Kane] has 20 goals.")
        << QStringLiteral("PER Kane Williamson: Kane Williamson; PER Harry Kane: Harry Kane | Kane");
    QTest::newRow("a surname before any full name goes to the nearest after it")
        << QStringLiteral("[PER Assad] said. [PER Bashar Assad] rules; his father [PER Hafez Assad] ruled.")
        << QStringLiteral("PER Bashar Assad: Assad | Bashar Assad; PER Hafez Assad: Hafez Assad");
    QTest::newRow("the one named first takes surnames typed otherwise")
        << QStringLiteral("[PER Donald Trump] spoke.\n[PER Ivanka Trump] wrote.\n[ORG Trump] campaign aides said "
                          "[ORG Trump] would win.")
        << QStringLiteral("PER Donald Trump: Donald Trump | Trump | Trump; PER Ivanka Trump: Ivanka Trump");
    QTest::newRow("place is not a person's surname")
        << QStringLiteral("[PER George Washington] slept. [LOC Washington] woke.")
        << QStringLiteral("PER George Washington: George Washington; LOC Washington: Washington");
    QTest::newRow("organisation without its nationality")
        << QStringLiteral("The [ORG Russian General Staff] said. The [ORG General Staff] added.")
        << QStringLiteral("ORG Russian General Staff: Russian General Staff | General Staff");
    QTest::newRow("nationality is not the country")
        << QStringLiteral("[MISC Syrian] troops in [LOC Syria].")
        << QStringLiteral("MISC Syrian: Syrian; LOC Syria: Syria");
    QTest::newRow("article in a name, article before a name")
        << QStringLiteral("In [LOC The Hague] and [LOC Hague]; the [ORG the Kremlin] and [ORG Kremlin].")
        << QStringLiteral("LOC The Hague: The Hague; LOC Hague: Hague; ORG Kremlin: the Kremlin | Kremlin");
    QTest::newRow("organisation by its first word")
        << QStringLiteral("[ORG HCA Healthcare] grew. [ORG HCA] said; [ORG Shopify Inc.] and [ORG Shopify] too.")
        << QStringLiteral("ORG HCA Healthcare: HCA Healthcare | HCA; ORG Shopify Inc.: Shopify Inc. | Shopify");
    QTest::newRow("organisation named after a person, by its last word")
        << QStringLiteral("[ORG Eli Lilly] rose; [ORG Lilly] said so.")
        << QStringLiteral("ORG Eli Lilly: Eli Lilly | Lilly");
    QTest::newRow("surname of a person is not the body named after him")
        << QStringLiteral("[PER Donald Trump] spoke. The [ORG Trump Organization] and [ORG Trump] aides agreed.")
        << QStringLiteral("PER Donald Trump: Donald Trump | Trump; ORG Trump Organization: Trump Organization");
    QTest::newRow("a body is not the first word of a longer one")
        << QStringLiteral("The [ORG Senate Judiciary Committee] met. The [ORG Senate] voted; [ORG Apple Music] and [ORG Apple] grew.")
        << QStringLiteral("ORG Senate Judiciary Committee: Senate Judiciary Committee; ORG Senate: Senate; "
                          "ORG Apple Music: Apple Music; ORG Apple: Apple");
    QTest::newRow("a surname with a title is a person's too")
        << QStringLiteral("[PER President Trump] met aides. The [ORG Trump Organization] declined; [ORG Trump] said no.")
        << QStringLiteral("PER Trump: President Trump | Trump; ORG Trump Organization: Trump Organization");
    QTest::newRow("a place is not the body named after it")
        << QStringLiteral("[LOC Paris] has a new [ORG Paris Baguette] shop.")
        << QStringLiteral("LOC Paris: Paris; ORG Paris Baguette: Paris Baguette");
    QTest::newRow("firm by the first word of a software firm")
        << QStringLiteral("[ORG Veeam Software] will buy a rival, enabling [ORG Veeam] to grow.")
        << QStringLiteral("ORG Veeam Software: Veeam Software | Veeam");
    // "Boston" (the team) joined "Boston University" when universities joined by their first word.
    QTest::newRow("a team is not the university of its city")
        << QStringLiteral("[ORG Boston University] won. Later, [ORG Boston] beat [ORG Toronto].")
        << QStringLiteral("ORG Boston University: Boston University; ORG Boston: Boston; ORG Toronto: Toronto");
    // The acronym keeps the initial of "of": it was a body of its own.
    QTest::newRow("acronym with the initial of a function word")
        << QStringLiteral("The [ORG Chartered Institute of Building] met. The [ORG CIOB] is worried.")
        << QStringLiteral("ORG Chartered Institute of Building: Chartered Institute of Building | CIOB");
    // A name written in capitals in a transcript lost its accents, and became a person of its own.
    QTest::newRow("accents and capitals")
        << QStringLiteral("[PER Sergio Martínez-Beltrán] reported. [PER MARTINEZ-BELTRAN]: Teachers rallied. "
                          "[PER Martinez-Beltran] left.")
        << QStringLiteral("PER Sergio Martínez-Beltrán: Sergio Martínez-Beltrán | MARTINEZ-BELTRAN | Martinez-Beltran");
    QTest::newRow("particle bin, von")
        << QStringLiteral("[PER Osama bin Laden] and [PER bin Laden]; [PER Ursula von der Leyen] and [PER von der Leyen].")
        << QStringLiteral("PER Osama bin Laden: Osama bin Laden | bin Laden; "
                          "PER Ursula von der Leyen: Ursula von der Leyen | von der Leyen");
}

void EntityClustererTest::clusterEntities_groupsMentions()
{
    QFETCH(QString, markup);
    QFETCH(QString, clusters);
    const MarkedText marked = parseEntityMarkup(markup);
    QCOMPARE(describe(marked, clusterEntities(marked.text, marked.mentions, *m_lexicon)), clusters);
}

void EntityClustererTest::clusterEntities_indexesMentionsInOrder()
{
    const MarkedText marked = parseEntityMarkup(
        QStringLiteral("[PER Assad] met [PER Putin]; [PER Vladimir Putin] and [PER Bashar Assad] spoke."));
    const QList<EntityCluster> clusters = clusterEntities(marked.text, marked.mentions, *m_lexicon);
    QCOMPARE(clusters.size(), 2);
    QCOMPARE(clusters[0].mentions, QList<int>({0, 3}));
    QCOMPARE(clusters[1].mentions, QList<int>({1, 2}));
}

// Each new mention was compared with every member of the clusters sharing its last word: 30,000
// mentions of two people took seconds. Members written alike are compared once now.
void EntityClustererTest::clusterEntities_nameMentionedThousandsOfTimes_takesMilliseconds()
{
    QString text;
    QList<EntityMention> mentions;
    for (int i = 0; i < 30000; ++i) {
        const QString name = i % 3 == 0 ? QStringLiteral("Elena Varga") : i % 3 == 1 ? QStringLiteral("Varga")
                                                                                      : QStringLiteral("Tomas Varga");
        mentions.append({text.size(), text.size() + name.size(), EntityType::Person});
        text += name + QStringLiteral(" said. ");
    }
    QElapsedTimer timer;
    timer.start();
    const QList<EntityCluster> clusters = clusterEntities(text, mentions, *m_lexicon);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(clusters.size(), 2);
    // "Varga" joins the nearest full name before it: Elena, whose mention comes just before.
    QCOMPARE(clusters.first().mentions.size(), 20000);
}

// The full name once at the top, the surname thousands of times after it in one paragraph:
// whether a line break stands between is looked up, not scanned for back to the full name.
void EntityClustererTest::clusterEntities_surnameLongAfterTheFullName_takesMilliseconds()
{
    QString text = QStringLiteral("Elena Varga said. ");
    QList<EntityMention> mentions = {{0, 11, EntityType::Person}};
    for (int i = 0; i < 50000; ++i) {
        mentions.append({text.size(), text.size() + 5, EntityType::Person});
        text += QStringLiteral("Varga said so. ");
    }
    QElapsedTimer timer;
    timer.start();
    const QList<EntityCluster> clusters = clusterEntities(text, mentions, *m_lexicon);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(clusters.size(), 1);
}

QTEST_GUILESS_MAIN(EntityClustererTest)
#include "entity_clusterer_test.moc"
