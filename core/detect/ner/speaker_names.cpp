#include "speaker_names.h"

#include "detect/ner/name_words.h"
#include "text/personal_pronouns.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace galley {

namespace {

bool isSpeechVerb(const QString &word)
{
    static const QSet<QString> verbs = {
        QStringLiteral("said"),      QStringLiteral("says"),       QStringLiteral("told"),
        QStringLiteral("tells"),     QStringLiteral("added"),      QStringLiteral("adds"),
        QStringLiteral("wrote"),     QStringLiteral("writes"),     QStringLiteral("asked"),
        QStringLiteral("argued"),    QStringLiteral("warned"),     QStringLiteral("insisted"),
        QStringLiteral("explained"), QStringLiteral("noted"),      QStringLiteral("claimed"),
        QStringLiteral("replied"),   QStringLiteral("stressed"),   QStringLiteral("admitted"),
        QStringLiteral("acknowledged"), QStringLiteral("confirmed"), QStringLiteral("denied"),
        QStringLiteral("recalled"),  QStringLiteral("testified"),  QStringLiteral("announced"),
        QStringLiteral("urged"),     QStringLiteral("tweeted"),    QStringLiteral("posted"),
        QStringLiteral("responded"), QStringLiteral("conceded"),   QStringLiteral("countered"),
    };
    return verbs.contains(word);
}

// The verbs that come before their speaker: "“…,” said Macron."
bool isInvertedSpeechVerb(const QString &word)
{
    return word == u"said" || word == u"says" || word == u"added" || word == u"asked" || word == u"wrote"
        || word == u"continued" || word == u"replied";
}

// Everyday words for a body of people or a relative, which speak without a determiner:
// "Police said", "Mum told".
bool isBodyOfPeopleWord(const QString &lower)
{
    static const QSet<QString> words = {
        QStringLiteral("police"),     QStringLiteral("staff"),      QStringLiteral("management"),
        QStringLiteral("security"),   QStringLiteral("intelligence"), QStringLiteral("leadership"),
        QStringLiteral("military"),   QStringLiteral("media"),      QStringLiteral("labour"),
        QStringLiteral("labor"),      QStringLiteral("parliament"), QStringLiteral("government"),
        QStringLiteral("family"),     QStringLiteral("tribe"),      QStringLiteral("band"),
        QStringLiteral("law"),        QStringLiteral("mother"),     QStringLiteral("father"),
        QStringLiteral("mom"),        QStringLiteral("mum"),        QStringLiteral("dad"),
        QStringLiteral("grandma"),    QStringLiteral("grandpa"),    QStringLiteral("research"),
        QStringLiteral("science"),    QStringLiteral("history"),    QStringLiteral("counsel"),
        QStringLiteral("prosecution"), QStringLiteral("defence"),  QStringLiteral("defense"),
    };
    return words.contains(lower);
}

// "People said", "Children told": plurals no "s" makes.
bool isIrregularPlural(const QString &lower)
{
    return lower == u"people" || lower == u"children" || lower == u"women" || lower == u"men" || lower == u"wolves"
        || lower == u"neighbours" || lower == u"neighbors";
}

// Punctuation that ends or opens a clause, quote marks among it; not "&" or "$".
bool isClauseMark(const QString &word)
{
    static const QString marks = QStringLiteral(",;:()\"'\u201C\u201D\u2018\u2019\u2014\u2013-.!?");
    return word.size() == 1 && marks.contains(word.front());
}

// Words that may stand before a subject: "…, Starmer said", "and Musk told", "when Macron said".
// A lone quote mark only after punctuation ("‘…,’ Starmer said"), not as the mark of a plural's
// owner ("the Bond Traders' Association said").
bool opensClause(const QStringList &words, qsizetype i)
{
    if (i == 0)
        return true;
    const QString &word = words[i - 1];
    if (word == u"'")
        return i >= 2 && !words[i - 2].front().isLetterOrNumber();
    static const QSet<QString> clauseWords = {
        QStringLiteral("and"),   QStringLiteral("but"),    QStringLiteral("while"),
        QStringLiteral("when"),  QStringLiteral("as"),     QStringLiteral("after"),
        QStringLiteral("before"), QStringLiteral("because"), QStringLiteral("that"),
        QStringLiteral("so"),    QStringLiteral("then"),   QStringLiteral("though"),
        QStringLiteral("although"), QStringLiteral("where"), QStringLiteral("if"),
        QStringLiteral("until"), QStringLiteral("since"),  QStringLiteral("whereas"),
    };
    return isClauseMark(word) || clauseWords.contains(word);
}

bool isDeterminerWord(const QString &word)
{
    return word == u"the" || word == u"a" || word == u"an" || word == u"his" || word == u"her" || word == u"its"
        || word == u"their";
}

// Where a word is capitalised whatever it is: the text's start, after a sentence's end or a
// colon, or a quote mark there ("employment," Commerce said" is within a sentence).
bool opensSentence(const QStringList &words, qsizetype i)
{
    const auto endsBefore = [&](qsizetype k) {
        return k < 0 || words[k] == u"." || words[k] == u"!" || words[k] == u"?" || words[k] == u":";
    };
    if (endsBefore(i - 1))
        return true;
    const bool quoteMark = words[i - 1] == u"\"" || words[i - 1] == u"'" || words[i - 1] == u"\u201C"
                           || words[i - 1] == u"\u2018";
    return quoteMark && endsBefore(i - 2);
}

// What a name alone that speaks is, by the lists; nothing for a people or a word that cannot be one.
std::optional<EntityType> speakerType(const QStringList &words, qsizetype i, const Gazetteer &gazetteer)
{
    const QString &word = words[i];
    const QString lower = word.toLower();
    const GazetteerLists lists = gazetteer.wordLists(word);
    if (!isNameWord(word) || isPersonalPronoun(lower) || isClosedClassWord(lower) || isBodyOfPeopleWord(lower)
        || (lists & (Gazetteer::Nationality | Gazetteer::Title | Gazetteer::ThingAcronym | Gazetteer::OrganisationWord)))
        return std::nullopt;
    if (isPluralOfEverydayWord(lower, gazetteer) || isIrregularPlural(lower))
        return std::nullopt;
    // "Amnesty said", "Reform said", "Unite said": an everyday word opening a sentence is written
    // in capitals whatever it names
    if (opensSentence(words, i) && Gazetteer::isEverydayWord(lists))
        return std::nullopt;
    if (lists & (Gazetteer::TrainPerson | Gazetteer::WordNetPerson | Gazetteer::GivenName))
        return EntityType::Person;
    if (lists & (Gazetteer::kCompanyLists | Gazetteer::WordNetGroup | Gazetteer::TrainOrganization))
        return EntityType::Organization;
    if (lists & (Gazetteer::Country | Gazetteer::Place | Gazetteer::WordNetPlace | Gazetteer::TrainLocation))
        return EntityType::Location;
    return EntityType::Person;
}

bool standsAlone(const QStringList &words, qsizetype i)
{
    const bool nameBefore = i > 0 && isNameWord(words[i - 1]);
    const bool nameAfter = i + 1 < words.size() && isNameWord(words[i + 1]);
    return !nameBefore && !nameAfter;
}

bool isAloneOutside(const QStringList &words, const QList<TagId> &tags, qsizetype i)
{
    return tags[i] == kOutsideTag && standsAlone(words, i);
}

// "Guardiola admitted" as a place: one word alone, on no list but people's names, tagged a place by its shape
// ("KCNA said" in capitals is a body's acronym). Unknown bodies ("Frontex said") are left bodies.
bool isUnknownWordMistyped(const QStringList &words, const QList<TagId> &tags, qsizetype i, const Gazetteer &gazetteer)
{
    if (!isBegin(tags[i]) || (i + 1 < tags.size() && tags[i + 1] == insideTag(tagType(tags[i]))))
        return false;
    return tagType(tags[i]) == EntityType::Location && isNameWord(words[i]) && standsAlone(words, i)
           && (gazetteer.wordLists(words[i]) & ~Gazetteer::kWorldNameLists) == 0;
}

// Token i speaks: "Starmer said", "Starmer, 61, said", "Starmer, the prime minister, said",
// "“…,” said Starmer."
bool speaksAt(const QStringList &words, qsizetype i)
{
    const qsizetype n = words.size();
    const bool subject = opensClause(words, i);
    const auto speechVerb = [&](qsizetype v) { return isSpeechVerb(words[v]); };
    if (subject && i + 1 < n && speechVerb(i + 1))
        return true;
    const bool age = i + 4 < n && words[i + 1] == u"," && words[i + 2].front().isDigit() && words[i + 3] == u",";
    if (subject && age && speechVerb(i + 4))
        return true;
    // "Macron, the French president, said"
    constexpr qsizetype kMostAppositionWords = 8;
    const bool apposition = i + 3 < n && words[i + 1] == u"," && isDeterminerWord(words[i + 2]);
    for (qsizetype j = i + 3; subject && apposition && j + 1 < n && j <= i + 2 + kMostAppositionWords; ++j) {
        if (words[j] == u",")
            return speechVerb(j + 1);
    }
    const bool closes = i + 1 == n || isClauseMark(words[i + 1]);
    return i >= 2 && closes && isInvertedSpeechVerb(words[i - 1]) && isClauseMark(words[i - 2]);
}

} // namespace

void tagNamesBeforeSpeech(const QList<QStringList> &sentences, QList<QList<TagId>> &tags, const Gazetteer &gazetteer)
{
    QHash<QString, EntityType> speakers;
    for (qsizetype s = 0; s < tags.size(); ++s) {
        const QStringList &words = sentences[s];
        for (qsizetype i = 0; i < tags[s].size(); ++i) {
            const bool outside = isAloneOutside(words, tags[s], i);
            const bool mistyped = !outside && isUnknownWordMistyped(words, tags[s], i, gazetteer);
            if ((!outside && !mistyped) || !speaksAt(words, i))
                continue;
            if (mistyped)
                speakers.insert(words[i], EntityType::Person);
            else if (const auto type = speakerType(words, i, gazetteer))
                speakers.insert(words[i], *type);
        }
    }
    if (speakers.isEmpty())
        return;
    for (qsizetype s = 0; s < tags.size(); ++s) {
        const QStringList &words = sentences[s];
        for (qsizetype i = 0; i < tags[s].size(); ++i) {
            const auto speaker = speakers.constFind(words[i]);
            if (speaker == speakers.cend()
                || !(isAloneOutside(words, tags[s], i) || isUnknownWordMistyped(words, tags[s], i, gazetteer)))
                continue;
            // "Musk" opening another sentence may be the everyday word there ("Musk oxen roam").
            if (opensSentence(words, i) && Gazetteer::isEverydayWord(gazetteer.wordLists(words[i])) && !speaksAt(words, i))
                continue;
            tags[s][i] = beginTag(*speaker);
        }
    }
}

} // namespace galley
