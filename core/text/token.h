#pragma once

#include <QtGlobal>

#include <cstdint>

namespace galley {

enum class TokenKind : std::uint8_t {
    Word,         // letters, with inner hyphens/apostrophes; abbreviations keep their period ("Gen.", "U.S.")
    Number,       // starts with a digit: "108,076", "1.1", "4.5bn", "1990s", "03:31", "1996-08-22"
    Punctuation,  // . , ; : ! ? ( ) [ ] … and the like
    Quote,        // " “ ” « » „ ‘ ’ ‹ › ‚ ' ` and `` ''
    Dash,         // — – ― and -- used as a dash
    Symbol,       // $ € £ ¥ % & # @ + and other symbols
    Url,          // http(s)://…, ftp://…, www.…
    Email,
};

// One token of a text. Offsets are UTF-16 code units into the text that was tokenized,
// end exclusive.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Word;

    qsizetype length() const { return end - start; }
    friend bool operator==(const Token &, const Token &) = default;
};

enum class SentenceCasing : std::uint8_t {
    Normal,
    AllCaps,     // no lower-case letter: "SYRIA SAYS REBELS LEAVE ALEPPO"
    TitleCase,   // every content word capitalised: "Syria Says Rebels Leave Aleppo"
};

// A sentence: tokens [tokenBegin, tokenEnd) of the token list, text [start, end) in UTF-16
// code units (from the first token's start to the last token's end).
struct Sentence
{
    qsizetype tokenBegin = 0;
    qsizetype tokenEnd = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    SentenceCasing casing = SentenceCasing::Normal;

    qsizetype tokenCount() const { return tokenEnd - tokenBegin; }
};

} // namespace galley
