#include "phrase_shapes.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace galley {

bool isNounPhrase(QStringView phrase, qsizetype mostWords)
{
    static const QSet<QString> verbs = {
        QStringLiteral("is"),    QStringLiteral("are"),  QStringLiteral("was"),  QStringLiteral("were"),
        QStringLiteral("has"),   QStringLiteral("have"), QStringLiteral("had"),  QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("can"),
        QStringLiteral("remains"), QStringLiteral("could"), QStringLiteral("should"), QStringLiteral("did"),
        // "Police believe the man", "Few people know that Smith": a clause's verbs and its "that"
        QStringLiteral("believe"), QStringLiteral("believes"), QStringLiteral("believed"), QStringLiteral("know"),
        QStringLiteral("knows"),   QStringLiteral("knew"),     QStringLiteral("think"),    QStringLiteral("thinks"),
        QStringLiteral("thought"), QStringLiteral("found"),    QStringLiteral("say"),      QStringLiteral("told"),
        QStringLiteral("saw"),     QStringLiteral("shows"),    QStringLiteral("showed"),   QStringLiteral("suggest"),
        QStringLiteral("suggests"), QStringLiteral("expect"),  QStringLiteral("expects"),  QStringLiteral("that"),
        QStringLiteral("may"),     QStringLiteral("might"),    QStringLiteral("must"),     QStringLiteral("do"),
        QStringLiteral("does"),
    };
    // "that’s", "it's": a pronoun and "is"
    static const QSet<QString> contracted = {
        QStringLiteral("that"), QStringLiteral("it"), QStringLiteral("there"), QStringLiteral("here"),
        QStringLiteral("what"), QStringLiteral("he"), QStringLiteral("she"),   QStringLiteral("who"),
    };
    const auto isVerb = [](const QString &word) {
        if (verbs.contains(word))
            return true;
        const bool possessive = word.endsWith(u"'s") || word.endsWith(u"\u2019s");
        return possessive && contracted.contains(word.chopped(2));
    };
    const QStringList words = phrase.toString().toLower().split(u' ', Qt::SkipEmptyParts);
    return !words.isEmpty() && words.size() <= mostWords && std::none_of(words.cbegin(), words.cend(), isVerb);
}

qsizetype pastOpeningConjunction(QStringView phrase)
{
    static const QSet<QString> conjunctions = {
        QStringLiteral("and"),   QStringLiteral("but"),  QStringLiteral("when"),  QStringLiteral("as"),
        QStringLiteral("while"), QStringLiteral("after"), QStringLiteral("because"), QStringLiteral("so"),
        QStringLiteral("if"),    QStringLiteral("then"), QStringLiteral("though"), QStringLiteral("although"),
    };
    const qsizetype space = phrase.indexOf(u' ');
    if (space <= 0 || !conjunctions.contains(phrase.left(space).toString().toLower()))
        return 0;
    return space + 1;
}

} // namespace galley
