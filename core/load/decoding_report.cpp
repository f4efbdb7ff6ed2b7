#include "load/decoding_report.h"

namespace galley {

void reportDecodingProblems(const DecodedText &decoded, const QString &encoding,
                            qint64 bytesStart, Diagnostics &diagnostics)
{
    if (decoded.invalidSequences > 0) {
        diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("invalid-bytes"),
                            QStringLiteral("%1 byte sequence(s) invalid in %2 were replaced by U+FFFD")
                                .arg(decoded.invalidSequences).arg(encoding),
                            bytesStart + decoded.firstInvalidByteOffset, {}});
    }
    const qsizetype nulCount = decoded.text.count(QChar(0));
    if (nulCount > 0) {
        diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("nul-characters"),
                            QStringLiteral("the text contains %1 NUL character(s)").arg(nulCount),
                            -1, {}});
    }
}

void reportUndeclaredEncoding(const QString &encoding, const QString &source, Diagnostics &diagnostics)
{
    if (source == QLatin1String("detected") && encoding != QLatin1String("UTF-8")) {
        diagnostics.append({Diagnostic::Severity::Info, QStringLiteral("charset-detected"),
                            QStringLiteral("no encoding is declared; the bytes look like %1").arg(encoding),
                            -1, {}});
    } else if (source == QLatin1String("default")) {
        diagnostics.append({Diagnostic::Severity::Info, QStringLiteral("charset-default"),
                            QStringLiteral("no encoding is declared or recognisable; decoded as %1").arg(encoding),
                            -1, {}});
    }
}

void relocateDiagnostics(Diagnostics &diagnostics, qint64 documentFileOffset, const QString &documentName)
{
    for (Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.byteOffset < 0)
            continue;
        diagnostic.message += QStringLiteral(" (byte %1 of %2)").arg(diagnostic.byteOffset).arg(documentName);
        diagnostic.byteOffset = documentFileOffset;
    }
}

} // namespace galley
