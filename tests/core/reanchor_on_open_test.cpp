// An annotation file saved for a page, the page then re-saved with edits: reopening re-anchors
// every span onto the new article text (AnnotationDocument::open(page, article)), reports moved,
// fuzzy and orphaned spans, keeps orphans and lets them be reattached, and saving writes the new
// text and content hash beside a backup of the old file. Then the same through galley-cli
// reanchor / reattach, run as processes.
#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"
#include "annotation/dom_range.h"
#include "annotation/text_quote.h"
#include "extract/article_extractor.h"
#include "load/html_document.h"
#include "load/page_loader.h"
#include "text/code_point_index.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

struct Loaded
{
    Page page;
    Article article;
};

Loaded load(const QString &path)
{
    const auto page = loadPage(path);
    if (!page)
        qFatal("%s", qPrintable(page.error().toString()));
    return {*page, extractArticle(*page)};
}

// The phrases annotated, and what the re-saved page does to each.
struct Phrase
{
    const char *id;
    const char *label;
    const char *text;
};
const Phrase kPhrases[] = {
    {"s1", "ORG", "Kestrel Bay’s town council"},        // before every edit: anchored
    {"s2", "PER", "Mayor Elena Varga"},                 // words inserted before it: moved
    {"s3", "ORG", "Saltmarsh Fishers’ Cooperative"},    // a character inserted inside: fuzzy
    {"s4", "PER", "Maeve O’Rourke"},                    // words inserted right after it: moved
    {"s5", "PER", "Idris Okafor"},                      // its paragraph deleted: orphaned
    {"s6", "ORG", "Northline Shipping"},                // after the deleted paragraph: moved
    {"s7", "PER", "Freya Castellanos"},                 // whitespace around it changed: moved
};

// The harbour-vote page re-saved with edits before, inside and after spans, a paragraph
// deleted and whitespace changed.
QByteArray editedHtml(QByteArray html)
{
    const auto replace = [&html](const char *before, const char *after) {
        if (!html.contains(before))
            qFatal("not in the page: %s", before);
        html.replace(before, after);
    };
    replace("still,” Mayor Elena Varga told", "still,” the newly re-elected Mayor Elena Varga told");
    replace("Saltmarsh Fishers’ Cooperative", "Saltmarsh Fishers’ Co-operative");
    replace("Maeve O’Rourke, who", "Maeve O’Rourke, a fourth-generation oyster farmer who");
    const qsizetype deleted = html.indexOf("<p>Harbour master Idris Okafor");
    html.remove(deleted, html.indexOf("</p>", deleted) + 4 - deleted);
    replace("Marine biologist Freya Castellanos, who", "Marine  biologist\n      Freya   Castellanos,\n who");
    return html;
}

Span spanAt(const Loaded &loaded, const Phrase &phrase)
{
    const QString text = QString::fromUtf8(phrase.text);
    Span span;
    span.id = QString::fromLatin1(phrase.id);
    span.label = QString::fromLatin1(phrase.label);
    span.start = int(loaded.article.text.indexOf(text));
    if (span.start < 0)
        qFatal("not in the article: %s", phrase.text);
    span.end = span.start + int(text.size());
    span.text = text;
    span.quote = textQuoteAt(loaded.article.text, span.start, span.end);
    span.dom = domRangeOf(loaded.article, loaded.page, span.start, span.end);
    span.status = ReviewStatus::Added;
    return span;
}

QStringList idsOf(const QList<SpanReanchoring> &entries)
{
    QStringList ids;
    for (const SpanReanchoring &entry : entries)
        ids.append(entry.spanId);
    return ids;
}

const Span *spanById(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return &span;
    }
    return nullptr;
}

// A placed span's DOM range holds its text in the page as it is now.
void verifyDomRange(const Page &page, const Span &span)
{
    QVERIFY2(span.dom, qPrintable(span.id));
    const GumboNode *first = page.dom->nodeAtPath(span.dom->start.nodePath);
    const GumboNode *last = page.dom->nodeAtPath(span.dom->end.nodePath);
    QVERIFY2(first && last, qPrintable(span.id));
    QString inPage;
    if (first == last) {
        inPage = HtmlDocument::nodeText(first).mid(span.dom->start.offset, span.dom->end.offset - span.dom->start.offset);
    } else {
        inPage = HtmlDocument::nodeText(first).mid(span.dom->start.offset) + u' '
            + HtmlDocument::nodeText(last).left(span.dom->end.offset);
    }
    QCOMPARE(inPage.simplified(), span.text.simplified());
}

} // namespace

class ReanchorOnOpenTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void editedPage_reopens_reanchored_withReportAndDomRanges();
    void orphan_isReattachable_andSavingWritesTextHashAndBackup();
    void journalledEdits_areReplayedBeforeReanchoring();
    void crlfAndWhitespaceTextCopy_losesNothing();
    void unchangedPage_isNotReanchored();
    void orphanPastTheShorterText_isKeptAndSaved();

    void cli_reanchorDryRun_thenReanchor_thenReattach();
    void cli_errorsAndHelp();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments);
    void saveAnnotations(const QString &page);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_page;
    QByteArray m_html;
};

void ReanchorOnOpenTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_page = m_folder->filePath(u"harbour-vote.html"_s);
    m_html = contentsOf(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.html"));
    QVERIFY(!m_html.isEmpty());
    QVERIFY(write(m_page, m_html));
}

ReanchorOnOpenTest::Result ReanchorOnOpenTest::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
    Result result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The reviewer's annotation file for the page as it is now, every phrase a span.
void ReanchorOnOpenTest::saveAnnotations(const QString &page)
{
    const Loaded loaded = load(page);
    AnnotationDocument document;
    const auto report = document.open(loaded.page, loaded.article);
    QVERIFY(report.ok());
    QVERIFY(!report->pageChange);
    for (const Phrase &phrase : kPhrases)
        QVERIFY(document.apply(addSpan(spanAt(loaded, phrase))).ok());
    QVERIFY(document.save().ok());
}

void ReanchorOnOpenTest::editedPage_reopens_reanchored_withReportAndDomRanges()
{
    saveAnnotations(m_page);
    const QString file = annotationFilePath(m_page);
    const QByteArray saved = contentsOf(file);
    const Loaded before = load(m_page);
    QVERIFY(write(m_page, editedHtml(m_html)));
    const Loaded after = load(m_page);
    QVERIFY(after.article.text != before.article.text);

    AnnotationDocument document;
    const auto report = document.open(after.page, after.article);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->pageChange);
    const PageChange &change = *report->pageChange;
    QVERIFY(change.textChanged);
    QCOMPARE(change.previousText, before.article.text);
    QCOMPARE(change.previousContentHash, QString::fromLatin1(before.page.contentHash.toHex()));
    QCOMPARE(change.contentHash, QString::fromLatin1(after.page.contentHash.toHex()));
    QCOMPARE(change.spans.anchored, 1);
    QCOMPARE(idsOf(change.spans.moved), (QStringList{u"s2"_s, u"s4"_s, u"s6"_s, u"s7"_s}));
    QCOMPARE(idsOf(change.spans.fuzzy), QStringList{u"s3"_s});
    QVERIFY(change.spans.fuzzy.first().similarity > 0.9 && change.spans.fuzzy.first().similarity < 1.0);
    QCOMPARE(idsOf(change.spans.orphaned), QStringList{u"s5"_s});
    QVERIFY(report->diagnostics.join(u'\n').contains(u"1 anchored, 4 moved, 1 fuzzy, 1 orphaned"_s));

    // Nothing lost, everything on the new text, DOM ranges into the new page.
    const AnnotationSet &set = document.set();
    QCOMPARE(set.text, after.article.text);
    QCOMPARE(set.contentHash, change.contentHash);
    QCOMPARE(set.spans.size(), qsizetype(std::size(kPhrases)));
    for (const Span &span : set.spans) {
        if (span.id == "s5"_L1) {
            QCOMPARE(span.anchor, AnchorState::Orphaned);
            QCOMPARE(span.text, u"Idris Okafor"_s);
            QVERIFY(!span.dom);
            continue;
        }
        QCOMPARE(QStringView(set.text).mid(span.start, span.end - span.start), span.text);
        verifyDomRange(after.page, span);
    }
    QCOMPARE(spanById(set, u"s3"_s)->text, u"Saltmarsh Fishers’ Co-operative"_s);
    QCOMPARE(spanById(set, u"s3"_s)->anchor, AnchorState::Fuzzy);
    QCOMPARE(spanById(set, u"s2"_s)->anchor, AnchorState::Moved);
    // The moved span's range moved inside its text node.
    QCOMPARE(spanById(set, u"s2"_s)->dom->start.nodePath, spanAt(before, kPhrases[1]).dom->start.nodePath);
    QVERIFY(spanById(set, u"s2"_s)->dom->start.offset > spanAt(before, kPhrases[1]).dom->start.offset);

    // In memory until saved: the file on disk is the pre-re-anchoring one.
    QVERIFY(document.hasUnsavedChanges());
    QVERIFY(document.isReanchoredUnsaved());
    QCOMPARE(contentsOf(file), saved);
}

void ReanchorOnOpenTest::orphan_isReattachable_andSavingWritesTextHashAndBackup()
{
    saveAnnotations(m_page);
    const QString file = annotationFilePath(m_page);
    const QByteArray saved = contentsOf(file);
    QVERIFY(write(m_page, editedHtml(m_html)));
    const Loaded after = load(m_page);
    const QString hash = QString::fromLatin1(after.page.contentHash.toHex());

    AnnotationDocument document;
    const auto report = document.open(after.page, after.article);
    QVERIFY(report.ok() && report->pageChange);

    // The reviewer places the orphan on what the page now calls the harbour master.
    const int start = int(after.article.text.indexOf(u"Harbour Authority"_s));
    QVERIFY(start > 0);
    const int end = start + 17;
    QVERIFY(!document.reattach(u"nope"_s, start, end).ok());
    QVERIFY(!document.reattach(u"s5"_s, start, int(after.article.text.size()) + 1).ok());
    const auto undo = document.reattach(u"s5"_s, start, end);
    QVERIFY2(undo.ok(), undo.ok() ? "" : qPrintable(undo.error().message));
    const Span *s5 = spanById(document.set(), u"s5"_s);
    QCOMPARE(s5->anchor, AnchorState::Anchored);
    QCOMPARE(s5->text, u"Harbour Authority"_s);
    verifyDomRange(after.page, *s5);

    // The first edit wrote the re-anchored file (its journal's base) beside a backup of the old.
    QVERIFY(!document.isReanchoredUnsaved());
    QCOMPARE(document.reanchoringBackups().size(), 1);
    QCOMPARE(contentsOf(document.reanchoringBackups().first()), saved);
    QVERIFY(QFileInfo(document.reanchoringBackups().first()).fileName().startsWith(
        u"harbour-vote.html.galley.json.before-reanchoring-"_s));
    QCOMPARE(contentsOf(document.journalPath()).count('\n'), 1);
    QVERIFY(document.save().ok());
    QVERIFY(!QFile::exists(document.journalPath()));

    const auto read = readAnnotationFile(contentsOf(file), file);
    QVERIFY(read.ok());
    QCOMPARE(read->set.text, after.article.text);
    QCOMPARE(read->set.contentHash, hash);
    QCOMPARE(read->set, document.set());

    // Reopened against the same page: nothing to re-anchor.
    AnnotationDocument reopened;
    const auto again = reopened.open(after.page, after.article);
    QVERIFY(again.ok());
    QVERIFY(!again->pageChange);
    QCOMPARE(reopened.set(), document.set());
    QVERIFY(!reopened.hasUnsavedChanges());
}

void ReanchorOnOpenTest::journalledEdits_areReplayedBeforeReanchoring()
{
    saveAnnotations(m_page);
    {
        const Loaded loaded = load(m_page);
        AnnotationDocument document;
        QVERIFY(document.open(loaded.page, loaded.article).ok());
        Span accepted = *spanById(document.set(), u"s6"_s);
        accepted.status = ReviewStatus::Accepted;
        const auto edit = updateSpan(document.set(), accepted);
        QVERIFY(edit.ok());
        QVERIFY(document.apply(*edit).ok());   // journalled, not saved
    }
    QVERIFY(write(m_page, editedHtml(m_html)));
    const Loaded after = load(m_page);
    AnnotationDocument document;
    const auto report = document.open(after.page, after.article);
    QVERIFY(report.ok() && report->pageChange);
    QCOMPARE(report->replayedEdits, 1);
    const Span *s6 = spanById(document.set(), u"s6"_s);
    QCOMPARE(s6->status, ReviewStatus::Accepted);
    QCOMPARE(s6->anchor, AnchorState::Moved);
    QVERIFY(document.save().ok());
    QCOMPARE(document.reanchoringBackups().size(), 2);   // the file and its journal
    QVERIFY(!QFile::exists(document.journalPath()));

    AnnotationDocument reopened;
    const auto again = reopened.open(after.page, after.article);
    QVERIFY(again.ok());
    QVERIFY(!again->pageChange);
    QCOMPARE(again->replayedEdits, 0);
    QCOMPARE(reopened.set(), document.set());
}

void ReanchorOnOpenTest::crlfAndWhitespaceTextCopy_losesNothing()
{
    const QString page = m_folder->filePath(u"harbour-vote.txt"_s);
    const QByteArray text = contentsOf(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.txt"));
    QVERIFY(write(page, text));
    saveAnnotations(page);

    QByteArray crlf = text;
    crlf.replace("\n", "\r\n");
    crlf.replace("Mayor Elena Varga told", "Mayor  Elena\tVarga   told");
    crlf.replace("Maeve O’Rourke, who", "Maeve O’Rourke,\r\nwho");
    QVERIFY(write(page, crlf));
    const Loaded after = load(page);

    AnnotationDocument document;
    const auto report = document.open(after.page, after.article);
    QVERIFY(report.ok());
    QVERIFY(report->pageChange);
    const ReanchorReport &spans = report->pageChange->spans;
    QCOMPARE(spans.fuzzy.size(), 0);
    QCOMPARE(spans.orphaned.size(), 0);
    QCOMPARE(spans.anchored + spans.moved.size(), qsizetype(std::size(kPhrases)));
    for (const Span &span : document.set().spans) {
        QVERIFY(!span.dom);   // a text copy has no DOM
        QCOMPARE(QStringView(after.article.text).mid(span.start, span.end - span.start), span.text);
        QCOMPARE(span.text.simplified(),
                 QString::fromUtf8(kPhrases[span.id.mid(1).toInt() - 1].text).simplified());
    }
    QVERIFY(document.save().ok());
    const auto read = readAnnotationFile(contentsOf(annotationFilePath(page)), page);
    QVERIFY(read.ok());
    QCOMPARE(read->set.text, after.article.text);
    QCOMPARE(read->set.contentHash, QString::fromLatin1(after.page.contentHash.toHex()));
}

void ReanchorOnOpenTest::unchangedPage_isNotReanchored()
{
    saveAnnotations(m_page);
    const QByteArray saved = contentsOf(annotationFilePath(m_page));
    const Loaded loaded = load(m_page);
    AnnotationDocument document;
    const auto report = document.open(loaded.page, loaded.article);
    QVERIFY(report.ok());
    QVERIFY(!report->pageChange);
    QVERIFY(!document.hasUnsavedChanges());
    QVERIFY(document.save().ok());
    QVERIFY(document.reanchoringBackups().isEmpty());
    QCOMPARE(QDir(m_folder->path()).entryList({u"*.before-reanchoring-*"_s}).size(), 0);
    QCOMPARE(readAnnotationFile(contentsOf(annotationFilePath(m_page)), m_page)->set,
             readAnnotationFile(saved, m_page)->set);
}

void ReanchorOnOpenTest::orphanPastTheShorterText_isKeptAndSaved()
{
    {
        const Loaded loaded = load(m_page);
        AnnotationDocument document;
        QVERIFY(document.open(loaded.page, loaded.article).ok());
        const Phrase last{"s1", "MISC", "challenge the decision in court"};
        QVERIFY(document.apply(addSpan(spanAt(loaded, last))).ok());
        QVERIFY(document.save().ok());
    }
    QByteArray html = m_html;
    const qsizetype deleted = html.indexOf("<p>The cooperative said it would meet");
    QVERIFY(deleted > 0);
    html.remove(deleted, html.indexOf("</p>", deleted) + 4 - deleted);
    QVERIFY(write(m_page, html));
    const Loaded after = load(m_page);

    AnnotationDocument document;
    const auto report = document.open(after.page, after.article);
    QVERIFY(report.ok() && report->pageChange);
    QCOMPARE(idsOf(report->pageChange->spans.orphaned), QStringList{u"s1"_s});
    QVERIFY(report->pageChange->spans.orphaned.first().oldEnd > after.article.text.size());
    const Span &orphan = document.set().spans.first();
    QVERIFY(orphan.end <= after.article.text.size());
    QCOMPARE(orphan.text, u"challenge the decision in court"_s);
    QVERIFY(document.save().ok());
    const auto read = readAnnotationFile(contentsOf(annotationFilePath(m_page)), m_page);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    QCOMPARE(read->set.spans.first().anchor, AnchorState::Orphaned);
    QCOMPARE(read->set.spans.first().text, u"challenge the decision in court"_s);
}

void ReanchorOnOpenTest::cli_reanchorDryRun_thenReanchor_thenReattach()
{
    saveAnnotations(m_page);
    const QString file = annotationFilePath(m_page);
    const QByteArray saved = contentsOf(file);
    QVERIFY(write(m_page, editedHtml(m_html)));

    const Result dry = run({u"reanchor"_s, m_page, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(u"anchored 1, moved 4, fuzzy 1, orphaned 1"_s), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"moved     s2 "_s) && dry.out.contains(u"\"Mayor Elena Varga\""_s), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"fuzzy     s3 0.9"_s), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"\"Saltmarsh Fishers’ Co-operative\" was \"Saltmarsh Fishers’ Cooperative\""_s),
             qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"orphaned  s5 "_s) && dry.out.contains(u"\"Idris Okafor\""_s), qPrintable(dry.out));
    QVERIFY(dry.out.contains(u"dry run: nothing written"_s));
    QCOMPARE(contentsOf(file), saved);
    QCOMPARE(QDir(m_folder->path()).entryList({u"*.before-reanchoring-*"_s}).size(), 0);

    const Result done = run({u"reanchor"_s, m_page});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QString(u"wrote "_s + file)), qPrintable(done.out));
    const QStringList backups = QDir(m_folder->path()).entryList({u"*.before-reanchoring-*"_s});
    QCOMPARE(backups.size(), 1);
    QCOMPARE(contentsOf(m_folder->filePath(backups.first())), saved);
    const Loaded after = load(m_page);
    auto read = readAnnotationFile(contentsOf(file), file);
    QVERIFY(read.ok());
    QCOMPARE(read->set.text, after.article.text);
    QCOMPARE(read->set.contentHash, QString::fromLatin1(after.page.contentHash.toHex()));
    QCOMPARE(spanById(read->set, u"s5"_s)->anchor, AnchorState::Orphaned);

    const Result again = run({u"reanchor"_s, m_page});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"unchanged"_s), qPrintable(again.out));

    // Reattach the orphan on "Harbour Authority", in code points.
    const CodePointIndex index(after.article.text);
    const int start = int(after.article.text.indexOf(u"Harbour Authority"_s));
    const QString from = QString::number(index.toCodePoints(start));
    const QString to = QString::number(index.toCodePoints(start + 17));
    const Result placed = run({u"reattach"_s, file, u"s5"_s, from, to});
    QVERIFY2(placed.exitCode == 0, qPrintable(placed.err));
    QVERIFY2(placed.out.contains(QString(u"s5 placed on "_s + from + u'-' + to + u" \"Harbour Authority\""_s)),
             qPrintable(placed.out));
    read = readAnnotationFile(contentsOf(file), file);
    QVERIFY(read.ok());
    const Span *s5 = spanById(read->set, u"s5"_s);
    QCOMPARE(s5->anchor, AnchorState::Anchored);
    QCOMPARE(s5->text, u"Harbour Authority"_s);
    verifyDomRange(after.page, *s5);
    QVERIFY(!QFile::exists(file + u".journal"_s));
}

void ReanchorOnOpenTest::cli_errorsAndHelp()
{
    const Result help = run({u"reanchor"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"galley-cli reanchor"_s) && help.out.contains(u"--dry-run"_s)
            && help.out.contains(u"orphaned"_s) && help.out.contains(u"Exit codes"_s));
    const Result helpReattach = run({u"reattach"_s, u"--help"_s});
    QCOMPARE(helpReattach.exitCode, 0);
    QVERIFY(helpReattach.out.contains(u"code point"_s));
    const Result overview = run({u"--help"_s});
    QVERIFY(overview.out.contains(u"reanchor"_s) && overview.out.contains(u"reattach"_s));

    QCOMPARE(run({u"reanchor"_s}).exitCode, 2);
    QCOMPARE(run({u"reanchor"_s, m_page, u"--record"_s, u"x"_s}).exitCode, 2);
    const Result noFile = run({u"reanchor"_s, m_page});   // no annotation file yet
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY(noFile.err.contains(u"no annotation file"_s));
    QCOMPARE(run({u"reanchor"_s, m_folder->filePath(u"missing.html"_s)}).exitCode, 1);

    saveAnnotations(m_page);
    const QString file = annotationFilePath(m_page);
    QCOMPARE(run({u"reattach"_s, file, u"s5"_s, u"3"_s}).exitCode, 2);
    QCOMPARE(run({u"reattach"_s, file, u"s5"_s, u"9"_s, u"3"_s}).exitCode, 2);
    const Result unknown = run({u"reattach"_s, file, u"s99"_s, u"0"_s, u"3"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"s99"_s));
    QCOMPARE(run({u"reattach"_s, file, u"s5"_s, u"0"_s, u"99999999"_s}).exitCode, 1);
    // The page changed since the file was saved: offsets would be ambiguous.
    QVERIFY(write(m_page, editedHtml(m_html)));
    const QByteArray before = contentsOf(file);
    const Result changed = run({u"reattach"_s, file, u"s5"_s, u"0"_s, u"3"_s});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY(changed.err.contains(u"reanchor"_s));
    QCOMPARE(contentsOf(file), before);
}

QTEST_GUILESS_MAIN(ReanchorOnOpenTest)
#include "reanchor_on_open_test.moc"
