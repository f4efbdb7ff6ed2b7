#include "extract/dateline.h"

#include "extract/date_parsing.h"
#include "extract/date_text.h"

namespace galley {

QString visibleDateline(const QList<Block> &blocks)
{
    qsizetype anchor = -1;
    for (qsizetype i = 0; i < blocks.size() && anchor < 0; ++i) {
        if (blocks.at(i).boilerplateReason == QLatin1String("title"))
            anchor = i;
    }
    for (qsizetype i = 0; i < blocks.size() && anchor < 0; ++i) {
        if (!blocks.at(i).isBoilerplate())
            anchor = i;
    }
    if (anchor < 0)
        return {};
    constexpr qsizetype kLinesBefore = 6;
    constexpr qsizetype kLinesAfter = 20;
    for (qsizetype i = std::max<qsizetype>(0, anchor - kLinesBefore);
         i < std::min(blocks.size(), anchor + kLinesAfter); ++i) {
        const Block &block = blocks.at(i);
        // A caption or a sentence of the article naming a date is no date line; nor is the
        // dateline opening the story ("WASHINGTON (January 24, 2017) —"), which may name the day
        // it was written rather than published.
        if (block.boilerplateReason == QLatin1String("dateline"))
            continue;
        const bool prose = !block.isBoilerplate() || block.boilerplateReason == QLatin1String("caption");
        if (block.text.size() > 150 || (prose && (block.text.size() > 80 || isSentenceWithDate(block.text))))
            continue;
        const QString date = parseDateToIso(block.text);
        if (!date.isEmpty())
            return date;
    }
    return {};
}

} // namespace galley
