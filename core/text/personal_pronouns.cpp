#include "personal_pronouns.h"

#include <QSet>
#include <QString>

namespace galley {

bool isPersonalPronoun(QStringView lowerWord)
{
    static const QSet<QString> words = {
        QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"), QStringLiteral("i"),
        QStringLiteral("we"), QStringLiteral("it"), QStringLiteral("you"), QStringLiteral("him"),
        QStringLiteral("her"), QStringLiteral("them"), QStringLiteral("us"), QStringLiteral("me"),
    };
    return words.contains(lowerWord.toString());
}

} // namespace galley
