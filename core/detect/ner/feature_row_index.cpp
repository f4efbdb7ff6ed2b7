#include "feature_row_index.h"

namespace galley {

void FeatureRowIndex::reserve(std::size_t rows)
{
    std::size_t capacity = 16;
    while (capacity < rows * 2)
        capacity *= 2;
    if (capacity <= m_keys.size())
        return;
    std::vector<FeatureKey> oldKeys = std::move(m_keys);
    std::vector<std::int32_t> oldRows = std::move(m_rows);
    m_keys.assign(capacity, 0);
    m_rows.assign(capacity, kAbsent);
    m_mask = capacity - 1;
    for (std::size_t i = 0; i < oldKeys.size(); ++i) {
        if (oldKeys[i] == 0)
            continue;
        std::size_t slot = oldKeys[i] & m_mask;
        while (m_keys[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_keys[slot] = oldKeys[i];
        m_rows[slot] = oldRows[i];
    }
}

void FeatureRowIndex::grow()
{
    reserve(m_keys.empty() ? 8 : m_keys.size());
}

std::int32_t FeatureRowIndex::findOrAdd(FeatureKey key)
{
    key = key == 0 ? 1 : key;
    if ((m_size + 1) * 2 > m_keys.size())
        grow();
    std::size_t slot = key & m_mask;
    while (m_keys[slot] != 0) {
        if (m_keys[slot] == key)
            return m_rows[slot];
        slot = (slot + 1) & m_mask;
    }
    m_keys[slot] = key;
    m_rows[slot] = std::int32_t(m_size);
    ++m_size;
    return m_rows[slot];
}

} // namespace galley
