#pragma once

#include <QList>
#include <QString>

namespace galley {

// Something a loader or extractor noticed but recovered from (or, for Error, could not).
struct Diagnostic
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString code;             // stable, machine-readable: "charset-detected", "truncated-gzip", ...
    QString message;          // one human sentence
    qint64 byteOffset = -1;   // offset in the source file, in bytes (.warc.gz: in the decompressed
                              // WARC stream, except for damaged gzip data); -1 when not tied to a place
    QString fragment;         // a short excerpt of the offending input, may be empty

    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

QString severityName(Diagnostic::Severity severity);

} // namespace galley
