#include "annotation/json_field_reader.h"

#include "util/iso_time.h"

#include <QJsonArray>

#include <cmath>

namespace galley {

using namespace Qt::StringLiterals;

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"true/false"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

JsonFieldReader::JsonFieldReader(const QJsonValue &value, QStringList pointer)
    : m_object(value.toObject()), m_pointer(std::move(pointer))
{
    if (!value.isObject())
        failHere(u"expected an object, found "_s + jsonTypeName(value));
}

void JsonFieldReader::failHere(const QString &problem) const
{
    throw JsonProblem{m_pointer, problem};
}

void JsonFieldReader::fail(const QString &key, const QString &problem) const
{
    throw JsonProblem{m_pointer + QStringList{key}, problem};
}

QJsonValue JsonFieldReader::required(const QString &key) const
{
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd())
        failHere(u"missing field \""_s + key + u'"');
    return *found;
}

QString JsonFieldReader::string(const QString &key) const
{
    const QJsonValue value = required(key);
    if (!value.isString())
        fail(key, u"expected a string, found "_s + jsonTypeName(value));
    return value.toString();
}

QString JsonFieldReader::nonEmptyString(const QString &key) const
{
    const QString value = string(key);
    if (value.isEmpty())
        fail(key, u"must not be empty"_s);
    return value;
}

QString JsonFieldReader::optionalString(const QString &key) const
{
    return has(key) ? string(key) : QString();
}

QStringList JsonFieldReader::stringList(const QString &key) const
{
    const QJsonArray items = array(key);
    QStringList strings;
    strings.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString())
            throw JsonProblem{m_pointer + QStringList{key, QString::number(i)},
                              u"expected a string, found "_s + jsonTypeName(items[i])};
        strings.append(items[i].toString());
    }
    return strings;
}

qsizetype JsonFieldReader::integer(const QString &key, qsizetype minimum, qsizetype maximum) const
{
    const QJsonValue value = required(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number)
        fail(key, u"expected a whole number, found "_s + (value.isDouble() ? QString::number(number) : jsonTypeName(value)));
    if (number < double(minimum) || number > double(maximum))
        fail(key, u"%1 is outside %2…%3"_s.arg(QString::number(number)).arg(minimum).arg(maximum));
    return qsizetype(number);
}

std::optional<qsizetype> JsonFieldReader::optionalInteger(const QString &key, qsizetype minimum, qsizetype maximum) const
{
    if (!has(key) || m_object.value(key).isNull())
        return std::nullopt;
    return integer(key, minimum, maximum);
}

QDateTime JsonFieldReader::optionalTimestamp(const QString &key) const
{
    if (!has(key) || m_object.value(key).isNull())
        return {};
    const QString text = string(key);
    const QDateTime time = parseIsoTimestamp(text);
    if (!time.isValid())
        fail(key, u"\""_s + text + u"\" is not an ISO 8601 time with a time zone (e.g. 2026-01-31T12:00:00Z)"_s);
    return time;
}

JsonFieldReader JsonFieldReader::object(const QString &key) const
{
    return JsonFieldReader(required(key), m_pointer + QStringList{key});
}

QJsonArray JsonFieldReader::array(const QString &key) const
{
    const QJsonValue value = required(key);
    if (!value.isArray())
        fail(key, u"expected an array, found "_s + jsonTypeName(value));
    return value.toArray();
}

} // namespace galley
