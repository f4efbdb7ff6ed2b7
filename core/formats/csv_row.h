#pragma once

#include <QStringList>

namespace galley {

// One CSV record as RFC 4180 writes it: fields with a comma, double quote, CR or LF are quoted
// (inner quotes doubled), the record ends in CRLF.
QString csvRow(const QStringList &fields);

} // namespace galley
