#include "load/diagnostic.h"

namespace galley {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Info: return QStringLiteral("info");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString Diagnostic::toString() const
{
    QString result = severityName(severity) + QStringLiteral(": ") + message;
    if (byteOffset >= 0)
        result += QStringLiteral(" (at byte %1)").arg(byteOffset);
    if (!fragment.isEmpty())
        result += QStringLiteral(": \"%1\"").arg(fragment);
    return result + QStringLiteral(" [") + code + QLatin1Char(']');
}

} // namespace galley
