#include "detect/ner/given_name_repairs.h"

#include "detect/ner/feature_hash.h"
#include "detect/ner/name_heads.h"
#include "detect/ner/name_words.h"
#include "detect/numbers/calendar_words.h"
#include "text/modal_verbs.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

constexpr GazetteerLists kNotAPersonsWord = Gazetteer::Place | Gazetteer::Country | Gazetteer::WordNetPlace
                                            | Gazetteer::WordNetGroup | Gazetteer::Nationality | Gazetteer::Title
                                            | Gazetteer::OrganisationWord | Gazetteer::kCompanyLists
                                            | Gazetteer::TrainOrganization | Gazetteer::TrainLocation
                                            | Gazetteer::TrainMiscellaneous;

// A later word of a person's name: written as a name, no plural of an everyday word ("Reagan
// Communications"), no compound ("Clinton-run"), no run of words written as one
// ("FoleyFlagShareLikeReply").
bool canContinuePersonsName(const QString &word, const Gazetteer &gazetteer)
{
    const QString lower = word.toLower();
    const qsizetype capitals = std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isUpper(); });
    bool lowerCompound = false;
    for (qsizetype i = 0; i + 1 < word.size(); ++i)
        lowerCompound = lowerCompound || (word[i] == u'-' && word[i + 1].isLower());
    return isNameWord(word) && capitals <= 2 && !lowerCompound
           && !(gazetteer.wordLists(word) & kNotAPersonsWord) && !isPluralOfEverydayWord(lower, gazetteer)
           && !isPlaceOrThingHead(lower);
}

// Words [begin, end) that are a person's two or three word name opened by a given name.
bool isGivenNamePair(const QStringList &words, qsizetype begin, qsizetype end, const Gazetteer &gazetteer)
{
    const qsizetype length = end - begin;
    if (length < 2 || length > 3 || !opensWithGivenName(words[begin], gazetteer))
        return false;
    std::uint64_t hashes[3] = {hashText(words[begin].toLower())};
    for (qsizetype i = begin + 1; i < end; ++i) {
        hashes[i - begin] = hashText(words[i].toLower());
        if (!canContinuePersonsName(words[i], gazetteer))
            return false;
    }
    return !(gazetteer.lookup(Gazetteer::phraseHash(hashes, int(length))) & kNotAPersonsWord);
}

} // namespace

bool opensWithGivenName(const QString &word, const Gazetteer &gazetteer)
{
    static const QSet<QString> articles = {QStringLiteral("El"), QStringLiteral("La"), QStringLiteral("Le"),
                                           QStringLiteral("Los"), QStringLiteral("Las"), QStringLiteral("Del")};
    const GazetteerLists lists = gazetteer.wordLists(word);
    const QString lower = word.toLower();
    // A surname opens firms' names too ("Jones Medical", "Thomas Cook"), a month events' ("the
    // January Uprising")
    return (lists & (Gazetteer::GivenName | Gazetteer::WorldGivenName))
           && !(lists & (kNotAPersonsWord | Gazetteer::CommonWord | Gazetteer::Surname)) && !articles.contains(word)
           && !monthOfWord(lower) && !weekdayOfWord(lower);
}

void retypeGivenNamePairs(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype begin = 0; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]))
            continue;
        const EntityType type = tagType(tags[begin]);
        const qsizetype end = spanEnd(tags, begin);
        if (type == EntityType::Organization || type == EntityType::Miscellaneous) {
            const qsizetype andAt = std::find(words.begin() + begin, words.begin() + end, QStringLiteral("and")) - words.begin();
            // "Melania" left out of "Trump" the thing: the given name before a one-word thing (a
            // one-word body after a given name is often a firm named after someone: "John Lewis")
            const bool givenNameBefore = type == EntityType::Miscellaneous && end == begin + 1 && begin > 0
                                         && isOutside(tags[begin - 1]) && isNameWord(words[begin - 1])
                                         && (begin == 1 || !isNameWord(words[begin - 2]));
            if (isGivenNamePair(words, begin, end, gazetteer)) {
                tagPerson(tags, begin, end);
            } else if (givenNameBefore && isGivenNamePair(words, begin - 1, end, gazetteer)) {
                tagPerson(tags, begin - 1, end);
            } else if (andAt < end && isGivenNamePair(words, begin, andAt, gazetteer)
                       && isGivenNamePair(words, andAt + 1, end, gazetteer)) {
                // "Elon Musk and Kemi Badenoch" read as one body: two people
                tagPerson(tags, begin, andAt);
                tags[andAt] = kOutsideTag;
                tagPerson(tags, andAt + 1, end);
            }
        }
        begin = end - 1;
    }
}

void joinEverydayGivenNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype i = 0; i + 1 < tags.size(); ++i) {
        if (!isOutside(tags[i]) || tags[i + 1] != beginTag(EntityType::Person) || !isNameWord(words[i])
            || (i > 0 && isNameWord(words[i - 1])))
            continue;
        const GazetteerLists lists = gazetteer.wordLists(words[i]);
        const QString lower = words[i].toLower();
        if (!(lists & Gazetteer::GivenName) || (lists & (Gazetteer::Title | Gazetteer::Country | Gazetteer::Place)) || isModalVerb(lower) || isClosedClassWord(lower) || monthOfWord(lower)
            || weekdayOfWord(lower))
            continue;
        qsizetype end = i + 2;
        while (end < tags.size() && tags[end] == insideTag(EntityType::Person))
            ++end;
        tagPerson(tags, i, end);
        i = end - 1;
    }
}

} // namespace galley
