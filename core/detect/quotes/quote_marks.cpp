#include "quote_marks.h"

namespace galley {

namespace {

enum class Side { Opening, Closing, Either };

struct Mark
{
    qsizetype token = -1;
    bool single = false;
};

bool isSingleMark(QChar c)
{
    switch (c.unicode()) {
    case u'\'': case u'`': case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201B':
    case u'\u2039': case u'\u203A':
        return true;
    default:
        return false;
    }
}

// What the character says by itself; ASCII marks and ’ (also an apostrophe) say nothing.
Side defaultSide(QStringView mark)
{
    if (mark == u"``")
        return Side::Opening;
    if (mark == u"''")
        return Side::Closing;
    switch (mark.front().unicode()) {
    case u'\u201C': case u'\u201E': case u'\u00AB': case u'\u2018': case u'\u201A': case u'\u2039':
    case u'\u201F': case u'\u201B':
        return Side::Opening;
    case u'\u201D': case u'\u00BB': case u'\u203A':
        return Side::Closing;
    default:
        return Side::Either;
    }
}

bool isSpaceOrEdge(QStringView text, qsizetype position)
{
    return position < 0 || position >= text.size() || text[position].isSpace();
}

bool opensAfter(QChar c)
{
    return QStringView(u"([{-\u2014\u2013/").contains(c) || defaultSide(QStringView(&c, 1)) == Side::Opening;
}

bool closesBefore(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

// Which side a mark is on, from the characters around it: a mark with space (or an opening
// bracket) before and a word after opens; the reverse closes. "„Ja“" and "»Ja«" come out right
// because the context beats the character's default.
Side sideInContext(QStringView text, const Token &token)
{
    const qsizetype before = token.start - 1;
    const qsizetype after = token.end;
    const bool spaceBefore = isSpaceOrEdge(text, before) || opensAfter(text[before]);
    const bool spaceAfter = isSpaceOrEdge(text, after) || (closesBefore(text[after]) && defaultSide(text.mid(after, 1)) != Side::Opening);
    if (spaceBefore && !spaceAfter)
        return Side::Opening;
    if (!spaceBefore && spaceAfter)
        return Side::Closing;
    return defaultSide(text.mid(token.start, token.length()));
}

bool startsParagraph(QStringView text, const Token &token)
{
    for (qsizetype i = token.start - 1; i >= 0; --i) {
        if (text[i] == u'\n' || text[i] == u'\r' || text[i] == u'\u2029')
            return true;
        if (!text[i].isSpace())
            return false;
    }
    return true;
}

bool lineBreakBetween(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] == u'\n' || text[i] == u'\r' || text[i] == u'\u2029')
            return true;
    }
    return false;
}

TextRange trimmed(QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && text[start].isSpace())
        ++start;
    // "“We won,” he said": the comma belongs to the sentence around the quote.
    while (end > start && (text[end - 1].isSpace() || text[end - 1] == u','))
        --end;
    return {start, end};
}

} // namespace

bool isDoubleQuoteMark(QStringView text, const Token &token)
{
    return token.kind == TokenKind::Quote && !(token.length() == 1 && isSingleMark(text[token.start]));
}

QList<QuotedSpan> findQuotedSpans(QStringView text, const QList<Token> &tokens)
{
    QList<QuotedSpan> spans;
    QList<Mark> open;             // marks still open, innermost last
    QList<qsizetype> spanOfMark;  // parallel to open: index into spans of the span started there

    const auto closeSpan = [&](qsizetype stackIndex, qsizetype closeToken, qsizetype contentEnd) {
        QuotedSpan &span = spans[spanOfMark[stackIndex]];
        span.closeToken = closeToken;
        span.content = trimmed(text, span.content.start, contentEnd);
        open.remove(stackIndex, open.size() - stackIndex);
        spanOfMark.remove(stackIndex, spanOfMark.size() - stackIndex);
    };
    // Unclosed single marks are apostrophes or typos: they vanish. An unclosed double mark runs
    // to the end of its paragraph.
    const auto endParagraph = [&](qsizetype paragraphEnd) {
        while (!open.isEmpty()) {
            const qsizetype last = open.size() - 1;
            if (open[last].single) {
                spans[spanOfMark[last]].content = TextRange();
                open.removeLast();
                spanOfMark.removeLast();
                continue;
            }
            closeSpan(last, -1, paragraphEnd);
        }
    };

    qsizetype previousEnd = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens[t];
        if (!open.isEmpty() && lineBreakBetween(text, previousEnd, token.start)) {
            // A new paragraph that opens with the same mark continues the outermost double quote.
            const bool continues = token.kind == TokenKind::Quote && isDoubleQuoteMark(text, token)
                && !open.front().single && sideInContext(text, token) != Side::Closing;
            if (continues) {
                while (open.size() > 1) {
                    if (open.back().single) {
                        spans[spanOfMark.back()].content = TextRange();
                        open.removeLast();
                        spanOfMark.removeLast();
                    } else {
                        closeSpan(open.size() - 1, -1, previousEnd);
                    }
                }
                spans[spanOfMark.front()].continuesParagraphs = true;
                previousEnd = token.end;
                continue;
            }
            endParagraph(previousEnd);
        }
        previousEnd = token.end;
        if (token.kind != TokenKind::Quote)
            continue;
        const bool single = !isDoubleQuoteMark(text, token);
        Side side = sideInContext(text, token);
        if (side == Side::Either) {
            bool sameOpen = false;
            for (const Mark &mark : open)
                sameOpen = sameOpen || mark.single == single;
            side = sameOpen ? Side::Closing : Side::Opening;
        }
        if (side == Side::Closing) {
            qsizetype match = open.size() - 1;
            while (match >= 0 && open[match].single != single)
                --match;
            if (match < 0)
                continue;   // a closing mark with nothing to close (or an apostrophe)
            // Single marks opened inside and left open were apostrophes.
            for (qsizetype inner = open.size() - 1; inner > match; --inner) {
                if (open[inner].single) {
                    spans[spanOfMark[inner]].content = TextRange();
                    open.resize(inner);
                    spanOfMark.resize(inner);
                } else {
                    closeSpan(inner, -1, token.start);
                }
            }
            closeSpan(match, t, token.start);
            continue;
        }
        if (startsParagraph(text, token) && !open.isEmpty())
            endParagraph(token.start);
        QuotedSpan span;
        span.openToken = t;
        span.content = {token.end, token.end};
        span.depth = int(open.size());
        span.singleMarks = single;
        open.append({t, single});
        spanOfMark.append(spans.size());
        spans.append(span);
    }
    endParagraph(previousEnd);
    QList<QuotedSpan> kept;
    for (const QuotedSpan &span : spans) {
        if (!span.content.isEmpty())
            kept.append(span);
    }
    return kept;
}

} // namespace galley
