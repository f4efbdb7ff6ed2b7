#include "util/json_location.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace galley {

namespace {

// A forward-only walk over JSON bytes that knows just enough syntax to skip values.
class JsonCursor
{
public:
    explicit JsonCursor(QByteArrayView json) : m_json(json) {}

    qsizetype position() const { return m_position; }
    bool atEnd() const { return m_position >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json[m_position]; }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_position;
    }

    bool consume(char expected)
    {
        skipWhitespace();
        if (peek() != expected)
            return false;
        ++m_position;
        return true;
    }

    // The string starting at the cursor, decoded; the cursor ends after its closing quote.
    QString readString()
    {
        const qsizetype start = m_position;
        skipString();
        const QByteArray literal = '[' + m_json.sliced(start, m_position - start).toByteArray() + ']';
        return QJsonDocument::fromJson(literal).array().at(0).toString();
    }

    void skipValue()
    {
        skipWhitespace();
        switch (peek()) {
        case '"':
            skipString();
            return;
        case '{':
        case '[':
            skipContainer();
            return;
        default:
            while (!atEnd() && !QByteArrayView(",]} \t\r\n").contains(peek()))
                ++m_position;
        }
    }

private:
    void skipString()
    {
        ++m_position;   // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                ++m_position;
            ++m_position;
        }
        ++m_position;   // closing quote
    }

    void skipContainer()
    {
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                skipString();
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++m_position;
            if (depth == 0)
                return;
        }
    }

    QByteArrayView m_json;
    qsizetype m_position = 0;
};

// Moves the cursor onto the member `key` of the object at the cursor.
bool enterMember(JsonCursor &cursor, const QString &key)
{
    if (!cursor.consume('{'))
        return false;
    while (true) {
        cursor.skipWhitespace();
        if (cursor.peek() != '"')
            return false;
        const QString name = cursor.readString();
        if (!cursor.consume(':'))
            return false;
        cursor.skipWhitespace();
        if (name == key)
            return true;
        cursor.skipValue();
        if (!cursor.consume(','))
            return false;
    }
}

// Moves the cursor onto element `index` of the array at the cursor.
bool enterElement(JsonCursor &cursor, qsizetype index)
{
    if (!cursor.consume('['))
        return false;
    for (qsizetype i = 0; i < index; ++i) {
        cursor.skipValue();
        if (!cursor.consume(','))
            return false;
    }
    cursor.skipWhitespace();
    return cursor.peek() != ']';
}

} // namespace

qsizetype jsonValueOffset(QByteArrayView json, const QStringList &pointer)
{
    JsonCursor cursor(json);
    cursor.skipWhitespace();
    qsizetype found = cursor.position();
    for (const QString &token : pointer) {
        JsonCursor probe = cursor;
        probe.skipWhitespace();
        bool entered = false;
        if (probe.peek() == '{') {
            entered = enterMember(probe, token);
        } else if (probe.peek() == '[') {
            bool isIndex = false;
            const qsizetype index = token.toLongLong(&isIndex);
            entered = isIndex && index >= 0 && enterElement(probe, index);
        }
        if (!entered)
            break;
        cursor = probe;
        found = cursor.position();
    }
    return found;
}

int lineAtByteOffset(QByteArrayView bytes, qsizetype byteOffset)
{
    const qsizetype end = qBound<qsizetype>(0, byteOffset, bytes.size());
    return int(bytes.first(end).count('\n')) + 1;
}

QString jsonPointerText(const QStringList &pointer)
{
    QString text;
    for (QString token : pointer)
        text += u'/' + token.replace(u'~', QLatin1StringView("~0")).replace(u'/', QLatin1StringView("~1"));
    return text;
}

} // namespace galley
