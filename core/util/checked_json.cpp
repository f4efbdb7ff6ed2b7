#include "util/checked_json.h"

namespace galley {

using namespace Qt::StringLiterals;

CheckedJson::CheckedJson(const QByteArray &json)
    : m_positions(json)
{
}

bool CheckedJson::fail(const QString &pointer, const QString &reason)
{
    m_problem = {m_positions.of(pointer), reason};
    return false;
}

bool CheckedJson::onlyKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(jsonPointer(pointer, it.key()), u"unknown key \"%1\": expected one of %2"_s.arg(it.key(), allowed.join(u", ")));
    }
    return true;
}

std::optional<QJsonArray> CheckedJson::array(const QJsonObject &object, const QString &pointer, const QString &key, bool required)
{
    if (!object.contains(key)) {
        if (!required)
            return QJsonArray();
        fail(pointer, u"missing \"%1\""_s.arg(key));
        return std::nullopt;
    }
    if (!object.value(key).isArray()) {
        fail(jsonPointer(pointer, key), u"\"%1\" must be an array"_s.arg(key));
        return std::nullopt;
    }
    return object.value(key).toArray();
}

std::optional<QString> CheckedJson::string(const QJsonObject &object, const QString &pointer, const QString &key, bool required)
{
    if (!object.contains(key)) {
        if (!required)
            return QString();
        fail(pointer, u"missing \"%1\""_s.arg(key));
        return std::nullopt;
    }
    if (!object.value(key).isString()) {
        fail(jsonPointer(pointer, key), u"\"%1\" must be a string"_s.arg(key));
        return std::nullopt;
    }
    return object.value(key).toString();
}

std::optional<QStringList> CheckedJson::strings(const QJsonObject &object, const QString &pointer, const QString &key, bool required)
{
    const auto items = array(object, pointer, key, required);
    if (!items)
        return std::nullopt;
    const QString arrayPointer = jsonPointer(pointer, key);
    QStringList values;
    for (int i = 0; i < items->size(); ++i) {
        if (!items->at(i).isString()) {
            fail(jsonPointer(arrayPointer, i), u"\"%1\" must list strings"_s.arg(key));
            return std::nullopt;
        }
        const QString value = items->at(i).toString();
        if (values.contains(value)) {
            fail(jsonPointer(arrayPointer, i), u"\"%1\" lists \"%2\" twice"_s.arg(key, value));
            return std::nullopt;
        }
        values.append(value);
    }
    return values;
}

std::optional<QJsonObject> CheckedJson::objectAt(const QJsonArray &array, const QString &pointer, int index, const QStringList &allowed)
{
    const QString at = jsonPointer(pointer, index);
    if (!array.at(index).isObject()) {
        fail(at, u"expected an object"_s);
        return std::nullopt;
    }
    const QJsonObject object = array.at(index).toObject();
    if (!onlyKeys(object, at, allowed))
        return std::nullopt;
    return object;
}

} // namespace galley
