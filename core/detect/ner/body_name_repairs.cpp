#include "detect/ner/body_name_repairs.h"

#include "detect/ner/name_words.h"

namespace galley {

namespace {

void tagOrganisation(QList<TagId> &tags, qsizetype begin, qsizetype end)
{
    tags[begin] = beginTag(EntityType::Organization);
    for (qsizetype i = begin + 1; i < end; ++i)
        tags[i] = insideTag(EntityType::Organization);
}

// The words from `end` on of a span the new one cuts stay a span of their own.
void detachFrom(QList<TagId> &tags, qsizetype end)
{
    if (end < tags.size() && !isOutside(tags[end]) && !isBegin(tags[end]))
        tags[end] = beginTag(tagType(tags[end]));
}

bool isLocationAt(const QList<TagId> &tags, qsizetype i)
{
    return i >= 0 && i < tags.size() && !isOutside(tags[i]) && tagType(tags[i]) == EntityType::Location;
}

// The capitalised words from `from` on that end in a word bodies end in: their end, or -1.
qsizetype bodyWordsEnd(const QStringList &words, qsizetype from, const Gazetteer &gazetteer)
{
    constexpr qsizetype kMostWords = 3;
    qsizetype found = -1;
    for (qsizetype i = from; i < words.size() && i < from + kMostWords && isNameWord(words[i]); ++i) {
        if ((gazetteer.wordLists(words[i]) & Gazetteer::OrganisationWord) || words[i] == u"Affairs")
            found = i + 1;
    }
    return found;
}

} // namespace

void joinPossessiveBodyNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype mark = 1; mark + 1 < tags.size(); ++mark) {
        const bool pluralMark = words[mark] == u"'" && words[mark - 1].endsWith(u's');
        const bool ownerMark = words[mark] == u"'s";
        if ((!pluralMark && !ownerMark) || !isNameWord(words[mark - 1]))
            continue;
        qsizetype begin = mark - 1;
        if (isOutside(tags[begin])) {
            // "Women's Institute", "Workers' Party": an everyday plural, not a name ("Trump's")
            const bool irregularPlural = words[begin] == u"Women" || words[begin] == u"Children" || words[begin] == u"People"
                                         || words[begin] == u"Men";
            const bool everydayPlural = pluralMark && Gazetteer::isEverydayWord(gazetteer.wordLists(words[begin]));
            if (!irregularPlural && !everydayPlural)
                continue;
        } else {
            const EntityType type = tagType(tags[begin]);
            if ((type != EntityType::Organization && type != EntityType::Location) || !pluralMark)
                continue;
            while (begin > 0 && !isBegin(tags[begin]))
                --begin;
        }
        const qsizetype end = bodyWordsEnd(words, mark + 1, gazetteer);
        if (end < 0)
            continue;
        detachFrom(tags, end);
        tagOrganisation(tags, begin, end);
        mark = end - 1;
    }
}

void joinAmpersandNames(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype amp = 1; amp + 1 < tags.size(); ++amp) {
        // "Edward D. Jones & Co" already one body
        if (words[amp] != u"&" || !isNameWord(words[amp - 1]) || !isNameWord(words[amp + 1]) || !isOutside(tags[amp]))
            continue;
        qsizetype begin = amp - 1;
        while (begin > 0 && !isOutside(tags[begin]) && !isBegin(tags[begin]))
            --begin;   // the span the first name ends
        while (isOutside(tags[begin]) && begin > 0 && isOutside(tags[begin - 1]) && isNameWord(words[begin - 1])
               && !isClosedClassWord(words[begin - 1].toLower()))
            --begin;
        qsizetype end = amp + 2;
        while (end < tags.size() && isNameWord(words[end]))
            ++end;
        detachFrom(tags, end);
        tagOrganisation(tags, begin, end);
        amp = end - 1;
    }
}

void joinPoliceOfPlaces(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const bool police = words[i] == u"Police" && isOutside(tags[i]);
        const bool yard = words[i] == u"Yard" && isOutside(tags[i]) && i > 0 && words[i - 1] == u"Scotland";
        if (!police && !yard)
            continue;
        if (isLocationAt(tags, i - 1)) {   // "Fairfield Police", "Scotland Yard"
            qsizetype begin = i - 1;
            while (begin > 0 && tags[begin] == insideTag(EntityType::Location))
                --begin;
            tagOrganisation(tags, begin, i + 1);
        } else if (police && isLocationAt(tags, i + 1) && isBegin(tags[i + 1])) {   // "Police Scotland"
            qsizetype end = i + 2;
            while (end < tags.size() && tags[end] == insideTag(EntityType::Location))
                ++end;
            tagOrganisation(tags, i, end);
            i = end - 1;
        }
    }
}

} // namespace galley
