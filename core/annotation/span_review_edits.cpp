#include "annotation/span_review_edits.h"

#include "annotation/quote_parts.h"
#include "annotation/span_attribute_validation.h"
#include "annotation/text_quote.h"

#include <QLocale>

#include <algorithm>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

QVariantMap rereadAttributes(QVariantMap attributes, const QVariantMap &readBefore, const QVariantMap &readNow)
{
    for (auto read = readBefore.cbegin(); read != readBefore.cend(); ++read) {
        if (attributes.value(read.key()) == read.value())
            attributes.remove(read.key());
    }
    for (auto read = readNow.cbegin(); read != readNow.cend(); ++read) {
        if (!attributes.contains(read.key()))
            attributes.insert(read.key(), read.value());
    }
    return attributes;
}


const Span *findSpan(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return &span;
    }
    return nullptr;
}

EditListResult updated(const AnnotationSet &set, Span span, ReviewStatus status, const EditContext &context)
{
    span.status = statusAfterEdit(span.status, status);
    span.modified = context.now;
    span.provenance.reviewer = context.reviewer;
    auto edit = updateSpan(set, std::move(span));
    if (!edit)
        return edit.error();
    return EditList{*edit};
}

// "Apple" read as ORG, then each mention relabelled PER: when the last mention still carrying
// its entity's label takes another, the entity takes that label too, in the same edit. Speaker
// mentions ("he") in the entity never carry an entity label and do not hold it back.
std::optional<Cluster> clusterRelabelledWith(const AnnotationSet &set, const QString &spanId, const QString &label)
{
    const Cluster *cluster = clusterOfMention(set, spanId);
    if (!cluster || cluster->label == label)
        return std::nullopt;
    for (const Relation &relation : set.relations) {
        if (relation.type != "cluster"_L1 || relation.to != cluster->id || relation.from == spanId
            || relation.status == ReviewStatus::Rejected)
            continue;
        const Span *other = findSpan(set, relation.from);
        if (other && other->status != ReviewStatus::Rejected && other->label == cluster->label)
            return std::nullopt;
    }
    Cluster relabelled = *cluster;
    relabelled.label = label;
    return relabelled;
}

EditError noSpan(const QString &id) { return EditError{u"there is no span \"%1\""_s.arg(id)}; }

// The edits, then the cluster's update.
EditListResult withClusterEdit(const AnnotationSet &set, EditList edits, Cluster cluster)
{
    auto clusterEdit = updateCluster(set, std::move(cluster));
    if (!clusterEdit)
        return clusterEdit.error();
    edits.append(*clusterEdit);
    return edits;
}

// The span under another label; attributes the new label does not carry are dropped.
// The span under `label`: attributes the label has no place for go, and those `read` from its
// words fill the places still empty (a count relabelled money keeps the value a reviewer typed).
Span withLabel(Span span, const LabelSchema &schema, const QString &label, const QVariantMap &read = {})
{
    span.label = label;
    for (auto it = span.attributes.begin(); it != span.attributes.end();)
        it = schema.attribute(it.key(), label) ? std::next(it) : span.attributes.erase(it);
    for (auto it = read.cbegin(); it != read.cend(); ++it) {
        if (schema.attribute(it.key(), label) && !span.attributes.contains(it.key()))
            span.attributes.insert(it.key(), it.value());
    }
    return span;
}

bool isEntityLabel(const LabelSchema &schema, const QString &label)
{
    const LabelDefinition *definition = schema.label(label);
    return definition && definition->group == LabelGroup::Entity;
}

std::optional<EditError> notAnEntityLabel(const LabelSchema &schema, const QString &label)
{
    if (!schema.label(label))
        return EditError{u"the schema has no label %1"_s.arg(label)};
    if (isEntityLabel(schema, label))
        return std::nullopt;
    QStringList entityLabels;
    for (const LabelDefinition &definition : schema.labels) {
        if (definition.group == LabelGroup::Entity)
            entityLabels.append(definition.name);
    }
    return EditError{u"an entity takes an entity label (%1), not %2"_s.arg(entityLabels.join(u", "_s), label)};
}

// Each name not rejected that carries an entity label other than `label`, relabelled.
EditListResult relabelledNames(const AnnotationSet &set, const LabelSchema &schema, const QStringList &spanIds,
                               const QString &label, const EditContext &context)
{
    EditList edits;
    for (const QString &id : spanIds) {
        const Span *span = findSpan(set, id);
        if (!span)
            return noSpan(id);
        if (span->status == ReviewStatus::Rejected || span->label == label || !isEntityLabel(schema, span->label))
            continue;
        auto edit = updated(set, withLabel(*span, schema, label), ReviewStatus::Edited, context);
        if (!edit)
            return edit;
        edits.append(*edit);
    }
    return edits;
}

} // namespace

EditListResult setSpanStatus(const AnnotationSet &set, const QString &spanId, ReviewStatus status,
                             const EditContext &context)
{
    const Span *span = findSpan(set, spanId);
    if (!span)
        return noSpan(spanId);
    if (span->status == status)
        return EditList{};
    EditListResult edits = updated(set, *span, status, context);
    if (edits)
        edits->append(partsFollowingQuote(set, *span, status, context));
    return edits;
}

EditListResult setSpansStatus(const AnnotationSet &set, const QStringList &spanIds, ReviewStatus status,
                              const EditContext &context)
{
    EditList edits;
    for (const QString &id : spanIds) {
        const Span *span = findSpan(set, id);
        if (!span)
            return noSpan(id);
        if (span->status == status || (status == ReviewStatus::Accepted && span->status == ReviewStatus::Rejected))
            continue;
        auto edit = updated(set, *span, status, context);
        if (!edit)
            return edit;
        edits.append(*edit);
    }
    return edits;
}

EditListResult relabelSpan(const AnnotationSet &set, const LabelSchema &schema, const QString &spanId,
                           const QString &label, const EditContext &context)
{
    const Span *span = findSpan(set, spanId);
    if (!span)
        return noSpan(spanId);
    if (!schema.label(label))
        return EditError{u"the schema has no label %1"_s.arg(label)};
    if (span->label == label)
        return EditList{};
    const QVariantMap read = context.readAttributes ? context.readAttributes(label, span->start, span->end) : QVariantMap();
    EditListResult edits = updated(set, withLabel(*span, schema, label, read), ReviewStatus::Edited, context);
    if (edits) {
        // an entity's label is an entity label: a mention made a speaker or a date leaves it be
        if (std::optional<Cluster> relabelled =
                isEntityLabel(schema, label) ? clusterRelabelledWith(set, spanId, label) : std::nullopt)
            return withClusterEdit(set, std::move(*edits), std::move(*relabelled));
    }
    return edits;
}

EditListResult relabelEntity(const AnnotationSet &set, const LabelSchema &schema, const QString &clusterId,
                             const QString &label, const EditContext &context)
{
    if (auto error = notAnEntityLabel(schema, label))
        return *error;
    const auto cluster = std::find_if(set.clusters.cbegin(), set.clusters.cend(),
                                      [&](const Cluster &candidate) { return candidate.id == clusterId; });
    if (cluster == set.clusters.cend())
        return EditError{u"there is no entity “%1” (name a cluster by its id or its canonical name)"_s.arg(clusterId)};
    QStringList names;
    for (const Relation &relation : set.relations) {
        if (relation.type == "cluster"_L1 && relation.to == clusterId && relation.status != ReviewStatus::Rejected)
            names.append(relation.from);
    }
    EditListResult edits = relabelledNames(set, schema, names, label, context);
    if (!edits || cluster->label == label)
        return edits;
    Cluster relabelled = *cluster;
    relabelled.label = label;
    return withClusterEdit(set, std::move(*edits), std::move(relabelled));
}

EditListResult relabelNames(const AnnotationSet &set, const LabelSchema &schema, const QStringList &spanIds,
                            const QString &label, const EditContext &context)
{
    if (auto error = notAnEntityLabel(schema, label))
        return *error;
    return relabelledNames(set, schema, spanIds, label, context);
}

EditListResult resizeSpan(const AnnotationSet &set, const QString &spanId, int start, int end,
                          const EditContext &context)
{
    const Span *span = findSpan(set, spanId);
    if (!span)
        return noSpan(spanId);
    if (start < 0 || end > set.text.size() || start >= end)
        return EditError{u"a span cannot be empty or leave the text"_s};
    if (start == span->start && end == span->end && span->anchor != AnchorState::Orphaned)
        return EditList{};
    Span changed = *span;
    changed.start = start;
    changed.end = end;
    changed.text = set.text.mid(start, end - start);
    changed.quote = textQuoteAt(set.text, start, end);
    changed.dom = context.locate ? context.locate(start, end) : std::nullopt;
    changed.anchor = AnchorState::Anchored;
    // "108,076 civilians" widened to "over 108,076 civilians" gains its modifier, and shrunk back
    // loses it: what the old words read as is read again from the new ones. A value that differs
    // from the old words' reading was typed by the reviewer and stays.
    if (context.readAttributes)
        changed.attributes = rereadAttributes(span->attributes, context.readAttributes(span->label, span->start, span->end),
                                              context.readAttributes(changed.label, start, end));
    return updated(set, std::move(changed), ReviewStatus::Edited, context);
}

EditListResult addNewSpan(const AnnotationSet &set, const LabelSchema &schema, const QString &label, int start,
                          int end, const EditContext &context)
{
    if (!schema.label(label))
        return EditError{u"the schema has no label %1"_s.arg(label)};
    if (start < 0 || end > set.text.size() || start > end)
        return EditError{u"%1-%2 is not inside the text"_s.arg(start).arg(end)};
    trimRange(set.text, start, end);
    if (start == end)
        return EditError{u"a span cannot be empty"_s};
    // A name or a number lies within a paragraph (a line break inside one, as a hard-wrapped text
    // has, may fall in it); a selection across several (Ctrl+A and a label key) is a slip, not a
    // span. What was said may run on over paragraphs.
    const QStringView words = QStringView(set.text).mid(start, end - start);
    if (schema.label(label)->group != LabelGroup::Quote && (words.contains(u"\n\n") || words.count(u'\n') > 1))
        return EditError{u"a %1 span cannot run across paragraphs: select words within one"_s.arg(label)};
    // A second span of the same words and label would count twice in agreement and gold.
    for (const Span &existing : set.spans) {
        if (existing.label == label && existing.start == start && existing.end == end && existing.status != ReviewStatus::Rejected)
            return EditError{u"%1 is a %2 span already (%3)"_s.arg(quotedText(existing.text), label, existing.id)};
    }
    Span span;
    span.id = unusedId(set, u's');
    span.label = label;
    span.start = start;
    span.end = end;
    span.text = set.text.mid(start, end - start);
    span.quote = textQuoteAt(set.text, start, end);
    span.dom = context.locate ? context.locate(start, end) : std::nullopt;
    if (context.readAttributes)
        span = withLabel(std::move(span), schema, label, context.readAttributes(label, start, end));
    span.status = ReviewStatus::Added;
    span.created = context.now;
    span.modified = context.now;
    span.provenance.reviewer = context.reviewer;
    return EditList{addSpan(std::move(span))};
}

EditListResult setSpanAttribute(const AnnotationSet &set, const LabelSchema &schema, const QString &spanId,
                                const QString &name, const QVariant &value, const EditContext &context)
{
    const Span *span = findSpan(set, spanId);
    if (!span)
        return noSpan(spanId);
    Span changed = *span;
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        changed.attributes.remove(name);
    else
        changed.attributes.insert(name, value);
    if (changed.attributes == span->attributes)
        return EditList{};
    for (const AttributeProblem &problem : validateSpanAttributes(schema, changed)) {
        if (problem.attribute == name)
            return EditError{u"%1 is not a valid %2: %3"_s.arg(value.toString(), name, problem.reason)};
    }
    return updated(set, std::move(changed), ReviewStatus::Edited, context);
}

namespace {

// A symbol of the schema's list as a keyboard types it: ">=" for "≥", "<=" for "≤", "~" for "≈".
QString typedSymbol(const AttributeDefinition &definition, const QString &text)
{
    static const QList<std::pair<QString, QString>> typed = {
        {u">="_s, u"\u2265"_s}, {u"=>"_s, u"\u2265"_s}, {u"<="_s, u"\u2264"_s}, {u"=<"_s, u"\u2264"_s},
        {u"~"_s, u"\u2248"_s},  {u"~="_s, u"\u2248"_s},
    };
    if (definition.type != AttributeType::Enum || definition.values.contains(text))
        return text;
    for (const auto &[written, symbol] : typed) {
        if (text == written && definition.values.contains(symbol))
            return symbol;
    }
    return text;
}

} // namespace

EditListResult setSpanAttributeText(const AnnotationSet &set, const LabelSchema &schema, const QString &spanId,
                                    const QString &name, const QString &text, const EditContext &context)
{
    const Span *span = findSpan(set, spanId);
    if (!span)
        return noSpan(spanId);
    const AttributeDefinition *definition = schema.attribute(name, span->label);
    if (!definition)
        return EditError{u"a %1 span has no attribute %2"_s.arg(span->label, name)};
    if (text.isEmpty())
        return setSpanAttribute(set, schema, spanId, name, QVariant(), context);
    if (definition->type == AttributeType::Number) {
        bool number = false;
        double value = context.numberLocale ? context.numberLocale->toDouble(text, &number) : 0;
        if (!number)
            value = QLocale::c().toDouble(text, &number);
        if (!number)
            return EditError{u"%1 is not a number"_s.arg(text)};
        return setSpanAttribute(set, schema, spanId, name, value, context);
    }
    if (definition->type == AttributeType::Bool) {
        if (text != u"true"_s && text != u"false"_s)
            return EditError{u"%1 takes true or false, not %2"_s.arg(name, text)};
        return setSpanAttribute(set, schema, spanId, name, text == u"true"_s, context);
    }
    return setSpanAttribute(set, schema, spanId, name, typedSymbol(*definition, text), context);
}

EditListResult renameClusterTo(const AnnotationSet &set, const QString &clusterId, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return EditError{u"a cluster's name cannot be empty"_s};
    for (const Cluster &cluster : set.clusters) {
        if (cluster.id != clusterId)
            continue;
        if (cluster.canonical == trimmed)
            return EditList{};
        Cluster renamed = cluster;
        renamed.canonical = trimmed;
        auto edit = updateCluster(set, std::move(renamed));
        if (!edit)
            return edit.error();
        return EditList{*edit};
    }
    return EditError{u"there is no cluster \"%1\""_s.arg(clusterId)};
}

QList<Cluster> clustersNamed(const AnnotationSet &set, const QString &name)
{
    const QString wanted = name.simplified();
    QList<Cluster> named;
    for (const Cluster &cluster : set.clusters) {
        if (!wanted.isEmpty() && cluster.canonical.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            named.append(cluster);
    }
    return named;
}

EditListResult setDocumentNotes(const AnnotationSet &set, const QString &notes)
{
    if (set.document.notes == notes)
        return EditList{};
    DocumentFields fields = set.document;
    fields.notes = notes;
    return EditList{setDocumentFields(set, std::move(fields))};
}

EditListResult setDocumentStatus(const AnnotationSet &set, DocumentStatus status)
{
    if (set.document.status == status)
        return EditList{};
    DocumentFields fields = set.document;
    fields.status = status;
    return EditList{setDocumentFields(set, std::move(fields))};
}

} // namespace galley
