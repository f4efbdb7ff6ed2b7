#include "pipeline/continued_quotes.h"

#include <algorithm>

namespace galley {

namespace {

// "…their families.⏎⏎“And we will …": the paragraph ends unclosed and the next opens with a
// mark, the way a quote runs on over paragraphs; a closing mark before the break ends it.
bool runsOnOverParagraph(QStringView gap)
{
    const qsizetype lineBreak = gap.indexOf(u'\n');
    if (lineBreak < 0)
        return false;
    for (QChar c : gap.left(lineBreak)) {
        if (!c.isSpace() && c != u'.' && c != u',' && c != u'!' && c != u'?' && c != u'\u2026')
            return false;
    }
    const QStringView opening = gap.mid(lineBreak).trimmed();
    static const QString openingMarks = QStringLiteral("\"\u201C\u201E\u00AB\u2018'\u2039");
    return opening.size() == 1 && openingMarks.contains(opening.front());
}

} // namespace

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
        if (gapStart > gapEnd)
            continue;
        const QStringView gap = text.mid(gapStart, gapEnd - gapStart);
        // across a paragraph break only from the end of the quote before: "“…,” said Varga.⏎⏎“…”" is a new quote
        const qsizetype previousEnd = quotes[q - 1].content.end;
        if (gap.contains(u'\n')
            && (quote.kind != QuoteKind::Direct || previousEnd > gapEnd
                || !runsOnOverParagraph(text.mid(previousEnd, gapEnd - previousEnd))))
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
