#include "annotation/annotation_edit.h"

#include "annotation/annotation_validation.h"

#include <QHash>

#include <algorithm>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

template<typename Item>
qsizetype indexOfId(const QList<Item> &items, const QString &id)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const Item &item) { return item.id == id; });
    return found == items.end() ? -1 : found - items.begin();
}

template<typename Item> QString kindName();
template<> QString kindName<Span>() { return u"span"_s; }
template<> QString kindName<Relation>() { return u"relation"_s; }
template<> QString kindName<Cluster>() { return u"cluster"_s; }

template<typename Item>
Expected<AnnotationEdit, EditError> changeOf(const QList<Item> &items, const QString &id, std::optional<Item> after)
{
    const qsizetype index = indexOfId(items, id);
    if (index < 0)
        return EditError{u"there is no %1 \"%2\""_s.arg(kindName<Item>(), id)};
    return AnnotationEdit(ItemChange<Item>{items[index], std::move(after), int(index)});
}

QList<Span> &itemsOf(AnnotationSet &set, const Span *) { return set.spans; }
QList<Relation> &itemsOf(AnnotationSet &set, const Relation *) { return set.relations; }
QList<Cluster> &itemsOf(AnnotationSet &set, const Cluster *) { return set.clusters; }

// Why `item` cannot be in the set as it will be, or empty.
QString itemProblem(const AnnotationSet &set, const Span &span) { return spanProblem(span, set.text); }
QString itemProblem(const AnnotationSet &set, const Relation &relation) { return relationProblem(relation, set); }
QString itemProblem(const AnnotationSet &, const Cluster &cluster) { return clusterProblem(cluster); }

// Why removing the item would leave a relation dangling, or empty.
template<typename Item>
QString removalProblem(const AnnotationSet &set, const Item &item)
{
    if constexpr (std::is_same_v<Item, Relation>) {
        return {};
    } else {
        for (const Relation &relation : set.relations) {
            const bool pointsHere = std::is_same_v<Item, Span>
                ? relation.from == item.id || (!relationLinksCluster(relation) && relation.to == item.id)
                : relationLinksCluster(relation) && relation.to == item.id;
            if (pointsHere)
                return u"%1 %2 is used by relation %3; remove the relation first"_s.arg(kindName<Item>(), item.id,
                                                                                      relation.id);
        }
        return {};
    }
}

template<typename Item>
Expected<AnnotationEdit, EditError> applyChange(AnnotationSet &set, const ItemChange<Item> &change)
{
    QList<Item> &items = itemsOf(set, static_cast<const Item *>(nullptr));
    const QString kind = kindName<Item>();
    if (!change.before && !change.after)
        return EditError{u"an edit of a %1 must name the %1 before or after it"_s.arg(kind)};

    qsizetype index = -1;
    if (change.before) {
        index = indexOfId(items, change.before->id);
        if (index < 0)
            return EditError{u"there is no %1 \"%2\""_s.arg(kind, change.before->id)};
        if (!(items[index] == *change.before))
            return EditError{u"%1 %2 has changed since this edit was made"_s.arg(kind, change.before->id)};
    }

    if (!change.after) {
        if (const QString problem = removalProblem(set, *change.before); !problem.isEmpty())
            return EditError{problem};
        items.removeAt(index);
        return AnnotationEdit(ItemChange<Item>{std::nullopt, change.before, int(index)});
    }

    if (change.before && change.after->id != change.before->id)
        return EditError{u"a %1's id cannot change (%2 → %3)"_s.arg(kind, change.before->id, change.after->id)};
    if (!change.before && indexOfId(items, change.after->id) >= 0)
        return EditError{u"there already is a %1 \"%2\""_s.arg(kind, change.after->id)};
    if (const QString problem = itemProblem(set, *change.after); !problem.isEmpty())
        return EditError{problem};

    if (change.before) {
        items[index] = *change.after;
        return AnnotationEdit(ItemChange<Item>{change.after, change.before, int(index)});
    }
    const qsizetype position = change.position >= 0 && change.position <= items.size() ? change.position
                                                                                         : items.size();
    items.insert(position, *change.after);
    return AnnotationEdit(ItemChange<Item>{change.after, std::nullopt, int(position)});
}

Expected<AnnotationEdit, EditError> applyChange(AnnotationSet &set, const DocumentFieldsChange &change)
{
    if (!(set.document == change.before))
        return EditError{u"the document fields have changed since this edit was made"_s};
    set.document = change.after;
    return AnnotationEdit(DocumentFieldsChange{change.after, change.before});
}

QString quoted(const QString &text)
{
    return u"“"_s + (text.size() <= 40 ? text : text.left(39) + u"…"_s) + u"”"_s;
}

} // namespace

AnnotationEdit addSpan(Span span) { return SpanChange{std::nullopt, std::move(span), -1}; }
AnnotationEdit addRelation(Relation relation) { return RelationChange{std::nullopt, std::move(relation), -1}; }
AnnotationEdit addCluster(Cluster cluster) { return ClusterChange{std::nullopt, std::move(cluster), -1}; }

Expected<AnnotationEdit, EditError> updateSpan(const AnnotationSet &set, Span span)
{
    const QString id = span.id;
    return changeOf(set.spans, id, std::optional<Span>(std::move(span)));
}

Expected<AnnotationEdit, EditError> removeSpan(const AnnotationSet &set, const QString &id)
{
    return changeOf<Span>(set.spans, id, std::nullopt);
}

Expected<AnnotationEdit, EditError> updateRelation(const AnnotationSet &set, Relation relation)
{
    const QString id = relation.id;
    return changeOf(set.relations, id, std::optional<Relation>(std::move(relation)));
}

Expected<AnnotationEdit, EditError> removeRelation(const AnnotationSet &set, const QString &id)
{
    return changeOf<Relation>(set.relations, id, std::nullopt);
}

Expected<AnnotationEdit, EditError> updateCluster(const AnnotationSet &set, Cluster cluster)
{
    const QString id = cluster.id;
    return changeOf(set.clusters, id, std::optional<Cluster>(std::move(cluster)));
}

Expected<AnnotationEdit, EditError> removeCluster(const AnnotationSet &set, const QString &id)
{
    return changeOf<Cluster>(set.clusters, id, std::nullopt);
}

AnnotationEdit setDocumentFields(const AnnotationSet &set, DocumentFields fields)
{
    return DocumentFieldsChange{set.document, std::move(fields)};
}

AnnotationEdit inverse(const AnnotationEdit &edit)
{
    return std::visit(
        [](const auto &change) -> AnnotationEdit {
            using Change = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<Change, DocumentFieldsChange>)
                return DocumentFieldsChange{change.after, change.before};
            else
                return Change{change.after, change.before, change.position};
        },
        edit);
}

Expected<AnnotationEdit, EditError> applyEdit(AnnotationSet &set, const AnnotationEdit &edit)
{
    return std::visit([&](const auto &change) { return applyChange(set, change); }, edit);
}

QString editDescription(const AnnotationEdit &edit)
{
    return std::visit(
        [](const auto &change) -> QString {
            using Change = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<Change, DocumentFieldsChange>) {
                return u"Edit document fields"_s;
            } else {
                const auto &item = change.after ? *change.after : *change.before;
                const QString verb = !change.before ? u"Add"_s : !change.after ? u"Remove"_s : u"Edit"_s;
                if constexpr (std::is_same_v<Change, SpanChange>) {
                    // A review decision says which: "Reject PER span “Varga”".
                    if (change.before && change.after && change.before->status != change.after->status
                        && change.before->label == change.after->label && change.before->start == change.after->start
                        && change.before->end == change.after->end) {
                        static const QHash<ReviewStatus, QString> decisions{{ReviewStatus::Accepted, u"Accept"_s},
                                                                            {ReviewStatus::Rejected, u"Reject"_s},
                                                                            {ReviewStatus::Pending, u"Reopen"_s}};
                        if (const auto decision = decisions.constFind(change.after->status); decision != decisions.cend())
                            return u"%1 %2 span %3"_s.arg(*decision, item.label, quoted(item.text));
                    }
                    if (change.before && change.after && change.before->label != change.after->label
                        && change.before->start == change.after->start && change.before->end == change.after->end)
                        return u"Relabel %1 span %2 as %3"_s.arg(change.before->label, quoted(item.text), change.after->label);
                    return u"%1 %2 span %3"_s.arg(verb, item.label, quoted(item.text));
                }
                else if constexpr (std::is_same_v<Change, RelationChange>) {
                    // merge-clusters and split-cluster move mentions: "Move span s3 from cluster c2 to c1".
                    if (change.before && change.after && change.before->to != change.after->to)
                        return u"Move span %1 from %2 %3 to %4"_s.arg(item.from, item.type, change.before->to, change.after->to);
                    return u"%1 %2 relation %3"_s.arg(verb, item.type, item.id);
                }
                else if (change.before && change.after && change.before->canonical != change.after->canonical)
                    return u"Rename cluster %1 as %2"_s.arg(quoted(change.before->canonical), quoted(change.after->canonical));
                else if (change.before && change.after && change.before->label != change.after->label)
                    return u"Relabel %1 cluster %2 as %3"_s.arg(change.before->label, quoted(item.canonical), change.after->label);
                else
                    return u"%1 cluster %2"_s.arg(verb, quoted(item.canonical.isEmpty() ? item.id : item.canonical));
            }
        },
        edit);
}

} // namespace galley
