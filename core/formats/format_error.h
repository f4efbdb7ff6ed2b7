#pragma once

#include <QString>

namespace galley {

// Why an exchange file could not be imported. Always names the file; line is 1-based, 0 when
// the problem is not tied to one line.
struct FormatError
{
    QString file;
    int line = 0;
    QString problem;   // one human sentence, without the file name

    // "FILE:LINE: problem" (or "FILE: problem") — what the CLI prints.
    QString toString() const;
};

} // namespace galley
