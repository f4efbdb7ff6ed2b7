// galley-cli edit, run as a process: each action changes the annotation file as the review
// window's key does, offsets in code points, saved atomically (no journal left); a refused or
// malformed action leaves the file as it was.
#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"
#include "annotation/structural_edits.h"
#include "annotation/text_quote.h"
#include "corpus/corpus.h"
#include "corpus/corpus_layers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

// 🚢 is one code point and two UTF-16 units: every offset after it differs between the two.
const QString kText = u"🚢 Mayor Elena Varga told Reuters: “We stay open.” Varga said."_s;

Span spanOf(const QString &id, const QString &label, const QString &words, int from = 0)
{
    Span span;
    span.id = id;
    span.label = label;
    span.start = int(kText.indexOf(words, from));
    span.end = span.start + int(words.size());
    span.text = words;
    span.quote = textQuoteAt(kText, span.start, span.end);
    return span;
}

AnnotationSet sampleSet()
{
    AnnotationSet set;
    set.text = kText;
    set.reviewer = u"anna"_s;
    set.spans = {spanOf(u"s1"_s, u"PER"_s, u"Elena Varga"_s), spanOf(u"s2"_s, u"QUOTE"_s, u"We stay open."_s),
                 spanOf(u"s3"_s, u"PER"_s, u"Varga"_s, int(kText.indexOf(u"”"_s))),
                 spanOf(u"s4"_s, u"ORG"_s, u"Reuters"_s)};
    set.clusters = {{u"c1"_s, u"PER"_s, u"Elena Varga"_s}};
    set.relations = {{u"r1"_s, u"cluster"_s, u"s1"_s, u"c1"_s, ReviewStatus::Pending, {}, {}, {}},
                     {u"r2"_s, u"cluster"_s, u"s3"_s, u"c1"_s, ReviewStatus::Pending, {}, {}, {}}};
    return set;
}

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
    if (!process.waitForFinished(60000))
        qFatal("galley-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

AnnotationSet saved(const QString &path)
{
    auto set = parseAnnotationFile(readFile(path), path);
    if (!set)
        qFatal("unreadable: %s", qPrintable(set.error().message()));
    return *set;
}

const Span *spanNamed(const AnnotationSet &set, const QString &id)
{
    for (const Span &span : set.spans) {
        if (span.id == id)
            return &span;
    }
    return nullptr;
}

// The code point offset of `words` in the text.
QString codePoint(const QString &words, int plus = 0)
{
    return QString::number(QStringView(kText).left(kText.indexOf(words)).toUcs4().size() + plus);
}

} // namespace

class EditCliTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    Result edit(const QStringList &action) { return run(QStringList{u"edit"_s, m_file} + action); }

private slots:
    void init()
    {
        m_file = m_dir.filePath(u"story.galley.json"_s);
        QFile::remove(m_file);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(annotationFileJson(sampleSet()));
    }

    void splitAndMergeSpans()
    {
        Result result = edit({u"split"_s, u"s1"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(u"wrote "_s));
        AnnotationSet set = saved(m_file);
        QCOMPARE(spanNamed(set, u"s1"_s)->text, u"Elena"_s);
        QCOMPARE(spanNamed(set, u"s5"_s)->text, u"Varga"_s);
        QCOMPARE(clusterOfMention(set, u"s5"_s)->id, u"c1"_s);
        QVERIFY(!QFile::exists(m_file + u".journal"_s));

        result = edit({u"merge"_s, u"s1"_s, u"s5"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        set = saved(m_file);
        QCOMPARE(spanNamed(set, u"s1"_s)->text, u"Elena Varga"_s);
        QVERIFY(!spanNamed(set, u"s5"_s));

        result = edit({u"split"_s, u"s1"_s, codePoint(u"Elena"_s, 2)});   // an explicit AT is taken as it is
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(spanNamed(saved(m_file), u"s1"_s)->text, u"El"_s);
    }

    void cueAndSpeakerAndKindInCodePoints()
    {
        Result result = edit({u"cue"_s, u"s2"_s, codePoint(u"said"_s), codePoint(u"said"_s, 4)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        AnnotationSet set = saved(m_file);
        const Span *cue = spanNamed(set, u"s5"_s);
        QVERIFY(cue);
        QCOMPARE(cue->label, u"CUE"_s);
        QCOMPARE(cue->text, u"said"_s);
        QCOMPARE(set.relations.last().type, u"cue"_s);

        QCOMPARE(edit({u"speaker"_s, u"s2"_s, u"s3"_s}).exitCode, 0);
        QCOMPARE(edit({u"kind"_s, u"s2"_s, u"partial"_s}).exitCode, 0);
        set = saved(m_file);
        QCOMPARE(set.relations.last().type, u"speaker"_s);
        QCOMPARE(set.relations.last().to, u"s3"_s);
        QCOMPARE(spanNamed(set, u"s2"_s)->attributes.value(u"kind"_s).toString(), u"partial"_s);
        const Result wrong = edit({u"kind"_s, u"s2"_s, u"shouted"_s});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"shouted"_s), qPrintable(wrong.err));
    }

    void clustersSplitMergeAndRename()
    {
        QCOMPARE(edit({u"split-cluster"_s, u"s3"_s}).exitCode, 0);
        AnnotationSet set = saved(m_file);
        QCOMPARE(set.clusters.size(), 2);
        QCOMPARE(clusterOfMention(set, u"s3"_s)->id, u"c2"_s);
        QCOMPARE(edit({u"merge-clusters"_s, u"c1"_s, u"c2"_s}).exitCode, 0);
        QCOMPARE(edit({u"rename-cluster"_s, u"c1"_s, u"Mayor Elena Varga"_s}).exitCode, 0);
        set = saved(m_file);
        QCOMPARE(set.clusters.size(), 1);
        QCOMPARE(clusterOfMention(set, u"s3"_s)->canonical, u"Mayor Elena Varga"_s);

        // A cluster is named by its id or, as the Entities tab shows it, its canonical name.
        QCOMPARE(edit({u"split-cluster"_s, u"s3"_s}).exitCode, 0);
        // Two entities given one name may be one: the rename is done and says how to merge them.
        const Result sameName = edit({u"rename-cluster"_s, u"c2"_s, u"mayor  Elena Varga"_s});
        QCOMPARE(sameName.exitCode, 0);
        QVERIFY2(sameName.err.contains(u"note: cluster c1 (PER) is called “Mayor Elena Varga”; if they are one entity, "
                                       "`merge-clusters c2 c1` joins them"_s),
                 qPrintable(sameName.err));
        QCOMPARE(edit({u"rename-cluster"_s, u"c2"_s, u"Mayor Elena Varga"_s}).exitCode, 0);
        const Result ambiguous = edit({u"relabel-entity"_s, u"Mayor Elena Varga"_s, u"ORG"_s});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains(u"names clusters c1, c2"_s), qPrintable(ambiguous.err));
        QCOMPARE(edit({u"merge-clusters"_s, u"c1"_s, u"c2"_s}).exitCode, 0);
        const Result relabelled = edit({u"relabel-entity"_s, u"mayor elena varga"_s, u"ORG"_s});
        QCOMPARE(relabelled.exitCode, 0);
        QVERIFY2(relabelled.out.contains(u"Relabel PER span “Varga” as ORG"_s), qPrintable(relabelled.out));
        set = saved(m_file);
        QCOMPARE(set.clusters.first().label, u"ORG"_s);
        QCOMPARE(spanNamed(set, u"s1"_s)->label, u"ORG"_s);
        QCOMPARE(spanNamed(set, u"s3"_s)->label, u"ORG"_s);
        const Result dated = edit({u"relabel-entity"_s, u"c1"_s, u"DATE"_s});
        QCOMPARE(dated.exitCode, 1);
        QVERIFY2(dated.err.contains(u"entity label"_s), qPrintable(dated.err));
    }

    void reviewActions()
    {
        QCOMPARE(edit({u"accept"_s, u"s1"_s}).exitCode, 0);
        QCOMPARE(edit({u"reject"_s, u"s4"_s}).exitCode, 0);
        QCOMPARE(edit({u"relabel"_s, u"s3"_s, u"MISC"_s}).exitCode, 0);
        QCOMPARE(edit({u"resize"_s, u"s1"_s, codePoint(u"Mayor"_s), codePoint(u"Elena"_s, 11)}).exitCode, 0);
        QCOMPARE(edit({u"add"_s, u"LOC"_s, codePoint(u"Reuters"_s), codePoint(u"Reuters"_s, 7)}).exitCode, 0);
        QCOMPARE(edit({u"set"_s, u"s2"_s, u"kind"_s, u"indirect"_s}).exitCode, 0);
        // a comment on a span, as brat's notes import as (it was refused: "a QUOTE span has no attribute note")
        const Result note = edit({u"set"_s, u"s2"_s, u"note"_s, u"check the date"_s});
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));
        const AnnotationSet set = saved(m_file);
        QCOMPARE(spanNamed(set, u"s2"_s)->attributes.value(u"note"_s).toString(), u"check the date"_s);
        QCOMPARE(spanNamed(set, u"s1"_s)->status, ReviewStatus::Edited);   // accepted, then resized
        QCOMPARE(spanNamed(set, u"s1"_s)->text, u"Mayor Elena Varga"_s);
        QCOMPARE(spanNamed(set, u"s4"_s)->status, ReviewStatus::Rejected);
        QCOMPARE(spanNamed(set, u"s3"_s)->label, u"MISC"_s);
        QCOMPARE(spanNamed(set, u"s5"_s)->label, u"LOC"_s);
        QCOMPARE(spanNamed(set, u"s5"_s)->text, u"Reuters"_s);
        QCOMPARE(spanNamed(set, u"s5"_s)->provenance.reviewer, u"anna"_s);
        QCOMPARE(spanNamed(set, u"s2"_s)->attributes.value(u"kind"_s).toString(), u"indirect"_s);
    }

    // The reviewer's notes and the document's status, as the window's Document Notes and Mark
    // Document Done set them.
    void documentNotesAndStatus()
    {
        const QString notes = u"Second quote \U0001F4F0 needs the audio: check with the desk"_s;
        QCOMPARE(edit({u"notes"_s, notes}).exitCode, 0);
        QCOMPARE(edit({u"status"_s, u"done"_s}).exitCode, 0);
        AnnotationSet set = saved(m_file);
        QCOMPARE(set.document.notes, notes);
        QCOMPARE(set.document.status, DocumentStatus::Done);
        QCOMPARE(edit({u"status"_s, u"finished"_s}).exitCode, 2);
        QCOMPARE(edit({u"notes"_s, QString()}).exitCode, 0);
        set = saved(m_file);
        QCOMPARE(set.document.notes, QString());
        QCOMPARE(set.document.status, DocumentStatus::Done);
    }

    void refusedOrMalformedActionsChangeNothing()
    {
        const QByteArray before = readFile(m_file);
        Result result = edit({u"merge"_s, u"s1"_s, u"s2"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"different labels"_s), qPrintable(result.err));
        result = edit({u"merge"_s, u"s1"_s, u"s3"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"not adjacent"_s), qPrintable(result.err));
        QCOMPARE(edit({u"split"_s, u"s1"_s, u"here"_s}).exitCode, 2);
        QCOMPARE(edit({u"split"_s, u"s1"_s, u"999"_s}).exitCode, 2);
        QCOMPARE(edit({u"fold"_s, u"s1"_s}).exitCode, 2);
        QCOMPARE(edit({u"merge"_s, u"s1"_s}).exitCode, 2);
        QCOMPARE(edit({u"split-cluster"_s, u"s1"_s, u"s3"_s}).exitCode, 1);   // all of c1's mentions
        QCOMPARE(readFile(m_file), before);
        QVERIFY(!QFile::exists(m_file + u".journal"_s));
    }

    void pageWithoutAnnotations_startsFromTheDetectors_andPlacesSplitPartsInTheDom()
    {
        const QString source = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.html");
        const QString page = m_dir.filePath(u"harbour-vote.html"_s);
        QFile::remove(page);
        QVERIFY(QFile::copy(source, page));
        const QString file = annotationFilePath(page);
        QFile::remove(file);
        Result result = run({u"edit"_s, page, u"accept"_s, u"s1"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.contains(u"starting from what the detectors find"_s));
        const AnnotationSet detected = saved(file);
        QCOMPARE(detected.spans.first().status, ReviewStatus::Accepted);
        const auto multiWord = std::find_if(detected.spans.cbegin(), detected.spans.cend(), [&](const Span &span) {
            return span.dom && splitPointOf(detected.text, span).has_value();
        });
        QVERIFY(multiWord != detected.spans.cend());
        result = run({u"edit"_s, page, u"split"_s, multiWord->id});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const AnnotationSet split = saved(file);
        QCOMPARE(split.spans.size(), detected.spans.size() + 1);
        const Span *first = spanNamed(split, multiWord->id);
        const Span &second = split.spans.at(split.spans.indexOf(*first) + 1);
        QCOMPARE(first->text + split.text.mid(first->end, second.start - first->end) + second.text, multiWord->text);
        QVERIFY(first->dom && second.dom);
        QVERIFY(first->dom != multiWord->dom);
    }

    // "edit archive.warc.gz accept s1" edited record 0 of two without a word.
    void archiveOfSeveralRecords_needsTheRecordNamed()
    {
        const QString warc = m_dir.filePath(u"harbour-vote.warc.gz"_s);
        QFile::remove(warc);
        QVERIFY(QFile::copy(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.warc.gz"), warc));
        Result result = run({u"edit"_s, warc, u"accept"_s, u"s1"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"holds 2 HTML records: name the one to edit with --record N (0 to 1)"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(annotationFilePath(warc, 0)));
        result = run({u"edit"_s, u"--record"_s, u"1"_s, warc, u"accept"_s, u"s1"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(annotationFilePath(warc, 1)));
    }

    // A corpus layer's page lives in the corpus (pages/…): the edit warned that the page could not
    // be loaded once the original had moved, and the spans it placed had no DOM range.
    void corpusLayer_originalPageGone_placesSpansInTheCorpusCopy()
    {
        QTemporaryDir dir;
        const QString page = dir.filePath(u"harbour-vote.html"_s);
        QVERIFY(QFile::copy(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.html"), page));
        const QString corpus = dir.filePath(u"corpus"_s);
        Result result = run({u"corpus"_s, u"init"_s, corpus});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run({u"corpus"_s, u"import"_s, corpus, page});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::remove(page));
        const QStringList layers = QDir(corpus + u"/annotations"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(layers.size(), 1);
        const QString layer = corpus + u"/annotations/"_s + layers.first() + u"/detectors.galley.json"_s;
        const AnnotationSet before = saved(layer);
        const QString words = u"Quay Street"_s;   // a place the detectors leave out
        const int start = int(QStringView(before.text).left(before.text.indexOf(words)).toUcs4().size());
        result = run({u"edit"_s, layer, u"add"_s, u"LOC"_s, QString::number(start), QString::number(start + words.size())});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"cannot be loaded"_s), qPrintable(result.err));
        const AnnotationSet after = saved(layer);
        QCOMPARE(after.spans.size(), before.spans.size() + 1);
        const auto added = std::find_if(after.spans.cbegin(), after.spans.cend(), [&](const Span &span) {
            return span.text == words && span.status == ReviewStatus::Added;
        });
        QVERIFY(added != after.spans.cend());
        QVERIFY(added->dom.has_value());
        // The same words with the same label again would count twice in agreement and gold.
        result = run({u"edit"_s, layer, u"add"_s, u"LOC"_s, QString::number(start), QString::number(start + words.size())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"“Quay Street” is a LOC span already ("_s + added->id + u")"_s), qPrintable(result.err));
        QCOMPARE(saved(layer).spans.size(), after.spans.size());

        // The corpus records the edit at once, not at its next sync (the detectors' layer starts done).
        result = run({u"edit"_s, layer, u"status"_s, u"in-progress"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        auto opened = Corpus::open(corpus);
        QVERIFY(opened);
        const auto rows = listLayers(**opened, {Corpus::detectorLayer()});
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->first().status, u"in-progress"_s);

        // A reviewer's first edit starts their layer: "corpus status" said not-started after five.
        result = run({u"corpus"_s, u"assign"_s, corpus, u"--reviewers"_s, u"ann"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString annLayer = corpus + u"/annotations/"_s + layers.first() + u"/ann.galley.json"_s;
        QCOMPARE(saved(annLayer).document.status, DocumentStatus::NotStarted);
        result = run({u"edit"_s, annLayer, u"reject"_s, saved(annLayer).spans.first().id});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(saved(annLayer).document.status, DocumentStatus::InProgress);
        const auto annRows = listLayers(**opened, {u"ann"_s});
        QVERIFY(annRows && annRows->size() == 1);
        QCOMPARE(annRows->first().status, u"in-progress"_s);
    }

    // The helper's test: the window had the page open and edited, galley-cli edited the same
    // annotations, and the window's next save put the old labels back. One process writes at a time.
    void anotherWriter_isRefused_andNothingIsLost()
    {
        {
            AnnotationDocument window;   // as the review window holds it
            QVERIFY(window.open(m_file).ok());
            const Span accepted = [&] { Span span = *spanNamed(window.set(), u"s1"_s); span.status = ReviewStatus::Accepted; return span; }();
            QVERIFY(window.apply(*updateSpan(window.set(), accepted)).ok());
            QVERIFY(QFile::exists(m_file + u".lock"_s));

            const QByteArray before = readFile(m_file);
            const Result refused = edit({u"reject"_s, u"s3"_s});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(u"is being edited by"_s) && refused.err.contains(m_file), qPrintable(refused.err));
            QCOMPARE(readFile(m_file), before);
            QVERIFY(window.save().ok());
        }
        QVERIFY(!QFile::exists(m_file + u".lock"_s));   // closing lets go of it
        QCOMPARE(spanNamed(saved(m_file), u"s1"_s)->status, ReviewStatus::Accepted);

        // Open but not edited yet: galley-cli may write, and then the window may not until it
        // opens the page again (its copy is out of date).
        AnnotationDocument window;
        QVERIFY(window.open(m_file).ok());
        QCOMPARE(edit({u"reject"_s, u"s3"_s}).exitCode, 0);
        Span relabelled = *spanNamed(window.set(), u"s1"_s);
        relabelled.label = u"ORG"_s;
        const auto stale = window.apply(*updateSpan(window.set(), relabelled));
        QVERIFY(!stale);
        QVERIFY2(stale.error().message.contains(u"changed on disk"_s), qPrintable(stale.error().message));
        QCOMPARE(stale.error().conflict, EditError::Conflict::ChangedOnDisk);   // the window asks to open it again
        QVERIFY(!window.save());
        QCOMPARE(spanNamed(saved(m_file), u"s3"_s)->status, ReviewStatus::Rejected);
        AnnotationDocument reopened;
        QVERIFY(reopened.open(m_file).ok());
        QVERIFY(reopened.apply(*updateSpan(reopened.set(), relabelled)).ok());
    }

    // A lock left by a process that has ended is taken over.
    void lockOfAnEndedProcess_isTakenOver()
    {
        QProcess ended;
        ended.start(u"true"_s, QStringList());
        QVERIFY(ended.waitForFinished());
        QFile lock(m_file + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(u"%1 %2 galley\n"_s.arg(ended.processId() > 0 ? ended.processId() : 999999).arg(QSysInfo::machineHostName()).toUtf8());
        lock.close();
        QCOMPARE(edit({u"accept"_s, u"s1"_s}).exitCode, 0);
        QVERIFY(!QFile::exists(m_file + u".lock"_s));
    }

    void helpListsEveryAction()
    {
        const Result help = run({u"edit"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &action : {u"accept"_s, u"reject"_s, u"relabel"_s, u"resize"_s, u"add"_s, u"split"_s,
                                      u"merge"_s, u"speaker"_s, u"cue"_s, u"kind"_s, u"set"_s, u"merge-clusters"_s,
                                      u"split-cluster"_s, u"rename-cluster"_s, u"relabel-entity"_s, u"notes"_s, u"status"_s})
            QVERIFY2(help.out.contains(u"  "_s + action + u' '), qPrintable(action));
        QVERIFY(run({u"--help"_s}).out.contains(u"edit"_s));
    }
};

QTEST_GUILESS_MAIN(EditCliTest)
#include "edit_cli_test.moc"
