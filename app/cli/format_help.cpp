#include "format_help.h"

#include "formats/annotation_format.h"

using namespace galley;

QString formatListHelp(bool importableOnly)
{
    QString help;
    for (const AnnotationFormat &format : annotationFormats()) {
        if (importableOnly && !format.read)
            continue;
        help += QStringLiteral("  ") + QString(format.name).leftJustified(14) + format.summary
                + QStringLiteral("; offsets: ") + format.offsetUnit + u'\n';
    }
    return help;
}
