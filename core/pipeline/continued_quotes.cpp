#include "pipeline/continued_quotes.h"

#include <algorithm>

namespace galley {

QList<int> continuedQuoteSpeakers(QStringView text, const QList<Quote> &quotes, const QList<EntityMention> &mentions)
{
    QList<int> sources(quotes.size(), -1);
    for (qsizetype q = 1; q < quotes.size(); ++q) {
        const Quote &quote = quotes[q];
        if (!quote.speaker.isEmpty() || quote.kind == QuoteKind::Indirect || quote.content.isEmpty())
            continue;
        const qsizetype previous = sources[q - 1] >= 0 ? sources[q - 1] : q - 1;
        const Quote &earlier = quotes[previous];
        if (earlier.speaker.isEmpty() || quotes[q - 1].content.isEmpty())
            continue;
        const qsizetype gapStart = std::max(quotes[q - 1].content.end, earlier.speaker.end);
        const qsizetype gapEnd = quote.content.start;
        if (gapStart > gapEnd || text.mid(gapStart, gapEnd - gapStart).contains(u'\n'))
            continue;
        const bool otherPerson = std::any_of(mentions.cbegin(), mentions.cend(), [&](const EntityMention &mention) {
            return mention.type == EntityType::Person && mention.start >= gapStart && mention.end <= gapEnd;
        });
        if (!otherPerson)
            sources[q] = int(previous);
    }
    return sources;
}

} // namespace galley
