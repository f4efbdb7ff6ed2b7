#include "annotation_export.h"

#include "formats/export_stem.h"
#include "formats/format_io.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

// Outside the namespace, so that lupdate files the strings under the context tr() looks them up in.
struct AnnotationExport
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationExport)
};

namespace galley {

AnnotationExportOutcome exportAnnotationSet(const AnnotationSet &set, const AnnotationFormat &format, const QString &folder)
{
    AnnotationExportOutcome outcome;
    const ExportResult exported = format.write({set}, exportStem(set.sourcePath));
    outcome.warnings = exported.warnings;
    if (const auto problem = writeFormatFiles(exported.files, folder)) {
        outcome.problem = *problem;
        return outcome;
    }
    for (const FormatFile &file : exported.files)
        outcome.written.append(file.name);
    return outcome;
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
    const AnnotationExportOutcome outcome = exportAnnotationSet(set, format, folder);
    if (!outcome.problem.isEmpty()) {
        QMessageBox::warning(parent, AnnotationExport::tr("Could Not Export"),
                             AnnotationExport::tr("Nothing was exported: %1").arg(outcome.problem));
        return;
    }
    QString message = AnnotationExport::tr("Wrote %1 in %2.").arg(outcome.written.join(QStringLiteral(", ")), QDir::toNativeSeparators(folder));
    if (!outcome.warnings.isEmpty())
        message += QStringLiteral("\n\n") + AnnotationExport::tr("The format could not carry:") + QStringLiteral("\n\u2022 ")
                   + outcome.warnings.join(QStringLiteral("\n\u2022 "));
    QMessageBox::information(parent, AnnotationExport::tr("Annotations Exported"), message);
}

} // namespace galley
