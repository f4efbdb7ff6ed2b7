#include "feature_row_index.h"

namespace galley {

void FeatureRowIndex::reserve(std::size_t rows)
{
    std::size_t capacity = 16;
    while (capacity < rows * 2)
        capacity *= 2;
    if (capacity <= m_slots.size())
        return;
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot());
    m_mask = capacity - 1;
    for (const Slot &entry : old) {
        if (entry.key == 0)
            continue;
        std::size_t slot = entry.key & m_mask;
        while (m_slots[slot].key != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = entry;
    }
}

void FeatureRowIndex::grow()
{
    reserve(m_slots.empty() ? 8 : m_slots.size());
}

std::int32_t FeatureRowIndex::findOrAdd(FeatureKey key)
{
    key = key == 0 ? 1 : key;
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    std::size_t slot = key & m_mask;
    while (m_slots[slot].key != 0) {
        if (m_slots[slot].key == key)
            return m_slots[slot].row;
        slot = (slot + 1) & m_mask;
    }
    m_slots[slot] = {key, std::int32_t(m_size)};
    ++m_size;
    return m_slots[slot].row;
}

} // namespace galley
