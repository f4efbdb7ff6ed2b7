#include "highlight_request.h"

#include "highlight_opacity.h"
#include "span_labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace galley {

namespace {

QJsonObject point(const DomPoint &point)
{
    return {{QStringLiteral("path"), point.nodePath}, {QStringLiteral("offset"), point.offset}};
}

QJsonObject rangeObject(const DomRange &range)
{
    return {{QStringLiteral("start"), point(range.start)}, {QStringLiteral("end"), point(range.end)}};
}

} // namespace

QJsonObject highlightRequest(const AnnotationSet &set, const QList<DomRange> &boilerplate,
                             const SpanDomLocator &locate)
{
    QJsonArray spans;
    QMap<QString, int> labelCounts;
    for (const Span &span : set.spans) {
        QJsonObject entry{
            {QStringLiteral("id"), span.id},
            {QStringLiteral("label"), span.label},
            {QStringLiteral("status"), reviewStatusName(span.status)},
            {QStringLiteral("length"), span.end - span.start},
            {QStringLiteral("quote"), QJsonObject{{QStringLiteral("exact"), span.quote.exact.isEmpty() ? span.text
                                                                                                       : span.quote.exact},
                                                  {QStringLiteral("prefix"), span.quote.prefix},
                                                  {QStringLiteral("suffix"), span.quote.suffix}}},
        };
        const std::optional<DomRange> range = span.dom ? span.dom : (locate ? locate(span) : std::nullopt);
        if (range) {
            entry.insert(QStringLiteral("start"), point(range->start));
            entry.insert(QStringLiteral("end"), point(range->end));
        }
        spans.append(entry);
        ++labelCounts[span.label];
    }

    QJsonObject colors;
    QJsonArray legend;
    const QStringList order = knownLabels();
    QStringList labels = labelCounts.keys();
    std::stable_sort(labels.begin(), labels.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia < ib;
    });
    for (const QString &label : labels) {
        colors.insert(label, labelColor(label).name());
        legend.append(QJsonObject{{QStringLiteral("label"), label},
                                  {QStringLiteral("name"), labelDisplayName(label)},
                                  {QStringLiteral("count"), labelCounts.value(label)}});
    }

    QJsonArray dimmed;
    for (const DomRange &range : boilerplate)
        dimmed.append(rangeObject(range));

    return {{QStringLiteral("spans"), spans},
            {QStringLiteral("colors"), colors},
            {QStringLiteral("legend"), legend},
            {QStringLiteral("legendTitle"), QCoreApplication::translate("HighlightRequest", "Annotations")},
            {QStringLiteral("boilerplate"), dimmed},
            {QStringLiteral("opacity"), highlightOpacity()}};
}

} // namespace galley
