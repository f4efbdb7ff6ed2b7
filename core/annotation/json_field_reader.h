#pragma once

#include "annotation/annotation_json.h"
#include "util/json_pull_parser.h"

#include <QDateTime>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace galley {

// Reads the members of one JSON object from a JsonPullParser and checks each value's type;
// the first wrong value throws a JsonProblem with its JSON Pointer and byte offset. Only for
// readers in core/annotation, which turn the throw into an Expected with readJson().
class JsonObjectReader
{
public:
    JsonObjectReader(JsonPullParser &parser, QStringList pointer);   // reads the opening brace

    bool next();   // the next member; false after the last
    bool is(const char *name) const { return m_parser.key() == name; }
    qsizetype objectOffset() const { return m_objectOffset; }
    qsizetype valueOffset() { return m_parser.offset(); }
    QStringList memberPointer() const { return m_pointer + QStringList{QString::fromUtf8(m_parser.key())}; }

    QString string();
    QString nonEmptyString();
    QStringList stringList();
    double number();
    qsizetype integer(qsizetype minimum, qsizetype maximum);
    std::optional<qsizetype> optionalInteger(qsizetype minimum, qsizetype maximum);   // null allowed
    QDateTime optionalTimestamp();   // null allowed: an invalid time
    QVariantMap variantMap();
    JsonObjectReader object();
    void skip() { m_parser.skipValue(); }

    template<typename Enum, typename FromName>
    Enum named(FromName fromName, const QString &allowed)
    {
        const qsizetype offset = valueOffset();
        const QString name = string();
        if (const std::optional<Enum> value = fromName(name))
            return *value;
        fail(offset, u'"' + name + QLatin1StringView("\" is not one of ") + allowed);
    }

    // Fails unless every named member was seen.
    void requireAll(std::initializer_list<std::pair<const char *, bool>> members) const;

    [[noreturn]] void fail(qsizetype offset, const QString &problem) const;   // about the current member
    [[noreturn]] void failObject(const QString &problem) const;              // about the whole object

private:
    void expectKind(JsonPullParser::Kind kind, const QString &expected);

    JsonPullParser &m_parser;
    QStringList m_pointer;
    qsizetype m_objectOffset = 0;
};

template<typename T, typename Read>
Expected<T, JsonProblem> readJson(Read read)
{
    try {
        return read();
    } catch (const JsonProblem &problem) {
        return problem;
    } catch (const JsonSyntaxError &error) {
        return JsonProblem{{}, error.problem, error.offset};
    }
}

} // namespace galley
