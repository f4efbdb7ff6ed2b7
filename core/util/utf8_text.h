#pragma once

#include <QByteArrayView>
#include <QString>

namespace galley {

// UTF-8 decoded with every character kept. QString::fromUtf8 drops a U+FEFF (byte order mark)
// at the start, which shifts by one every offset that counts from there: a JSON string
// holding an article's text, a brat .txt saved by a Windows editor, a page's text node after a
// server-side include.
QString utf8Text(QByteArrayView bytes);

} // namespace galley
