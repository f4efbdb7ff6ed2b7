#include "util/json_location.h"

#include "util/json_pull_parser.h"

namespace galley {

using namespace Qt::StringLiterals;

namespace {

QString unescapedToken(QStringView token)
{
    return token.toString().replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
}

qsizetype memberOffset(JsonPullParser &parser, const QString &key)
{
    const QByteArray utf8Key = key.toUtf8();
    qsizetype found = -1;
    parser.beginObject();
    while (parser.nextMember()) {
        if (parser.key() == utf8Key)
            found = parser.offset();
        parser.skipValue();
    }
    return found;
}

qsizetype elementOffset(JsonPullParser &parser, const QString &token)
{
    bool isIndex = false;
    const qsizetype index = token.toLongLong(&isIndex);
    if (!isIndex)
        return -1;
    parser.beginArray();
    for (qsizetype i = 0; parser.nextElement(); ++i) {
        if (i == index)
            return parser.offset();
        parser.skipValue();
    }
    return -1;
}

// The offset of the member or element `token` of the value at `valueOffset`, or -1.
qsizetype childOffset(QByteArrayView json, qsizetype valueOffset, const QString &token)
{
    JsonPullParser parser(json);
    parser.seek(valueOffset);
    try {
        switch (parser.peek()) {
        case JsonPullParser::Kind::Object: return memberOffset(parser, token);
        case JsonPullParser::Kind::Array: return elementOffset(parser, token);
        default: return -1;
        }
    } catch (const JsonSyntaxError &) {
        return -1;
    }
}

} // namespace

qsizetype jsonValueOffset(QByteArrayView json, QStringView pointer)
{
    JsonPullParser parser(json);
    qsizetype found = parser.offset();
    if (pointer.isEmpty())
        return found;
    const QList<QStringView> tokens = pointer.split(u'/');
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const qsizetype child = childOffset(json, found, unescapedToken(tokens[i]));
        if (child < 0)
            break;
        found = child;
    }
    return found;
}

TextPosition jsonValuePosition(QByteArrayView json, QStringView pointer)
{
    return positionOfByte(json, jsonValueOffset(json, pointer));
}

TextPosition positionOfByte(QByteArrayView utf8, qsizetype offset)
{
    TextPosition position{1, 1};
    offset = qBound<qsizetype>(0, offset, utf8.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (utf8[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {   // not a continuation byte
            ++position.column;
        }
    }
    return position;
}

QString jsonPointer(const QString &parent, QStringView key)
{
    QString escaped = key.toString();
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return parent + u'/' + escaped;
}

QString jsonPointer(const QString &parent, int index) { return parent + u'/' + QString::number(index); }

QString jsonPointerText(const QStringList &tokens)
{
    QString text;
    for (const QString &token : tokens)
        text = jsonPointer(text, token);
    return text;
}

} // namespace galley
