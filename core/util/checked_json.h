#pragma once

#include "util/json_positions.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// Reads typed values out of a parsed JSON document and records the first thing wrong with
// it, placed at the line and column of the offending value. Every reader names the object it
// reads from by its JSON pointer ("/labels/3") and returns false or nothing after a problem.
class CheckedJson
{
public:
    explicit CheckedJson(const QByteArray &json);   // the document's text, already parsed

    struct Problem
    {
        TextPosition position;
        QString reason;
    };
    const Problem &problem() const { return m_problem; }
    TextPosition positionOf(const QString &pointer) const { return m_positions.of(pointer); }

    // Records reason at the value pointer names (the nearest enclosing one if it has none).
    bool fail(const QString &pointer, const QString &reason);

    // Refuses any key of object not in allowed (a misspelt "color" must not be ignored).
    bool onlyKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed);
    // An absent optional array reads as empty; an absent optional string as "".
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &pointer, const QString &key, bool required);
    std::optional<QString> string(const QJsonObject &object, const QString &pointer, const QString &key, bool required);
    // An array of distinct strings.
    std::optional<QStringList> strings(const QJsonObject &object, const QString &pointer, const QString &key, bool required);
    // Element index of array (at pointer) as an object with only the allowed keys.
    std::optional<QJsonObject> objectAt(const QJsonArray &array, const QString &pointer, int index, const QStringList &allowed);

private:
    JsonPositions m_positions;
    Problem m_problem;
};

} // namespace galley
