#pragma once

#include "dom_range.h"

#include <QList>
#include <QString>

#include <optional>

namespace galley {

// A text copy shown as a readable HTML page that Galley generates itself: paragraphs at blank
// lines, one DOM text node per source line (lines separated by <br>), every character escaped.
// Because Galley writes the markup it also knows, for every UTF-16 offset of the text, which
// text node of the rendered page holds it.
class TextPageLayout final
{
public:
    TextPageLayout(const QString &text, const QString &title);

    const QString &html() const { return m_html; }

    // The DOM position of the character at `textOffset` (UTF-16, into the text). Offsets on line
    // breaks or blank lines map to the end of the line before. nullopt when the text is empty
    // or the offset is out of range.
    std::optional<DomPosition> position(qsizetype textOffset) const;

private:
    struct Line
    {
        qsizetype start = 0;   // UTF-16 offset into the text
        qsizetype length = 0;  // UTF-16 units, without the line break
        int paragraph = 0;     // 1-based <p> index in the article element
        int textNode = 0;      // 1-based text() index inside that <p>
    };
    QString m_html;
    QList<Line> m_lines;
};

} // namespace galley
