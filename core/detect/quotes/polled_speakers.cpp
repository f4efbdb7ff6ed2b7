#include "polled_speakers.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace galley {

namespace {

bool isClauseBoundary(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u',' || c == u';' || c == u':' || c == u'\n' || c == u'('
           || c == u'\u2014' || c == u'\u2013';
}

// Start of the group that ends before the participle at `participleStart`: from the clause's
// start ("and" or "but" left out), one to six words; -1 when there is none.
qsizetype respondentsStart(QStringView text, qsizetype participleStart)
{
    constexpr qsizetype kMostWords = 6;
    qsizetype start = participleStart;
    while (start > 0 && !isClauseBoundary(text[start - 1]))
        --start;
    while (start < participleStart && text[start].isSpace())
        ++start;
    QStringView group = text.mid(start, participleStart - start).trimmed();
    for (QLatin1StringView conjunction : {QLatin1StringView("and "), QLatin1StringView("but ")}) {
        if (group.startsWith(conjunction)) {
            start += conjunction.size();
            group = group.mid(conjunction.size());
        }
    }
    // "Lewandowski was interviewed by police": a clause of its own, nobody's group
    static const QSet<QString> auxiliaries = {
        QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("be"),
        QStringLiteral("been"), QStringLiteral("being"), QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("had"),
    };
    const QStringList words = group.toString().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > kMostWords)
        return -1;
    for (const QString &word : words) {
        if (auxiliaries.contains(word))
            return -1;
    }
    return start;
}

} // namespace

void giveSpeakersTheirRespondents(QStringView text, QList<Quote> &quotes)
{
    static const QSet<QString> askedBy = {
        QStringLiteral("polled"), QStringLiteral("surveyed"), QStringLiteral("interviewed"), QStringLiteral("questioned"),
        QStringLiteral("contacted"), QStringLiteral("consulted"), QStringLiteral("canvassed"),
    };
    for (Quote &quote : quotes) {
        if (quote.speaker.isEmpty() || quote.cue.isEmpty() || quote.speaker.end > quote.cue.start)
            continue;
        // "<group> polled by " right before the speaker
        const QStringView before = text.left(quote.speaker.start);
        if (!before.endsWith(QLatin1StringView(" by ")))
            continue;
        const qsizetype participleEnd = before.size() - 4;
        qsizetype participleStart = participleEnd;
        while (participleStart > 0 && text[participleStart - 1].isLetter())
            --participleStart;
        if (!askedBy.contains(text.mid(participleStart, participleEnd - participleStart).toString().toLower()))
            continue;
        const qsizetype start = respondentsStart(text, participleStart);
        // the group, its pollster and the cue are one clause: "… polled by Reuters on Friday said"
        const bool oneClause = std::none_of(text.begin() + quote.speaker.end, text.begin() + quote.cue.start, isClauseBoundary);
        if (start < 0 || !oneClause || (quote.content.start < quote.speaker.end && quote.content.end > start))
            continue;
        quote.speaker.start = start;
    }
}

} // namespace galley
