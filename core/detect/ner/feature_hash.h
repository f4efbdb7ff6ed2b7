#pragma once

#include <QStringView>

#include <cstdint>

namespace galley {

// Features are 64-bit hashes of (template, value): no string is kept at run time. The hash
// functions are fixed here (not std::hash) so a model file means the same on every build.
using FeatureKey = std::uint64_t;

constexpr std::uint64_t mixBits(std::uint64_t x)
{
    // splitmix64 finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline std::uint64_t hashText(QStringView text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;   // FNV-1a over UTF-16 units
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return mixBits(hash ^ std::uint64_t(text.size()));
}

constexpr std::uint64_t combineHashes(std::uint64_t first, std::uint64_t second)
{
    return mixBits(first * 0x9e3779b97f4a7c15ULL + second + 0x632be59bd9b4e019ULL);
}

constexpr FeatureKey featureKey(std::uint32_t templateId, std::uint64_t value)
{
    return combineHashes(0x51afd7ed558ccd00ULL + templateId, value);
}

} // namespace galley
