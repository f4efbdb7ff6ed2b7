#include "detect/ner/entity_span_repairs.h"

#include "tag_names.h"

#include <QTest>

using namespace galley;

// Spans the tagger joins that CoNLL-2003 keeps apart.
class EntitySpanRepairsTest : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void brandTypesOverTheDocument();
};

void EntitySpanRepairsTest::split_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("tagged");
    QTest::addColumn<QString>("expected");
    QTest::newRow("acronym and a full name") << "to the UN Francois Delattre said" << "O O B-ORG I-ORG I-ORG O"
                                             << "O O B-ORG B-PER I-PER O";
    QTest::newRow("two acronyms") << "EU UN Francois Delattre" << "B-MISC I-MISC I-MISC I-MISC"
                                  << "B-MISC I-MISC B-PER I-PER";
    QTest::newRow("given name alone stays") << "UN Francois" << "B-ORG I-ORG" << "B-ORG I-ORG";
    QTest::newRow("no acronym") << "Francis Crick Institute" << "B-ORG I-ORG I-ORG" << "B-ORG I-ORG I-ORG";
    QTest::newRow("not a given name") << "UN Security Council" << "B-ORG I-ORG I-ORG" << "B-ORG I-ORG I-ORG";
    QTest::newRow("particle in the name after the acronym") << "UN Francois de Delattre" << "B-ORG I-ORG I-ORG I-ORG"
                                                            << "B-ORG B-PER I-PER I-PER";
    QTest::newRow("already a person") << "UN Francois Delattre" << "B-PER I-PER I-PER" << "B-PER I-PER I-PER";
    QTest::newRow("two names joined by and") << "by Jabhat Fatah al Sham and Daesh ." << "O B-PER I-PER I-PER I-PER I-PER I-PER O"
                                             << "O B-PER I-PER I-PER I-PER O B-PER O";
    QTest::newRow("and inside a place stays") << "Bosnia and Herzegovina" << "B-LOC I-LOC I-LOC" << "B-LOC I-LOC I-LOC";
    QTest::newRow("and at a person's end leaves it") << "Smith and others" << "B-PER I-PER O" << "B-PER O O";
    QTest::newRow("everyday given name") << "UN Will Vote" << "B-ORG I-ORG I-ORG" << "B-ORG I-ORG I-ORG";
    QTest::newRow("surname that is an everyday word") << "JP Morgan Chase" << "B-ORG I-ORG I-ORG" << "B-ORG I-ORG I-ORG";
    QTest::newRow("pronoun alone") << "'' It 's anti-reform" << "O B-PER O O" << "O O O O";
    QTest::newRow("title-case pronoun") << "He has promoted" << "B-ORG O O" << "O O O";
    QTest::newRow("capitals are a name") << "IT workers and US troops" << "B-MISC O O B-LOC O"
                                         << "B-MISC O O B-LOC O";
    QTest::newRow("pronoun inside a name stays") << "It Takes Two" << "B-MISC I-MISC I-MISC" << "B-MISC I-MISC I-MISC";
    QTest::newRow("body word alone as a person") << "of the General Staff 's" << "O O O B-PER O"
                                                 << "O O B-ORG I-ORG O";
    QTest::newRow("body word after a nationality") << "Russian General Staff said" << "B-MISC O B-PER O"
                                                   << "B-MISC B-ORG I-ORG O";
    QTest::newRow("everyday word before a body word") << "The Staff said" << "O B-PER O" << "O B-ORG O";
    QTest::newRow("body word that is a surname") << "said Post" << "O B-PER" << "O B-PER";
    QTest::newRow("body word inside a person's name") << "Ministry Smith" << "B-PER I-PER" << "B-PER I-PER";
    QTest::newRow("surname that ends bodies' names") << "UN Francois Hospital" << "B-ORG I-ORG I-ORG"
                                                     << "B-ORG I-ORG I-ORG";
    QTest::newRow("acronym of a thing") << "new AI tools and LLMs" << "O B-ORG O O B-PER" << "O O O O O";
    QTest::newRow("acronym of a thing inside a name stays") << "Ai Weiwei and AI Now" << "B-PER I-PER O B-ORG I-ORG"
                                                             << "B-PER I-PER O B-ORG I-ORG";
    QTest::newRow("degrees after a person") << "Elizabeth Hoge , MD , and Lauren Slayton , MS , RD"
                                            << "B-PER I-PER O B-LOC O O B-PER I-PER O B-ORG O B-LOC"
                                            << "B-PER I-PER O O O O B-PER I-PER O O O O";
    QTest::newRow("degree written with periods") << "Scott Keatley , R.D. , is co-owner" << "B-PER I-PER O B-PER O O O"
                                                 << "B-PER I-PER O O O O O";
    QTest::newRow("state after a town stays") << "Baltimore , MD" << "B-LOC O B-LOC" << "B-LOC O B-LOC";
    QTest::newRow("brand of today left O") << "On Tuesday , Netflix said" << "O O O O O" << "O O O B-ORG O";
    QTest::newRow("brand of two words") << "photo by Getty Images ." << "O O O O O" << "O O B-ORG I-ORG O";
    QTest::newRow("brand typed a person") << "Netflix said" << "B-PER O" << "B-ORG O";
    QTest::newRow("listed company typed a person") << "Walmart said" << "B-PER O" << "B-ORG O";
    QTest::newRow("listed company of two words typed a person") << "Novo Nordisk said" << "B-PER I-PER O" << "B-ORG I-ORG O";
    QTest::newRow("company named after a person stays") << "Charles Schwab said" << "B-PER I-PER O" << "B-PER I-PER O";
    QTest::newRow("listed company of two words left O") << "shares of Novo Nordisk fell" << "O O O O O" << "O O B-ORG I-ORG O";
    QTest::newRow("listed bank with a given name last") << "Morgan Stanley said" << "B-PER I-PER O" << "B-ORG I-ORG O";
    QTest::newRow("listed bank with a place last") << "Wells Fargo said" << "B-PER I-PER O" << "B-ORG I-ORG O";
    QTest::newRow("names joined by an ampersand") << "Marks & Spencer said" << "O O B-PER O" << "B-ORG I-ORG I-ORG O";
    QTest::newRow("ampersand between a person and a body") << "Ben & Jerry 's co-founder" << "B-PER O B-ORG O O"
                                                           << "B-ORG I-ORG I-ORG O O";
    QTest::newRow("ampersand inside a body stays") << "Edward D. Jones & Co" << "B-ORG I-ORG I-ORG I-ORG I-ORG"
                                                   << "B-ORG I-ORG I-ORG I-ORG I-ORG";
    QTest::newRow("ampersand name after an article") << "The Standard & Poor 's index" << "O B-ORG O B-ORG O O"
                                                     << "O B-ORG I-ORG I-ORG O O";
    QTest::newRow("police force after its place") << "Fairfield Police said" << "B-LOC O O" << "B-ORG I-ORG O";
    QTest::newRow("police force before its place") << "Police Scotland said" << "O B-LOC O" << "B-ORG I-ORG O";
    QTest::newRow("Scotland Yard") << "Scotland Yard said" << "B-LOC O O" << "B-ORG I-ORG O";
    QTest::newRow("plural owner inside a body's name") << "at Leeds Magistrates ' Court on" << "O B-ORG I-ORG O O O"
                                                       << "O B-ORG I-ORG I-ORG I-ORG O";
    QTest::newRow("plural owner before Cooperative, the place and the body split (the sample's)")
        << "of the Saltmarsh Fishers ' Cooperative , which" << "O O B-LOC I-LOC O B-ORG O O"
        << "O O B-ORG I-ORG I-ORG I-ORG O O";
    QTest::newRow("plural owner before Affairs") << "Department of Veterans ' Affairs said" << "B-ORG I-ORG I-ORG O O O"
                                                 << "B-ORG I-ORG I-ORG I-ORG I-ORG O";
    QTest::newRow("a place owning a body stays") << "Texas ' Department of Public Safety said" << "B-LOC O B-ORG I-ORG I-ORG I-ORG O"
                                                 << "B-LOC O B-ORG I-ORG I-ORG I-ORG O";
    QTest::newRow("ampersand the tagger put inside a person") << "Marks & Spencer said" << "O B-PER I-PER O"
                                                               << "B-ORG I-ORG I-ORG O";
    QTest::newRow("ampersand name before a title and a person")
        << "Procter & Gamble Chief Executive Jon Moeller said" << "O O O O O B-PER I-PER O"
        << "B-ORG I-ORG I-ORG O O B-PER I-PER O";
    QTest::newRow("ampersand name after an everyday word") << "Retailer Marks & Spencer said" << "O O O B-PER O"
                                                           << "O B-ORG I-ORG I-ORG O";
    QTest::newRow("listed company that is a person with an age") << "Designer Ralph Lauren , 85 , attended"
                                                                 << "O B-PER I-PER O O O O" << "O B-PER I-PER O O O O";
    QTest::newRow("everyday plural owner") << "the Women 's Institute" << "O O O B-ORG" << "O B-ORG I-ORG I-ORG";
    QTest::newRow("a people owning a body stays") << "the Democrats ' Senate majority" << "O B-MISC O B-ORG O"
                                                  << "O B-MISC O B-ORG O";
    QTest::newRow("a person owning a body stays") << "Trump 's Justice Department" << "B-PER O B-ORG I-ORG"
                                                  << "B-PER O B-ORG I-ORG";
    QTest::newRow("given name that is an everyday word") << "Pep Guardiola said" << "O B-PER O" << "B-PER I-PER O";
    QTest::newRow("given name of any country opening a body") << "Elon Musk founded it" << "B-ORG I-ORG O O"
                                                               << "B-PER I-PER O O";
    QTest::newRow("given name opening a thing") << "Kemi Badenoch spoke" << "B-MISC I-MISC O" << "B-PER I-PER O";
    QTest::newRow("given name left out of a surname read as a thing") << "Melania Trump arrived" << "O B-MISC O"
                                                                       << "B-PER I-PER O";
    QTest::newRow("weekday before a surname read as a thing") << "Tuesday Trump spoke" << "O B-MISC O"
                                                               << "O B-MISC O";
    QTest::newRow("given name before a one-word body") << "Melania Lewis grew" << "O B-ORG O" << "O B-ORG O";
    QTest::newRow("surname before a body's word") << "Jones Medical grew" << "O B-ORG O" << "O B-ORG O";
    QTest::newRow("given name inside a longer name") << "Uncle Melania Trump" << "O O B-MISC" << "O O B-MISC";
    QTest::newRow("two people read as one body") << "Elon Musk and Kemi Badenoch came"
                                                 << "B-ORG I-ORG I-ORG I-ORG I-ORG O" << "B-PER I-PER O B-PER I-PER O";
    QTest::newRow("a person and a body's name stay one body") << "Elon Musk and Kemi Hospital"
                                                              << "B-ORG I-ORG I-ORG I-ORG I-ORG" << "B-ORG I-ORG I-ORG I-ORG I-ORG";
    QTest::newRow("a name and one word stay one body") << "Elon Musk and Partners said"
                                                       << "B-ORG I-ORG I-ORG I-ORG O" << "B-ORG I-ORG I-ORG I-ORG O";
    QTest::newRow("given name that is a surname opening a firm") << "Jones Medical grew" << "B-ORG I-ORG O"
                                                                  << "B-ORG I-ORG O";
    QTest::newRow("given name opening a place's name") << "Jefferson County voted" << "B-ORG I-ORG O"
                                                        << "B-ORG I-ORG O";
    QTest::newRow("given name before an everyday plural") << "Reagan Communications grew" << "B-ORG I-ORG O"
                                                           << "B-ORG I-ORG O";
    QTest::newRow("given name opening a compound") << "a Hilary Clinton-run charity" << "O B-MISC I-MISC O"
                                                    << "O B-MISC I-MISC O";
    QTest::newRow("given name opening a listed company") << "Morgan Stanley said" << "B-ORG I-ORG O"
                                                          << "B-ORG I-ORG O";
    QTest::newRow("article opening a newspaper's name") << "El Universal reported" << "B-ORG I-ORG O"
                                                         << "B-ORG I-ORG O";
    QTest::newRow("given name opening a place stays") << "Elon Musk" << "B-LOC I-LOC" << "B-LOC I-LOC";
    QTest::newRow("given name opening three words") << "Kemi Olu Badenoch spoke" << "B-ORG I-ORG I-ORG O"
                                                    << "B-PER I-PER I-PER O";
    QTest::newRow("given name opening four words stays") << "Kemi Olu Ade Badenoch" << "B-ORG I-ORG I-ORG I-ORG"
                                                         << "B-ORG I-ORG I-ORG I-ORG";
    QTest::newRow("given name opening a body's initiative") << "The Kemi Badenoch Initiative said"
                                                             << "O B-ORG I-ORG I-ORG O" << "O B-ORG I-ORG I-ORG O";
    QTest::newRow("month opening an event") << "the August Rebellion" << "O B-MISC I-MISC" << "O B-MISC I-MISC";
    QTest::newRow("words run together") << "Elon MuskShareLike" << "B-ORG I-ORG" << "B-ORG I-ORG";
    QTest::newRow("a place and its Arabic article") << "in Salah al-Din district" << "O B-LOC B-LOC O"
                                                    << "O B-LOC I-LOC O";
    QTest::newRow("a person and the article apart") << "Muammar el Qaddafi ruled" << "B-PER B-ORG I-ORG O"
                                                    << "B-PER I-PER I-PER O";
    QTest::newRow("an everyday word after a name stays") << "Salah alleged" << "B-LOC B-MISC" << "B-LOC B-MISC";
    QTest::newRow("a body's word, of, and a name") << "The Australian Chamber of Commerce said" << "O B-PER I-PER O B-ORG O"
                                                  << "O B-ORG I-ORG I-ORG I-ORG O";
    QTest::newRow("a body's word, of, and capitalised words") << "the Ministry of Defence said" << "O B-ORG O O O"
                                                             << "O B-ORG I-ORG I-ORG O";
    QTest::newRow("a person's name before of stays") << "Jane Smith of Reuters said" << "B-PER I-PER O B-ORG O"
                                                     << "B-PER I-PER O B-ORG O";
    QTest::newRow("a body's word before lower-case words stays") << "the Council of ministers" << "O B-ORG O O"
                                                                 << "O B-ORG O O";
    QTest::newRow("names a class of bodies lists") << "groups such as the Jabhat Fatah al Sham and Daesh ,"
                                                   << "O O O O B-PER I-PER I-PER I-PER O B-PER O"
                                                   << "O O O O B-ORG I-ORG I-ORG I-ORG O B-ORG O";
    QTest::newRow("companies like a surname") << "companies like Ford , Kaffee or Steuer" << "O O B-PER O B-PER O B-PER"
                                              << "O O B-ORG O B-ORG O B-ORG";
    QTest::newRow("a place in a list of bodies stays") << "groups including Damascus" << "O O B-LOC" << "O O B-LOC";
    QTest::newRow("a name before a noun describes it") << "countries , including Arab nations" << "O O O B-MISC O"
                                                       << "O O O B-MISC O";
    QTest::newRow("a thing before a part of a place") << "reached the Al-Rashidin-4 sector" << "O O B-MISC O"
                                                      << "O O B-LOC O";
    QTest::newRow("a people before a part of a place stays") << "the Palestinian sector" << "O B-MISC O"
                                                             << "O B-MISC O";
    QTest::newRow("a thing before another noun stays") << "the Al-Rashidin-4 convoy" << "O B-MISC O" << "O B-MISC O";
    QTest::newRow("people of a kind stay persons") << "leaders such as Merkel" << "O O O B-PER" << "O O O B-PER";
    QTest::newRow("body named after a person") << "the Kennedy Center said" << "O B-PER I-PER O" << "O B-ORG I-ORG O";
    QTest::newRow("airport named after a person") << "John F. Kennedy International Airport closed"
                                                   << "B-PER I-PER I-PER I-PER I-PER O" << "B-LOC I-LOC I-LOC I-LOC I-LOC O";
    QTest::newRow("day named after a person") << "on Martin Luther King Jr. Day" << "O B-PER I-PER I-PER I-PER I-PER"
                                               << "O B-MISC I-MISC I-MISC I-MISC I-MISC";
    QTest::newRow("surname that ends names of places") << "Michael Bay directed" << "B-PER I-PER O" << "B-PER I-PER O";
    QTest::newRow("surname that ends names of places after an initial")
        << "Anita F. Hill testified" << "B-PER I-PER I-PER O" << "B-PER I-PER I-PER O";
    QTest::newRow("surname that ends names of places after a given name")
        << "Mary Ann Hall spoke" << "B-PER I-PER I-PER O" << "B-PER I-PER I-PER O";
    QTest::newRow("given name that is a modal verb") << "May Johnson stay ?" << "O B-PER O O" << "O B-PER O O";
    QTest::newRow("article on the list of given names") << "The Dole campaign" << "O B-PER O" << "O B-PER O";
    QTest::newRow("brand that is also a place stays") << "Amazon said" << "B-LOC O" << "B-LOC O";
    QTest::newRow("brand in lower case stays") << "watch netflix tonight" << "O O O" << "O O O";
    QTest::newRow("brand phrase of everyday words") << "The finals will be held" << "O O O O O" << "O O O O O";
    QTest::newRow("brand phrase in lower case after") << "New balance sheets" << "O O O" << "O O O";
    QTest::newRow("brand word opening a sentence") << "Target prices rose" << "O O O" << "O O O";
    QTest::newRow("brand opening a sentence, tagged a person") << "Ruby said" << "B-PER O" << "B-PER O";
    QTest::newRow("brand word after a title") << "Ms Hermes said" << "O B-PER O" << "O B-PER O";
    QTest::newRow("brand word left O after a title") << "Ms Hermes said" << "O O O" << "O O O";
    QTest::newRow("body after an honorific") << "Ms Hermes said" << "O B-ORG O" << "O B-PER O";
    QTest::newRow("body after a title that is no honorific") << "General Motors said" << "B-ORG I-ORG O"
                                                             << "B-ORG I-ORG O";
    QTest::newRow("degree starting a body's name") << "Regis Schultz , JD Sports chief" << "B-PER I-PER O B-ORG I-ORG O"
                                                   << "B-PER I-PER O B-ORG I-ORG O";
    QTest::newRow("body name typed other") << "the World Health Organization said" << "O B-MISC I-MISC I-MISC O"
                                           << "O B-ORG I-ORG I-ORG O";
    QTest::newRow("federation is a country") << "the Russian Federation" << "O B-LOC I-LOC" << "O B-LOC I-LOC";
    // name particles (name_span_repairs)
    QTest::newRow("particles split a name") << "Ursula von der Leyen met" << "B-PER O B-PER I-PER O"
                                            << "B-PER I-PER I-PER I-PER O";
    QTest::newRow("particle before a body") << "Mohammed bin Salman said" << "B-PER O B-ORG O" << "B-PER I-PER I-PER O";
    QTest::newRow("capital particle opening a name") << "Van der Meer said" << "B-MISC O B-PER O" << "B-PER I-PER I-PER O";
    QTest::newRow("particle between places") << "Banco de Mexico raised" << "B-ORG I-ORG I-ORG O" << "B-ORG I-ORG I-ORG O";
    QTest::newRow("capital particle before a place") << "in La Paz" << "O B-LOC I-LOC" << "O B-LOC I-LOC";
    QTest::newRow("two full names joined by and") << "met Marine Le Pen and Charles de Gaulle"
                                                   << "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"
                                                   << "O B-PER I-PER I-PER O B-PER I-PER I-PER";
    QTest::newRow("two firms joined by and stay") << "General Motors and Ford Motor Company" << "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"
                                                  << "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG";
    QTest::newRow("title inside a body's span") << "Fed Chair Jerome Powell said" << "B-ORG I-ORG I-ORG I-ORG O"
                                                << "B-ORG O B-PER I-PER O";
    QTest::newRow("particles after a body's title")
        << "European Commission President Ursula von der Leyen said" << "B-ORG I-ORG I-ORG I-ORG O B-PER I-PER O"
        << "B-ORG I-ORG O B-PER I-PER I-PER I-PER O";
    QTest::newRow("known word before a capital particle") << "Marine Le Pen said" << "O B-ORG I-ORG O"
                                                           << "B-PER I-PER I-PER O";
    QTest::newRow("weekday before a capital particle") << "On Sunday Le Monde reported" << "O O B-ORG I-ORG O"
                                                        << "O O B-ORG I-ORG O";
    QTest::newRow("place before a capital particle") << "In Paris Le Pen said" << "O B-LOC B-PER I-PER O"
                                                      << "O B-LOC B-PER I-PER O";
    QTest::newRow("name after a body's span ending in a title") << "Apple Chief Executive Tim Cook told"
                                                                 << "B-ORG I-ORG I-ORG O O O" << "B-ORG O O B-PER I-PER O";
    QTest::newRow("everyday word before a title leaves") << "Shadow Chancellor Mel Stride said" << "B-ORG I-ORG I-ORG I-ORG O"
                                                         << "O O B-PER I-PER O";
    QTest::newRow("party and state after a lawmaker") << "Sen. Elizabeth Warren , D-Mass. , told" << "O B-PER I-PER O B-MISC O O"
                                                      << "O B-PER I-PER O O O O";
    QTest::newRow("lawmaker read as a place") << "Sen. Elizabeth Warren said" << "O B-LOC I-LOC O" << "O B-PER I-PER O";
    QTest::newRow("a party-like word not set off stays") << "the D-Day landings" << "O B-MISC O" << "O B-MISC O";
    QTest::newRow("titled person of a body") << "Dr. Priya Raman of Johns Hopkins University said"
                                             << "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"
                                             << "O B-PER I-PER O B-ORG I-ORG I-ORG O";
    QTest::newRow("titles inside the body's span") << "Detective Inspector Sarah Collins of West Yorkshire Police said"
                                                   << "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"
                                                   << "O O B-PER I-PER O B-ORG I-ORG I-ORG O";
    QTest::newRow("known name of a place") << "John Smith of Ohio said" << "B-PER I-PER I-PER I-PER O"
                                           << "B-PER I-PER O B-LOC O";
    QTest::newRow("a body of a place stays") << "the Islamic State of Iraq said" << "O B-ORG I-ORG I-ORG I-ORG O"
                                             << "O B-ORG I-ORG I-ORG I-ORG O";
    QTest::newRow("a body's word before of stays") << "the National Museum of African Art said" << "O B-ORG I-ORG I-ORG I-ORG I-ORG O"
                                                   << "O B-ORG I-ORG I-ORG I-ORG I-ORG O";
    QTest::newRow("two persons side by side are one") << "President Recep Tayyip Erdogan said" << "O B-PER B-PER I-PER O"
                                                      << "O B-PER I-PER I-PER O";
    QTest::newRow("two one-word names stay two") << "the Obama Biden administration" << "O B-PER B-PER O"
                                                 << "O B-PER B-PER O";
    QTest::newRow("a title tagged a person stays apart") << "spokesman Lieutenant-Colonel Max Marriner said"
                                                         << "O B-PER B-PER I-PER O" << "O B-PER B-PER I-PER O";
    QTest::newRow("a word known only as a name joins the person") << "Recep Erdogan said" << "O B-PER O"
                                                                   << "B-PER I-PER O";
    QTest::newRow("an article before a person stays out") << "The Dole campaign" << "O B-PER O" << "O B-PER O";
}

void EntitySpanRepairsTest::split()
{
    QFETCH(QString, words);
    QFETCH(QString, tagged);
    QFETCH(QString, expected);
    Gazetteer gazetteer;
    gazetteer.add({QStringLiteral("francois")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("francis")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("will")}, GazetteerLists(Gazetteer::GivenName | Gazetteer::CommonWord));
    gazetteer.add({QStringLiteral("morgan")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("chase")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("hospital")}, Gazetteer::OrganisationWord);
    gazetteer.add({QStringLiteral("staff")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("ministry")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("post")},
                  GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("general")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("the")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::GivenName));
    gazetteer.add({QStringLiteral("magistrate")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("veteran")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("fisher")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("retailer")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("designer")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("chief")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("executive")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("lauren")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("ralph")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("ralph"), QStringLiteral("lauren")}, Gazetteer::ListedCompany);
    gazetteer.add({QStringLiteral("texas")}, Gazetteer::Place);
    gazetteer.add({QStringLiteral("court")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("institute")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("senate")}, Gazetteer::OrganisationWord);
    gazetteer.add({QStringLiteral("department")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("women")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("may")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::GivenName));
    gazetteer.add({QStringLiteral("pep")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::GivenName));
    gazetteer.add({QStringLiteral("elon")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("musk")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("kemi")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("melania")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("tuesday")}, Gazetteer::WorldGivenName);   // as the lists may hold a weekday
    gazetteer.add({QStringLiteral("august")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("ann")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("jones")}, GazetteerLists(Gazetteer::GivenName | Gazetteer::Surname));
    gazetteer.add({QStringLiteral("medical")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("jefferson")}, GazetteerLists(Gazetteer::GivenName | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("county")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("reagan")}, GazetteerLists(Gazetteer::GivenName | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("communication")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("hilary")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("el")}, Gazetteer::WorldGivenName);
    gazetteer.add({QStringLiteral("stanley")}, GazetteerLists(Gazetteer::GivenName | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("morgan"), QStringLiteral("stanley")}, Gazetteer::ListedCompany);
    gazetteer.add({QStringLiteral("wells")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("fargo")}, GazetteerLists(Gazetteer::ProperWord | Gazetteer::WordNetPlace));
    gazetteer.add({QStringLiteral("wells"), QStringLiteral("fargo")}, Gazetteer::ListedCompany);
    gazetteer.add({QStringLiteral("scotland")}, Gazetteer::Country);
    gazetteer.add({QStringLiteral("ai")}, Gazetteer::ThingAcronym);
    gazetteer.add({QStringLiteral("llms")}, Gazetteer::ThingAcronym);
    gazetteer.add({QStringLiteral("md")}, Gazetteer::Credential);
    gazetteer.add({QStringLiteral("ms")}, GazetteerLists(Gazetteer::Credential | Gazetteer::Title));
    gazetteer.add({QStringLiteral("rd")}, Gazetteer::Credential);
    gazetteer.add({QStringLiteral("netflix")}, GazetteerLists(Gazetteer::Company | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("getty"), QStringLiteral("images")}, Gazetteer::Company);
    gazetteer.add({QStringLiteral("amazon")}, GazetteerLists(Gazetteer::Company | Gazetteer::WordNetPlace));
    gazetteer.add({QStringLiteral("the"), QStringLiteral("finals")}, Gazetteer::Company);
    gazetteer.add({QStringLiteral("new"), QStringLiteral("balance")}, Gazetteer::Company);
    gazetteer.add({QStringLiteral("new")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("target")}, GazetteerLists(Gazetteer::Company | Gazetteer::CommonWord | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("hermes")}, GazetteerLists(Gazetteer::Company | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("jd")}, Gazetteer::Credential);
    gazetteer.add({QStringLiteral("ruby")}, GazetteerLists(Gazetteer::Company | Gazetteer::CommonWord | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("ursula")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("mohammed")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("charles")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("jerome")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("marine")},
                  GazetteerLists(Gazetteer::CommonWord | Gazetteer::ProperWord | Gazetteer::WordNetPerson));
    gazetteer.add({QStringLiteral("paris")},
                  GazetteerLists(Gazetteer::ProperWord | Gazetteer::WordNetPerson | Gazetteer::Place));
    gazetteer.add({QStringLiteral("pen")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("mel")}, Gazetteer::ProperWord);
    gazetteer.add({QStringLiteral("stride")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("shadow")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("chair")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("chancellor")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("company")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("president")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("chief")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("executive")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("cook")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("walmart")}, Gazetteer::ListedCompany);
    gazetteer.add({QStringLiteral("charles"), QStringLiteral("schwab")}, Gazetteer::ListedCompany);
    gazetteer.add({QStringLiteral("novo"), QStringLiteral("nordisk")}, Gazetteer::ListedCompany);
    gazetteer.add({QStringLiteral("dr.")}, Gazetteer::Title);
    gazetteer.add({QStringLiteral("lieutenant")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("colonel")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::Title));
    gazetteer.add({QStringLiteral("john")}, Gazetteer::GivenName);
    gazetteer.add({QStringLiteral("ohio")}, Gazetteer::Place);
    gazetteer.add({QStringLiteral("iraq")}, Gazetteer::Country);
    gazetteer.add({QStringLiteral("islamic")}, GazetteerLists(Gazetteer::Nationality | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("university")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("police")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("museum")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::OrganisationWord));
    gazetteer.add({QStringLiteral("national")}, Gazetteer::CommonWord);
    gazetteer.add({QStringLiteral("the")}, GazetteerLists(Gazetteer::CommonWord | Gazetteer::GivenName));
    QList<TagId> tags = tagsOf(tagged);
    repairEntitySpans(words.split(u' '), tags, gazetteer);
    QCOMPARE(namesOf(tags), expected);
}

void EntitySpanRepairsTest::brandTypesOverTheDocument()
{
    Gazetteer gazetteer;
    gazetteer.add({QStringLiteral("google")}, GazetteerLists(Gazetteer::Company | Gazetteer::CommonWord | Gazetteer::ProperWord));
    gazetteer.add({QStringLiteral("ruby")}, GazetteerLists(Gazetteer::Company | Gazetteer::CommonWord | Gazetteer::ProperWord));
    const QList<QStringList> sentences = {
        QStringLiteral("Google said it would invest").split(u' '),
        QStringLiteral("Analysts said Google was ahead").split(u' '),
        QStringLiteral("Ruby , 34 , said so").split(u' '),
    };
    // The tagger's person at the first sentence's start; the sentence repairs made the second an
    // organisation.
    QList<QList<TagId>> tags = {tagsOf(QStringLiteral("B-PER O O O O")), tagsOf(QStringLiteral("O O B-ORG O O")),
                                tagsOf(QStringLiteral("B-PER O O O O O"))};
    repairBrandTypes(sentences, tags, gazetteer);
    QCOMPARE(namesOf(tags[0]), QStringLiteral("B-ORG O O O O"));
    QCOMPARE(namesOf(tags[2]), QStringLiteral("B-PER O O O O O"));   // never an organisation here
}

QTEST_GUILESS_MAIN(EntitySpanRepairsTest)
#include "entity_span_repairs_test.moc"
