#include "recovery_prompt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace galley {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RecoveryPrompt", text, nullptr, n);
}
} // namespace

RecoveryChoice askToRestoreEdits(QWidget *parent, const QString &pageName, const UnsavedJournal &journal)
{
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Edits?"),
                    tr("%1 has %n unsaved edit(s) from a session that ended without saving.", journal.edits).arg(pageName),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    box.setInformativeText(tr("The last one was made %1. Restore them, discard them, or keep them for later "
                              "(the page opens as last saved and cannot be edited until you decide).")
                               .arg(QLocale().toString(journal.lastWritten.toLocalTime(), QLocale::LongFormat)));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = box.addButton(tr("Keep for &Later"), QMessageBox::RejectRole);
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
