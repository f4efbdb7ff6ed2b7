#include "word_steps.h"

namespace galley {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}
} // namespace

int wordEndAfter(QStringView text, int position)
{
    int at = position;
    while (at < text.size() && !isWordChar(text.at(at)))
        ++at;
    while (at < text.size() && isWordChar(text.at(at)))
        ++at;
    return at;
}

int wordEndBefore(QStringView text, int position)
{
    int at = position;
    while (at > 0 && isWordChar(text.at(at - 1)))
        --at;
    while (at > 0 && !isWordChar(text.at(at - 1)))
        --at;
    return at;
}

int wordStartBefore(QStringView text, int position)
{
    int at = position;
    while (at > 0 && !isWordChar(text.at(at - 1)))
        --at;
    while (at > 0 && isWordChar(text.at(at - 1)))
        --at;
    return at;
}

int wordStartAfter(QStringView text, int position)
{
    int at = position;
    while (at < text.size() && isWordChar(text.at(at)))
        ++at;
    while (at < text.size() && !isWordChar(text.at(at)))
        ++at;
    return at;
}

} // namespace galley
