#include "sentence_ends.h"

#include "text/abbreviations.h"

namespace galley {

bool endsSentence(QStringView text, qsizetype at)
{
    if ((text[at] != u'.' && text[at] != u'?' && text[at] != u'!') || (at + 1 < text.size() && !text[at + 1].isSpace()))
        return false;
    if (text[at] != u'.')
        return true;
    qsizetype wordStart = at;
    while (wordStart > 0 && text[wordStart - 1].isLetter())
        --wordStart;
    const QStringView word = text.mid(wordStart, at - wordStart);
    const AbbreviationKind kind = abbreviationKind(word);
    return !(word.size() == 1 && word.front().isUpper()) && kind != AbbreviationKind::Title && kind != AbbreviationKind::Month;
}

bool isQuoteMarkAt(QStringView text, qsizetype at)
{
    const QChar c = text[at];
    const bool mark = c == u'"' || c == u'\'' || c.category() == QChar::Punctuation_InitialQuote
                      || c.category() == QChar::Punctuation_FinalQuote;
    const bool apostrophe = at > 0 && at + 1 < text.size() && text[at - 1].isLetter() && text[at + 1].isLetter();
    return mark && !apostrophe;
}

qsizetype sentenceStartBefore(QStringView text, qsizetype at)
{
    qsizetype start = at;
    while (start > 0) {
        if (text[start - 1] == u'\n' || isQuoteMarkAt(text, start - 1) || endsSentence(text, start - 1))
            break;
        --start;
    }
    while (start < at && text[start].isSpace())
        ++start;
    return start;
}

} // namespace galley
