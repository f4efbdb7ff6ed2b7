#include "detect/quotes/cue_subjects.h"

#include <QSet>
#include <QStringList>

namespace galley {

namespace {

// Words after "said" that still belong to its cue: when, where, how it was said.
bool describesTheSaying(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("in"),     QStringLiteral("on"),     QStringLiteral("at"),      QStringLiteral("during"),
        QStringLiteral("after"),  QStringLiteral("before"), QStringLiteral("via"),     QStringLiteral("through"),
        QStringLiteral("to"),     QStringLiteral("that"),   QStringLiteral("today"),   QStringLiteral("yesterday"),
        QStringLiteral("tonight"), QStringLiteral("earlier"), QStringLiteral("later"), QStringLiteral("last"),
        QStringLiteral("this"),   QStringLiteral("next"),   QStringLiteral("late"),    QStringLiteral("early"),
        QStringLiteral("again"),  QStringLiteral("also"),   QStringLiteral("then"),    QStringLiteral("once"),
        QStringLiteral("when"),   QStringLiteral("while"),  QStringLiteral("as"),      QStringLiteral("of"),
        QStringLiteral("about"),  QStringLiteral("with"),   QStringLiteral("by"),      QStringLiteral("from"),
    };
    return words.contains(word) || word.endsWith(QLatin1StringView("ly"));
}

} // namespace

void returnSubjectsToContents(QStringView text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.content.start < quote.cue.end
            || !text.mid(quote.cue.end, quote.content.start - quote.cue.end).trimmed().isEmpty())
            continue;
        const QStringView cue = text.mid(quote.cue.start, quote.cue.end - quote.cue.start);
        const qsizetype space = cue.indexOf(u' ');
        if (space < 0)
            continue;
        const QString head = cue.left(space).toString().toLower();
        if (head != u"said" && head != u"says")
            continue;
        const QString next = cue.mid(space + 1).trimmed().toString().section(u' ', 0, 0);
        if (next.isEmpty() || !next.front().isLower() || describesTheSaying(next))
            continue;
        qsizetype start = quote.cue.start + space;
        while (start < quote.cue.end && text[start].isSpace())
            ++start;
        quote.cue.end = quote.cue.start + space;
        quote.content.start = start;
    }
}

} // namespace galley
