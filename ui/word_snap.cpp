#include "word_snap.h"

#include <algorithm>

namespace galley {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}
} // namespace

int snapStartToWord(QStringView text, int position)
{
    int at = std::clamp(position, 0, int(text.size()));
    while (at > 0 && at < text.size() && isWordChar(text.at(at - 1)) && isWordChar(text.at(at)))
        --at;
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    return at;
}

int snapEndToWord(QStringView text, int position)
{
    int at = std::clamp(position, 0, int(text.size()));
    while (at > 0 && at < text.size() && isWordChar(text.at(at - 1)) && isWordChar(text.at(at)))
        ++at;
    while (at > 0 && text.at(at - 1).isSpace())
        --at;
    return at;
}

} // namespace galley
