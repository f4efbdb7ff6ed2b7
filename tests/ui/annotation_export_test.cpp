#include "annotation_export.h"
#include "annotation_set_builder.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(AnnotationExportTest)
#include "annotation_export_test.moc"
