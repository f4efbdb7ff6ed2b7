#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

namespace galley {

// A line (1-based) and column (1-based, in code points) in a text file.
struct TextPosition
{
    int line = 0;
    int column = 0;
    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

// Where each value of a JSON document starts, by JSON pointer ("/labels/3/colour"; "" is the
// whole document), so a check on the parsed QJsonDocument can name the line it failed on.
// The document must already have parsed (QJsonDocument::fromJson); its bytes are UTF-8.
class JsonPositions
{
public:
    explicit JsonPositions(const QByteArray &json);

    // The value's position; the nearest enclosing value's when the pointer names none.
    TextPosition of(const QString &pointer) const;

private:
    QHash<QString, TextPosition> m_positions;
};

// "/labels" + "3" → "/labels/3", escaping '~' and '/' as RFC 6901 says.
QString jsonPointer(const QString &parent, QStringView key);
QString jsonPointer(const QString &parent, int index);

// The line and column of a UTF-8 byte offset (QJsonParseError::offset).
TextPosition positionOfByte(const QByteArray &utf8, qsizetype offset);

} // namespace galley
