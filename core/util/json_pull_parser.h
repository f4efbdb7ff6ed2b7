#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

namespace galley {

// A syntax error at a byte offset of the input.
struct JsonSyntaxError
{
    qsizetype offset = 0;
    QString problem;
};

// Reads JSON from UTF-8 bytes one value at a time, without building a tree, so readers can
// fill their own structures directly and know the byte offset of every value (for error
// lines). Syntax errors throw JsonSyntaxError; catch it where the reading starts.
//
//     parser.beginObject();
//     while (parser.nextMember())
//         if (parser.key() == "id") id = parser.readString(); else parser.skipValue();
class JsonPullParser
{
public:
    enum class Kind { Object, Array, String, Number, Bool, Null };

    explicit JsonPullParser(QByteArrayView json) : m_json(json) {}

    QByteArrayView json() const { return m_json; }
    qsizetype offset();   // where the next value starts (after white space)
    void seek(qsizetype offset) { m_position = offset; }
    Kind peek();          // the kind of the next value

    void beginObject();
    bool nextMember();   // false at the closing brace; else key() is the member's name
    QByteArrayView key() const { return m_key; }
    void beginArray();
    bool nextElement();  // false at the closing bracket

    QString readString();
    double readNumber();
    bool readBool();
    void readNull();
    QVariant readVariant();   // objects → QVariantMap, arrays → QVariantList, whole numbers → qlonglong
    void skipValue();
    QByteArrayView readRawValue();   // the bytes of the next value, skipped
    void expectEnd();                // only white space may follow

    [[noreturn]] void fail(qsizetype offset, const QString &problem) const;

private:
    void skipWhitespace();
    void expect(char c, const char *what);
    void enter(char opening, const char *what);
    bool nextInContainer(char closing);
    void skipString();
    void skipNumber();
    void skipLiteral(QByteArrayView literal);

    QByteArrayView m_json;
    qsizetype m_position = 0;
    QByteArrayView m_key;
    QByteArray m_keyBuffer;                 // a key that held escapes, decoded
    QVarLengthArray<bool, 16> m_firstInContainer;
};

QString jsonKindName(JsonPullParser::Kind kind);   // "an object", "a string", …

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype invalidUtf8Offset(QByteArrayView bytes);

} // namespace galley
