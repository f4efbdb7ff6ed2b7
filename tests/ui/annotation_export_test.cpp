#include "annotation_export.h"
#include "formats/export_targets.h"
#include "annotation_set_builder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::test;

// File ▸ Export Annotations… writes what the window shows in the chosen format, named after the
// page, and says what it wrote, what the format left out, or why nothing was written.
class AnnotationExportTest final : public QObject
{
    Q_OBJECT

private:
    static AnnotationSet harbourSet()
    {
        AnnotationSetBuilder builder(QStringLiteral("🚢 Mayor Elena Varga said the port stays open.\r\nIt did."));
        builder.span(QStringLiteral("PER"), QStringLiteral("Elena Varga"));
        AnnotationSet set = builder.set();
        set.sourcePath = QStringLiteral("/pages/harbour report.html");
        return set;
    }

private slots:
    void brat_writesItsFilesNamedAfterThePage()
    {
        QTemporaryDir folder;
        const AnnotationExportOutcome outcome = exportAnnotationSet(harbourSet(), *findAnnotationFormat(u"brat"), folder.path());
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QVERIFY(outcome.written.contains(QStringLiteral("harbour report.ann")));
        QFile ann(folder.filePath(QStringLiteral("harbour report.ann")));
        QVERIFY(ann.open(QIODevice::ReadOnly));
        // code points: the ship is one, as brat counts
        QVERIFY2(ann.readAll().contains("PER 8 19\tElena Varga"), "brat offsets in code points");
    }

    void aFolderThatCannotBeWritten_isNamed()
    {
        QTemporaryDir folder;
        const QString blocked = folder.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const AnnotationExportOutcome outcome = exportAnnotationSet(harbourSet(), *findAnnotationFormat(u"jsonl"), blocked);
        QVERIFY(outcome.written.isEmpty());
        QVERIFY2(outcome.problem.contains(QStringLiteral("harbour report")), qPrintable(outcome.problem));
    }

    // brat writes STEM.txt: exported beside a text copy, it would have replaced the page itself;
    // Galley's own format there, the annotation file the window keeps.
    void thePageAndItsAnnotations_areNeverReplaced()
    {
        QTemporaryDir folder;
        AnnotationSet set = harbourSet();
        set.sourcePath = folder.filePath(QStringLiteral("harbour report.txt"));
        const QByteArray page = "the page as saved\n";
        const QByteArray annotations = "{\"galley_annotations\": 1}";
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("harbour report.txt"), page},
                                          std::pair{QStringLiteral("harbour report.galley.json"), annotations}}) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        for (const char *name : {"brat", "galley"}) {
            const AnnotationExportOutcome outcome =
                exportAnnotationSet(set, *findAnnotationFormat(QString::fromLatin1(name)), folder.path());
            QVERIFY2(outcome.problem.contains(QStringLiteral("choose another folder")), qPrintable(outcome.problem));
            QVERIFY(outcome.written.isEmpty());
        }
        QFile pageFile(set.sourcePath);
        QVERIFY(pageFile.open(QIODevice::ReadOnly));
        QCOMPARE(pageFile.readAll(), page);
        QFile annotationFile(folder.filePath(QStringLiteral("harbour report.galley.json")));
        QVERIFY(annotationFile.open(QIODevice::ReadOnly));
        QCOMPARE(annotationFile.readAll(), annotations);
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("harbour report.ann"))));   // nothing half-written
        // the files a format would replace, for the question before it does
        QCOMPARE(replacedExportFiles(exportedFiles(set, *findAnnotationFormat(u"brat")).files, folder.path()),
                 QStringList{QStringLiteral("harbour report.txt")});
    }
};

QTEST_GUILESS_MAIN(AnnotationExportTest)
#include "annotation_export_test.moc"
