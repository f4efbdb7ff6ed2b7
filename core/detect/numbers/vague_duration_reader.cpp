#include "vague_duration_reader.h"

#include <QSet>

namespace galley {

namespace {

// "years", "decades", "hours": a time unit in the plural, written out.
std::optional<TimeUnit> pluralTimeUnitAt(const SentenceTokens &tokens, qsizetype i)
{
    const QString &word = tokens.lower(i);
    const auto unit = timeUnitOfWord(word);
    if (!unit || !tokens.isKind(i, TokenKind::Word) || word.size() <= unit->name.size() || !word.endsWith(u's'))
        return std::nullopt;
    if (!word.startsWith(unit->name) && unit->name != u"century")   // "yrs", "hrs"
        return std::nullopt;
    return unit;
}

bool isOpenCountWord(QStringView word)
{
    return word == u"several" || word == u"many" || word == u"multiple" || word == u"numerous";
}

// "the past …", "the coming …": a stretch that ends or starts at the day of writing.
bool isStretchWord(QStringView word)
{
    return word == u"past" || word == u"last" || word == u"next" || word == u"coming" || word == u"previous"
           || word == u"following";
}

// The token where an open count's unit stands after `at`: "few days", "several days", "couple
// of days"; `couple` is set for the last.
qsizetype unitAfterCountWords(const SentenceTokens &tokens, qsizetype at, bool &couple)
{
    const QString &word = tokens.lower(at);
    if (word == u"few" || isOpenCountWord(word))
        return at + 1;
    if (word == u"couple" && tokens.is(at + 1, u"of")) {
        couple = true;
        return at + 2;
    }
    return -1;
}

} // namespace

bool mayStartVagueDuration(QStringView lowerWord)
{
    static const QSet<QString> words = {
        QStringLiteral("several"), QStringLiteral("many"),    QStringLiteral("multiple"), QStringLiteral("numerous"),
        QStringLiteral("a"),       QStringLiteral("recent"),  QStringLiteral("previous"), QStringLiteral("following"),
        QStringLiteral("coming"),
        QStringLiteral("years"),   QStringLiteral("decades"), QStringLiteral("centuries"), QStringLiteral("months"),
        QStringLiteral("weeks"),   QStringLiteral("days"),    QStringLiteral("hours"),
    };
    return words.contains(QString::fromRawData(lowerWord.data(), lowerWord.size()));
}

QString vagueIsoDuration(const TimeUnit &unit)
{
    const QString designator = unit.factor == 10    ? QStringLiteral("DE")
                               : unit.factor == 100 ? QStringLiteral("CE")
                                                    : QString(unit.designator);
    return (unit.timePart ? QStringLiteral("PTX") : QStringLiteral("PX")) + designator;
}

std::optional<DateTimeMatch> readVagueDuration(const SentenceTokens &tokens, qsizetype i)
{
    const QString &word = tokens.lower(i);
    const QString &before = tokens.lower(i - 1);
    bool couple = false;
    qsizetype unitAt = -1;
    if (isOpenCountWord(word)) {
        unitAt = i + 1;
    } else if (word == u"a") {
        unitAt = unitAfterCountWords(tokens, i + 1, couple);
        if (unitAt >= 0 && isOpenCountWord(tokens.lower(i + 1)))
            return std::nullopt;   // "a several"
    } else if (isStretchWord(word) && before == u"the") {
        unitAt = unitAfterCountWords(tokens, i + 1, couple);
        if (unitAt < 0 && !tokens.is(i + 2, u"of"))
            unitAt = i + 1;   // "the coming weeks"; not "the last days of the empire"
    } else if ((word == u"recent" || word == u"coming")
               && (before == u"in" || before == u"over" || before == u"during" || before == u"of")) {
        unitAt = i + 1;   // "in recent years", "in coming months"
    } else if ((before == u"for" || before == u"in") && !tokens.is(i + 1, u"of") && !tokens.is(i + 1, u"gone")
               && !tokens.isKind(i + 1, TokenKind::Number)) {
        unitAt = i;   // "for years"; not "in years of drought", "in days gone by", "in years 7 and 8"
    }
    if (unitAt < 0)
        return std::nullopt;
    const auto unit = pluralTimeUnitAt(tokens, unitAt);
    if (!unit)
        return std::nullopt;
    qsizetype end = unitAt + 1;
    const bool ago = tokens.is(end, u"ago");
    if (ago)
        ++end;
    DateTimeMatch found;
    if (ago) {
        found = dateTimeMatch(tokens, NumberLabel::Date, i, end, QString());
    } else {
        found = dateTimeMatch(tokens, NumberLabel::Duration, i, end, couple ? isoDuration(2, *unit) : vagueIsoDuration(*unit));
        found.mention.unit = unit->name;
        if (couple)
            found.mention.value = 2;
    }
    found.mention.approximate = true;
    return found;
}

} // namespace galley
