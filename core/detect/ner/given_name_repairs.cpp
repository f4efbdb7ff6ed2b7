#include "detect/ner/given_name_repairs.h"

#include "detect/ner/name_words.h"
#include "detect/numbers/calendar_words.h"

namespace galley {

namespace {

bool isModal(const QString &lower)
{
    return lower == u"will" || lower == u"may" || lower == u"can" || lower == u"might" || lower == u"must"
        || lower == u"shall" || lower == u"should" || lower == u"would" || lower == u"could";
}

} // namespace

void joinEverydayGivenNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype i = 0; i + 1 < tags.size(); ++i) {
        if (!isOutside(tags[i]) || tags[i + 1] != beginTag(EntityType::Person) || !isNameWord(words[i])
            || (i > 0 && isNameWord(words[i - 1])))
            continue;
        const GazetteerLists lists = gazetteer.wordLists(words[i]);
        const QString lower = words[i].toLower();
        if (!(lists & Gazetteer::GivenName) || (lists & (Gazetteer::Title | Gazetteer::Country | Gazetteer::Place)) || isModal(lower) || isClosedClassWord(lower) || monthOfWord(lower)
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
