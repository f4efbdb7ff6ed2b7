#include "title_case_lines.h"

#include "text/sentence_splitter.h"

#include <QSet>

namespace galley {

namespace {

bool hasLetter(const QString &word)
{
    for (QChar c : word) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool isCapitalised(const QString &word) { return !word.isEmpty() && word.front().isUpper(); }

bool isAllCaps(const QString &word) { return word.size() > 1 && word.toUpper() == word; }

// Words sentence case writes in lower case and Title Case capitalises, none of them a name: the
// small words, pronouns and auxiliaries ("As", "The", "He", "Was").
bool isShortWord(const QString &lower)
{
    static const QStringList words = {
        QStringLiteral("into"), QStringLiteral("after"), QStringLiteral("over"), QStringLiteral("is"),
        QStringLiteral("are"),  QStringLiteral("he"),    QStringLiteral("she"),  QStringLiteral("it"),
        QStringLiteral("we"),   QStringLiteral("they"),  QStringLiteral("his"),  QStringLiteral("her"),
        QStringLiteral("its"),  QStringLiteral("their"), QStringLiteral("not"),  QStringLiteral("be"),
        QStringLiteral("was"),  QStringLiteral("were"),  QStringLiteral("has"),  QStringLiteral("have"),
        QStringLiteral("had"),  QStringLiteral("up"),    QStringLiteral("out"),  QStringLiteral("off"),
    };
    return (lower.size() > 1 && isSmallWord(lower)) || words.contains(lower);
}

bool isEverydayWord(const QString &lower, const Gazetteer &gazetteer)
{
    const GazetteerLists lists = gazetteer.wordLists(lower);
    const GazetteerLists names = Gazetteer::ProperWord | Gazetteer::GivenName | Gazetteer::Country | Gazetteer::Place
                                | Gazetteer::Nationality | Gazetteer::TrainPerson | Gazetteer::TrainOrganization
                                | Gazetteer::TrainLocation | Gazetteer::TrainMiscellaneous;
    return (lists & Gazetteer::CommonWord) && !(lists & names);
}

} // namespace

bool isTitleCaseLine(const QStringList &words)
{
    // Most sentences have a lower-case word that is no small word: leave them at the first.
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words[i];
        if (!word.isEmpty() && word.front().isLower() && word.size() > 5)
            return false;
    }
    QList<QStringView> views;
    int numbers = 0;
    bool shortWordCapitalised = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        if (word == u"(")
            return false;   // tables and scorecards: "London ( The Oval ) : Warwickshire 195"
        if (!hasLetter(word)) {
            numbers += !word.isEmpty() && word.front().isDigit() ? 1 : 0;
            continue;
        }
        views.append(word);
        shortWordCapitalised = shortWordCapitalised
                               || (i > 0 && word.size() <= 5 && isCapitalised(word) && isShortWord(word.toLower()));
    }
    return views.size() >= 3 && numbers <= 2 && shortWordCapitalised
           && sentenceCasingOfWords(views) == SentenceCasing::TitleCase;
}

void lowerEverydayWordsOfTitleCaseLines(QList<QStringList> &sentences, const Gazetteer &gazetteer)
{
    QList<bool> titleCase(sentences.size(), false);
    bool any = false;
    for (qsizetype s = 0; s < sentences.size(); ++s)
        any = (titleCase[s] = isTitleCaseLine(sentences[s])) || any;
    if (!any)
        return;
    // How the rest of the document writes each word: "Trump" capitalised mid-sentence stays a
    // name in the headline, "power" in lower case does not.
    QSet<QString> writtenLower;
    QSet<QString> writtenCapitalised;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (titleCase[s])
            continue;
        const QStringList &words = sentences[s];
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!hasLetter(words[i]))
                continue;
            if (!isCapitalised(words[i]))
                writtenLower.insert(words[i]);
            else if (i > 0 && !isAllCaps(words[i]))
                writtenCapitalised.insert(words[i].toLower());
        }
    }
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (!titleCase[s])
            continue;
        QStringList &words = sentences[s];
        for (qsizetype i = 1; i < words.size(); ++i) {
            QString &word = words[i];
            if (!hasLetter(word) || !isCapitalised(word) || isAllCaps(word))
                continue;
            const QString lower = word.toLower();
            const bool lowerHere = !writtenCapitalised.contains(lower)
                                   && (writtenLower.contains(lower) || isShortWord(lower) || isEverydayWord(lower, gazetteer));
            if (lowerHere)
                word = lower;
        }
    }
}

} // namespace galley
