#include "formats/code_point_range.h"

#include <cmath>

namespace galley {

Expected<Utf16Range, QString> utf16Range(qint64 start, qint64 end, const CodePointIndex &index)
{
    const qint64 length = index.codePointLength();
    if (start < 0 || end < start)
        return QStringLiteral("offsets %1-%2 are no range (start ≥ 0, end ≥ start)").arg(start).arg(end);
    if (end > length)
        return QStringLiteral("end %1 is past the end of the text (%2 code points)").arg(end).arg(length);
    return Utf16Range{int(index.toUtf16(start)), int(index.toUtf16(end))};
}

Expected<Utf16Range, QString> utf16Range(const QJsonValue &start, const QJsonValue &end, const CodePointIndex &index)
{
    const auto whole = [](const QJsonValue &value) {
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    };
    if (!whole(start) || !whole(end))
        return QStringLiteral("start and end must be whole numbers (code point offsets)");
    return utf16Range(qint64(start.toDouble()), qint64(end.toDouble()), index);
}

} // namespace galley
