#include "ner_tags.h"

namespace galley {

namespace {
constexpr std::array<QLatin1StringView, kEntityTypeCount> kTypeNames = {
    QLatin1StringView("PER"), QLatin1StringView("ORG"), QLatin1StringView("LOC"),
    QLatin1StringView("MISC")};
constexpr std::array<QLatin1StringView, kTagCount> kTagNames = {
    QLatin1StringView("O"),      QLatin1StringView("B-PER"),  QLatin1StringView("I-PER"),
    QLatin1StringView("B-ORG"),  QLatin1StringView("I-ORG"),  QLatin1StringView("B-LOC"),
    QLatin1StringView("I-LOC"),  QLatin1StringView("B-MISC"), QLatin1StringView("I-MISC")};
} // namespace

QLatin1StringView entityTypeName(EntityType type) { return kTypeNames[std::size_t(type)]; }

QLatin1StringView tagName(TagId tag) { return kTagNames[tag]; }

int tagFromName(QStringView name)
{
    for (int tag = 0; tag < kTagCount; ++tag) {
        if (name == kTagNames[std::size_t(tag)])
            return tag;
    }
    return -1;
}

} // namespace galley
