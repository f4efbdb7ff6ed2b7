#pragma once

#include <QStringList>

namespace galley {

// One CSV record as RFC 4180 writes it: fields with a comma, double quote, CR or LF are quoted
// (inner quotes doubled), the record ends in CRLF. A field a spreadsheet would run as a formula
// (starting with = + - @, tab or CR, and not a plain number) gets a leading ' (OWASP CSV injection).
QString csvRow(const QStringList &fields);

} // namespace galley
