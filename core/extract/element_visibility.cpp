#include "extract/element_visibility.h"

#include <QByteArray>

namespace galley {

namespace {

bool containsNoCase(const char *haystack, const char *needle)
{
    for (const char *start = haystack; *start; ++start) {
        const char *h = start;
        const char *n = needle;
        while (*n && *h && (*h | 0x20) == *n) {
            ++h;
            ++n;
        }
        if (!*n)
            return true;
    }
    return false;
}

bool styleHides(const char *style)
{
    if (!containsNoCase(style, "none") && !containsNoCase(style, "hidden"))
        return false;   // most inline styles hide nothing; skip the copy
    QByteArray compact;
    for (const char *c = style; *c; ++c) {
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r')
            compact.append(char(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c));
    }
    return compact.contains("display:none") || compact.contains("visibility:hidden");
}

} // namespace

int streamedSegmentNumber(const char *id, char prefix)
{
    if (!id || id[0] != prefix || id[1] != ':' || !id[2])
        return -1;
    int number = 0;
    for (const char *c = id + 2; *c; ++c) {
        if (*c < '0' || *c > '9' || number > 100000)
            return -1;
        number = number * 10 + (*c - '0');
    }
    return number;
}

bool isStreamedContent(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_DIV)
        return false;
    const GumboAttribute *id = gumbo_get_attribute(&element.attributes, "id");
    return id && streamedSegmentNumber(id->value, 'S') >= 0;
}

bool isHiddenElement(const GumboElement &element)
{
    // One pass over the attributes: this runs for every element of the page. Gumbo
    // lower-cases attribute names of HTML elements.
    const GumboVector &attributes = element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
        const char *name = attribute->name;
        if (name[0] == 'h' && qstrcmp(name, "hidden") == 0) {
            if (!isStreamedContent(element))
                return true;
        } else if (name[0] == 'a' && qstrcmp(name, "aria-hidden") == 0) {
            if (qstricmp(attribute->value, "true") == 0)
                return true;
        } else if (name[0] == 's' && qstrcmp(name, "style") == 0) {
            if (styleHides(attribute->value))
                return true;
        }
    }
    return false;
}

} // namespace galley
