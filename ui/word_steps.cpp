#include "word_steps.h"

#include "text/tokenizer.h"

#include <QList>

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

// The words a step takes: the tokenizer's tokens, those written together ("15%", "$4.5bn",
// "U.S.") as one, without the punctuation and quote marks at their edges ("Varga," is "Varga").
QList<Unit> wordUnits(QStringView text)
{
    const QList<Token> tokens = tokenize(text);
    QList<Unit> units;
    qsizetype first = 0;
    while (first < tokens.size()) {
        qsizetype last = first;
        while (last + 1 < tokens.size() && tokens[last + 1].start == tokens[last].end)
            ++last;
        qsizetype from = first;
        qsizetype to = last;
        while (from <= to && isEdgePunctuation(tokens[from]))
            ++from;
        while (to >= from && isEdgePunctuation(tokens[to]))
            --to;
        if (from <= to)
            units.append({int(tokens[from].start), int(tokens[to].end)});
        first = last + 1;
    }
    return units;
}

} // namespace

int wordEndAfter(QStringView text, int position)
{
    for (const Unit &unit : wordUnits(text)) {
        if (unit.end > position)
            return unit.end;
    }
    return position;
}

int wordEndBefore(QStringView text, int position)
{
    int found = 0;
    for (const Unit &unit : wordUnits(text)) {
        if (unit.end >= position)
            break;
        found = unit.end;
    }
    return found;
}

int wordStartBefore(QStringView text, int position)
{
    int found = position;
    for (const Unit &unit : wordUnits(text)) {
        if (unit.start >= position)
            break;
        found = unit.start;
    }
    return found;
}

int wordStartAfter(QStringView text, int position)
{
    for (const Unit &unit : wordUnits(text)) {
        if (unit.start > position)
            return unit.start;
    }
    return int(text.size());
}

} // namespace galley
