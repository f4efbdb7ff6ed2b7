#pragma once

#include "annotation/structural_edits.h"

#include <QStringList>

// The actions of `galley-cli edit`: ACTION and its arguments (offsets in code points, end
// exclusive) turned into the edit list the review window's key for it makes.
struct EditActionResult
{
    galley::EditListResult edits = galley::EditList{};
    bool usage = false;   // the arguments do not fit the action (exit code 2); else a refusal (1)
    QString note = {};    // said after the edit is written ("cluster c4 is also called …")
};

EditActionResult editsForAction(const galley::AnnotationSet &set, const galley::LabelSchema &schema,
                                const QString &action, const QStringList &arguments,
                                const galley::EditContext &context);

// The ACTION lines of `galley-cli edit --help`.
QString editActionsHelp();
