#include "annotation/text_quote.h"

namespace galley {

namespace {

int stepBack(QStringView text, int position, int codePoints)
{
    while (codePoints-- > 0 && position > 0) {
        --position;
        if (position > 0 && text[position].isLowSurrogate() && text[position - 1].isHighSurrogate())
            --position;
    }
    return position;
}

int stepForward(QStringView text, int position, int codePoints)
{
    const int length = int(text.size());
    while (codePoints-- > 0 && position < length) {
        if (text[position].isHighSurrogate() && position + 1 < length && text[position + 1].isLowSurrogate())
            ++position;
        ++position;
    }
    return position;
}

} // namespace

TextQuote textQuoteAt(QStringView text, int start, int end)
{
    const int length = int(text.size());
    start = qBound(0, start, length);
    end = qBound(start, end, length);
    const int prefixStart = stepBack(text, start, kTextQuoteContext);
    const int suffixEnd = stepForward(text, end, kTextQuoteContext);
    return {text.mid(start, end - start).toString(), text.mid(prefixStart, start - prefixStart).toString(),
            text.mid(end, suffixEnd - end).toString()};
}

} // namespace galley
