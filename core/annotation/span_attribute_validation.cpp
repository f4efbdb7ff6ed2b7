#include "annotation/span_attribute_validation.h"

#include <QDate>
#include <QMetaType>
#include <QRegularExpression>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

QString describe(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return u'"' + value.toString() + u'"';
    if (isNumber(value) || value.typeId() == QMetaType::Bool)
        return value.toString();
    return QString::fromLatin1(value.typeName() ? value.typeName() : "nothing");
}

std::optional<QString> typeProblem(const AttributeDefinition &definition, const QVariant &value)
{
    const bool isString = value.typeId() == QMetaType::QString;
    switch (definition.type) {
    case AttributeType::Number:
        if (!isNumber(value))
            return u"expected a number, got %1"_s.arg(describe(value));
        break;
    case AttributeType::String:
        if (!isString)
            return u"expected a string, got %1"_s.arg(describe(value));
        break;
    case AttributeType::Enum:
        if (!isString || !definition.values.contains(value.toString()))
            return u"expected one of %1, got %2"_s.arg(definition.values.join(u", "), describe(value));
        break;
    case AttributeType::Date:
        if (!isString || !isIsoDateOrTime(value.toString()))
            return u"expected an ISO 8601 date or time, got %1"_s.arg(describe(value));
        break;
    case AttributeType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return u"expected true or false, got %1"_s.arg(describe(value));
        break;
    }
    return std::nullopt;
}

bool isCalendarDate(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int month = match.hasCaptured(2) ? match.capturedView(2).toInt() : 1;
    const int day = match.hasCaptured(3) ? match.capturedView(3).toInt() : 1;
    return QDate::isValid(match.capturedView(1).toInt(), month, day);
}

bool isClockTime(QStringView text)
{
    static const QRegularExpression pattern(
        u"^([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d)(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?$"_s);
    return pattern.match(text).hasMatch();
}

// What the number detector writes besides calendar dates: a decade or century ("199", "19"), an
// ISO week or its weekend ("2016-W49", "2016-W49-WE"), a season (TimeML's "2016-SP", "2016-WI"),
// a month or day with no year ("--12", "--12-08").
bool isReducedDate(QStringView text)
{
    static const QRegularExpression pattern(
        u"^(?:\\d{2,3}|\\d{4}-W(?:0[1-9]|[1-4]\\d|5[0-3])(?:-WE)?|\\d{4}-(?:SP|SU|FA|WI)|--(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)$"_s);
    return pattern.match(text).hasMatch();
}

bool isIsoInstant(QStringView text)
{
    const qsizetype separator = text.indexOf(u'T');
    if (separator < 0)
        return isCalendarDate(text) || isReducedDate(text) || isClockTime(text);
    return isCalendarDate(text.left(separator)) && text.left(separator).size() == 10 && isClockTime(text.mid(separator + 1));
}

} // namespace

bool isIsoDateOrTime(QStringView text)
{
    // An interval, "2016-11-21/2016-12-18" or "22:00/05:00", is two of them.
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0)
        return isIsoInstant(text.left(slash)) && isIsoInstant(text.mid(slash + 1));
    return isIsoInstant(text);
}

QList<AttributeProblem> validateSpanAttributes(const LabelSchema &schema, const Span &span)
{
    QList<AttributeProblem> problems;
    if (!schema.label(span.label)) {
        problems.append({QString(), u"unknown label \"%1\""_s.arg(span.label)});
        return problems;
    }
    for (auto it = span.attributes.constBegin(); it != span.attributes.constEnd(); ++it) {
        const AttributeDefinition *definition = schema.attribute(it.key(), span.label);
        if (!definition) {
            problems.append({it.key(), u"label %1 has no attribute \"%2\""_s.arg(span.label, it.key())});
            continue;
        }
        if (const auto problem = typeProblem(*definition, it.value()))
            problems.append({it.key(), *problem});
    }
    return problems;
}

} // namespace galley
