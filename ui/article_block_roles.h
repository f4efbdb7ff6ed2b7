#pragma once

#include <Qt>

namespace galley {

// Roles of ArticleBlockModel beyond Qt::DisplayRole (the block text) and Qt::ToolTipRole.
// Views and delegates read semantics from these; colours and fonts are the delegate's business.
enum ArticleBlockRole {
    BlockKindRole = Qt::UserRole + 1,  // int(BlockKind)
    ContentKindRole,                   // int(BlockKind): what a boilerplate block is structurally
    IsBoilerplateRole,                 // bool
    BoilerplateReasonRole,             // QString, e.g. "navigation"; empty for body blocks
    HeadingLevelRole,                  // int 1..6 for headings, else 0
    BoilerplateLabelRole,              // QString: the reason in the user's language, for display
};

} // namespace galley
