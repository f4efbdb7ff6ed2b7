#pragma once

#include "annotation/unsaved_journal.h"

class QWidget;

namespace galley {

enum class RecoveryChoice {
    Restore,   // replay the journal: the edits show, unsaved
    Discard,   // remove the journal: the page opens as last saved
    Later,     // keep the journal untouched; the page opens as last saved, read-only
};

// Asks whether to restore the unsaved edits a crashed session left for `pageName`, saying how
// many there are and when the last was made. Closing the question keeps them for later.
RecoveryChoice askToRestoreEdits(QWidget *parent, const QString &pageName, const UnsavedJournal &journal);

} // namespace galley
