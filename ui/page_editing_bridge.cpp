#include "page_editing_bridge.h"

#include <algorithm>
#include <cmath>

namespace galley {

namespace {
constexpr qsizetype maxSpanIdLength = 256;
constexpr qsizetype maxQuoteLength = 100000;
constexpr qsizetype maxSpanIds = 64;

bool isSpanId(const QString &id)
{
    return !id.isEmpty() && id.size() <= maxSpanIdLength;
}

bool isQuote(const QString &exact, const QString &prefix, const QString &suffix)
{
    return exact.size() <= maxQuoteLength && prefix.size() <= maxQuoteLength && suffix.size() <= maxQuoteLength;
}
} // namespace

PageEditingBridge::PageEditingBridge(QObject *parent)
    : QObject(parent)
{
}

void PageEditingBridge::boundaryDragged(const QString &spanId, const QString &edge, const QString &exact,
                                        const QString &prefix, const QString &suffix)
{
    const bool start = edge == QLatin1String("start");
    if (!isSpanId(spanId) || !(start || edge == QLatin1String("end")) || exact.trimmed().isEmpty()
        || !isQuote(exact, prefix, suffix))
        return;
    emit resizeDragged(spanId, start, TextQuote{exact, prefix, suffix});
}

void PageEditingBridge::mentionPicked(const QStringList &spanIds, const QString &exact, const QString &prefix,
                                      const QString &suffix)
{
    if (spanIds.size() > maxSpanIds || !isQuote(exact, prefix, suffix)
        || !std::all_of(spanIds.cbegin(), spanIds.cend(), isSpanId))
        return;
    emit picked(spanIds, TextQuote{exact, prefix, suffix});
}

void PageEditingBridge::contextMenuRequested(const QString &spanId, bool hasSelection, double x, double y)
{
    if (spanId.size() > maxSpanIdLength || !std::isfinite(x) || !std::isfinite(y))
        return;
    emit menuRequested(spanId, hasSelection, QPointF(x, y));
}

void PageEditingBridge::selectionMade(bool hasSelection, double x, double y)
{
    if (std::isfinite(x) && std::isfinite(y))
        emit selectionReported(hasSelection, QPointF(x, y));
}

} // namespace galley
