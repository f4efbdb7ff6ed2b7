#include "extract/date_parsing.h"

#include <QDate>
#include <QRegularExpression>

namespace galley {

namespace {

const char *const kMonthPattern =
    R"((jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)";

int monthNumber(const QString &name)
{
    static const char *const prefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(prefixes[i]))
            return i + 1;
    }
    return 0;
}

QString isoDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1990 || year > 2100)
        return {};
    return date.toString(Qt::ISODate);
}

struct Match
{
    qsizetype position = -1;
    QString iso;
};

void keepEarliest(Match &best, qsizetype position, const QString &iso)
{
    if (!iso.isEmpty() && (best.position < 0 || position < best.position)) {
        best.position = position;
        best.iso = iso;
    }
}

} // namespace

QString parseDateToIso(const QString &text)
{
    using Re = QRegularExpression;
    static const Re isoForm(QStringLiteral(
        R"((\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?)"));
    static const Re slashedYearFirst(QStringLiteral(R"(\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b)"));
    static const Re monthFirst(QStringLiteral(R"(\b)") + QLatin1String(kMonthPattern)
                               + QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)"),
                               Re::CaseInsensitiveOption);
    static const Re dayFirst(QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?)")
                             + QLatin1String(kMonthPattern) + QStringLiteral(R"(,?\s+(\d{4})\b)"),
                             Re::CaseInsensitiveOption);
    static const Re numeric(QStringLiteral(R"(\b(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})\b)"));

    Match best;
    if (const auto m = isoForm.match(text); m.hasMatch()) {
        QString iso = isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!iso.isEmpty() && m.capturedLength(4) > 0) {
            iso += QLatin1Char('T') + m.captured(4) + QLatin1Char(':') + m.captured(5) + QLatin1Char(':')
                + (m.capturedLength(6) > 0 ? m.captured(6) : QStringLiteral("00"));
            QString zone = m.captured(7);
            if (zone.size() == 5)
                zone.insert(3, QLatin1Char(':'));
            iso += zone;
        }
        keepEarliest(best, m.capturedStart(), iso);
    }
    if (const auto m = slashedYearFirst.match(text); m.hasMatch())
        keepEarliest(best, m.capturedStart(),
                     isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (const auto m = monthFirst.match(text); m.hasMatch())
        keepEarliest(best, m.capturedStart(),
                     isoDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt()));
    if (const auto m = dayFirst.match(text); m.hasMatch())
        keepEarliest(best, m.capturedStart(),
                     isoDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt()));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(3).toInt();
        const int year = m.captured(4).toInt();
        // Day first unless only month-first can be valid, or slashes suggest a US date.
        const bool monthFirstOrder = second > 12 || (first <= 12 && m.captured(2) == QLatin1String("/"));
        keepEarliest(best, m.capturedStart(),
                     monthFirstOrder ? isoDate(year, first, second) : isoDate(year, second, first));
    }
    return best.iso;
}

} // namespace galley
