#pragma once

#include <QByteArray>
#include <QtEndian>

#include <bit>

namespace galley {

// Appends a value in little-endian byte order (model files).
template <typename T>
void appendLittleEndian(QByteArray &bytes, T value)
{
    char buffer[sizeof(T)];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, sizeof(T));
}

// A float as its 32 bits, little-endian.
inline void appendFloat(QByteArray &bytes, float value) { appendLittleEndian<quint32>(bytes, std::bit_cast<quint32>(value)); }

// Reads little-endian values and remembers whether it ran past the end.
class LittleEndianReader
{
public:
    explicit LittleEndianReader(const QByteArray &bytes) : m_bytes(bytes) {}
    template <typename T>
    T read()
    {
        if (m_position + qsizetype(sizeof(T)) > m_bytes.size()) {
            m_truncated = true;
            return T();
        }
        const T value = qFromLittleEndian<T>(m_bytes.constData() + m_position);
        m_position += sizeof(T);
        return value;
    }
    bool has(qsizetype bytes) const { return m_position + bytes <= m_bytes.size(); }
    bool truncated() const { return m_truncated; }

private:
    const QByteArray &m_bytes;
    qsizetype m_position = 0;
    bool m_truncated = false;
};

// A float written by appendFloat.
inline float readFloat(LittleEndianReader &reader) { return std::bit_cast<float>(reader.read<quint32>()); }

} // namespace galley
