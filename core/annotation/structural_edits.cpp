#include "annotation/structural_edits.h"

#include "annotation/annotation_validation.h"
#include "annotation/quote_parts.h"
#include "annotation/text_quote.h"

#include <algorithm>

namespace galley {

using namespace Qt::StringLiterals;

QString quotedText(const QString &text)
{
    const QString shown = text.simplified();
    return u"“"_s + (shown.size() <= 40 ? shown : shown.left(39) + u"…"_s) + u"”"_s;
}

ReviewStatus statusAfterEdit(ReviewStatus current, ReviewStatus wanted)
{
    return current == ReviewStatus::Added && wanted == ReviewStatus::Edited ? current : wanted;
}

void trimRange(QStringView text, int &start, int &end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
}


namespace {

const QString kCluster = u"cluster"_s;

const Span *findSpan(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return &span;
    }
    return nullptr;
}

qsizetype spanIndex(const AnnotationSet &set, const QString &id)
{
    for (qsizetype i = 0; i < set.spans.size(); ++i) {
        if (set.spans[i].id == id)
            return i;
    }
    return -1;
}

const Cluster *findCluster(const AnnotationSet &set, const QString &id)
{
    for (const Cluster &cluster : set.clusters) {
        if (cluster.id == id)
            return &cluster;
    }
    return nullptr;
}

// The code point starting at `offset`, or the one ending there.
char32_t codePointAt(QStringView text, qsizetype offset)
{
    const QChar c = text[offset];
    if (c.isHighSurrogate() && offset + 1 < text.size() && text[offset + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[offset + 1]);
    return c.unicode();
}

char32_t codePointBefore(QStringView text, qsizetype offset)
{
    const QChar c = text[offset - 1];
    if (c.isLowSurrogate() && offset >= 2 && text[offset - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[offset - 2], c);
    return c.unicode();
}

bool isWordCodePoint(char32_t c) { return QChar::isLetterOrNumber(c) || QChar::isMark(c); }

bool splitsSurrogatePair(QStringView text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text[offset].isLowSurrogate() && text[offset - 1].isHighSurrogate();
}

// A span on [start, end) of the text, its text, quote and DOM range refreshed.
Span placed(Span span, const QString &text, int start, int end, const EditContext &context)
{
    span.start = start;
    span.end = end;
    span.text = text.mid(start, end - start);
    span.quote = textQuoteAt(text, start, end);
    span.dom = context.locate ? context.locate(start, end) : std::nullopt;
    span.anchor = AnchorState::Anchored;
    return span;
}

Span stamped(Span span, ReviewStatus status, const EditContext &context)
{
    span.status = statusAfterEdit(span.status, status);
    span.modified = context.now;
    span.provenance.reviewer = context.reviewer;
    return span;
}

Relation stamped(Relation relation, ReviewStatus status, const EditContext &context)
{
    relation.status = statusAfterEdit(relation.status, status);
    relation.modified = context.now;
    relation.provenance.reviewer = context.reviewer;
    return relation;
}

// Hands out ids with one prefix, each past the last, for actions that add several items.
class IdSource
{
public:
    IdSource(const AnnotationSet &set, QChar prefix) : m_set(set), m_prefix(prefix) {}
    QString next() { return unusedId(m_set, m_prefix, m_given++); }

private:
    const AnnotationSet &m_set;
    QChar m_prefix;
    int m_given = 0;
};

} // namespace

QString unusedId(const AnnotationSet &set, QChar prefix, int skip)
{
    int highest = 0;
    const auto consider = [&](const QString &id) {
        if (id.startsWith(prefix))
            highest = std::max(highest, QStringView(id).mid(1).toInt());
    };
    for (const Span &span : set.spans)
        consider(span.id);
    for (const Relation &relation : set.relations)
        consider(relation.id);
    for (const Cluster &cluster : set.clusters)
        consider(cluster.id);
    return prefix + QString::number(highest + 1 + skip);
}

const Cluster *clusterOfMention(const AnnotationSet &set, const QString &mentionId)
{
    for (const Relation &relation : set.relations) {
        if (relation.type == kCluster && relation.from == mentionId && relation.status != ReviewStatus::Rejected)
            return findCluster(set, relation.to);
    }
    return nullptr;
}

EditListResult applyEdits(AnnotationSet &set, const EditList &edits)
{
    EditList inverses;
    for (const AnnotationEdit &edit : edits) {
        auto inverse = applyEdit(set, edit);
        if (!inverse) {
            for (const AnnotationEdit &undo : std::as_const(inverses))
                (void)applyEdit(set, undo);
            return inverse.error();
        }
        inverses.prepend(std::move(inverse).value());
    }
    return inverses;
}

std::optional<int> splitPointOf(const QString &text, const Span &span, std::optional<int> caret)
{
    const int target = caret ? *caret : span.start + (span.end - span.start) / 2;
    std::optional<int> best;
    for (int at = span.start + 1; at < span.end; ++at) {
        if (splitsSurrogatePair(text, at) || !isWordCodePoint(codePointAt(text, at))
            || isWordCodePoint(codePointBefore(text, at)))
            continue;
        if (!best || std::abs(at - target) < std::abs(*best - target))
            best = at;
    }
    return best;
}

EditListResult splitSpan(const AnnotationSet &set, const QString &spanId, int at, const EditContext &context)
{
    const qsizetype index = spanIndex(set, spanId);
    if (index < 0)
        return EditError{u"there is no span \"%1\""_s.arg(spanId)};
    const Span &span = set.spans[index];
    if (span.anchor == AnchorState::Orphaned)
        return EditError{u"span %1 is orphaned: reattach it before splitting it"_s.arg(spanId)};
    if (at <= span.start || at >= span.end)
        return EditError{u"%1 can only be split inside it (%2 is not between its ends)"_s.arg(quotedText(span.text)).arg(at)};
    if (splitsSurrogatePair(set.text, at))
        return EditError{u"%1 cannot be split inside a character"_s.arg(quotedText(span.text))};
    int firstEnd = at;
    while (firstEnd > span.start && set.text.at(firstEnd - 1).isSpace())
        --firstEnd;
    int secondStart = at;
    while (secondStart < span.end && set.text.at(secondStart).isSpace())
        ++secondStart;
    if (firstEnd == span.start || secondStart == span.end)
        return EditError{u"splitting %1 there would leave an empty part"_s.arg(quotedText(span.text))};

    EditList edits;
    auto first = updateSpan(set, stamped(placed(span, set.text, span.start, firstEnd, context), ReviewStatus::Edited, context));
    if (!first)
        return first.error();
    edits.append(*first);

    Span second = stamped(placed(span, set.text, secondStart, span.end, context), ReviewStatus::Added, context);
    second.id = unusedId(set, u's');
    second.created = context.now;
    edits.append(SpanChange{std::nullopt, second, int(index + 1)});

    IdSource relationIds(set, u'r');
    for (const Relation &relation : set.relations) {
        if (relation.from != spanId)
            continue;
        Relation copy = stamped(relation, ReviewStatus::Added, context);
        copy.id = relationIds.next();
        copy.from = second.id;
        copy.created = context.now;
        edits.append(addRelation(std::move(copy)));
    }
    return edits;
}

QString nextSpanWithLabel(const AnnotationSet &set, const QString &spanId)
{
    const Span *selected = findSpan(set, spanId);
    if (!selected)
        return {};
    const Span *next = nullptr;
    const auto before = [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end > b.end : a.id < b.id;
    };
    for (const Span &span : set.spans) {
        if (span.id == spanId || span.label != selected->label || span.status == ReviewStatus::Rejected
            || span.anchor == AnchorState::Orphaned || !before(*selected, span))
            continue;
        if (!next || before(span, *next))
            next = &span;
    }
    return next ? next->id : QString();
}

EditListResult mergeSpans(const AnnotationSet &set, const QString &firstId, const QString &secondId,
                          const EditContext &context)
{
    const Span *a = findSpan(set, firstId);
    const Span *b = findSpan(set, secondId);
    if (!a || !b)
        return EditError{u"there is no span \"%1\""_s.arg(a ? secondId : firstId)};
    if (firstId == secondId)
        return EditError{u"a span cannot be merged with itself"_s};
    if (a->label != b->label)
        return EditError{u"%1 (%2) and %3 (%4) have different labels"_s.arg(quotedText(a->text), a->label,
                                                                             quotedText(b->text), b->label)};
    if (a->anchor == AnchorState::Orphaned || b->anchor == AnchorState::Orphaned)
        return EditError{u"an orphaned span cannot be merged: reattach it first"_s};
    const bool aFirst = a->start != b->start ? a->start < b->start : a->end >= b->end;
    const Span &kept = aFirst ? *a : *b;
    const Span &gone = aFirst ? *b : *a;
    if (gone.start > kept.end) {
        QStringView gap = QStringView(set.text).mid(kept.end, gone.start - kept.end);
        for (qsizetype i = 0; i < gap.size(); ++i) {
            if (isWordCodePoint(codePointAt(gap, i)))
                return EditError{u"%1 and %2 are not adjacent: %3 lies between them"_s.arg(
                    quotedText(kept.text), quotedText(gone.text), quotedText(gap.toString()))};
        }
    }

    EditList edits;
    const auto hasOwn = [&](const QString &type, bool from) {
        return std::any_of(set.relations.cbegin(), set.relations.cend(), [&](const Relation &relation) {
            return relation.type == type && (from ? relation.from == kept.id : relation.to == kept.id);
        });
    };
    for (const Relation &relation : set.relations) {
        const bool from = relation.from == gone.id;
        const bool to = relation.to == gone.id && !relationLinksCluster(relation);
        if (!from && !to)
            continue;
        const bool selfLink = (from ? relation.to : relation.from) == kept.id;
        if (selfLink || (from && hasOwn(relation.type, true))
            || (to && std::any_of(set.relations.cbegin(), set.relations.cend(), [&](const Relation &other) {
                   return other.type == relation.type && other.from == relation.from && other.to == kept.id;
               }))) {
            auto removal = removeRelation(set, relation.id);
            if (!removal)
                return removal.error();
            edits.append(*removal);
            continue;
        }
        Relation moved = stamped(relation, ReviewStatus::Edited, context);
        (from ? moved.from : moved.to) = kept.id;
        auto update = updateRelation(set, moved);
        if (!update)
            return update.error();
        edits.append(*update);
    }
    auto removal = removeSpan(set, gone.id);
    if (!removal)
        return removal.error();
    edits.append(*removal);

    Span merged = placed(kept, set.text, kept.start, std::max(kept.end, gone.end), context);
    for (auto it = gone.attributes.cbegin(); it != gone.attributes.cend(); ++it) {
        if (!merged.attributes.contains(it.key()))
            merged.attributes.insert(it.key(), it.value());
    }
    auto update = updateSpan(set, stamped(std::move(merged), ReviewStatus::Edited, context));
    if (!update)
        return update.error();
    edits.append(*update);
    return edits;
}

EditListResult mergeClusters(const AnnotationSet &set, const QString &targetId, const QString &sourceId,
                             const EditContext &context)
{
    const Cluster *target = findCluster(set, targetId);
    const Cluster *source = findCluster(set, sourceId);
    if (!target || !source)
        return EditError{u"there is no cluster \"%1\""_s.arg(target ? sourceId : targetId)};
    if (targetId == sourceId)
        return EditError{u"a cluster cannot be merged with itself"_s};
    EditList edits;
    for (const Relation &relation : set.relations) {
        if (!relationLinksCluster(relation) || relation.to != sourceId)
            continue;
        Relation moved = stamped(relation, ReviewStatus::Edited, context);
        moved.to = targetId;
        auto update = updateRelation(set, moved);
        if (!update)
            return update.error();
        edits.append(*update);
    }
    auto removal = removeCluster(set, sourceId);
    if (!removal)
        return removal.error();
    edits.append(*removal);
    return edits;
}

EditListResult splitFromCluster(const AnnotationSet &set, const QStringList &mentionIds, const EditContext &context)
{
    if (mentionIds.isEmpty())
        return EditError{u"name the mentions to split from their cluster"_s};
    const Cluster *from = nullptr;
    QList<const Relation *> links;
    QString name;
    for (const QString &id : mentionIds) {
        const Span *mention = findSpan(set, id);
        if (!mention)
            return EditError{u"there is no span \"%1\""_s.arg(id)};
        const Cluster *cluster = clusterOfMention(set, id);
        if (!cluster)
            return EditError{u"%1 is in no cluster"_s.arg(quotedText(mention->text))};
        if (from && cluster != from)
            return EditError{u"%1 is in cluster %2, not %3: split mentions of one cluster at a time"_s.arg(
                quotedText(mention->text), cluster->id, from->id)};
        from = cluster;
        if (mention->text.simplified().size() > name.size())
            name = mention->text.simplified();
    }
    for (const Relation &relation : set.relations) {
        if (relationLinksCluster(relation) && relation.to == from->id && relation.status != ReviewStatus::Rejected
            && mentionIds.contains(relation.from))
            links.append(&relation);
    }
    const bool othersRemain = std::any_of(set.relations.cbegin(), set.relations.cend(), [&](const Relation &relation) {
        return relationLinksCluster(relation) && relation.to == from->id && relation.status != ReviewStatus::Rejected
               && !mentionIds.contains(relation.from);
    });
    if (!othersRemain)
        return EditError{u"these are all the mentions of %1: nothing would be left to split from"_s.arg(
            quotedText(from->canonical.isEmpty() ? from->id : from->canonical))};

    Cluster created;
    created.id = unusedId(set, u'c');
    created.label = from->label;
    created.canonical = name;
    const qsizetype position = std::find(set.clusters.cbegin(), set.clusters.cend(), *from) - set.clusters.cbegin();
    EditList edits{ClusterChange{std::nullopt, created, int(position + 1)}};
    for (const Relation *link : std::as_const(links)) {
        Relation moved = stamped(*link, ReviewStatus::Edited, context);
        moved.to = created.id;
        auto update = updateRelation(set, moved);
        if (!update)
            return update.error();
        edits.append(*update);
    }
    return edits;
}

EditListResult linkQuote(const AnnotationSet &set, const LabelSchema &schema, const QString &type,
                         const QString &quoteId, const QString &targetId, const EditContext &context)
{
    const Span *quote = findSpan(set, quoteId);
    const Span *target = findSpan(set, targetId);
    if (!quote || !target)
        return EditError{u"there is no span \"%1\""_s.arg(quote ? targetId : quoteId)};
    const RelationDefinition *definition = schema.relation(type);
    if (definition && !definition->from.contains(quote->label))
        return EditError{u"a %1 span has no %2"_s.arg(quote->label, type)};
    if (definition && !definition->to.contains(target->label))
        return EditError{u"%1 (%2) cannot be the %3 of %4"_s.arg(quotedText(target->text), target->label, type,
                                                                 quotedText(quote->text))};
    // A speaker or cue span rejected (left by another quote, or its quote rejected) comes back.
    EditList restored;
    if (isQuotePartLabel(target->label) && target->status == ReviewStatus::Rejected) {
        auto restore = updateSpan(set, stamped(*target, ReviewStatus::Accepted, context));
        if (!restore)
            return restore.error();
        restored.append(*restore);
    }
    for (const Relation &relation : set.relations) {
        if (relation.type != type || relation.from != quoteId)
            continue;
        if (relation.to == targetId && relation.status != ReviewStatus::Rejected)
            return restored;
        Relation changed = stamped(relation, ReviewStatus::Edited, context);
        changed.to = targetId;
        auto update = updateRelation(set, changed);
        if (!update)
            return update.error();
        // The speaker or cue span it leaves would stay behind as a finding of its own.
        return restored + EditList{*update} + leftPartRejected(set, relation.to, quoteId, context);
    }
    Relation relation;
    relation.id = unusedId(set, u'r');
    relation.type = type;
    relation.from = quoteId;
    relation.to = targetId;
    relation.created = context.now;
    return restored + EditList{addRelation(stamped(std::move(relation), ReviewStatus::Added, context))};
}

EditListResult setCueText(const AnnotationSet &set, const LabelSchema &schema, const QString &quoteId, int start,
                          int end, const EditContext &context)
{
    const QString cueLabel = u"CUE"_s;
    if (!findSpan(set, quoteId))
        return EditError{u"there is no span \"%1\""_s.arg(quoteId)};
    if (start < 0 || end > set.text.size() || start > end)
        return EditError{u"%1-%2 is not inside the text"_s.arg(start).arg(end)};
    trimRange(set.text, start, end);
    if (start == end)
        return EditError{u"a cue cannot be empty"_s};
    for (const Span &span : set.spans) {
        if (span.label == cueLabel && span.start == start && span.end == end && span.anchor != AnchorState::Orphaned)
            return linkQuote(set, schema, u"cue"_s, quoteId, span.id, context);
    }
    Span cue;
    cue.id = unusedId(set, u's');
    cue.label = cueLabel;
    cue.created = context.now;
    cue = stamped(placed(std::move(cue), set.text, start, end, context), ReviewStatus::Added, context);
    AnnotationSet withCue = set;
    const AnnotationEdit add = addSpan(cue);
    if (auto added = applyEdit(withCue, add); !added)
        return added.error();
    auto link = linkQuote(withCue, schema, u"cue"_s, quoteId, cue.id, context);
    if (!link)
        return link.error();
    link->prepend(add);
    return link;
}

} // namespace galley
