#pragma once

#include "annotation/annotation_set.h"
#include "util/expected.h"

#include <optional>
#include <variant>

namespace galley {

// One change to one item of an AnnotationSet: adding it (no `before`), updating it (both) or
// removing it (no `after`). It names the item as it is before and after, so it can be checked
// against the set, journalled, and undone exactly (inverse() swaps the two, and `position`
// puts a removed item back where it was).
template<typename Item>
struct ItemChange
{
    std::optional<Item> before;
    std::optional<Item> after;
    int position = -1;   // index in the set's list; an add with -1 appends

    friend bool operator==(const ItemChange &, const ItemChange &) = default;
};

using SpanChange = ItemChange<Span>;
using RelationChange = ItemChange<Relation>;
using ClusterChange = ItemChange<Cluster>;

struct DocumentFieldsChange
{
    DocumentFields before;
    DocumentFields after;
    friend bool operator==(const DocumentFieldsChange &, const DocumentFieldsChange &) = default;
};

using AnnotationEdit = std::variant<SpanChange, RelationChange, ClusterChange, DocumentFieldsChange>;

// Why an edit does not fit the set, in words for the reviewer.
struct EditError
{
    // Another program holds the annotation file (Locked) or changed it since it was opened here
    // (ChangedOnDisk): the edit itself may be fine, but it cannot be made until that is resolved.
    enum class Conflict { None, Locked, ChangedOnDisk };

    QString message;
    Conflict conflict = Conflict::None;
};

// Edits against the current state of `set`; update and remove find the item by id.
AnnotationEdit addSpan(Span span);
Expected<AnnotationEdit, EditError> updateSpan(const AnnotationSet &set, Span span);
Expected<AnnotationEdit, EditError> removeSpan(const AnnotationSet &set, const QString &id);
AnnotationEdit addRelation(Relation relation);
Expected<AnnotationEdit, EditError> updateRelation(const AnnotationSet &set, Relation relation);
Expected<AnnotationEdit, EditError> removeRelation(const AnnotationSet &set, const QString &id);
AnnotationEdit addCluster(Cluster cluster);
Expected<AnnotationEdit, EditError> updateCluster(const AnnotationSet &set, Cluster cluster);
Expected<AnnotationEdit, EditError> removeCluster(const AnnotationSet &set, const QString &id);
AnnotationEdit setDocumentFields(const AnnotationSet &set, DocumentFields fields);

AnnotationEdit inverse(const AnnotationEdit &edit);

// Applies the edit if it fits: `before` must equal the item in the set, ids stay unique and
// unchanged, spans lie inside the text and match it, relation ends exist, and nothing a
// relation points to is removed. Returns the inverse edit; on error the set is unchanged.
Expected<AnnotationEdit, EditError> applyEdit(AnnotationSet &set, const AnnotationEdit &edit);

// "Add PER span “Ana Ruiz”", "Remove relation r2", … for undo menus and logs.
QString editDescription(const AnnotationEdit &edit);

} // namespace galley
