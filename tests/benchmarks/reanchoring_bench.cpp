// Prints how long re-anchoring 10,000 spans takes on a long article after typical changes.
//   build/bin/reanchoring_bench
#include "annotation/reanchoring.h"
#include "annotation/text_quote.h"
#include "../core/cpu_timer.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSpanCount = 10000;

QString randomWord(QRandomGenerator &random)
{
    QString word;
    for (int i = random.bounded(2, 10); i > 0; --i)
        word += QChar(u'a' + random.bounded(26));
    return word;
}

// A long article of sentences naming people and places among random words (a fixed seed, so
// every run measures the same text), paragraphs separated by CRLF line breaks.
QString longArticle()
{
    const QStringList names = {u"Angela Merkel"_s, u"Emmanuel Macron"_s, u"Olaf Scholz"_s, u"Ursula von der Leyen"_s,
                               u"Volodymyr Zelensky"_s, u"Recep Tayyip Erdoğan"_s, u"Giorgia Meloni"_s};
    const QStringList places = {u"Berlin"_s, u"Paris"_s, u"Brussels"_s, u"Kyiv"_s, u"Ankara"_s, u"Rome"_s, u"Warsaw"_s};
    QRandomGenerator random(42);
    QString text;
    for (int sentence = 0; sentence < kSpanCount / 2 + 1; ++sentence) {
        text += names[random.bounded(int(names.size()))] + u" said in " + places[random.bounded(int(places.size()))]
            + u" on day " + QString::number(sentence) + u" that";
        for (int word = 0; word < 6; ++word)
            text += u' ' + randomWord(random);
        text += u" would follow."_s;
        text += sentence % 5 == 4 ? u"\r\n\r\n"_s : u" "_s;
    }
    return text;
}

// Spans on every name and place, front to back, until there are kSpanCount.
AnnotationSet annotate(const QString &text)
{
    AnnotationSet set;
    set.text = text;
    const auto addSpan = [&set, &text](const QString &label, int start, int end) {
        Span span;
        span.id = u"s"_s + QString::number(set.spans.size() + 1);
        span.label = label;
        span.start = start;
        span.end = end;
        span.text = text.mid(start, end - start);
        span.quote = textQuoteAt(text, start, end);
        set.spans.append(span);
    };
    int sentenceStart = 0;
    while (set.spans.size() + 2 <= kSpanCount) {
        const qsizetype nameEnd = text.indexOf(u" said in "_s, sentenceStart);
        const qsizetype placeStart = nameEnd + 5;
        const qsizetype placeEnd = text.indexOf(u" on day"_s, sentenceStart);
        const qsizetype sentenceEnd = text.indexOf(u"follow."_s, sentenceStart);
        if (placeEnd < 0 || sentenceEnd < 0)
            break;
        addSpan(u"PER"_s, sentenceStart, int(nameEnd));
        addSpan(u"LOC"_s, int(placeStart + 4), int(placeEnd));
        sentenceStart = int(sentenceEnd + 7);
        while (sentenceStart < text.size() && text[sentenceStart].isSpace())
            ++sentenceStart;
    }
    return set;
}

void measure(QTextStream &out, const QString &what, const AnnotationSet &set, const QString &newText)
{
    const CpuTimer timer;
    const Reanchoring result = reanchor(set, newText);
    const qint64 ms = timer.elapsedMs();
    out << what << ": " << set.spans.size() << " spans on " << set.text.size() << " UTF-16 units in " << ms << " ms CPU"
        << " (anchored " << result.report.anchored << ", moved " << result.report.moved.size() << ", fuzzy "
        << result.report.fuzzy.size() << ", orphaned " << result.report.orphaned.size() << ")\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString text = longArticle();
    const AnnotationSet set = annotate(text);

    QString edited = text;
    edited.insert(text.size() / 2, u"A sentence the improved extractor found. "_s);
    edited.replace(u"day 17 "_s, u"day seventeen "_s);
    edited.remove(text.size() / 4, 300);
    measure(out, u"after an insertion, a replacement and a deletion"_s, set, edited);

    QString lineFeeds = text;
    lineFeeds.replace(u"\r\n"_s, u"\n"_s);
    measure(out, u"after CRLF → LF"_s, set, lineFeeds);

    QString typos = text;
    for (const QString &place : {u"Brussels"_s}) {
        for (int i = 0; i < 40; ++i) {
            const qsizetype at = typos.indexOf(place, qsizetype(i) * (typos.size() / 40));
            if (at >= 0)
                typos.replace(at, place.size(), u"Brusels"_s);
        }
    }
    measure(out, u"after 40 place names were misspelt (fuzzy)"_s, set, typos);

    QString paragraphGone = text;
    const qsizetype paragraphStart = text.indexOf(u"\r\n\r\n"_s, text.size() / 3) + 4;
    paragraphGone.remove(paragraphStart, text.indexOf(u"\r\n\r\n"_s, paragraphStart) + 4 - paragraphStart);
    measure(out, u"after a paragraph was deleted (orphans)"_s, set, paragraphGone);

    // An improved extractor: 1,000 small changes all over the article (a word dropped or added
    // every 500 units), too many for one word diff.
    QString scattered = text;
    for (qsizetype at = scattered.size() - 250; at > 0; at -= 500) {
        const qsizetype space = scattered.indexOf(u' ', at);
        if (space < 0)
            continue;
        if ((at / 500) % 2 == 0)
            scattered.insert(space, u" (updated)"_s);
        else
            scattered.remove(space, scattered.indexOf(u' ', space + 1) - space);
    }
    measure(out, u"after 1,000 scattered small edits"_s, set, scattered);

    // The slow path: no span keeps its words around it, every one is searched for.
    QStringList paragraphs = text.split(u"\r\n\r\n"_s);
    std::reverse(paragraphs.begin(), paragraphs.end());
    measure(out, u"after the paragraphs were reversed (every span searched)"_s, set, paragraphs.join(u"\r\n\r\n"_s));

    QString prepended = u"BERLIN (Reuters) - "_s + text;
    measure(out, u"after a dateline prepended"_s, set, prepended);
    return 0;
}
