#include "load/header_fields.h"

namespace galley {

void HeaderFields::append(QByteArray name, QByteArray value)
{
    m_fields.append({std::move(name), std::move(value)});
}

void HeaderFields::continueLastValue(QByteArrayView continuation)
{
    if (!m_fields.isEmpty())
        m_fields.back().value += ' ' + continuation.trimmed().toByteArray();
}

QByteArray HeaderFields::value(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (name.compare(field.name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

bool HeaderFields::contains(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (name.compare(field.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HeaderBlock parseHeaderBlock(QByteArrayView bytes, qsizetype from)
{
    HeaderBlock block;
    qsizetype position = from;
    while (position < bytes.size()) {
        qsizetype lineEnd = bytes.indexOf('\n', position);
        const qsizetype next = lineEnd < 0 ? bytes.size() : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = bytes.size();
        QByteArrayView line = bytes.sliced(position, lineEnd - position);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (lineEnd < bytes.size())
                block.bodyOffset = next;
            return block;
        }
        if ((line.front() == ' ' || line.front() == '\t') && !block.fields.fields().isEmpty()) {
            block.fields.continueLastValue(line);
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            block.fields.append(line.first(colon).trimmed().toByteArray(),
                                line.sliced(colon + 1).trimmed().toByteArray());
        }
        position = next;
    }
    return block;
}

QByteArray mediaType(QByteArrayView headerValue)
{
    const qsizetype semicolon = headerValue.indexOf(';');
    const QByteArrayView type = semicolon < 0 ? headerValue : headerValue.first(semicolon);
    return type.trimmed().toByteArray().toLower();
}

QByteArray headerParameter(QByteArrayView headerValue, QByteArrayView name)
{
    qsizetype position = headerValue.indexOf(';');
    while (position >= 0 && position < headerValue.size()) {
        ++position;   // past ';'
        const qsizetype equals = headerValue.indexOf('=', position);
        if (equals < 0)
            return {};
        if (const qsizetype nextSemicolon = headerValue.indexOf(';', position);
            nextSemicolon >= 0 && nextSemicolon < equals) {
            position = nextSemicolon;   // a parameter without a value
            continue;
        }
        const QByteArrayView key = headerValue.sliced(position, equals - position).trimmed();
        qsizetype valueStart = equals + 1;
        while (valueStart < headerValue.size() && (headerValue[valueStart] == ' ' || headerValue[valueStart] == '\t'))
            ++valueStart;
        QByteArray value;
        qsizetype valueEnd = valueStart;
        if (valueStart < headerValue.size() && headerValue[valueStart] == '"') {
            valueEnd = valueStart + 1;
            while (valueEnd < headerValue.size() && headerValue[valueEnd] != '"') {
                if (headerValue[valueEnd] == '\\' && valueEnd + 1 < headerValue.size())
                    ++valueEnd;
                value += headerValue[valueEnd++];
            }
            position = headerValue.indexOf(';', valueEnd);
        } else {
            valueEnd = headerValue.indexOf(';', valueStart);
            value = headerValue.sliced(valueStart, (valueEnd < 0 ? headerValue.size() : valueEnd) - valueStart)
                        .trimmed().toByteArray();
            position = valueEnd;
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace galley
