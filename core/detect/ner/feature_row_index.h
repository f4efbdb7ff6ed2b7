#pragma once

#include "detect/ner/feature_hash.h"

#include <cstdint>
#include <vector>

namespace galley {

// Feature key -> weight row, open addressing with linear probing. Keys are already good hashes,
// so their low bits pick the slot. Key 0 marks an empty slot (featureKey never yields 0 in
// practice; a 0 key is stored as 1).
class FeatureRowIndex
{
public:
    static constexpr std::int32_t kAbsent = -1;

    void reserve(std::size_t rows);
    std::int32_t find(FeatureKey key) const
    {
        key = key == 0 ? 1 : key;
        if (m_keys.empty())
            return kAbsent;
        for (std::size_t slot = key & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key)
                return m_rows[slot];
            if (m_keys[slot] == 0)
                return kAbsent;
        }
    }
    // The row of key, adding it as row size() when absent.
    std::int32_t findOrAdd(FeatureKey key);
    std::size_t size() const { return m_size; }
    template <typename Visit>
    void forEach(Visit &&visit) const
    {
        for (std::size_t slot = 0; slot < m_keys.size(); ++slot) {
            if (m_keys[slot] != 0)
                visit(m_keys[slot], m_rows[slot]);
        }
    }
    std::size_t memoryBytes() const { return m_keys.capacity() * sizeof(FeatureKey) + m_rows.capacity() * sizeof(std::int32_t); }

private:
    void grow();

    std::vector<FeatureKey> m_keys;
    std::vector<std::int32_t> m_rows;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace galley
