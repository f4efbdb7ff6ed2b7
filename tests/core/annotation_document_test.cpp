#include "annotation/annotation_document.h"
#include "annotation/text_quote.h"
#include "util/data_sync.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"Ana Ruiz told 🚢 Reuters the port of Valencia stays shut until Monday."_s;

AnnotationSet freshSet()
{
    AnnotationSet set;
    set.text = kText;
    set.contentHash = u"sha256:aaaa"_s;
    set.reviewer = u"maria"_s;
    return set;
}

Span spanOf(const QString &id, const QString &words)
{
    Span span;
    span.id = id;
    span.label = u"MISC"_s;
    span.start = int(kText.indexOf(words));
    span.end = span.start + int(words.size());
    span.text = words;
    span.quote = textQuoteAt(kText, span.start, span.end);
    return span;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY(file.open(mode));
    QCOMPARE(file.write(bytes), bytes.size());
}

int g_syncsToRefuse = 0;

// fdatasync, but the next g_syncsToRefuse calls fail as on a disk that reports an I/O error.
int refusingSync(int fileDescriptor)
{
    if (g_syncsToRefuse > 0) {
        --g_syncsToRefuse;
        return -1;
    }
    return ::fdatasync(fileDescriptor);
}

QStringList backupsIn(const QDir &folder)
{
    return folder.entryList({u"*.damaged-*"_s}, QDir::Files);
}

} // namespace

class AnnotationDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void newPage_firstEditWritesTheFile_andJournalsIt();
    void reopen_replaysTheJournal_untilSaved();
    void save_isAtomic_andDropsTheJournal();
    void crashBetweenSaveAndJournalRemoval_duplicatesNothing();
    void tornLastJournalLine_isIgnoredWithADiagnostic();
    void damagedJournalLine_stopsReplay_andIsBackedUp();
    void completeUnreadableLastLine_isDamage_notATornTail();
    void failedSync_takesTheLineBackOut();
    void damagedFile_isReportedBackedUpAndKept_data();
    void damagedFile_isReportedBackedUpAndKept();
    void version1File_opensAndIsSavedAsVersion2();
    void fileSavedWithUtf8ByteOrderMark_opens();
    void changedPage_isReported();
    void refusedEdit_isNotJournalled();
    void interruptedSaveLeftovers_areRemoved_usersFilesKept();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_page;
};

void AnnotationDocumentTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_page = m_folder->filePath(u"storm.html"_s);
}

void AnnotationDocumentTest::newPage_firstEditWritesTheFile_andJournalsIt()
{
    AnnotationDocument document;
    const auto report = document.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    QVERIFY(!report->fileExisted);
    QCOMPARE(document.filePath(), m_page + u".galley.json"_s);
    QVERIFY(!QFile::exists(document.filePath()));
    QVERIFY(!document.hasUnsavedChanges());

    QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Ana Ruiz"_s))).ok());
    QVERIFY(document.hasUnsavedChanges());
    QVERIFY(QFile::exists(document.filePath()));
    QCOMPARE(contentsOf(document.journalPath()).count('\n'), 1);
    QCOMPARE(document.set().sourcePath, m_page);
}

void AnnotationDocumentTest::reopen_replaysTheJournal_untilSaved()
{
    AnnotationSet expected;
    {
        AnnotationDocument document;
        QVERIFY(document.open(m_page, -1, freshSet()).ok());
        QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Ana Ruiz"_s))).ok());
        QVERIFY(document.apply(addSpan(spanOf(u"s2"_s, u"Valencia"_s))).ok());
        QVERIFY(document.apply(addCluster({u"c1"_s, u"PER"_s, u"Ana Ruiz"_s})).ok());
        QVERIFY(document.apply(addRelation({u"r1"_s, u"cluster"_s, u"s1"_s, u"c1"_s, {}, {}, {}, {}})).ok());
        QVERIFY(document.apply(*removeSpan(document.set(), u"s2"_s)).ok());
        expected = document.set();
    }   // closed without saving, as a crash would
    AnnotationDocument reopened;
    const auto report = reopened.open(m_page + u".galley.json"_s);
    QVERIFY(report.ok());
    QCOMPARE(report->replayedEdits, 5);
    QCOMPARE(reopened.set(), expected);
    QVERIFY(reopened.hasUnsavedChanges());
    QCOMPARE(reopened.lastSequence(), 5);
    // The restored edits are this process's unsaved edits: it holds the file's lock, so galley-cli
    // keeps off (it edited the file under them, and neither could then be saved over the other).
    QFile lock(reopened.filePath() + u".lock"_s);
    QVERIFY(lock.open(QIODevice::ReadOnly));
    QVERIFY2(lock.readAll().contains(QByteArray::number(QCoreApplication::applicationPid())), "the lock names another process");
}

void AnnotationDocumentTest::save_isAtomic_andDropsTheJournal()
{
    AnnotationDocument document;
    QVERIFY(document.open(m_page, -1, freshSet()).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
    const auto saved = document.save();
    QVERIFY(saved.ok());
    QCOMPARE(*saved, contentsOf(document.filePath()).size());
    QVERIFY(!document.hasUnsavedChanges());
    QVERIFY(!QFile::exists(document.journalPath()));
    // while it is open, the lock names the process writing the annotations
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files),
             (QStringList{u"storm.html.galley.json"_s, u"storm.html.galley.json.lock"_s}));

    AnnotationDocument reopened;
    const auto report = reopened.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    QCOMPARE(report->replayedEdits, 0);
    QCOMPARE(reopened.set(), document.set());
    QCOMPARE(reopened.lastSequence(), 1);
}

void AnnotationDocumentTest::crashBetweenSaveAndJournalRemoval_duplicatesNothing()
{
    AnnotationDocument document;
    QVERIFY(document.open(m_page, -1, freshSet()).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s2"_s, u"Monday"_s))).ok());
    const QByteArray journal = contentsOf(document.journalPath());
    QVERIFY(document.save().ok());
    write(document.journalPath(), journal);   // as if the process died before removing it

    AnnotationDocument reopened;
    const auto report = reopened.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    QCOMPARE(report->replayedEdits, 0);
    QVERIFY(report->diagnostics.join(u'\n').contains(u"2 journalled edits were already saved"_s));
    QCOMPARE(reopened.set(), document.set());
    QVERIFY(reopened.apply(addSpan(spanOf(u"s3"_s, u"Valencia"_s))).ok());

    AnnotationDocument third;
    QVERIFY(third.open(m_page, -1, freshSet()).ok());
    QCOMPARE(third.set().spans.size(), 3);
    QCOMPARE(third.lastSequence(), 3);
}

void AnnotationDocumentTest::tornLastJournalLine_isIgnoredWithADiagnostic()
{
    AnnotationDocument document;
    QVERIFY(document.open(m_page, -1, freshSet()).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s2"_s, u"Monday"_s))).ok());
    const AnnotationSet expected = document.set();
    write(document.journalPath(), "{\"seq\":3,\"edit\":{\"item\":\"span\",\"after\":{\"id\":",
          QIODevice::WriteOnly | QIODevice::Append);

    AnnotationDocument reopened;
    const auto report = reopened.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    QCOMPARE(report->replayedEdits, 2);
    QVERIFY2(report->diagnostics.join(u'\n').contains(u"galley.json.journal:3: the last edit was cut short"_s),
             qPrintable(report->diagnostics.join(u'\n')));
    QVERIFY(report->backups.isEmpty());   // a crash's fragment holds no edit anyone was told of
    QCOMPARE(reopened.set(), expected);
    // The torn fragment is gone, so the next edit starts a line of its own.
    QVERIFY(reopened.apply(addSpan(spanOf(u"s3"_s, u"Valencia"_s))).ok());
    AnnotationDocument third;
    const auto again = third.open(m_page, -1, freshSet());
    QVERIFY(again.ok());
    QVERIFY(again->diagnostics.isEmpty());
    QCOMPARE(third.set().spans.size(), 3);
}

void AnnotationDocumentTest::damagedJournalLine_stopsReplay_andIsBackedUp()
{
    AnnotationDocument document;
    QVERIFY(document.open(m_page, -1, freshSet()).ok());
    for (const QString &words : {u"Reuters"_s, u"Monday"_s, u"Valencia"_s})
        QVERIFY(document.apply(addSpan(spanOf(u"s"_s + words, words))).ok());
    QByteArray journal = contentsOf(document.journalPath());
    const qsizetype secondLine = journal.indexOf('\n') + 1;
    journal[secondLine + 3] = '#';
    write(document.journalPath(), journal);

    AnnotationDocument reopened;
    const auto report = reopened.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    QCOMPARE(report->replayedEdits, 1);
    QCOMPARE(report->backups.size(), 1);
    QCOMPARE(contentsOf(report->backups.first()), journal);
    QVERIFY(report->diagnostics.join(u'\n').contains(u"journal:2: unreadable journal entry"_s));
    QCOMPARE(reopened.set().spans.size(), 1);
}

void AnnotationDocumentTest::completeUnreadableLastLine_isDamage_notATornTail()
{
    AnnotationDocument document;
    QVERIFY(document.open(m_page, -1, freshSet()).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s2"_s, u"Monday"_s))).ok());
    QByteArray journal = contentsOf(document.journalPath());
    const qsizetype lastLine = journal.indexOf('\n') + 1;
    journal[lastLine + 3] = '#';   // the line still ends in "\n": no crash writes that
    write(document.journalPath(), journal);

    AnnotationDocument reopened;
    const auto report = reopened.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    const QString diagnostics = report->diagnostics.join(u'\n');
    QCOMPARE(report->replayedEdits, 1);
    QVERIFY2(diagnostics.contains(u"storm.html.galley.json.journal:2: unreadable journal entry ("_s),
             qPrintable(diagnostics));
    QVERIFY2(!diagnostics.contains(u"cut short"_s), qPrintable(diagnostics));
    QCOMPARE(report->backups.size(), 1);
    QCOMPARE(contentsOf(report->backups.first()), journal);
}

void AnnotationDocumentTest::failedSync_takesTheLineBackOut()
{
    AnnotationDocument document;
    QVERIFY(document.open(m_page, -1, freshSet()).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
    const QByteArray journalBefore = contentsOf(document.journalPath());

    g_syncsToRefuse = 1;
    setDataSyncForTesting(refusingSync);
    const auto refused = document.apply(addSpan(spanOf(u"s2"_s, u"Monday"_s)));
    setDataSyncForTesting(nullptr);
    QCOMPARE(g_syncsToRefuse, 0);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"did not confirm"_s), qPrintable(refused.error().message));
    QVERIFY2(!refused.error().message.contains(u"taken back"_s), qPrintable(refused.error().message));
    QCOMPARE(contentsOf(document.journalPath()), journalBefore);

    QVERIFY(document.apply(addSpan(spanOf(u"s3"_s, u"Valencia"_s))).ok());
    const AnnotationSet accepted = document.set();
    QCOMPARE(accepted.spans.size(), 2);

    AnnotationDocument reopened;
    const auto report = reopened.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    QVERIFY2(report->diagnostics.isEmpty(), qPrintable(report->diagnostics.join(u'\n')));
    QCOMPARE(report->replayedEdits, 2);
    QCOMPARE(reopened.set(), accepted);
    QCOMPARE(reopened.lastSequence(), 2);
}

void AnnotationDocumentTest::damagedFile_isReportedBackedUpAndKept_data()
{
    QTest::addColumn<QByteArray>("damage");   // replaces the saved file, or "truncate"
    QTest::addColumn<QString>("reason");

    QTest::newRow("truncated JSON") << QByteArray("truncate") << u"ends early"_s;
    QTest::newRow("wrong types") << QByteArray("\"reviewer\": 42") << u"/reviewer: expected a string, found a number"_s;
    QTest::newRow("offsets out of range") << QByteArray("\"end\":23") << u"/spans/0/end: 2300 is outside"_s;
    QTest::newRow("unknown future version") << QByteArray("\"galley_annotations\": 9") << u"newer Galley (version 9)"_s;
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG"_s;
    QTest::newRow("empty file") << QByteArray("") << u"the file is empty"_s;
    QTest::newRow("UTF-16") << QByteArray("utf16") << u"the file is UTF-16LE text"_s;
}

void AnnotationDocumentTest::damagedFile_isReportedBackedUpAndKept()
{
    QFETCH(QByteArray, damage);
    QFETCH(QString, reason);
    {
        AnnotationDocument document;
        QVERIFY(document.open(m_page, -1, freshSet()).ok());
        QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
        QVERIFY(document.save().ok());
    }
    const QString path = m_page + u".galley.json"_s;
    QByteArray good = contentsOf(path);
    QByteArray damaged;
    if (damage == "truncate")
        damaged = good.left(good.size() * 2 / 3);
    else if (damage == "utf16")
        damaged = QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom).encode(QString::fromUtf8(good));
    else if (damage.startsWith("\"reviewer\""))
        damaged = good.replace("\"reviewer\": \"maria\"", damage);
    else if (damage.startsWith("\"end\""))
        damaged = good.replace("\"end\":23", "\"end\":2300");
    else if (damage.startsWith("\"galley_annotations\""))
        damaged = good.replace("\"galley_annotations\": 2", damage);
    else
        damaged = damage;
    QVERIFY(damaged != contentsOf(path));
    write(path, damaged);

    AnnotationDocument document;
    const auto opened = document.open(m_page, -1, freshSet());
    QVERIFY(!opened.ok());
    const QString message = opened.error().message;
    QVERIFY2(message.startsWith(path), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY(QFile::exists(opened.error().backupPath));
    QCOMPARE(contentsOf(opened.error().backupPath), damaged);
    QCOMPARE(backupsIn(QDir(m_folder->path())).size(), 1);

    // Nothing overwrites it: edits and saves are refused; opening again keeps the one copy.
    QVERIFY(!document.apply(addSpan(spanOf(u"s2"_s, u"Monday"_s))).ok());
    QVERIFY(!document.save().ok());
    QCOMPARE(contentsOf(path), damaged);
    const auto again = AnnotationDocument().open(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().backupPath, opened.error().backupPath);
    QCOMPARE(contentsOf(path), damaged);
    QCOMPARE(backupsIn(QDir(m_folder->path())).size(), 1);
}

void AnnotationDocumentTest::version1File_opensAndIsSavedAsVersion2()
{
    const QString path = m_folder->filePath(u"article.html.galley.json"_s);
    QVERIFY(QFile::copy(QStringLiteral(GALLEY_TEST_DATA_DIR "/annotation/version1.galley.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    AnnotationDocument document;
    const auto report = document.open(path);
    QVERIFY(report.ok());
    QVERIFY(report->diagnostics.join(u'\n').contains(u"written as version 1"_s));
    QVERIFY(document.save().ok());
    QVERIFY(contentsOf(path).startsWith("{\n\"galley_annotations\": 2,"));
    AnnotationDocument reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.set(), document.set());
}

// A reviewer's Windows editor adds the mark when it saves the file.
void AnnotationDocumentTest::fileSavedWithUtf8ByteOrderMark_opens()
{
    AnnotationSet expected;
    {
        AnnotationDocument document;
        QVERIFY(document.open(m_page, -1, freshSet()).ok());
        QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
        QVERIFY(document.save().ok());
        expected = document.set();
    }
    const QString path = m_page + u".galley.json"_s;
    write(path, "\xEF\xBB\xBF" + contentsOf(path));
    AnnotationDocument reopened;
    const auto report = reopened.open(path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(reopened.set(), expected);
    QVERIFY(backupsIn(QDir(m_folder->path())).isEmpty());
}

void AnnotationDocumentTest::changedPage_isReported()
{
    {
        AnnotationDocument document;
        QVERIFY(document.open(m_page, -1, freshSet()).ok());
        QVERIFY(document.save().ok());
    }
    AnnotationSet changed = freshSet();
    changed.contentHash = u"sha256:bbbb"_s;
    AnnotationDocument document;
    const auto report = document.open(m_page, -1, changed);
    QVERIFY(report.ok());
    QVERIFY(report->diagnostics.join(u'\n').contains(u"the page has changed since it was annotated"_s));
}

void AnnotationDocumentTest::refusedEdit_isNotJournalled()
{
    AnnotationDocument document;
    QVERIFY(document.open(m_page, -1, freshSet()).ok());
    QVERIFY(document.apply(addSpan(spanOf(u"s1"_s, u"Reuters"_s))).ok());
    const auto refused = document.apply(addSpan(spanOf(u"s1"_s, u"Monday"_s)));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"already is a span \"s1\""_s));
    QCOMPARE(contentsOf(document.journalPath()).count('\n'), 1);
    QCOMPARE(document.lastSequence(), 1);
}

void AnnotationDocumentTest::interruptedSaveLeftovers_areRemoved_usersFilesKept()
{
    const QString path = m_page + u".galley.json"_s;
    write(path + u".Ab12Cd"_s, "{\n\"galley_annotations\": 2,\n\"offset_unit\": \"co");   // killed mid-save
    write(path + u".journal.x9Y8z7"_s, "");                                           // killed before writing
    write(path + u".backup"_s, "{\n\"galley_annotations\": 2,\n\"spans\": []\n}\n");   // the reviewer's own copy
    write(path + u".notes1"_s, "my notes");
    AnnotationDocument document;
    const auto report = document.open(m_page, -1, freshSet());
    QVERIFY(report.ok());
    QCOMPARE(report->diagnostics.filter(u"interrupted"_s).size(), 2);
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files),
             (QStringList{u"storm.html.galley.json.backup"_s, u"storm.html.galley.json.notes1"_s}));
}

QTEST_GUILESS_MAIN(AnnotationDocumentTest)
#include "annotation_document_test.moc"
