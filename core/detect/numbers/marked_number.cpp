#include "detect/numbers/marked_number.h"

#include "detect/numbers/number_attributes.h"
#include "detect/numbers/number_finder.h"
#include "detect/numbers/number_names.h"

#include <optional>

namespace galley {

namespace {

bool isTemporal(NumberLabel label)
{
    return label == NumberLabel::Date || label == NumberLabel::Time || label == NumberLabel::Duration;
}

// Counts and amounts read one another's values ("5,000 troops" read as a count, marked a
// quantity); a date read for a count, or a count for a date, is another thing altogether.
bool readsAs(NumberLabel read, NumberLabel marked)
{
    return isTemporal(read) || isTemporal(marked) ? read == marked : true;
}

// The mention the marked words are: the same words, else the longest one inside them.
std::optional<NumberMention> markedMention(const QList<NumberMention> &mentions, qsizetype start, qsizetype end,
                                           NumberLabel label)
{
    std::optional<NumberMention> best;
    for (const NumberMention &mention : mentions) {
        if (mention.start < start || mention.end > end || !readsAs(mention.label, label))
            continue;
        if (mention.start == start && mention.end == end)
            return mention;
        if (!best || mention.end - mention.start > best->end - best->start)
            best = mention;
    }
    return best;
}

} // namespace

QVariantMap readMarkedNumber(QStringView text, int start, int end, const QString &label, const QDate &published)
{
    const std::optional<NumberLabel> marked = numberLabelFromName(label);
    if (!marked || start < 0 || end > text.size() || start >= end)
        return {};
    qsizetype from = text.lastIndexOf(u'\n', start > 0 ? start - 1 : 0) + 1;
    if (from > start)
        from = 0;
    qsizetype to = text.indexOf(u'\n', end);
    if (to < 0)
        to = text.size();
    // A paragraph of a page with no breaks can be the whole page; a few sentences each side will do.
    const qsizetype context = 2000;
    from = std::max(from, qsizetype(start) - context);
    to = std::min(to, qsizetype(end) + context);
    QList<NumberMention> mentions = findNumbers(text.mid(from, to - from), published);
    for (NumberMention &mention : mentions) {
        mention.start += from;
        mention.end += from;
    }
    std::optional<NumberMention> found = markedMention(mentions, start, end, *marked);
    if (!found) {
        // In context the reader may leave the words out (part of a name, a phone number); a
        // reviewer who marks them says they are a number.
        mentions = findNumbers(text.mid(start, end - start), published);
        found = markedMention(mentions, 0, end - start, *marked);
    }
    return found ? numberAttributes(*found) : QVariantMap();
}

} // namespace galley
