#include "annotation/annotation_document.h"
#include "annotation/text_quote.h"
#include "annotation/unsaved_journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"Ana Ruiz told Reuters the port of Valencia stays shut until Monday."_s;

AnnotationSet freshSet()
{
    AnnotationSet set;
    set.text = kText;
    return set;
}

AnnotationEdit addWords(const QString &id, const QString &words)
{
    Span span;
    span.id = id;
    span.label = u"MISC"_s;
    span.start = int(kText.indexOf(words));
    span.end = span.start + int(words.size());
    span.text = words;
    span.quote = textQuoteAt(kText, span.start, span.end);
    return addSpan(span);
}

} // namespace

// What the window asks about before it opens a page whose last session crashed.
class UnsavedJournalTest : public QObject
{
    Q_OBJECT

private slots:
    void noJournal_nothingToRestore()
    {
        QTemporaryDir folder;
        QVERIFY(!findUnsavedJournal(folder.filePath(u"storm.html.galley.json"_s)));
    }

    void crashedSession_countsItsEditsAndWhen()
    {
        QTemporaryDir folder;
        const QString page = folder.filePath(u"storm.html"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        {
            AnnotationDocument document;
            QVERIFY(document.open(page, -1, freshSet()).ok());
            QVERIFY(document.apply(addWords(u"s1"_s, u"Ana Ruiz"_s)).ok());
            QVERIFY(document.apply(addWords(u"s2"_s, u"Valencia"_s)).ok());
        }   // gone without saving, as a killed process
        const auto found = findUnsavedJournal(page + u".galley.json"_s);
        QVERIFY(found);
        QCOMPARE(found->edits, 2);
        QCOMPARE(found->changes, 2);
        QCOMPARE(found->journalPath, page + u".galley.json.journal"_s);
        QVERIFY(found->lastWritten >= before);
        QVERIFY(found->lastWritten <= QDateTime::currentDateTimeUtc().addSecs(2));
        QCOMPARE(found->lastWritten.timeSpec(), Qt::UTC);
    }

    // "7 unsaved edits" after an edit and its undo overstated what restoring would bring back.
    void undoneEdits_changeNothingInTheEnd()
    {
        QTemporaryDir folder;
        const QString page = folder.filePath(u"storm.html"_s);
        {
            AnnotationDocument document;
            QVERIFY(document.open(page, -1, freshSet()).ok());
            QVERIFY(document.apply(addWords(u"s1"_s, u"Ana Ruiz"_s)).ok());
            const auto added = document.apply(addWords(u"s2"_s, u"Valencia"_s));
            QVERIFY(added.ok());
            QVERIFY(document.apply(*added).ok());   // its undo
        }
        auto found = findUnsavedJournal(page + u".galley.json"_s);
        QVERIFY(found);
        QCOMPARE(found->edits, 3);
        QCOMPARE(found->changes, 1);
        {
            AnnotationDocument document;
            QVERIFY(document.open(page, -1, freshSet()).ok());
            QVERIFY(document.save().ok());
            const auto added = document.apply(addWords(u"s3"_s, u"Reuters"_s));
            QVERIFY(added.ok());
            QVERIFY(document.apply(*added).ok());
        }
        found = findUnsavedJournal(page + u".galley.json"_s);
        QVERIFY(found);
        QCOMPARE(found->edits, 2);
        QCOMPARE(found->changes, 0);
    }

    void editsAlreadySaved_areNotCounted()
    {
        QTemporaryDir folder;
        const QString page = folder.filePath(u"storm.html"_s);
        AnnotationDocument document;
        QVERIFY(document.open(page, -1, freshSet()).ok());
        QVERIFY(document.apply(addWords(u"s1"_s, u"Ana Ruiz"_s)).ok());
        QFile journal(document.journalPath());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray firstEdit = journal.readAll();
        journal.close();
        QVERIFY(document.save().ok());
        QVERIFY(!findUnsavedJournal(document.filePath()));

        // A crash between the save's rename and the journal's removal leaves a saved entry.
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(firstEdit);
        journal.close();
        QVERIFY(!findUnsavedJournal(document.filePath()));

        QVERIFY(document.apply(addWords(u"s2"_s, u"Monday"_s)).ok());
        const auto found = findUnsavedJournal(document.filePath());
        QVERIFY(found);
        QCOMPARE(found->edits, 1);
    }
};

QTEST_GUILESS_MAIN(UnsavedJournalTest)
#include "unsaved_journal_test.moc"
