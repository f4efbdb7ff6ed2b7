#include "util/json_pull_parser.h"
#include "util/utf8_text.h"

#include <array>
#include <charconv>
#include <cstring>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxDepth = 256;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QString jsonKindName(JsonPullParser::Kind kind)
{
    switch (kind) {
    case JsonPullParser::Kind::Object: return u"an object"_s;
    case JsonPullParser::Kind::Array: return u"an array"_s;
    case JsonPullParser::Kind::String: return u"a string"_s;
    case JsonPullParser::Kind::Number: return u"a number"_s;
    case JsonPullParser::Kind::Bool: return u"true/false"_s;
    case JsonPullParser::Kind::Null: return u"null"_s;
    }
    return {};
}

void JsonPullParser::fail(qsizetype offset, const QString &problem) const
{
    throw JsonSyntaxError{offset, problem};
}

void JsonPullParser::skipWhitespace()
{
    while (m_position < m_json.size()) {
        const char c = m_json[m_position];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_position;
    }
}

qsizetype JsonPullParser::offset()
{
    skipWhitespace();
    return m_position;
}

JsonPullParser::Kind JsonPullParser::peek()
{
    skipWhitespace();
    if (m_position >= m_json.size())
        fail(m_position, u"the JSON ends early (truncated?)"_s);
    switch (m_json[m_position]) {
    case '{': return Kind::Object;
    case '[': return Kind::Array;
    case '"': return Kind::String;
    case 't':
    case 'f': return Kind::Bool;
    case 'n': return Kind::Null;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return Kind::Number;
    default: break;
    }
    fail(m_position, u"not valid JSON: unexpected character '%1'"_s.arg(QChar::fromLatin1(m_json[m_position])));
}

void JsonPullParser::expect(char c, const char *what)
{
    skipWhitespace();
    if (m_position >= m_json.size())
        fail(m_position, u"the JSON ends early (truncated?): expected %1"_s.arg(QLatin1StringView(what)));
    if (m_json[m_position] != c)
        fail(m_position, u"not valid JSON: expected %1"_s.arg(QLatin1StringView(what)));
    ++m_position;
}

void JsonPullParser::enter(char opening, const char *what)
{
    // Valid JSON of the wrong shape ("[1, 2]" where tasks are objects) is not called invalid.
    skipWhitespace();
    if (m_position < m_json.size() && m_json[m_position] != opening)
        fail(m_position, u"expected %1, found %2"_s.arg(QLatin1StringView(what), jsonKindName(peek())));
    expect(opening, what);
    if (m_firstInContainer.size() >= kMaxDepth)
        fail(m_position, u"nested more than %1 levels deep"_s.arg(kMaxDepth));
    m_firstInContainer.append(true);
}

void JsonPullParser::beginObject() { enter('{', "an object"); }
void JsonPullParser::beginArray() { enter('[', "an array"); }

bool JsonPullParser::nextInContainer(char closing)
{
    skipWhitespace();
    if (m_position >= m_json.size())
        fail(m_position, u"the JSON ends early (truncated?)"_s);
    if (m_json[m_position] == closing) {
        ++m_position;
        m_firstInContainer.removeLast();
        return false;
    }
    if (!m_firstInContainer.last())
        expect(',', closing == '}' ? "',' or '}'" : "',' or ']'");
    m_firstInContainer.last() = false;
    return true;
}

bool JsonPullParser::nextMember()
{
    if (!nextInContainer('}'))
        return false;
    skipWhitespace();
    if (m_position >= m_json.size() || m_json[m_position] != '"')
        fail(m_position, u"not valid JSON: expected a member name in quotes"_s);
    const qsizetype start = m_position + 1;
    skipString();
    m_key = m_json.sliced(start, m_position - 1 - start);
    if (m_key.contains('\\')) {
        m_position = start - 1;
        m_keyBuffer = readString().toUtf8();
        m_key = m_keyBuffer;
    }
    expect(':', "':'");
    return true;
}

bool JsonPullParser::nextElement()
{
    return nextInContainer(']');
}

void JsonPullParser::skipString()
{
    // Bytes that end the fast scan: the closing quote, an escape, or a control character.
    static constexpr auto kSpecial = [] {
        std::array<bool, 256> special{};
        for (int c = 0; c < 0x20; ++c)
            special[std::size_t(c)] = true;
        special['"'] = special['\\'] = true;
        return special;
    }();
    const qsizetype start = m_position;
    const auto *data = reinterpret_cast<const unsigned char *>(m_json.data());
    const qsizetype size = m_json.size();
    qsizetype position = m_position + 1;
    while (position < size) {
        const unsigned char c = data[position];
        if (!kSpecial[c]) {
            ++position;
            continue;
        }
        if (c == '"') {
            m_position = position + 1;
            return;
        }
        if (c != '\\')
            fail(position, u"not valid JSON: a control character inside a string"_s);
        position += 2;
    }
    fail(start, u"the JSON ends early (truncated?): a string is not closed"_s);
}

QString JsonPullParser::readString()
{
    if (peek() != Kind::String)
        fail(m_position, u"expected a string, found "_s + jsonKindName(peek()));
    const qsizetype start = m_position + 1;
    skipString();
    const QByteArrayView raw = m_json.sliced(start, m_position - 1 - start);
    if (!raw.contains('\\'))
        return utf8Text(raw);

    QString text;
    text.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype backslash = raw.indexOf('\\', i);
        const qsizetype runEnd = backslash < 0 ? raw.size() : backslash;
        text += utf8Text(raw.sliced(i, runEnd - i));
        if (backslash < 0)
            break;
        const char escape = raw[backslash + 1];
        i = backslash + 2;
        switch (escape) {
        case '"': text += u'"'; break;
        case '\\': text += u'\\'; break;
        case '/': text += u'/'; break;
        case 'b': text += u'\b'; break;
        case 'f': text += u'\f'; break;
        case 'n': text += u'\n'; break;
        case 'r': text += u'\r'; break;
        case 't': text += u'\t'; break;
        case 'u': {
            const auto hexUnit = [&](qsizetype at) {
                int unit = 0;
                for (int digit = 0; digit < 4; ++digit) {
                    const int value = at + digit < raw.size() ? hexValue(raw[at + digit]) : -1;
                    if (value < 0)
                        fail(start + backslash, u"not valid JSON: a \\u escape needs four hex digits"_s);
                    unit = unit * 16 + value;
                }
                return char16_t(unit);
            };
            const char16_t unit = hexUnit(i);
            i += 4;
            // UTF-16 surrogates come in pairs; a lone one is no character (an emoji cut in half).
            const bool paired = QChar::isHighSurrogate(unit) && i + 6 <= raw.size() && raw[i] == '\\'
                                && raw[i + 1] == 'u' && QChar::isLowSurrogate(hexUnit(i + 2));
            if (QChar::isSurrogate(unit) && !paired)
                fail(start + backslash, u"not valid JSON: \\u%1 is half of a surrogate pair, no character"_s
                                            .arg(int(unit), 4, 16, QChar(u'0')));
            text += QChar(unit);
            if (paired) {
                text += QChar(hexUnit(i + 2));
                i += 6;
            }
            break;
        }
        default:
            fail(start + backslash, u"not valid JSON: unknown escape \\%1"_s.arg(QChar::fromLatin1(escape)));
        }
    }
    return text;
}

void JsonPullParser::skipNumber()
{
    const qsizetype start = m_position;
    while (m_position < m_json.size() && QByteArrayView("+-.eE0123456789").contains(m_json[m_position]))
        ++m_position;
    if (m_position == start)
        fail(start, u"not valid JSON: expected a number"_s);
}

double JsonPullParser::readNumber()
{
    if (peek() != Kind::Number)
        fail(m_position, u"expected a number, found "_s + jsonKindName(peek()));
    const qsizetype start = m_position;
    skipNumber();
    double value = 0;
    const char *first = m_json.data() + start;
    const char *last = m_json.data() + m_position;
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last)
        fail(start, u"not valid JSON: a malformed number"_s);
    return value;
}

void JsonPullParser::skipLiteral(QByteArrayView literal)
{
    if (m_json.sliced(m_position).startsWith(literal))
        m_position += literal.size();
    else
        fail(m_position, u"not valid JSON: unexpected word"_s);
}

bool JsonPullParser::readBool()
{
    if (peek() != Kind::Bool)
        fail(m_position, u"expected true or false, found "_s + jsonKindName(peek()));
    const bool value = m_json[m_position] == 't';
    skipLiteral(value ? "true" : "false");
    return value;
}

void JsonPullParser::readNull()
{
    if (peek() != Kind::Null)
        fail(m_position, u"expected null, found "_s + jsonKindName(peek()));
    skipLiteral("null");
}

QVariant JsonPullParser::readVariant()
{
    switch (peek()) {
    case Kind::Object: {
        QVariantMap map;
        beginObject();
        while (nextMember()) {
            const QString name = QString::fromUtf8(key());
            map.insert(name, readVariant());
        }
        return map;
    }
    case Kind::Array: {
        QVariantList list;
        beginArray();
        while (nextElement())
            list.append(readVariant());
        return list;
    }
    case Kind::String:
        return readString();
    case Kind::Number: {
        const qsizetype start = m_position;
        const double number = readNumber();
        const QByteArrayView text = m_json.sliced(start, m_position - start);
        const bool whole = !text.contains('.') && !text.contains('e') && !text.contains('E');
        if (whole && number >= -9.0e15 && number <= 9.0e15)
            return qlonglong(number);
        return number;
    }
    case Kind::Bool:
        return readBool();
    case Kind::Null:
        readNull();
        return QVariant::fromValue(nullptr);
    }
    return {};
}

void JsonPullParser::skipValue()
{
    switch (peek()) {
    case Kind::Object:
        beginObject();
        while (nextMember())
            skipValue();
        return;
    case Kind::Array:
        beginArray();
        while (nextElement())
            skipValue();
        return;
    case Kind::String:
        skipString();
        return;
    case Kind::Number:
        readNumber();
        return;
    case Kind::Bool:
        readBool();
        return;
    case Kind::Null:
        readNull();
        return;
    }
}

QByteArrayView JsonPullParser::readRawValue()
{
    const qsizetype start = offset();
    skipValue();
    return m_json.sliced(start, m_position - start);
}

void JsonPullParser::expectEnd()
{
    skipWhitespace();
    if (m_position < m_json.size())
        fail(m_position, u"not valid JSON: more data after the end"_s);
}

qsizetype invalidUtf8Offset(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size) {   // eight ASCII bytes at a time
            quint64 eight;
            std::memcpy(&eight, data + i, 8);
            if ((eight & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace galley
