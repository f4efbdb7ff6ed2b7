#include "quote_tags.h"

namespace galley {

QLatin1StringView quoteRoleName(QuoteRole role)
{
    switch (role) {
    case QuoteRole::Source:
        return QLatin1StringView("Source");
    case QuoteRole::Cue:
        return QLatin1StringView("Cue");
    case QuoteRole::Content:
        return QLatin1StringView("Content");
    }
    return QLatin1StringView("?");
}

} // namespace galley
