#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace galley {

// A line (1-based) and column (1-based, in code points) in a text file.
struct TextPosition
{
    int line = 0;
    int column = 0;
    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

// Where a value sits in the raw bytes of a JSON document, for error messages: QJsonDocument
// keeps no positions. `pointer` is a JSON Pointer (RFC 6901: "/spans/3/start"; "" is the
// whole document). When the path leaves the document (a missing key, an index past the end,
// a value of the wrong kind), the deepest value that exists is placed instead. Of duplicate
// keys the last counts, as in QJsonDocument.
qsizetype jsonValueOffset(QByteArrayView json, QStringView pointer);
TextPosition jsonValuePosition(QByteArrayView json, QStringView pointer);

// The line and column of a UTF-8 byte offset (QJsonParseError::offset, JsonSyntaxError::offset).
TextPosition positionOfByte(QByteArrayView utf8, qsizetype offset);

// "/labels" + "3" → "/labels/3", escaping '~' and '/' as RFC 6901 says.
QString jsonPointer(const QString &parent, QStringView key);
QString jsonPointer(const QString &parent, int index);
// "/spans/3/start" for {"spans", "3", "start"}.
QString jsonPointerText(const QStringList &tokens);

} // namespace galley
