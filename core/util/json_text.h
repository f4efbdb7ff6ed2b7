#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVariant>

namespace galley {

// Compact JSON written straight into bytes, for files with tens of thousands of items where
// building QJsonObjects first costs more than the writing itself.

// `text` as a JSON string literal: quoted, escaped, UTF-8.
void appendJsonString(QByteArray &out, QStringView text);

// A typed value as JSON: strings, booleans, whole and real numbers (shortest exact form),
// lists and maps; other types as QJsonValue::fromVariant converts them.
void appendJsonValue(QByteArray &out, const QVariant &value);

// Writes the members of one JSON object: `{"a":1,"b":2}`.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray &out) : m_out(out) { m_out += '{'; }
    // Starts member `name` (a plain ASCII key) and returns the buffer to append its value to.
    QByteArray &key(const char *name);
    void string(const char *name, QStringView value) { appendJsonString(key(name), value); }
    void number(const char *name, qint64 value) { key(name) += QByteArray::number(value); }
    void close() { m_out += '}'; }

private:
    QByteArray &m_out;
    bool m_first = true;
};

} // namespace galley
