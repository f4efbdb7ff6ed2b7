#include "person_name_repairs.h"

#include "detect/ner/given_name_repairs.h"
#include "detect/ner/name_heads.h"
#include "detect/ner/name_words.h"
#include "detect/numbers/calendar_words.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

bool isPersonTitle(const QString &word)
{
    static const QSet<QString> titles = {
        QStringLiteral("Mr"),        QStringLiteral("Mr."),       QStringLiteral("Mrs"),
        QStringLiteral("Mrs."),      QStringLiteral("Ms"),        QStringLiteral("Ms."),
        QStringLiteral("Dr"),        QStringLiteral("Dr."),       QStringLiteral("Prof."),
        QStringLiteral("Professor"), QStringLiteral("President"), QStringLiteral("Senator"),
        QStringLiteral("Sen."),      QStringLiteral("Rep."),      QStringLiteral("Gov."),
        QStringLiteral("Governor"),  QStringLiteral("Congressman"), QStringLiteral("Congresswoman"),
        QStringLiteral("Chancellor"), QStringLiteral("Mayor"),    QStringLiteral("Judge"),
        QStringLiteral("Pope"),      QStringLiteral("Sheikh"),    QStringLiteral("Rev."),
        QStringLiteral("Sir"),       QStringLiteral("Dame"),      QStringLiteral("Gen."),
        QStringLiteral("Lt."),       QStringLiteral("Col."),      QStringLiteral("Capt."),
        QStringLiteral("Sgt."),      QStringLiteral("Adm."),
    };
    return titles.contains(word);
}

// A role rather than a name after a title: "Mr. President", "Governor General", "Mr. Speaker".
bool isRoleWord(const QString &word, const Gazetteer &gazetteer)
{
    return isPersonTitle(word) || (gazetteer.wordLists(word) & Gazetteer::Title) || word == u"Speaker";
}

bool isOutsideName(const QStringList &words, const QList<TagId> &tags, qsizetype i)
{
    return i >= 0 && i < tags.size() && tags[i] == kOutsideTag && isNameWord(words[i]);
}

void tagNamesAfterTitles(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype i = 1; i < tags.size(); ++i) {
        if (!isOutsideName(words, tags, i) || tags[i - 1] != kOutsideTag || !isPersonTitle(words[i - 1])
            || isRoleWord(words[i], gazetteer))
            continue;
        qsizetype end = i + 1;
        while (isOutsideName(words, tags, end) && !isRoleWord(words[end], gazetteer))
            ++end;
        tagPerson(tags, i, end);
        i = end - 1;
    }
}

// "Labour MP Dawn Butler", "Vice President JD Vance" read as a body or thing: two or three name
// words right after a person's title ("MP", "leader" and "boss" too) are a person when they open
// with a given name or initials and end in no word of a place, body or thing ("Prince Edward
// Island", "industry leader Goldman Sachs", "Serie A leader Inter Milan" stay as they are).
void retypeNamesAfterTitles(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    static const QSet<QString> moreTitles = {
        QStringLiteral("MP"), QStringLiteral("MEP"), QStringLiteral("MSP"), QStringLiteral("leader"), QStringLiteral("boss"),
    };
    constexpr GazetteerLists kGivenNames = Gazetteer::GivenName | Gazetteer::WorldGivenName;
    for (qsizetype i = 1; i < tags.size(); ++i) {
        if (!isBegin(tags[i]) || tagType(tags[i]) == EntityType::Person || tags[i - 1] != kOutsideTag)
            continue;
        const qsizetype end = spanEnd(tags, i);
        // a title written as one ("a major Hong Kong-listed company" has none)
        const bool title = (isRoleWord(words[i - 1], gazetteer) && words[i - 1].front().isUpper())
                           || moreTitles.contains(words[i - 1]);
        const QString &first = words[i];
        const QString &last = words[end - 1];
        // initials open the name: "JD Vance"
        const bool initials = end - i == 2 && first.size() <= 3 && first.toUpper() == first
                              && std::all_of(first.begin(), first.end(), [](QChar c) { return c.isLetter(); });
        bool name = title && end - i >= 2 && end - i <= 3 && (initials || (gazetteer.wordLists(first) & kGivenNames))
                    && !isPlaceOrThingHead(last.toLower()) && !(gazetteer.wordLists(last) & (Gazetteer::Country | Gazetteer::Place));
        for (qsizetype w = i; w < end && name; ++w) {
            name = (isNameWord(words[w]) || (w == i && initials)) && !isRoleWord(words[w], gazetteer)
                   && !(gazetteer.wordLists(words[w]) & Gazetteer::OrganisationWord);
        }
        if (name)
            tagPerson(tags, i, end);
        i = end - 1;
    }
}

// The last words of the persons the document names in full: "Trump" of "Donald Trump", not a
// word the tagger took for a person on its own ("Friday") nor one after a title.
QSet<QString> surnames(const QList<QStringList> &sentences, const QList<QList<TagId>> &tags)
{
    QSet<QString> names;
    for (qsizetype s = 0; s < tags.size(); ++s) {
        const QStringList &words = sentences[s];
        for (qsizetype begin = 0; begin < tags[s].size(); ++begin) {
            if (tags[s][begin] != beginTag(EntityType::Person))
                continue;
            qsizetype end = begin + 1;
            while (end < tags[s].size() && tags[s][end] == insideTag(EntityType::Person))
                ++end;
            const QString &last = words[end - 1];
            if (end - begin >= 2 && isNameWord(words[begin]) && !isPersonTitle(words[begin]) && isNameWord(last)
                && !monthOfWord(last.toLower()) && !weekdayOfWord(last.toLower()))
                names.insert(last);
            begin = end - 1;
        }
    }
    return names;
}

} // namespace

void repairPersonNames(const QList<QStringList> &sentences, QList<QList<TagId>> &tags, const Gazetteer &gazetteer)
{
    Q_ASSERT(sentences.size() == tags.size());
    // From the tagger's own persons, before the titles add theirs: a mistake there would spread.
    QSet<QString> names = surnames(sentences, tags);
    QSet<QString> lowerNames;
    for (const QString &name : std::as_const(names))
        lowerNames.insert(name.toLower());
    QSet<QString> writtenLower;   // of the names only: "price" beside "John Price"
    for (const QStringList &words : sentences) {
        for (const QString &word : words) {
            if (!word.isEmpty() && word.front().isLower() && lowerNames.contains(word))
                writtenLower.insert(word);
        }
    }
    for (qsizetype s = 0; s < tags.size(); ++s) {
        Q_ASSERT(sentences[s].size() == tags[s].size());
        tagNamesAfterTitles(sentences[s], tags[s], gazetteer);
        retypeNamesAfterTitles(sentences[s], tags[s], gazetteer);
    }
    for (qsizetype s = 0; s < tags.size(); ++s) {
        const QStringList &words = sentences[s];
        QList<TagId> &sentenceTags = tags[s];
        for (qsizetype i = 0; i + 1 < sentenceTags.size(); ++i) {
            // "Melania" + "Trump" read as a body beside "Donald Trump": a given name before a
            // one-word body or thing that is a person's surname here
            const TagId next = sentenceTags[i + 1];
            const bool oneWordSpan = isBegin(next) && tagType(next) != EntityType::Person && spanEnd(sentenceTags, i + 1) == i + 2;
            if (sentenceTags[i] == kOutsideTag && oneWordSpan && names.contains(words[i + 1]) && isNameWord(words[i])
                && (i == 0 || !isNameWord(words[i - 1])) && opensWithGivenName(words[i], gazetteer))
                tagPerson(sentenceTags, i, i + 2);
        }
        for (qsizetype i = 0; i < sentenceTags.size(); ++i) {
            if (sentenceTags[i] != kOutsideTag || !names.contains(words[i]) || writtenLower.contains(words[i].toLower()))
                continue;
            const bool everydayFirstWord = Gazetteer::isEverydayWord(gazetteer.wordLists(words[0]));
            const bool nameBefore = i > 0 && isNameWord(words[i - 1]) && !(i == 1 && everydayFirstWord);
            const bool inRun = nameBefore || (i + 1 < words.size() && isNameWord(words[i + 1]));
            const bool everydayOpener = i == 0 && everydayFirstWord;   // "Stone walls line the road"
            if (!inRun && !everydayOpener)
                tagPerson(sentenceTags, i, i + 1);
        }
    }
}

} // namespace galley
