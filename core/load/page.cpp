#include "load/page.h"

namespace galley {

QString pageFormatName(PageFormat format)
{
    switch (format) {
    case PageFormat::Html: return QStringLiteral("html");
    case PageFormat::Mhtml: return QStringLiteral("mhtml");
    case PageFormat::Warc: return QStringLiteral("warc");
    case PageFormat::Text: return QStringLiteral("text");
    }
    return {};
}

} // namespace galley
