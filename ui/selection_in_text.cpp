#include "selection_in_text.h"

#include <QRegularExpression>

namespace galley {

namespace {

QString withoutSpaces(const QString &text)
{
    QString compact;
    for (QChar c : text) {
        if (!c.isSpace())
            compact.append(c);
    }
    return compact;
}

// How many non-space characters at the end of `a` and `b` agree (or, reversed, at the start).
int agreement(const QString &a, const QString &b, bool atEnd)
{
    const QString x = withoutSpaces(a);
    const QString y = withoutSpaces(b);
    int same = 0;
    const qsizetype limit = std::min(x.size(), y.size());
    while (same < limit && (atEnd ? x.at(x.size() - 1 - same) == y.at(y.size() - 1 - same) : x.at(same) == y.at(same)))
        ++same;
    return same;
}

} // namespace

std::optional<std::pair<int, int>> locateSelection(const QString &articleText, const TextQuote &selection)
{
    const QStringList words = selection.exact.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    QStringList escaped;
    for (const QString &word : words)
        escaped.append(QRegularExpression::escape(word));
    const QRegularExpression pattern(escaped.join(QStringLiteral("\\s+")));
    std::optional<std::pair<int, int>> best;
    int bestScore = -1;
    auto matches = pattern.globalMatch(articleText);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const int start = int(match.capturedStart());
        const int end = int(match.capturedEnd());
        const int score = agreement(articleText.left(start), selection.prefix, true)
                          + agreement(articleText.mid(end, 96), selection.suffix, false);
        if (score > bestScore) {
            bestScore = score;
            best = std::make_pair(start, end);
        }
    }
    return best;
}

} // namespace galley
