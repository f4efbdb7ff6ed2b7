#include "tokenizer.h"

#include "text/abbreviations.h"

namespace galley {

bool isQuoteMark(char16_t c)
{
    switch (c) {
    case u'"': case u'\'': case u'`': case u'\u201C': case u'\u201D': case u'\u00AB': case u'\u00BB':
    case u'\u201E': case u'\u2018': case u'\u2019': case u'\u201A': case u'\u2039': case u'\u203A':
    case u'\u201F': case u'\u201B': case u'\u2032': case u'\u2033':
        return true;
    default:
        return false;
    }
}

namespace {

bool isApostrophe(char16_t c) { return c == u'\'' || c == u'\u2019'; }

bool isDashChar(char16_t c) { return c == u'\u2014' || c == u'\u2013' || c == u'\u2015' || c == u'\u2012'; }

bool isHyphen(char16_t c) { return c == u'-' || c == u'\u2010' || c == u'\u2011'; }

bool isSpaceChar(QChar c)
{
    return c.isSpace() || c == u'\u200B' || c == u'\uFEFF' || c == u'\u2060';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isSymbolChar(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Symbol_Currency || category == QChar::Symbol_Math || category == QChar::Symbol_Other
           || category == QChar::Symbol_Modifier || c == u'%' || c == u'&' || c == u'#' || c == u'@'
           || c == u'\u2030';
}

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text), m_size(text.size()) {}

    QList<Token> run()
    {
        QList<Token> tokens;
        qsizetype i = 0;
        while (i < m_size) {
            if (isSpaceChar(at(i))) {
                ++i;
                continue;
            }
            const Token token = next(i);
            tokens.append(token);
            i = token.end;
        }
        return tokens;
    }

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_size ? m_text[i] : QChar(); }
    char16_t unit(qsizetype i) const { return at(i).unicode(); }

    bool startsWithCaseless(qsizetype i, QLatin1StringView prefix) const
    {
        return m_text.mid(i).startsWith(prefix, Qt::CaseInsensitive);
    }

    qsizetype runEnd(qsizetype i) const
    {
        while (i < m_size && !isSpaceChar(at(i)))
            ++i;
        return i;
    }

    Token next(qsizetype i) const
    {
        if (const qsizetype end = urlEnd(i); end > i)
            return {i, end, TokenKind::Url};
        if (const qsizetype end = emailEnd(i); end > i)
            return {i, end, TokenKind::Email};
        if (const qsizetype end = cliticEnd(i); end > i)
            return {i, end, TokenKind::Word};
        const QChar c = at(i);
        if ((c == u'`' && at(i + 1) == u'`') || (c == u'\'' && at(i + 1) == u'\''))
            return {i, i + 2, TokenKind::Quote};
        if (isQuoteMark(c.unicode()))
            return {i, i + 1, TokenKind::Quote};
        if (isDashChar(c.unicode()))
            return {i, i + 1, TokenKind::Dash};
        if (c == u'-' && at(i + 1) == u'-') {
            qsizetype end = i;
            while (at(end) == u'-')
                ++end;
            return {i, end, TokenKind::Dash};
        }
        if (isWordChar(c))
            return word(i);
        // ".75 percent": a number without its zero, after a space or an opening bracket (not "BA.2.86")
        if (c == u'.' && at(i + 1).isDigit() && (i == 0 || isSpaceChar(at(i - 1)) || at(i - 1) == u'('))
            return {i, word(i + 1).end, TokenKind::Number};
        if (c == u'.' && at(i + 1) == u'.' && at(i + 2) == u'.')
            return {i, i + 3, TokenKind::Punctuation};
        if ((c == u'?' || c == u'!')) {
            qsizetype end = i + 1;
            while (at(end) == u'?' || at(end) == u'!')
                ++end;
            return {i, end, TokenKind::Punctuation};
        }
        if (c.isHighSurrogate() && at(i + 1).isLowSurrogate())
            return {i, graphemeEnd(i, i + 2), TokenKind::Symbol};
        if (isSymbolChar(c))
            return {i, graphemeEnd(i, i + 1), TokenKind::Symbol};
        return {i, i + 1, TokenKind::Punctuation};
    }

    char32_t codePoint(qsizetype i, qsizetype *size) const
    {
        if (at(i).isHighSurrogate() && at(i + 1).isLowSurrogate()) {
            *size = 2;
            return QChar::surrogateToUcs4(at(i), at(i + 1));
        }
        *size = 1;
        return at(i).unicode();
    }

    static bool isRegionalIndicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

    static bool extendsGrapheme(char32_t c)
    {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3
               || (c >= 0xE0020 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF)
               || QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing;
    }

    // The end of the symbol starting at `start` (first code point ends at `end`) with what
    // writes one picture with it: a flag's second letter, a skin tone, a variation selector, a
    // keycap after a symbol ("#️⃣"), tags, and pictures joined by U+200D ("👩‍💻"). 🇺🇦 and 👍🏽 are
    // one token each.
    qsizetype graphemeEnd(qsizetype start, qsizetype end) const
    {
        qsizetype size = 0;
        if (isRegionalIndicator(codePoint(start, &size))) {
            const char32_t second = codePoint(end, &size);
            return isRegionalIndicator(second) ? end + size : end;
        }
        while (end < m_size) {
            const char32_t c = codePoint(end, &size);
            if (extendsGrapheme(c)) {
                end += size;
            } else if (qsizetype joinedSize = 0; c == 0x200D && end + 1 < m_size
                       && !QChar::isLetterOrNumber(codePoint(end + 1, &joinedSize)) && !isSpaceChar(at(end + 1))) {
                end += 1 + joinedSize;   // a picture joined on; a letter after U+200D stays a word of its own
            } else {
                break;
            }
        }
        return end;
    }

    qsizetype urlEnd(qsizetype i) const
    {
        if (!(startsWithCaseless(i, QLatin1StringView("http://")) || startsWithCaseless(i, QLatin1StringView("https://"))
              || startsWithCaseless(i, QLatin1StringView("ftp://")) || startsWithCaseless(i, QLatin1StringView("www."))))
            return i;
        qsizetype end = runEnd(i);
        // Trailing punctuation belongs to the sentence, a closing bracket only if the URL opened one.
        while (end > i) {
            const QChar last = at(end - 1);
            if (last == u')' && m_text.mid(i, end - i).count(u'(') >= m_text.mid(i, end - i).count(u')'))
                break;
            if (QStringView(u".,;:!?)]}>").contains(last) || isQuoteMark(last.unicode()))
                --end;
            else
                break;
        }
        return end - i > 7 ? end : i;
    }

    qsizetype emailEnd(qsizetype i) const
    {
        const auto isLocal = [](QChar c) { return c.isLetterOrNumber() || QStringView(u"._%+-").contains(c); };
        qsizetype j = i;
        while (j < m_size && isLocal(at(j)))
            ++j;
        if (j == i || at(j) != u'@' || !at(i).isLetterOrNumber())
            return i;
        qsizetype end = j + 1;
        while (end < m_size && (at(end).isLetterOrNumber() || at(end) == u'.' || at(end) == u'-'))
            ++end;
        while (end > j + 1 && (at(end - 1) == u'.' || at(end - 1) == u'-'))
            --end;
        const QStringView domain = m_text.mid(j + 1, end - j - 1);
        const qsizetype dot = domain.lastIndexOf(u'.');
        if (dot <= 0 || domain.size() - dot - 1 < 2)
            return i;
        return end;
    }

    // Letters after an apostrophe that make a clitic of their own: 's 're 've 'll 'd 'm.
    qsizetype cliticLength(qsizetype apostrophe) const
    {
        qsizetype end = apostrophe + 1;
        while (end < m_size && at(end).isLetter())
            ++end;
        const QString suffix = m_text.mid(apostrophe + 1, end - apostrophe - 1).toString().toLower();
        static const QStringList clitics = {QStringLiteral("s"), QStringLiteral("re"), QStringLiteral("ve"),
                                            QStringLiteral("ll"), QStringLiteral("d"), QStringLiteral("m")};
        if (!clitics.contains(suffix) || (end < m_size && isWordChar(at(end))))
            return 0;
        return end - apostrophe;
    }

    bool isNotClitic(qsizetype n) const   // "n't" starting at n
    {
        return (at(n) == u'n' || at(n) == u'N') && isApostrophe(unit(n + 1)) && (at(n + 2) == u't' || at(n + 2) == u'T')
               && !isWordChar(at(n + 3));
    }

    // A clitic split off the word just before it: "’s", "'re", "n't".
    qsizetype cliticEnd(qsizetype i) const
    {
        if (i == 0 || !at(i - 1).isLetter())
            return i;
        if (isApostrophe(unit(i))) {
            const qsizetype length = cliticLength(i);
            return length > 0 ? i + length : i;
        }
        return isNotClitic(i) ? i + 3 : i;
    }

    Token word(qsizetype i) const
    {
        qsizetype j = i;
        qsizetype segmentStart = i;   // start of the current run of word characters
        for (;;) {
            while (j < m_size && isWordChar(at(j)))
                ++j;
            const QChar joiner = at(j);
            const QChar after = at(j + 1);
            const bool digitsAround = at(j - 1).isDigit() && after.isDigit();
            if (isHyphen(joiner.unicode()) && isWordChar(after)) {
                j += 1;
            } else if (digitsAround && (joiner == u',' || joiner == u'.' || joiner == u':' || joiner == u'/')) {
                j += 1;
            } else if (joiner == u'&' && at(j - 1).isUpper() && after.isUpper()) {
                j += 1;
            } else if (isApostrophe(joiner.unicode()) && after.isLetter()) {
                if (cliticLength(j) > 0)
                    return {i, j, kindOf(i)};
                if (isNotClitic(j - 1) && j - 1 > i)
                    return {i, j - 1, kindOf(i)};
                j += 1;
            } else if (joiner == u'.') {
                return {i, periodWordEnd(i, segmentStart, j), kindOf(i)};
            } else {
                return {i, j, kindOf(i)};
            }
            segmentStart = j;
        }
    }

    // The word [i, period) is followed by a period: decide whether the period belongs to it.
    qsizetype periodWordEnd(qsizetype i, qsizetype segmentStart, qsizetype period) const
    {
        // Acronyms with inner periods: "U.S.", "a.m.", "U.N.": letter, period, letter, period ...
        if (period - segmentStart == 1 && at(segmentStart).isLetter() && at(period + 1).isLetter()
            && at(period + 2) == u'.') {
            qsizetype end = period + 1;
            while (at(end).isLetter() && at(end + 1) == u'.')
                end += 2;
            return end;
        }
        // Domain-like words: "Yahoo.com", "Node.js".
        if (at(period + 1).isLetter() && at(period + 1).isLower() && at(period - 1).isLetter()) {
            qsizetype end = period + 1;
            while (end < m_size && (isWordChar(at(end)) || (at(end) == u'.' && at(end + 1).isLetter())))
                ++end;
            return end;
        }
        const QStringView word = m_text.mid(i, period - i);
        // an initial: "J."; not the scale of a temperature: "40°C."
        if (word.size() == 1 && word.front().isUpper() && !(i > 0 && at(i - 1) == u'\u00B0'))
            return period + 1;
        if (abbreviationKind(word) != AbbreviationKind::None && !endsASentenceAsAUnit(i, word, period))
            return period + 1;
        return period;
    }

    // "3,000 sq ft.", "12 lb." before the next sentence: a unit after an amount, its period the
    // sentence's ("Ft. Worth" and "5 lb. bags" keep theirs).
    bool endsASentenceAsAUnit(qsizetype i, QStringView word, qsizetype period) const
    {
        static const QStringList units = {QStringLiteral("ft"), QStringLiteral("lb"), QStringLiteral("lbs"), QStringLiteral("oz")};
        if (!units.contains(word.toString().toLower()))
            return false;
        qsizetype before = i - 1;
        while (before >= 0 && isSpaceChar(at(before)))
            --before;
        const qsizetype wordEnd = before + 1;
        while (before >= 0 && at(before).isLetter())
            --before;
        const QStringView previous = m_text.mid(before + 1, wordEnd - before - 1);
        if (previous.compare(u"sq", Qt::CaseInsensitive) == 0 || previous.compare(u"square", Qt::CaseInsensitive) == 0) {
            while (before >= 0 && isSpaceChar(at(before)))
                --before;
        } else if (!previous.isEmpty()) {
            return false;
        }
        if (before < 0 || !at(before).isDigit())
            return false;
        qsizetype next = period + 1;
        if (next >= m_size)
            return true;
        if (!isSpaceChar(at(next)))
            return false;
        while (next < m_size && isSpaceChar(at(next)))
            ++next;
        return next >= m_size || at(next).isUpper() || isQuoteMark(at(next).unicode());
    }

    TokenKind kindOf(qsizetype i) const { return at(i).isDigit() ? TokenKind::Number : TokenKind::Word; }

    QStringView m_text;
    qsizetype m_size;
};

} // namespace

QList<Token> tokenize(QStringView text)
{
    return Scanner(text).run();
}

} // namespace galley
