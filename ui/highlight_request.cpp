#include "highlight_request.h"

#include "doubtful_spans.h"
#include "highlight_opacity.h"
#include "span_description.h"
#include "span_labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QHash>
#include <QMap>
#include <QSet>

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

QJsonObject spanEntry(const Span &span, const SpanDomLocator &locate)
{
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
    if (isDoubtful(span))
        entry.insert(QStringLiteral("doubtful"), true);
    const std::optional<DomRange> range = span.dom ? span.dom : (locate ? locate(span) : std::nullopt);
    if (range) {
        entry.insert(QStringLiteral("start"), point(range->start));
        entry.insert(QStringLiteral("end"), point(range->end));
    }
    return entry;
}

// The label colours and the legend (labels in the schema's order, with their counts).
void addColorsAndLegend(QJsonObject &request, const AnnotationSet &set)
{
    QMap<QString, int> labelCounts;
    for (const Span &span : set.spans)
        ++labelCounts[span.label];
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
    request.insert(QStringLiteral("colors"), colors);
    request.insert(QStringLiteral("legend"), legend);
    request.insert(QStringLiteral("legendTitle"), QCoreApplication::translate("HighlightRequest", "Annotations"));
    if (std::any_of(set.spans.begin(), set.spans.end(), isDoubtful)) {
        request.insert(QStringLiteral("legendNote"),
                       QCoreApplication::translate("HighlightRequest", "Dashed: not yet reviewed, found with under %1 % confidence")
                           .arg(qRound(doubtfulSpanThreshold() * 100)));
    }
    request.insert(QStringLiteral("opacity"), highlightOpacity());
}

} // namespace

QJsonObject highlightRequest(const AnnotationSet &set, const QList<DomRange> &boilerplate,
                             const SpanDomLocator &locate)
{
    QJsonArray spans;
    for (const Span &span : set.spans)
        spans.append(spanEntry(span, locate));
    QJsonArray dimmed;
    for (const DomRange &range : boilerplate)
        dimmed.append(rangeObject(range));
    QJsonObject request{{QStringLiteral("spans"), spans}, {QStringLiteral("boilerplate"), dimmed}};
    addColorsAndLegend(request, set);
    return request;
}

QJsonObject highlightUpdate(const AnnotationSet &set, const QStringList &changedSpanIds, const SpanDomLocator &locate)
{
    QJsonArray spans;
    QJsonArray removed;
    for (const QString &id : changedSpanIds) {
        const auto found = std::find_if(set.spans.cbegin(), set.spans.cend(), [&id](const Span &span) { return span.id == id; });
        if (found == set.spans.cend())
            removed.append(id);
        else
            spans.append(spanEntry(*found, locate));
    }
    QJsonObject update{{QStringLiteral("spans"), spans}, {QStringLiteral("removed"), removed}};
    addColorsAndLegend(update, set);
    return update;
}

void mergeHighlightUpdate(QJsonObject &request, const QJsonObject &update)
{
    QSet<QString> gone;
    for (const QJsonValue &id : update.value(QStringLiteral("removed")).toArray())
        gone.insert(id.toString());
    QHash<QString, QJsonObject> changed;
    QStringList order;
    for (const QJsonValue &entry : update.value(QStringLiteral("spans")).toArray()) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        changed.insert(id, entry.toObject());
        order.append(id);
    }
    QJsonArray spans;
    for (const QJsonValue &entry : request.value(QStringLiteral("spans")).toArray()) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        if (gone.contains(id))
            continue;
        if (const auto edited = changed.constFind(id); edited != changed.cend()) {
            spans.append(*edited);
            order.removeOne(id);
        } else {
            spans.append(entry);
        }
    }
    for (const QString &id : std::as_const(order))
        spans.append(changed.value(id));
    request.insert(QStringLiteral("spans"), spans);
    for (const QString &key : {QStringLiteral("colors"), QStringLiteral("legend"), QStringLiteral("legendTitle"),
                               QStringLiteral("opacity")})
        request.insert(key, update.value(key));
    if (update.contains(QStringLiteral("legendNote")))
        request.insert(QStringLiteral("legendNote"), update.value(QStringLiteral("legendNote")));
    else
        request.remove(QStringLiteral("legendNote"));
}

} // namespace galley
