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
            if (future.contains(word))
                return true;
        }
    }
    return false;
}

} // namespace galley
