#pragma once

#include "detect/quotes/quote.h"
#include "text/token.h"

#include <QList>
#include <QStringView>

namespace galley {

// A stretch of text between paired quote marks. Token indices are into the token list the
// marks were found in; content excludes the outer marks.
struct QuotedSpan
{
    qsizetype openToken = -1;    // the opening mark
    qsizetype closeToken = -1;   // the closing mark; -1 when the quote runs to its paragraph's end unclosed
    TextRange content;           // UTF-16, marks excluded
    int depth = 0;               // 0 for an outermost quote, 1 inside another quote, ...
    bool singleMarks = false;    // ‘ ’ ' ‹ › ‚
    bool continuesParagraphs = false;   // the opening mark was repeated at a new paragraph
};

// Pairs the quote marks of a text: every style (" “ ” „ « » ‘ ’ ‹ › ‚ ' `` ''), nesting, quotes
// that continue over paragraphs (the opening mark repeated at each new paragraph, the closing
// one left out) and unbalanced marks (a closing mark with no opening one is skipped; an unclosed
// double quote ends with its paragraph). Spans come in text order of their opening marks.
QList<QuotedSpan> findQuotedSpans(QStringView text, const QList<Token> &tokens);

// True when the token is a quote mark of the double family (" “ ” „ « » `` '').
bool isDoubleQuoteMark(QStringView text, const Token &token);

} // namespace galley
