#pragma once

#include <Qt>

namespace galley {

// Roles shared by the annotation models (EntityTreeModel, QuoteTableModel, NumberTableModel,
// SpanListModel). Views read semantics from these; colours are the views' business.
enum AnnotationRole {
    SpanIdRole = Qt::UserRole + 40,   // QString: the span a row stands for; empty for group rows
    SpanLabelRole,                    // QString: "PER", "QUOTE", "MONEY", …
    SpanStatusRole,                   // int(ReviewStatus)
    SpanPlacedRole,                   // bool: the span was found in the rendered page
    MentionCountRole,                 // int: mentions of an entity group; 0 for mention rows
    SortKeyRole,                      // what a sortable column sorts by (numbers as numbers)
    ClusterIdRole,                    // QString: an entity group's cluster; empty for other rows
    GroupSpanIdsRole,                 // QStringList: an entity group's mentions; empty for other rows
};

} // namespace galley
