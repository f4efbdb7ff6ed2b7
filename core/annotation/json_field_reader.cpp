#include "annotation/json_field_reader.h"

#include "util/iso_time.h"

#include <cmath>

namespace galley {

using namespace Qt::StringLiterals;

JsonObjectReader::JsonObjectReader(JsonPullParser &parser, QStringList pointer)
    : m_parser(parser), m_pointer(std::move(pointer)), m_objectOffset(parser.offset())
{
    if (m_parser.peek() != JsonPullParser::Kind::Object)
        throw JsonProblem{m_pointer, u"expected an object, found "_s + jsonKindName(m_parser.peek()), m_objectOffset};
    m_parser.beginObject();
}

bool JsonObjectReader::next()
{
    return m_parser.nextMember();
}

void JsonObjectReader::fail(qsizetype offset, const QString &problem) const
{
    throw JsonProblem{memberPointer(), problem, offset};
}

void JsonObjectReader::failObject(const QString &problem) const
{
    throw JsonProblem{m_pointer, problem, m_objectOffset};
}

void JsonObjectReader::requireAll(std::initializer_list<std::pair<const char *, bool>> members) const
{
    for (const auto &[name, seen] : members) {
        if (!seen)
            failObject(u"missing field \"%1\""_s.arg(QLatin1StringView(name)));
    }
}

void JsonObjectReader::expectKind(JsonPullParser::Kind kind, const QString &expected)
{
    const JsonPullParser::Kind found = m_parser.peek();
    if (found != kind)
        fail(valueOffset(), u"expected %1, found %2"_s.arg(expected, jsonKindName(found)));
}

QString JsonObjectReader::string()
{
    expectKind(JsonPullParser::Kind::String, u"a string"_s);
    return m_parser.readString();
}

QString JsonObjectReader::nonEmptyString()
{
    const qsizetype offset = valueOffset();
    QString value = string();
    if (value.isEmpty())
        fail(offset, u"must not be empty"_s);
    return value;
}

QStringList JsonObjectReader::stringList()
{
    expectKind(JsonPullParser::Kind::Array, u"an array"_s);
    const QStringList pointer = memberPointer();
    QStringList strings;
    m_parser.beginArray();
    while (m_parser.nextElement()) {
        const qsizetype offset = m_parser.offset();
        if (m_parser.peek() != JsonPullParser::Kind::String)
            throw JsonProblem{pointer + QStringList{QString::number(strings.size())},
                              u"expected a string, found "_s + jsonKindName(m_parser.peek()), offset};
        strings.append(m_parser.readString());
    }
    return strings;
}

double JsonObjectReader::number()
{
    expectKind(JsonPullParser::Kind::Number, u"a number"_s);
    return m_parser.readNumber();
}

qsizetype JsonObjectReader::integer(qsizetype minimum, qsizetype maximum)
{
    const qsizetype offset = valueOffset();
    if (m_parser.peek() != JsonPullParser::Kind::Number)
        fail(offset, u"expected a whole number, found "_s + jsonKindName(m_parser.peek()));
    const double value = m_parser.readNumber();
    if (std::floor(value) != value)
        fail(offset, u"expected a whole number, found "_s + QString::number(value));
    if (value < double(minimum) || value > double(maximum))
        fail(offset, u"%1 is outside %2…%3"_s.arg(QString::number(value)).arg(minimum).arg(maximum));
    return qsizetype(value);
}

std::optional<qsizetype> JsonObjectReader::optionalInteger(qsizetype minimum, qsizetype maximum)
{
    if (m_parser.peek() == JsonPullParser::Kind::Null) {
        m_parser.readNull();
        return std::nullopt;
    }
    return integer(minimum, maximum);
}

QDateTime JsonObjectReader::optionalTimestamp()
{
    if (m_parser.peek() == JsonPullParser::Kind::Null) {
        m_parser.readNull();
        return {};
    }
    const qsizetype offset = valueOffset();
    const QString text = string();
    const QDateTime time = parseIsoTimestamp(text);
    if (!time.isValid())
        fail(offset, u"\""_s + text + u"\" is not an ISO 8601 time with a time zone (e.g. 2026-01-31T12:00:00Z)"_s);
    return time;
}

QVariantMap JsonObjectReader::variantMap()
{
    expectKind(JsonPullParser::Kind::Object, u"an object"_s);
    return m_parser.readVariant().toMap();
}

JsonObjectReader JsonObjectReader::object()
{
    return JsonObjectReader(m_parser, memberPointer());
}

} // namespace galley
