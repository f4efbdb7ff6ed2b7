#pragma once

#include "annotation/annotation_json.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace galley {

// Reads typed fields of one JSON object; the first wrong field throws a JsonProblem naming
// its JSON Pointer. Only for readers in core/annotation, which turn the throw into an
// Expected with readJson() so nothing escapes them.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(const QJsonValue &value, QStringList pointer = {});

    const QJsonObject &json() const { return m_object; }
    const QStringList &pointer() const { return m_pointer; }
    bool has(const QString &key) const { return m_object.contains(key); }

    QString string(const QString &key) const;
    QString nonEmptyString(const QString &key) const;
    QString optionalString(const QString &key) const;   // "" when missing
    QStringList stringList(const QString &key) const;
    qsizetype integer(const QString &key, qsizetype minimum, qsizetype maximum) const;
    std::optional<qsizetype> optionalInteger(const QString &key, qsizetype minimum, qsizetype maximum) const;
    QDateTime optionalTimestamp(const QString &key) const;   // invalid when missing or null
    JsonFieldReader object(const QString &key) const;
    QJsonArray array(const QString &key) const;

    template<typename Enum, typename FromName>
    Enum named(const QString &key, FromName fromName, const QString &allowed) const
    {
        const QString name = string(key);
        if (const std::optional<Enum> value = fromName(name))
            return *value;
        fail(key, u'"' + name + QLatin1StringView("\" is not one of ") + allowed);
    }

    [[noreturn]] void fail(const QString &key, const QString &problem) const;
    [[noreturn]] void failHere(const QString &problem) const;

private:
    QJsonValue required(const QString &key) const;

    QJsonObject m_object;
    QStringList m_pointer;
};

QString jsonTypeName(const QJsonValue &value);   // "a string", "a number", "null", …

template<typename T, typename Read>
Expected<T, JsonProblem> readJson(Read read)
{
    try {
        return read();
    } catch (const JsonProblem &problem) {
        return problem;
    }
}

} // namespace galley
