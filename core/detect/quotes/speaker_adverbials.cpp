#include "detect/quotes/speaker_adverbials.h"

#include "detect/numbers/calendar_words.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

// Words that open an adverbial of time or occasion after a name: "on Sunday", "after the win"
// (not "at": "John Smith at the University of Leeds" is where he works).
bool opensAdverbial(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("on"),        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("during"),
        QStringLiteral("when"),      QStringLiteral("while"), QStringLiteral("following"), QStringLiteral("yesterday"),
        QStringLiteral("today"),     QStringLiteral("tonight"), QStringLiteral("earlier"), QStringLiteral("later"),
    };
    return words.contains(word);
}

// After a comma, an adverbial opens with one of those, "speaking", or "at" / "in" before an
// indefinite article (", at a conference in London", ", in a statement"); ", in charge of the
// inquiry" and ", at the University of Leeds" are appositions.
bool opensAdverbialAfterComma(const AnalysedText &text, qsizetype t, qsizetype end)
{
    const QString word = text.lower(t);
    if (opensAdverbial(word) || word == u"speaking")
        return true;
    if ((word != u"at" && word != u"in") || t + 1 >= end)
        return false;
    const QString next = text.lower(t + 1);
    return next == u"a" || next == u"an";
}

bool isDayWord(QString word)
{
    if (word.endsWith(QLatin1StringView("'s")) || word.endsWith(QStringLiteral("\u2019s")))
        word.chop(2);
    return weekdayOfWord(word).has_value();
}

bool isAge(const AnalysedText &text, qsizetype t)
{
    const QStringView word = text.tokenText(t);
    return word.size() <= 3 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// "a study last year by economists at Duke": who made it follows, so the time is inside the phrase.
bool agentFollows(const AnalysedText &text, qsizetype from, qsizetype end)
{
    for (qsizetype t = from; t < end; ++t) {
        if (text.lower(t) == u"by")
            return true;
    }
    return false;
}

// The token where the speaker's words stop, or `end` when they run to it.
qsizetype speakerEnd(const AnalysedText &text, qsizetype begin, qsizetype end)
{
    bool inName = true;   // before the first comma: the name, not an apposition
    for (qsizetype t = begin + 1; t < end; ++t) {
        const QStringView word = text.tokenText(t);
        if (word == u"," && t + 1 < end) {
            // "Maria Lopez, 34" alone loses the age; "Gloria Garcia, 34, a nurse from Texas" is
            // kept whole, as PolNeAR marks an apposition
            if ((isAge(text, t + 1) && t + 2 == end) || opensAdverbialAfterComma(text, t + 1, end))
                return t;
            inName = false;
            continue;
        }
        // "Eddie Howe on Sunday", "a police spokesman on Monday", "Howe after the win"; not in an
        // apposition ("the top Democrat on the Oversight Committee"), nor written in capitals
        // ("USA TODAY"), nor before who made it ("a study last year by economists")
        const QString lower = text.lower(t);
        if (!inName || !opensAdverbial(lower) || !word.front().isLower() || agentFollows(text, t, end))
            continue;
        const QStringView before = text.tokenText(t - 1);
        const bool afterName = !before.isEmpty() && before.front().isUpper();
        // "said Trump yesterday", not "the earlier report"
        static const QSet<QString> determiners = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
                                                  QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("his"),
                                                  QStringLiteral("her"), QStringLiteral("its"), QStringLiteral("their")};
        const bool timeAdverb = (lower == u"yesterday" || lower == u"today" || lower == u"tonight" || lower == u"earlier"
                                 || lower == u"later")
                                && !determiners.contains(text.lower(t - 1));
        const bool dayAfter = t + 1 < end && isDayWord(text.lower(t + 1));
        const bool nameAfter = t + 1 < end && !text.tokenText(t + 1).isEmpty() && text.tokenText(t + 1).front().isUpper();
        if (timeAdverb || dayAfter || (afterName && !nameAfter))
            return t;
    }
    return end;
}

} // namespace

void trimAdverbialsOffSpeakers(const AnalysedText &text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (quote.speaker.isEmpty() || quote.cue.isEmpty() || quote.speaker.start < quote.cue.end)
            continue;
        const qsizetype begin = text.tokenAt(quote.speaker.start);
        qsizetype end = begin;
        while (end < text.tokens.size() && text.tokens[end].start < quote.speaker.end)
            ++end;
        const qsizetype cut = speakerEnd(text, begin, end);
        if (cut < end && cut > begin)
            quote.speaker.end = text.tokens[cut - 1].end;
    }
}

} // namespace galley
