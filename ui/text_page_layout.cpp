#include "text_page_layout.h"

#include <algorithm>

namespace galley {

namespace {

constexpr auto pageStyle = R"(
html { background: #f4f2ee; }
body { margin: 0; padding: 32px 16px; color: #1d1d1b;
       font: 17px/1.6 "Noto Serif", "DejaVu Serif", Georgia, serif; }
article { max-width: 46em; margin: 0 auto; background: #fff; padding: 28px 40px;
          box-shadow: 0 1px 3px rgba(0,0,0,.15); }
p { margin: 0 0 1em; white-space: pre-wrap; overflow-wrap: anywhere; }
)";

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

TextPageLayout::TextPageLayout(const QString &text, const QString &title)
{
    m_html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
             + title.toHtmlEscaped() + QStringLiteral("</title><style>")
             + QLatin1String(pageStyle) + QStringLiteral("</style></head><body><article>");

    int paragraph = 0;
    int textNode = 0;   // 0: no paragraph open
    qsizetype position = 0;
    while (position < text.size()) {
        qsizetype end = position;
        while (end < text.size() && !isLineBreak(text.at(end)))
            ++end;
        const QStringView line = QStringView(text).mid(position, end - position);
        if (isBlank(line)) {
            if (textNode > 0)
                m_html += QStringLiteral("</p>");
            textNode = 0;
        } else {
            if (textNode == 0) {
                ++paragraph;
                m_html += QStringLiteral("<p>");
            } else {
                m_html += QStringLiteral("<br>");
            }
            ++textNode;
            m_lines.append({position, line.size(), paragraph, textNode});
            m_html += line.toString().toHtmlEscaped();
        }
        // \r\n is one break, as in the HTML parser's input stream preprocessing.
        if (end < text.size() && text.at(end) == QLatin1Char('\r') && end + 1 < text.size()
            && text.at(end + 1) == QLatin1Char('\n'))
            ++end;
        position = end + 1;
    }
    if (textNode > 0)
        m_html += QStringLiteral("</p>");
    m_html += QStringLiteral("</article></body></html>");
}

std::optional<DomPosition> TextPageLayout::position(qsizetype textOffset) const
{
    if (m_lines.isEmpty() || textOffset < 0)
        return std::nullopt;
    auto after = std::upper_bound(m_lines.begin(), m_lines.end(), textOffset,
                                  [](qsizetype offset, const Line &line) { return offset < line.start; });
    if (after == m_lines.begin())
        return std::nullopt;
    const Line &line = *(after - 1);
    const qsizetype inLine = std::min(textOffset - line.start, line.length);
    return DomPosition{QStringLiteral("/html[1]/body[1]/article[1]/p[%1]/text()[%2]")
                           .arg(line.paragraph).arg(line.textNode),
                       int(inLine)};
}

} // namespace galley
