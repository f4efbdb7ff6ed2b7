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
        if (m_slots.empty())
            return kAbsent;
        for (std::size_t slot = key & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_slots[slot].key == key)
                return m_slots[slot].row;
            if (m_slots[slot].key == 0)
                return kAbsent;
        }
    }
    // The row of key, adding it as row size() when absent.
    std::int32_t findOrAdd(FeatureKey key);
    std::size_t size() const { return m_size; }
    template <typename Visit>
    void forEach(Visit &&visit) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.key != 0)
                visit(slot.key, slot.row);
        }
    }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }

private:
    void grow();

    struct Slot   // key and row side by side: one cache miss per lookup
    {
        FeatureKey key = 0;
        std::int32_t row = kAbsent;
    };
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace galley
