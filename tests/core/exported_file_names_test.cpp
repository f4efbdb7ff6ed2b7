// A corpus export names each document's files after the document ("0007-b5954eee.ann"), not after
// its place in the split ("train-3.ann"), so a file leads back to the corpus and its manifest entry.
#include "corpus/exported_file_names.h"

#include <QTest>

using namespace galley;

class ExportedFileNamesTest final : public QObject
{
    Q_OBJECT

private slots:
    void documentName_isIdAndHashStart()
    {
        QCOMPARE(exportedDocumentName(7, QStringLiteral("b5954eee584537432792")), QStringLiteral("0007-b5954eee"));
        QCOMPARE(exportedDocumentName(123456, QStringLiteral("0f1c59e5ce77")), QStringLiteral("123456-0f1c59e5"));
    }

    void numberedFiles_takeTheirDocumentsNames()
    {
        FormatFiles files{{QStringLiteral("train-1.txt"), {}}, {QStringLiteral("train-1.ann"), {}},
                          {QStringLiteral("train-2.txt"), {}}, {QStringLiteral("train-2.ann"), {}},
                          {QStringLiteral("annotation.conf"), {}}, {QStringLiteral("train-12.galley.json"), {}}};
        nameFilesAfterDocuments(files, QStringLiteral("train"), {QStringLiteral("0003-aaaaaaaa"), QStringLiteral("0009-bbbbbbbb")});
        QStringList names;
        for (const FormatFile &file : files)
            names.append(file.name);
        QCOMPARE(names, (QStringList{QStringLiteral("0003-aaaaaaaa.txt"), QStringLiteral("0003-aaaaaaaa.ann"),
                                     QStringLiteral("0009-bbbbbbbb.txt"), QStringLiteral("0009-bbbbbbbb.ann"),
                                     QStringLiteral("annotation.conf"),
                                     QStringLiteral("train-12.galley.json")}));   // no twelfth document: left as written
    }

    void aSingleDocumentsFiles_areNamedToo()
    {
        FormatFiles files{{QStringLiteral("dev.galley.json"), {}}};
        nameFilesAfterDocuments(files, QStringLiteral("dev"), {QStringLiteral("0004-cccccccc")});
        QCOMPARE(files.first().name, QStringLiteral("0004-cccccccc.galley.json"));
    }
};

QTEST_GUILESS_MAIN(ExportedFileNamesTest)
#include "exported_file_names_test.moc"
