#pragma once

#include "text/code_point_index.h"
#include "util/expected.h"

#include <QJsonValue>
#include <QString>

namespace galley {

// A span's extent in UTF-16 units, as Galley keeps it in memory.
struct Utf16Range
{
    int start = 0;
    int end = 0;
};

// Checks [start, end) in code points (as a file gives it) against the text and converts it to
// UTF-16 units; the error says what is wrong with it.
Expected<Utf16Range, QString> utf16Range(qint64 start, qint64 end, const CodePointIndex &index);
// The same for offsets read from JSON, which must be whole numbers.
Expected<Utf16Range, QString> utf16Range(const QJsonValue &start, const QJsonValue &end, const CodePointIndex &index);

} // namespace galley
