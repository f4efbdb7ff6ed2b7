#include "recovery_prompt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

// Outside the namespace, so that lupdate files the strings under the context tr() looks them up in.
struct RecoveryPrompt
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)
};

namespace galley {


RecoveryChoice askToRestoreEdits(QWidget *parent, const QString &pageName, const UnsavedJournal &journal)
{
    QMessageBox box(QMessageBox::Question, RecoveryPrompt::tr("Restore Unsaved Edits?"),
                    RecoveryPrompt::tr("%1 has %n unsaved edit(s) from a session that ended without saving.", nullptr, journal.edits).arg(pageName),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    // Several edits of one span, or an edit and its undo, count apart in the journal.
    const QString outcome = journal.changes == journal.edits ? QString()
                            : journal.changes == 0 ? RecoveryPrompt::tr("Together they change nothing: they were undone. ")
                                                   : RecoveryPrompt::tr("Together they change %n annotation(s). ",
                                                                        nullptr, journal.changes);
    box.setInformativeText(outcome + RecoveryPrompt::tr("The last one was made %1. Restore them, discard them, or keep them for later "
                              "(the page opens as last saved and cannot be edited until you decide).")
                               .arg(QLocale().toString(journal.lastWritten.toLocalTime(), QLocale::LongFormat)));
    QPushButton *restore = box.addButton(RecoveryPrompt::tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *discard = box.addButton(RecoveryPrompt::tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = box.addButton(RecoveryPrompt::tr("Keep for &Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

} // namespace galley
