#pragma once

#include <QByteArrayView>
#include <QString>

namespace galley {

// The encoding a label names, as the WHATWG Encoding standard maps labels (so "iso-8859-1"
// and "us-ascii" give "windows-1252", "gbk" gives "GB18030", "x-sjis" gives "Shift_JIS").
// Returns the IANA name ICU opens, or an empty string for a label no browser knows.
QString encodingForLabel(QByteArrayView label);

} // namespace galley
