#include "annotation/quote_parts.h"

namespace galley {

namespace {

bool isPartRelation(const Relation &relation)
{
    return relation.type == u"speaker" || relation.type == u"cue";
}

const Span *spanById(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return &span;
    }
    return nullptr;
}

// Whether a quote other than `quoteId`, not rejected, links to the part.
bool usedByAnotherQuote(const AnnotationSet &set, const QString &partId, const QString &quoteId)
{
    for (const Relation &relation : set.relations) {
        if (!isPartRelation(relation) || relation.to != partId || relation.from == quoteId
            || relation.status == ReviewStatus::Rejected)
            continue;
        const Span *other = spanById(set, relation.from);
        if (other && other->status != ReviewStatus::Rejected)
            return true;
    }
    return false;
}

std::optional<AnnotationEdit> withStatus(const AnnotationSet &set, Span part, ReviewStatus status,
                                         const EditContext &context)
{
    part.status = status;
    part.modified = context.now;
    part.provenance.reviewer = context.reviewer;
    auto edit = updateSpan(set, std::move(part));
    return edit ? std::optional<AnnotationEdit>(*edit) : std::nullopt;
}

} // namespace

bool isQuotePartLabel(const QString &label)
{
    return label == u"SPEAKER" || label == u"CUE";
}

EditList partsFollowingQuote(const AnnotationSet &set, const Span &quote, ReviewStatus status,
                             const EditContext &context)
{
    EditList edits;
    QStringList done;
    for (const Relation &relation : set.relations) {
        if (!isPartRelation(relation) || relation.from != quote.id || done.contains(relation.to))
            continue;
        const Span *part = spanById(set, relation.to);
        if (!part || !isQuotePartLabel(part->label))
            continue;
        done.append(part->id);
        const bool follows = status == ReviewStatus::Rejected
                                 ? part->status != ReviewStatus::Rejected && !usedByAnotherQuote(set, part->id, quote.id)
                                 : status == ReviewStatus::Accepted
                                       && (part->status == ReviewStatus::Pending
                                           || (part->status == ReviewStatus::Rejected && quote.status == ReviewStatus::Rejected));
        if (!follows)
            continue;
        if (auto edit = withStatus(set, *part, status, context))
            edits.append(*edit);
    }
    return edits;
}

EditList leftPartRejected(const AnnotationSet &set, const QString &partId, const QString &quoteId,
                          const EditContext &context)
{
    const Span *part = spanById(set, partId);
    if (!part || !isQuotePartLabel(part->label) || part->status == ReviewStatus::Rejected
        || usedByAnotherQuote(set, partId, quoteId))
        return {};
    if (auto edit = withStatus(set, *part, ReviewStatus::Rejected, context))
        return {*edit};
    return {};
}

} // namespace galley
