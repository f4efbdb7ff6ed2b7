#pragma once

#include <QLatin1StringView>

#include <cstdint>

namespace galley {

// The roles of a token in an attribution and their BIO tags. Ids are stable: they index weight
// rows in saved quote models.
enum class QuoteRole : std::uint8_t { Source, Cue, Content };
constexpr int kQuoteRoleCount = 3;

using QuoteTag = std::uint8_t;
constexpr int kQuoteTagCount = 1 + 2 * kQuoteRoleCount;   // O, then B-/I- for each role
constexpr QuoteTag kQuoteOutside = 0;

constexpr QuoteTag quoteBegin(QuoteRole role) { return QuoteTag(1 + 2 * int(role)); }
constexpr QuoteTag quoteInside(QuoteRole role) { return QuoteTag(2 + 2 * int(role)); }
constexpr bool isQuoteBegin(QuoteTag tag) { return tag != kQuoteOutside && tag % 2 == 1; }
constexpr QuoteRole quoteRole(QuoteTag tag) { return QuoteRole((tag - 1) / 2); }

// I-X only after B-X or I-X.
constexpr bool isQuoteTagAllowedAfter(QuoteTag previous, QuoteTag tag)
{
    if (tag == kQuoteOutside || isQuoteBegin(tag))
        return true;
    return previous != kQuoteOutside && quoteRole(previous) == quoteRole(tag);
}

// "Source", "Cue", "Content": the PolNeAR type names.
QLatin1StringView quoteRoleName(QuoteRole role);

} // namespace galley
