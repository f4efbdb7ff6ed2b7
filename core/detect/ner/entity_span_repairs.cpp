#include "entity_span_repairs.h"

#include "text/personal_pronouns.h"

namespace galley {

namespace {

bool isAcronym(const QString &word)
{
    if (word.size() < 2 || word.size() > 6)
        return false;
    for (QChar c : word) {
        if (!c.isUpper() && c != u'.')
            return false;
    }
    return true;
}

bool isCapitalisedWord(const QString &word)
{
    return word.size() > 1 && word.front().isUpper() && word.back().isLetter() && !isAcronym(word);
}

// A given name that is no everyday word ("Francois", not "Will", "May" or "Grace").
bool isPlainGivenName(const QString &word, const Gazetteer &gazetteer)
{
    const std::uint16_t lists = gazetteer.wordLists(word);
    return (lists & Gazetteer::GivenName) && !(lists & Gazetteer::CommonWord);
}

// A surname word that is no everyday word and does not end a body's name ("JP Morgan Chase",
// "UN Grace Hospital").
bool isPlainSurname(const QString &word, const Gazetteer &gazetteer)
{
    return !(gazetteer.wordLists(word) & (Gazetteer::CommonWord | Gazetteer::OrganisationWord));
}

void splitAcronymBeforeName(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype begin = 0; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]) || tagType(tags[begin]) == EntityType::Person)
            continue;
        qsizetype end = begin + 1;
        while (end < tags.size() && tags[end] == insideTag(tagType(tags[begin])))
            ++end;
        // Acronym, given name, then only capitalised words: "UN Francois Delattre".
        qsizetype name = begin;
        while (name < end && isAcronym(words[name]))
            ++name;
        if (name == begin || end - name < 2 || !isPlainGivenName(words[name], gazetteer))
            continue;
        bool rest = true;
        for (qsizetype i = name; i < end; ++i)
            rest = rest && isCapitalisedWord(words[i]) && (i == name || isPlainSurname(words[i], gazetteer));
        if (!rest)
            continue;
        tags[name] = beginTag(EntityType::Person);
        for (qsizetype i = name + 1; i < end; ++i)
            tags[i] = insideTag(EntityType::Person);
        begin = end - 1;
    }
}

void splitPersonsAtAnd(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype i = 1; i < tags.size(); ++i) {
        if (words[i] != u"and" || tags[i] != insideTag(EntityType::Person))
            continue;
        tags[i] = kOutsideTag;
        if (i + 1 < tags.size() && tags[i + 1] == insideTag(EntityType::Person))
            tags[i + 1] = beginTag(EntityType::Person);
    }
}

// Written in lower or title case: "IT" and "US" are names.
bool isPronoun(const QString &word)
{
    const bool upperRest = word.size() > 1 && word.back().isUpper();
    return !upperRest && isPersonalPronoun(word.toLower());
}

void dropLonePronouns(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const bool alone = isBegin(tags[i]) && (i + 1 == tags.size() || tags[i + 1] != insideTag(tagType(tags[i])));
        if (alone && isPronoun(words[i]))
            tags[i] = kOutsideTag;
    }
}

// "Staff" alone as a person, from "General Staff": a word that ends bodies' names and is no
// one's name. The span becomes a body and takes in the capitalised words before it that are
// titles or no everyday words ("General", not "The").
void retypeLoneBodyWords(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags[i] != beginTag(EntityType::Person) || (i + 1 < tags.size() && tags[i + 1] == insideTag(EntityType::Person)))
            continue;
        const std::uint16_t lists = gazetteer.wordLists(words[i]);
        if (!(lists & Gazetteer::OrganisationWord) || (lists & (Gazetteer::ProperWord | Gazetteer::GivenName))
            || !isCapitalisedWord(words[i]))
            continue;
        qsizetype begin = i;
        while (begin > 0 && tags[begin - 1] == kOutsideTag && isCapitalisedWord(words[begin - 1])) {
            const std::uint16_t before = gazetteer.wordLists(words[begin - 1]);
            if ((before & Gazetteer::CommonWord) && !(before & Gazetteer::Title))
                break;
            --begin;
        }
        tags[begin] = beginTag(EntityType::Organization);
        for (qsizetype j = begin + 1; j <= i; ++j)
            tags[j] = insideTag(EntityType::Organization);
    }
}

} // namespace

void repairEntitySpans(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    splitAcronymBeforeName(words, tags, gazetteer);
    splitPersonsAtAnd(words, tags);
    dropLonePronouns(words, tags);
    retypeLoneBodyWords(words, tags, gazetteer);
}

} // namespace galley
