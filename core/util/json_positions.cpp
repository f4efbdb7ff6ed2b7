#include "util/json_positions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace galley {

namespace {

bool isContinuationByte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Walks an already valid JSON text once, noting where every value starts.
class JsonWalker
{
public:
    JsonWalker(const QByteArray &json, QHash<QString, TextPosition> &positions)
        : m_json(json), m_positions(positions)
    {
    }

    void walkValue(const QString &pointer)
    {
        skipSpace();
        m_positions.insert(pointer, here());
        if (atEnd())
            return;
        const char c = m_json[m_at];
        if (c == '{')
            walkObject(pointer);
        else if (c == '[')
            walkArray(pointer);
        else if (c == '"')
            readString();
        else
            skipScalar();
    }

private:
    void walkObject(const QString &pointer)
    {
        advance();   // {
        skipSpace();
        while (!atEnd() && m_json[m_at] != '}') {
            const QString key = readString();
            skipSpace();
            advance();   // :
            walkValue(jsonPointer(pointer, key));
            skipSpace();
            if (!atEnd() && m_json[m_at] == ',')
                advance();
            skipSpace();
        }
        advance();   // }
    }

    void walkArray(const QString &pointer)
    {
        advance();   // [
        skipSpace();
        for (int index = 0; !atEnd() && m_json[m_at] != ']'; ++index) {
            walkValue(jsonPointer(pointer, index));
            skipSpace();
            if (!atEnd() && m_json[m_at] == ',')
                advance();
            skipSpace();
        }
        advance();   // ]
    }

    // The decoded string: JSON's escapes are left to QJsonDocument, which parses the same text.
    QString readString()
    {
        const qsizetype start = m_at;
        advance();   // opening quote
        while (!atEnd() && m_json[m_at] != '"') {
            if (m_json[m_at] == '\\')
                advance();
            advance();
        }
        advance();   // closing quote
        const QByteArray literal = "[" + m_json.mid(start, m_at - start) + "]";
        return QJsonDocument::fromJson(literal).array().at(0).toString();
    }

    void skipScalar()
    {
        while (!atEnd() && m_json[m_at] != ',' && m_json[m_at] != '}' && m_json[m_at] != ']'
               && !QChar::isSpace(uchar(m_json[m_at])))
            advance();
    }

    void skipSpace()
    {
        while (!atEnd() && QChar::isSpace(uchar(m_json[m_at])))
            advance();
    }

    void advance()
    {
        if (atEnd())
            return;
        if (m_json[m_at] == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!isContinuationByte(m_json[m_at])) {
            ++m_column;
        }
        ++m_at;
    }

    bool atEnd() const { return m_at >= m_json.size(); }
    TextPosition here() const { return {m_line, m_column}; }

    const QByteArray &m_json;
    QHash<QString, TextPosition> &m_positions;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

JsonPositions::JsonPositions(const QByteArray &json)
{
    JsonWalker(json, m_positions).walkValue(QString());
}

TextPosition JsonPositions::of(const QString &pointer) const
{
    QString at = pointer;
    while (true) {
        const auto found = m_positions.constFind(at);
        if (found != m_positions.constEnd())
            return *found;
        if (at.isEmpty())
            return {1, 1};
        at.truncate(at.lastIndexOf(u'/'));
    }
}

QString jsonPointer(const QString &parent, QStringView key)
{
    QString escaped = key.toString();
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return parent + u'/' + escaped;
}

QString jsonPointer(const QString &parent, int index) { return parent + u'/' + QString::number(index); }

TextPosition positionOfByte(const QByteArray &utf8, qsizetype offset)
{
    TextPosition position{1, 1};
    offset = qBound<qsizetype>(0, offset, utf8.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (utf8[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuationByte(utf8[i])) {
            ++position.column;
        }
    }
    return position;
}

} // namespace galley
