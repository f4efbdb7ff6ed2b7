#include "load/text_loader.h"

#include "load/charset_detection.h"
#include "load/decoding_report.h"
#include "load/text_codec.h"

#include <QCryptographicHash>

namespace galley {

Expected<Page, LoadError> loadTextFile(const QByteArray &bytes, const QString &path)
{
    Page page;
    page.sourcePath = path;
    page.format = PageFormat::Text;
    page.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    const ByteOrderMark bom = detectByteOrderMark(bytes);
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom.length);
    if (bom.length > 0) {
        page.charset = bom.encoding;
        page.charsetSource = QStringLiteral("bom");
    } else {
        const EncodingGuess guess = guessEncoding(body);
        page.charset = guess.encoding;
        page.charsetSource = guess.source;
        reportUndeclaredEncoding(page.charset, page.charsetSource, page.diagnostics);
    }
    DecodedText decoded = decodeText(body, page.charset, true);
    reportDecodingProblems(decoded, page.charset, bom.length, page.diagnostics);
    page.content = std::move(decoded.text);
    page.byteCheckpoints = std::move(decoded.byteCheckpoints);
    for (qint64 &checkpoint : page.byteCheckpoints)
        checkpoint += bom.length;
    if (page.byteCheckpoints.isEmpty())
        page.byteCheckpoints.append(bom.length);   // offset 0 of an empty text
    return page;
}

} // namespace galley
