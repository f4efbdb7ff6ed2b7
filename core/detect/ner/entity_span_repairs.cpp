#include "entity_span_repairs.h"

#include "detect/ner/body_name_repairs.h"
#include "detect/ner/class_list_repairs.h"
#include "detect/ner/place_part_repairs.h"
#include "detect/ner/feature_hash.h"
#include "detect/ner/given_name_repairs.h"
#include "detect/ner/name_span_repairs.h"
#include "detect/ner/name_words.h"
#include "text/personal_pronouns.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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

// "Salah al-Din", "Abu Bakr al-Baghdadi": a name whose next span opens with the Arabic article
// ("al-Din", "el-Sisi", "al Sham") read as two names. The second joins the first.
void joinArabicArticles(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype i = 1; i < tags.size(); ++i) {
        if (!isBegin(tags[i]) || isOutside(tags[i - 1]))
            continue;
        const QString &word = words[i];
        const bool article = word == u"al" || word == u"el" || word.startsWith(u"al-") || word.startsWith(u"el-");
        if (!article)
            continue;
        const EntityType type = tagType(tags[i - 1]);
        for (qsizetype j = i; j < tags.size() && (j == i || (!isOutside(tags[j]) && !isBegin(tags[j]))); ++j)
            tags[j] = insideTag(type);
    }
}

// Written in lower or title case: "IT" and "US" are names.
bool isPronoun(const QString &word)
{
    const bool upperRest = word.size() > 1 && word.back().isUpper();
    return !upperRest && isPersonalPronoun(word.toLower());
}

// A span of one word.
bool isLoneSpan(const QList<TagId> &tags, qsizetype i)
{
    return isBegin(tags[i]) && (i + 1 == tags.size() || tags[i + 1] != insideTag(tagType(tags[i])));
}

qsizetype upperCaseLetters(const QString &word)
{
    return std::count_if(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

void dropLonePronouns(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (isLoneSpan(tags, i) && isPronoun(words[i]))
            tags[i] = kOutsideTag;
    }
}

// "AI", "LLMs", "GenAI" alone as a name: an acronym of a thing. "Ai Weiwei" and "ai" are left.
void dropThingAcronyms(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (isLoneSpan(tags, i) && upperCaseLetters(words[i]) >= 2
            && (gazetteer.wordLists(words[i]) & Gazetteer::ThingAcronym))
            tags[i] = kOutsideTag;
    }
}

// "Elizabeth A. Hoge, MD", "Lauren Slayton, MS, RD": degrees after a person's name and a comma
// ("MD" is Maryland after a town).
void dropCredentials(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    const auto isCredential = [&](qsizetype i) {
        const QString written = QString(words[i]).remove(u'.');   // "R.D." is "RD"
        return upperCaseLetters(written) >= 2 && (gazetteer.wordLists(written) & Gazetteer::Credential);
    };
    for (qsizetype i = 2; i < tags.size(); ++i) {
        if (words[i - 1] != u"," || !isCredential(i))
            continue;
        // Alone, and then a comma, another degree or the end: not "JD Sports" or "BA chief executive".
        const bool alone = isOutside(tags[i]) || isLoneSpan(tags, i);
        const bool endsHere = i + 1 == tags.size() || words[i + 1] == u"," || words[i + 1] == u"." || words[i + 1] == u";"
                              || words[i + 1] == u")" || isCredential(i + 1);
        if (!alone || !endsHere)
            continue;
        qsizetype before = i - 2;
        while (before >= 2 && isCredential(before) && words[before - 1] == u",")
            before -= 2;
        if (!isOutside(tags[before]) && tagType(tags[before]) == EntityType::Person) {
            tags[i] = kOutsideTag;
            if (i + 1 < tags.size() && !isOutside(tags[i + 1]) && !isBegin(tags[i + 1]))
                tags[i + 1] = beginTag(tagType(tags[i + 1]));
        }
    }
}

// "World Health Organization" as MISC, "Harvard University" as a place: a name of two words or
// more that ends in a word only bodies end in is a body. Not "League" or "Cup" (CoNLL-2003 writes
// "Champions League" MISC), "Bank" ("West Bank") nor "Federation" ("Russian Federation").
void retypeBodyNames(const QStringList &words, QList<TagId> &tags)
{
    static const QSet<QString> bodyHeads = {
        QStringLiteral("organization"), QStringLiteral("organisation"), QStringLiteral("ministry"),
        QStringLiteral("agency"),       QStringLiteral("commission"),   QStringLiteral("committee"),
        QStringLiteral("institute"),    QStringLiteral("university"),   QStringLiteral("association"),
        QStringLiteral("foundation"),   QStringLiteral("corporation"),
    };
    for (qsizetype end = 1; end <= tags.size(); ++end) {
        const bool spanEnds = end == tags.size() || tags[end] == kOutsideTag || isBegin(tags[end]);
        if (!spanEnds || isOutside(tags[end - 1]) || isBegin(tags[end - 1])
            || tagType(tags[end - 1]) == EntityType::Organization || !bodyHeads.contains(words[end - 1].toLower()))
            continue;
        qsizetype begin = end - 1;
        while (begin > 0 && !isBegin(tags[begin]))
            --begin;
        tags[begin] = beginTag(EntityType::Organization);
        for (qsizetype j = begin + 1; j < end; ++j)
            tags[j] = insideTag(EntityType::Organization);
    }
}

// "Ms Hermes", "Mr. Ford", "Sen. Elizabeth Warren": a name after an honorific is a person's,
// whatever the brand or place lists say.
void retypeAfterHonorifics(const QStringList &words, QList<TagId> &tags)
{
    static const QSet<QString> honorifics = {
        QStringLiteral("mr"), QStringLiteral("mr."), QStringLiteral("mrs"), QStringLiteral("mrs."),
        QStringLiteral("ms"), QStringLiteral("ms."), QStringLiteral("miss"), QStringLiteral("mx"),
        // "Sen. Elizabeth Warren" read as a place, "Rep. Alexandria Ocasio-Cortez" as one
        QStringLiteral("sen."), QStringLiteral("rep."), QStringLiteral("dr."), QStringLiteral("dr"),
    };
    for (qsizetype i = 1; i < tags.size(); ++i) {
        if (!isBegin(tags[i]) || tagType(tags[i]) == EntityType::Person || !honorifics.contains(words[i - 1].toLower()))
            continue;
        tags[i] = beginTag(EntityType::Person);
        for (qsizetype j = i + 1; j < tags.size() && !isOutside(tags[j]) && !isBegin(tags[j]); ++j)
            tags[j] = insideTag(EntityType::Person);
    }
}

constexpr GazetteerLists kOtherNames = Gazetteer::Place | Gazetteer::Country | Gazetteer::GivenName
    | Gazetteer::Nationality | Gazetteer::Title | Gazetteer::WordNetPlace | Gazetteer::WordNetPerson
    | Gazetteer::ThingAcronym | Gazetteer::Credential;

// Names nothing but a brand, if that: no place, person or people, nor an everyday word.
bool namesNothingElse(GazetteerLists lists)
{
    return !Gazetteer::isEverydayWord(lists) && !(lists & kOtherNames);
}

// On the brand list and naming nothing else.
bool isPlainBrandWord(const QString &word, const Gazetteer &gazetteer)
{
    const GazetteerLists lists = gazetteer.wordLists(word);
    return (lists & Gazetteer::kCompanyLists) && namesNothingElse(lists);
}

// "Ms Hermes", "Judge Mahindra": a person's name.
bool followsTitle(const QStringList &words, qsizetype i, const Gazetteer &gazetteer)
{
    return i > 0 && (gazetteer.wordLists(words[i - 1]) & Gazetteer::Title);
}

// "Netflix", "SpaceX", "Getty Images": a brand of today that the 1996 training text never saw,
// left O by the tagger. Its first word names nothing else (a place, a person, a people:
// "Amazon", "Tesla") and is no everyday word, nor at a sentence's start any lower-case word
// ("Target prices rose", "Glass shards"); every word is capitalised as written ("The finals",
// "New balance sheets" are no brands).
void tagListedCompanies(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    // At a sentence's start a word that is also written in lower case is left as it is, tagged a
    // name or not: "Target prices rose", and "Ruby said" (a given name no list here holds).
    const auto isBrandWord = [&](qsizetype i) {
        const GazetteerLists lists = gazetteer.wordLists(words[i]);
        const bool opensSentence = i == 0 || !words[i - 1].front().isLetterOrNumber();
        return namesNothingElse(lists) && !(opensSentence && (lists & Gazetteer::CommonWord))
               && !followsTitle(words, i, gazetteer);
    };
    std::uint64_t hashes[Gazetteer::kMaxPhraseTokens];
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (isLoneSpan(tags, i) && (tagType(tags[i]) == EntityType::Person || tagType(tags[i]) == EntityType::Location)) {
            if ((gazetteer.wordLists(words[i]) & Gazetteer::kCompanyLists) && isBrandWord(i))
                tags[i] = beginTag(EntityType::Organization);
            continue;
        }
        // "Novo Nordisk" as a person: a span that is a company's name, opening with a word that
        // names nothing else ("Charles Schwab" stays)
        if (isBegin(tags[i]) && (tagType(tags[i]) == EntityType::Person || tagType(tags[i]) == EntityType::Location)) {
            qsizetype end = i + 1;
            while (end < tags.size() && tags[end] == insideTag(tagType(tags[i])))
                ++end;
            for (qsizetype n = 0; n < end - i && n < Gazetteer::kMaxPhraseTokens; ++n)
                hashes[n] = hashText(words[i + n].toLower());
            const bool company = end - i <= Gazetteer::kMaxPhraseTokens
                                 && (gazetteer.lookup(Gazetteer::phraseHash(hashes, int(end - i))) & Gazetteer::kCompanyLists);
            // "Morgan Stanley", "Wells Fargo": a first word that names a person or is an everyday
            // word, but a last word that is a given name or a place, so no one's surname
            const GazetteerLists last = gazetteer.wordLists(words[end - 1]);
            constexpr GazetteerLists kNoSurname = Gazetteer::GivenName | Gazetteer::Place | Gazetteer::Country
                                                  | Gazetteer::WordNetPlace;
            // "Designer Ralph Lauren, 85," is the man: an age after the name
            const bool age = end + 1 < tags.size() && words[end] == u"," && words[end + 1].front().isDigit();
            const bool noSurnameLast = end - i >= 2 && (last & kNoSurname) && !followsTitle(words, i, gazetteer) && !age;
            if (company && (isBrandWord(i) || noSurnameLast)) {
                tags[i] = beginTag(EntityType::Organization);
                for (qsizetype j = i + 1; j < end; ++j)
                    tags[j] = insideTag(EntityType::Organization);
            }
            i = end - 1;
            continue;
        }
        if (!isOutside(tags[i]) || words[i].isEmpty() || !words[i].front().isUpper() || !isBrandWord(i))
            continue;
        qsizetype length = 0;
        for (qsizetype n = 0; n < Gazetteer::kMaxPhraseTokens && i + n < tags.size() && isOutside(tags[i + n])
                              && !words[i + n].isEmpty() && words[i + n].front().isUpper();
             ++n) {
            hashes[n] = hashText(words[i + n].toLower());
            if (gazetteer.lookup(Gazetteer::phraseHash(hashes, int(n + 1))) & Gazetteer::kCompanyLists)
                length = n + 1;
        }
        if (length == 0)
            continue;
        tags[i] = beginTag(EntityType::Organization);
        for (qsizetype j = i + 1; j < i + length; ++j)
            tags[j] = insideTag(EntityType::Organization);
        i += length - 1;
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
        const GazetteerLists lists = gazetteer.wordLists(words[i]);
        if (!(lists & Gazetteer::OrganisationWord) || (lists & (Gazetteer::ProperWord | Gazetteer::GivenName))
            || !isCapitalisedWord(words[i]))
            continue;
        qsizetype begin = i;
        while (begin > 0 && tags[begin - 1] == kOutsideTag && isCapitalisedWord(words[begin - 1])) {
            const GazetteerLists before = gazetteer.wordLists(words[begin - 1]);
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

// "Sen. Elizabeth Warren, D-Mass., said", "Rep. Glenn Thompson, R-Pa.": a party and a state
// after a lawmaker's name, set off by commas, name no one.
void dropPartyTags(const QStringList &words, QList<TagId> &tags)
{
    static const QRegularExpression partyTag(QStringLiteral("^[DRI]-[A-Z][A-Za-z.]*$"));
    for (qsizetype i = 1; i < tags.size(); ++i) {
        if (isLoneSpan(tags, i) && words[i - 1] == u"," && partyTag.match(words[i]).hasMatch())
            tags[i] = kOutsideTag;
    }
}

void repairEntitySpans(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    repairNameSpans(words, tags, gazetteer);
    joinEverydayGivenNames(words, tags, gazetteer);
    retypeGivenNamePairs(words, tags, gazetteer);
    splitAcronymBeforeName(words, tags, gazetteer);
    splitPersonsAtAnd(words, tags);
    joinArabicArticles(words, tags);
    dropLonePronouns(words, tags);
    dropThingAcronyms(words, tags, gazetteer);
    dropCredentials(words, tags, gazetteer);
    dropPartyTags(words, tags);
    retypeLoneBodyWords(words, tags, gazetteer);
    retypeBodyNames(words, tags);
    joinAmpersandNames(words, tags, gazetteer);
    joinPoliceOfPlaces(words, tags);
    joinPossessiveBodyNames(words, tags, gazetteer);
    joinBodiesOfNames(words, tags);
    retypeClassListMembers(words, tags);
    retypePlacePartNames(words, tags, gazetteer);
    retypeNamesAfterPeople(words, tags, gazetteer);
    tagListedCompanies(words, tags, gazetteer);
    retypeAfterHonorifics(words, tags);
}

void repairBrandTypes(const QList<QStringList> &sentences, QList<QList<TagId>> &tags, const Gazetteer &gazetteer)
{
    QSet<QString> organisations;
    for (qsizetype s = 0; s < tags.size(); ++s) {
        for (qsizetype i = 0; i < tags[s].size(); ++i) {
            if (isLoneSpan(tags[s], i) && tagType(tags[s][i]) == EntityType::Organization
                && isPlainBrandWord(sentences[s][i], gazetteer))
                organisations.insert(sentences[s][i]);
        }
    }
    if (organisations.isEmpty())
        return;
    for (qsizetype s = 0; s < tags.size(); ++s) {
        for (qsizetype i = 0; i < tags[s].size(); ++i) {
            if (!isLoneSpan(tags[s], i) || !organisations.contains(sentences[s][i]))
                continue;
            const EntityType type = tagType(tags[s][i]);
            if ((type == EntityType::Person || type == EntityType::Location) && !followsTitle(sentences[s], i, gazetteer))
                tags[s][i] = beginTag(EntityType::Organization);
        }
    }
}

} // namespace galley
