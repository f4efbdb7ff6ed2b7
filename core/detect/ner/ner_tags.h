#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <cstdint>

namespace galley {

// The CoNLL-2003 entity types and their IOB2 tags. Tag ids are stable: they index weight rows
// in saved models.
enum class EntityType : std::uint8_t { Person, Organization, Location, Miscellaneous };
constexpr int kEntityTypeCount = 4;

using TagId = std::uint8_t;
constexpr int kTagCount = 1 + 2 * kEntityTypeCount;   // O, then B-/I- for each type
constexpr TagId kOutsideTag = 0;

constexpr TagId beginTag(EntityType type) { return TagId(1 + 2 * int(type)); }
constexpr TagId insideTag(EntityType type) { return TagId(2 + 2 * int(type)); }
constexpr bool isOutside(TagId tag) { return tag == kOutsideTag; }
constexpr bool isBegin(TagId tag) { return tag != kOutsideTag && (tag % 2) == 1; }
constexpr EntityType tagType(TagId tag) { return EntityType((tag - 1) / 2); }

// "PER", "ORG", "LOC", "MISC".
QLatin1StringView entityTypeName(EntityType type);
// "O", "B-PER", "I-LOC", ...
QLatin1StringView tagName(TagId tag);
// Accepts IOB2 names and IOB1/conlleval ones alike ("I-PER" is read as I-PER); -1 when unknown.
int tagFromName(QStringView name);

// IOB2: I-X may only follow B-X or I-X.
constexpr bool isAllowedAfter(TagId previous, TagId tag)
{
    if (isOutside(tag) || isBegin(tag))
        return true;
    return !isOutside(previous) && tagType(previous) == tagType(tag);
}

} // namespace galley
