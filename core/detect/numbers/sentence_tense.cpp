#include "sentence_tense.h"

#include <QSet>

namespace galley {

bool isFutureTenseAround(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> future = {
        QStringLiteral("will"),      QStringLiteral("'ll"),    QStringLiteral("’ll"),   QStringLiteral("shall"),
        QStringLiteral("wo"),        QStringLiteral("could"),  QStringLiteral("may"),   QStringLiteral("might"),
        QStringLiteral("would"),     QStringLiteral("should"), QStringLiteral("upcoming"), QStringLiteral("scheduled"),
        QStringLiteral("due"),       QStringLiteral("plans"),  QStringLiteral("planned"), QStringLiteral("expected"),
    };
    // Present tense of scheduled events ("ministers meet on Monday") speaks of the future in
    // running text; in headlines the present tells what happened.
    static const QSet<QString> scheduled = {
        QStringLiteral("meet"),   QStringLiteral("meets"),  QStringLiteral("begin"),  QStringLiteral("begins"),
        QStringLiteral("start"),  QStringLiteral("starts"), QStringLiteral("open"),   QStringLiteral("opens"),
        QStringLiteral("resume"), QStringLiteral("resumes"), QStringLiteral("face"),  QStringLiteral("faces"),
        QStringLiteral("visit"),  QStringLiteral("visits"), QStringLiteral("tomorrow"), QStringLiteral("next"),
        QStringLiteral("end"),    QStringLiteral("ends"),   QStringLiteral("close"),  QStringLiteral("closes"),
        QStringLiteral("airs"),   QStringLiteral("premieres"), QStringLiteral("arrive"), QStringLiteral("arrives"),
        QStringLiteral("return"), QStringLiteral("returns"), QStringLiteral("launch"), QStringLiteral("launches"),
        QStringLiteral("takes"),  QStringLiteral("kicks"),  QStringLiteral("likely"), QStringLiteral("forecast"),
    };
    static const QSet<QString> past = {
        QStringLiteral("said"), QStringLiteral("was"),  QStringLiteral("were"), QStringLiteral("had"),
        QStringLiteral("did"),  QStringLiteral("told"), QStringLiteral("met"),  QStringLiteral("took"),
        QStringLiteral("left"), QStringLiteral("came"), QStringLiteral("went"), QStringLiteral("began"),
    };
    for (qsizetype distance = 1; distance < tokens.end() - tokens.begin(); ++distance) {
        for (const qsizetype j : {i - distance, i + distance}) {
            if (!tokens.contains(j))
                continue;
            const QString &word = tokens.lower(j);
            if (past.contains(word))
                return false;
            const bool passiveInfinitive = tokens.is(j - 1, u"be");   // "could be held"
            if (word.size() > 4 && word.endsWith(QStringLiteral("ed")) && !passiveInfinitive
                && !tokens.isCapitalised(j) && word != u"expected" && word != u"scheduled" && word != u"planned")
                return false;
            if (future.contains(word) || (tokens.casing() == SentenceCasing::Normal && scheduled.contains(word)))
                return true;
            // "are to meet", "is set to", "are due"
            if ((word == u"is" || word == u"are") && (tokens.is(j + 1, u"to") || tokens.is(j + 1, u"set")))
                return true;
        }
    }
    return false;
}

} // namespace galley
