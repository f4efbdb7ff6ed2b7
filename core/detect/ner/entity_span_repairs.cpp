#include "entity_span_repairs.h"

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

bool isGivenName(const QString &word, const Gazetteer &gazetteer)
{
    const std::uint64_t lower = hashText(word.toLower());
    return gazetteer.lookup(Gazetteer::phraseHash(&lower, 1)) & Gazetteer::GivenName;
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
        if (name == begin || end - name < 2 || !isGivenName(words[name], gazetteer))
            continue;
        bool rest = true;
        for (qsizetype i = name; i < end; ++i)
            rest = rest && isCapitalisedWord(words[i]);
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
    for (qsizetype i = 1; i + 1 < tags.size(); ++i) {
        if (words[i] != u"and" || tags[i] != insideTag(EntityType::Person) || tags[i + 1] != insideTag(EntityType::Person))
            continue;
        tags[i] = kOutsideTag;
        tags[i + 1] = beginTag(EntityType::Person);
    }
}

} // namespace

void repairEntitySpans(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    splitAcronymBeforeName(words, tags, gazetteer);
    splitPersonsAtAnd(words, tags);
}

} // namespace galley
