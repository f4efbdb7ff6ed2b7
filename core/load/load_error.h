#pragma once

#include <QString>

namespace galley {

// Why a file could not be turned into a document. Always names the file.
struct LoadError
{
    QString file;             // path as the user gave it
    QString code;             // stable: "not-found", "is-directory", "empty", "not-html", "truncated", ...
    QString message;          // one human sentence, without the file name
    qint64 byteOffset = -1;   // where in the file, in bytes; -1 when not tied to a place
    QString fragment;         // a short excerpt of the offending input, may be empty

    // "FILE: message (at byte N)" — what the CLI prints and the GUI shows.
    QString toString() const;
};

} // namespace galley
