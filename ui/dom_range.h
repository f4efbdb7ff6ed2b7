#pragma once

#include <QString>

namespace galley {

// A place in the rendered page: a DOM text node (see HtmlDocument::nodePath) and a UTF-16
// offset into its data.
struct DomPosition
{
    QString nodePath;
    int offset = 0;   // UTF-16 units

    friend bool operator==(const DomPosition &, const DomPosition &) = default;
};

// A stretch of the rendered page, end exclusive.
struct DomRange
{
    DomPosition start;
    DomPosition end;

    friend bool operator==(const DomRange &, const DomRange &) = default;
};

} // namespace galley
