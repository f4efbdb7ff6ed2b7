#include "formats/utf8_check.h"

#include "util/json_pull_parser.h"

namespace galley {

std::optional<FormatError> utf8Problem(const FormatFile &file)
{
    const qsizetype bad = invalidUtf8Offset(file.content);
    if (bad < 0)
        return std::nullopt;
    const QByteArrayView before = QByteArrayView(file.content).first(bad);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return FormatError{file.name, int(before.count('\n')) + 1,
                       QStringLiteral("not UTF-8 at byte %1 of the line").arg(bad - lineStart)};
}

} // namespace galley
