#include "annotation_export.h"

#include "formats/export_stem.h"
#include "formats/export_targets.h"
#include "formats/format_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

// Outside the namespace, so that lupdate files the strings under the context tr() looks them up in.
struct AnnotationExport
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationExport)
};

namespace galley {

ExportResult exportedFiles(const AnnotationSet &set, const AnnotationFormat &format)
{
    return format.write({set}, exportStem(set.sourcePath));
}

AnnotationExportOutcome writeExport(const ExportResult &exported, const QString &pagePath, const QString &folder)
{
    AnnotationExportOutcome outcome;
    outcome.warnings = exported.warnings;
    if (const auto target = protectedExportTarget(exported.files, folder, {pagePath}, false)) {
        outcome.problem = AnnotationExport::tr("%1 is the page or the annotations Galley keeps for it: choose another folder.")
                              .arg(*target);
        return outcome;
    }
    if (const auto problem = writeFormatFiles(withCollectionFilesMerged(exported.files, folder), folder)) {
        outcome.problem = *problem;
        return outcome;
    }
    for (const FormatFile &file : exported.files)
        outcome.written.append(file.name);
    return outcome;
}

AnnotationExportOutcome exportAnnotationSet(const AnnotationSet &set, const AnnotationFormat &format, const QString &folder)
{
    return writeExport(exportedFiles(set, format), set.sourcePath, folder);
}

void exportAnnotationsInteractively(QWidget *parent, const AnnotationSet &set, const QString &startFolder)
{
    QStringList choices;
    for (const AnnotationFormat &format : annotationFormats())
        choices.append(QStringLiteral("%1 \u2014 %2").arg(format.name, format.summary));
    bool chosen = false;
    const QString choice = QInputDialog::getItem(parent, AnnotationExport::tr("Export Annotations"),
                                                 AnnotationExport::tr("Format (offsets as each format's own tools count them):"),
                                                 choices, 0, false, &chosen);
    if (!chosen)
        return;
    const AnnotationFormat &format = annotationFormats().at(choices.indexOf(choice));
    const QString folder = QFileDialog::getExistingDirectory(parent, AnnotationExport::tr("Export Into Folder"), startFolder);
    if (folder.isEmpty())
        return;
    const ExportResult exported = exportedFiles(set, format);   // once: a long article is not written thrice
    const QStringList existing = replacedExportFiles(exported.files, folder);
    if (!existing.isEmpty()
        && QMessageBox::question(parent, AnnotationExport::tr("Replace Files?"),
                                 AnnotationExport::tr("%1 already holds %2. Replace them?")
                                     .arg(QDir::toNativeSeparators(folder), existing.join(QStringLiteral(", "))),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    const AnnotationExportOutcome outcome = writeExport(exported, set.sourcePath, folder);
    if (!outcome.problem.isEmpty()) {
        QMessageBox::warning(parent, AnnotationExport::tr("Could Not Export"),
                             AnnotationExport::tr("The export stopped: %1").arg(outcome.problem));
        return;
    }
    QString message = AnnotationExport::tr("Wrote %1 in %2.").arg(outcome.written.join(QStringLiteral(", ")), QDir::toNativeSeparators(folder));
    if (!outcome.warnings.isEmpty())
        message += QStringLiteral("\n\n") + AnnotationExport::tr("The format could not carry:") + QStringLiteral("\n\u2022 ")
                   + outcome.warnings.join(QStringLiteral("\n\u2022 "));
    QMessageBox::information(parent, AnnotationExport::tr("Annotations Exported"), message);
}

} // namespace galley
