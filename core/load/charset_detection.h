#pragma once

#include <QByteArrayView>
#include <QString>

namespace galley {

struct ByteOrderMark
{
    QString encoding;     // "UTF-8", "UTF-16LE" or "UTF-16BE"; empty when there is none
    qsizetype length = 0; // in bytes
};

ByteOrderMark detectByteOrderMark(QByteArrayView bytes);

struct EncodingGuess
{
    QString encoding;
    QString source;       // "detected" or "default"
};

// For bytes nothing declares an encoding for: UTF-8 when they are valid UTF-8, else the
// encoding uchardet recognises, else windows-1252 (what browsers fall back to).
EncodingGuess guessEncoding(QByteArrayView bytes);

} // namespace galley
