#include "name_words.h"

namespace galley {

bool isNameWord(const QString &word)
{
    return word.size() > 1 && word.front().isUpper() && word.back().isLetter() && word.toUpper() != word;
}

bool isPlainGivenName(const QString &word, const Gazetteer &gazetteer)
{
    const GazetteerLists lists = gazetteer.wordLists(word);
    return (lists & Gazetteer::GivenName) && !(lists & Gazetteer::CommonWord);
}

void tagPerson(QList<TagId> &tags, qsizetype begin, qsizetype end)
{
    tags[begin] = beginTag(EntityType::Person);
    for (qsizetype i = begin + 1; i < end; ++i)
        tags[i] = insideTag(EntityType::Person);
}

} // namespace galley
