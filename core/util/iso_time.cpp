#include "util/iso_time.h"

#include <cstdio>

namespace galley {

namespace {

// The digits at [position, position + count) as a number, or -1.
int digitsAt(QStringView text, qsizetype position, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[position + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// The common form Galley writes, "YYYY-MM-DDTHH:MM:SS[.mmm]Z", without QDateTime's general parser.
QDateTime parseUtcFast(QStringView text)
{
    const bool withMs = text.size() == 24;
    if ((text.size() != 20 && !withMs) || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text.back() != u'Z' || (withMs && text[19] != u'.'))
        return {};
    const int ms = withMs ? digitsAt(text, 20, 3) : 0;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2), ms);
    if (ms < 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QByteArray isoUtcTimestamp(const QDateTime &time)
{
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char buffer[32];
    const int length = clock.msec() == 0
        ? std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(), date.day(),
                        clock.hour(), clock.minute(), clock.second())
        : std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
                        date.day(), clock.hour(), clock.minute(), clock.second(), clock.msec());
    return QByteArray(buffer, length);
}

QDateTime parseIsoTimestamp(QStringView text)
{
    if (const QDateTime fast = parseUtcFast(text); fast.isValid())
        return fast;
    const QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

} // namespace galley
