#include "word_steps.h"

#include "text/tokenizer.h"

#include <QList>

#include <algorithm>
#include <functional>
#include <optional>

namespace galley {

namespace {

bool isEdgePunctuation(const Token &token)
{
    return token.kind == TokenKind::Punctuation || token.kind == TokenKind::Quote || token.kind == TokenKind::Dash;
}

struct Unit
{
    int start = 0;
    int end = 0;
};

// The words a step takes in text[from, to): the tokenizer's tokens, those written together
// ("15%", "$4.5bn", "U.S.") as one, without the punctuation and quote marks at their edges
// ("Varga," is "Varga").
QList<Unit> wordUnits(QStringView text, qsizetype from, qsizetype to)
{
    const QList<Token> tokens = tokenize(text.mid(from, to - from));
    QList<Unit> units;
    qsizetype first = 0;
    while (first < tokens.size()) {
        qsizetype last = first;
        while (last + 1 < tokens.size() && tokens[last + 1].start == tokens[last].end)
            ++last;
        qsizetype begin = first;
        qsizetype end = last;
        while (begin <= end && isEdgePunctuation(tokens[begin]))
            ++begin;
        while (end >= begin && isEdgePunctuation(tokens[end]))
            --end;
        if (begin <= end)
            units.append({int(from + tokens[begin].start), int(from + tokens[end].end)});
        first = last + 1;
    }
    return units;
}

using UnitSearch = std::function<std::optional<int>(const QList<Unit> &)>;

// Reads only the text around `position` (a step on a long page took 10 ms to read it all), from
// white space to white space so no word is cut; the whole text when that holds no answer.
int stepFrom(QStringView text, int position, const UnitSearch &search, int otherwise)
{
    constexpr qsizetype kReach = 2000;
    qsizetype from = std::max<qsizetype>(0, position - kReach);
    while (from > 0 && !text[from - 1].isSpace())
        --from;
    qsizetype to = std::min<qsizetype>(text.size(), position + kReach);
    while (to < text.size() && !text[to].isSpace())
        ++to;
    if (const auto found = search(wordUnits(text, from, to)))
        return *found;
    if (from > 0 || to < text.size()) {
        if (const auto found = search(wordUnits(text, 0, text.size())))
            return *found;
    }
    return otherwise;
}

// The first unit edge (start or end) after `position`, or the last one before it.
int edgeAfter(QStringView text, int position, int Unit::*edge, int otherwise)
{
    return stepFrom(text, position, [position, edge](const QList<Unit> &units) -> std::optional<int> {
        for (const Unit &unit : units) {
            if (unit.*edge > position)
                return unit.*edge;
        }
        return std::nullopt;
    }, otherwise);
}

int edgeBefore(QStringView text, int position, int Unit::*edge, int otherwise)
{
    return stepFrom(text, position, [position, edge](const QList<Unit> &units) -> std::optional<int> {
        std::optional<int> found;
        for (const Unit &unit : units) {
            if (unit.*edge >= position)
                break;
            found = unit.*edge;
        }
        return found;
    }, otherwise);
}

} // namespace

int wordEndAfter(QStringView text, int position)
{
    return edgeAfter(text, position, &Unit::end, position);
}

int wordEndBefore(QStringView text, int position)
{
    return edgeBefore(text, position, &Unit::end, 0);
}

int wordStartBefore(QStringView text, int position)
{
    return edgeBefore(text, position, &Unit::start, position);
}

int wordStartAfter(QStringView text, int position)
{
    return edgeAfter(text, position, &Unit::start, int(text.size()));
}

} // namespace galley
