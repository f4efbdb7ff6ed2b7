#include "page_bridge.h"

namespace galley {

namespace {
constexpr qsizetype maxSpanIdLength = 256;
} // namespace

PageBridge::PageBridge(QObject *parent)
    : QObject(parent)
{
}

void PageBridge::spanClicked(const QString &spanId)
{
    if (!spanId.isEmpty() && spanId.size() <= maxSpanIdLength)
        emit clicked(spanId);
}

void PageBridge::spanHovered(const QString &spanId)
{
    if (spanId.size() <= maxSpanIdLength)
        emit hovered(spanId);
}

} // namespace galley
