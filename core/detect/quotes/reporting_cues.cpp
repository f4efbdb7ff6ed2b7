#include "reporting_cues.h"

#include <QStringList>

#include <algorithm>

#include <QSet>

namespace galley {

namespace {

const QSet<QString> &reportingWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        // Verbs with their -s, -ed and -ing forms built below; irregular forms listed as such.
        const char *const regular[] = {
            "add", "admit", "acknowledge", "announce", "argue", "assert", "boast", "caution", "claim",
            "complain", "concede", "confirm", "contend", "declare", "deny", "describe", "emphasize",
            "emphasise", "estimate", "explain", "insist", "joke", "maintain", "mention", "note", "observe",
            "predict", "promise", "quip", "recall", "remark", "repeat", "reply", "report", "respond",
            "reveal", "scoff", "scream", "shout", "state", "stress", "suggest", "testify", "tweet", "post",
            "urge", "vow", "warn", "whisper", "yell", "allege", "answer", "ask", "assure", "believe",
            "charge", "comment", "conclude", "continue", "counter", "cry", "disclose", "exclaim",
            "indicate", "inform", "interject", "lament", "muse", "point", "pledge", "proclaim",
            "protest", "question", "reason", "recount", "reiterate", "retort", "signal", "snap",
            "speculate", "sum", "surmise", "underline", "underscore", "wonder", "worry", "agree",
            "fear", "hope", "demand", "accuse", "blast", "criticize", "criticise", "slam", "praise",
            "call", "quote", "consider", "show", "suggest", "conclude", "find", "reckon", "assume",
            "imply", "advise", "acknowledge", "chant", "echo", "counsel", "mutter", "murmur",
        };
        const auto addForms = [&set](const QString &verb) {
            set.insert(verb);
            const bool endsE = verb.endsWith(u'e');
            const bool endsY = verb.endsWith(u'y') && verb.size() > 2 && !QStringView(u"aeiou").contains(verb[verb.size() - 2]);
            if (endsY) {
                set.insert(verb.chopped(1) + QStringLiteral("ies"));
                set.insert(verb.chopped(1) + QStringLiteral("ied"));
            } else {
                set.insert(verb + (verb.endsWith(u's') || verb.endsWith(u'h') || verb.endsWith(u'o') ? QStringLiteral("es") : QStringLiteral("s")));
                set.insert(verb + (endsE ? QStringLiteral("d") : QStringLiteral("ed")));
            }
            set.insert((endsE && verb != u"agree" ? verb.chopped(1) : verb) + QStringLiteral("ing"));
        };
        for (const char *verb : regular)
            addForms(QString::fromLatin1(verb));
        const char *const irregular[] = {
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
            "written", "writing", "think", "thinks", "thought", "thinking", "know", "knows", "knew",
            "feel", "feels", "felt", "hold", "holds", "held", "swear", "swore", "sworn", "quipped",
            "quipping", "snapped", "snapping", "vowed", "according", "found", "finds", "shows", "showed",
            "shown", "told", "spoke", "speak", "speaks", "admitted", "admitting", "committed", "referred",
            "ruled", "rules", "read", "reads", "teaches", "taught", "sang", "sings", "cried", "replied",
            "sees", "saw", "seen", "understands", "understood",
        };
        for (const char *word : irregular)
            set.insert(QString::fromLatin1(word));
        set.remove(QStringLiteral("admited"));
        set.remove(QStringLiteral("admiting"));
        return set;
    }();
    return words;
}

bool isAuxiliary(QStringView lower)
{
    static const QSet<QString> auxiliaries = {
        QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("is"),
        QStringLiteral("are"), QStringLiteral("did"), QStringLiteral("does"), QStringLiteral("could"),
        QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("should"), QStringLiteral("also"),
        QStringLiteral("later"), QStringLiteral("then"), QStringLiteral("previously"),
    };
    return auxiliaries.contains(lower.toString());
}

bool startsWithCapital(QStringView text, const Token &token)
{
    return token.kind == TokenKind::Word && text[token.start].isUpper();
}

} // namespace

QString lowerTokenText(QStringView text, const Token &token)
{
    return text.mid(token.start, token.length()).toString().toLower();
}

bool isReportingWord(QStringView lowerWord)
{
    return reportingWords().contains(lowerWord.toString());
}

CueTokens cueStartingAt(QStringView text, const QList<Token> &tokens, qsizetype t, qsizetype limit)
{
    if (t < 0 || t >= limit || tokens[t].kind != TokenKind::Word)
        return {};
    qsizetype head = t;
    if (isAuxiliary(lowerTokenText(text, tokens[t]))) {
        head = t + 1;
        if (head < limit && tokens[head].kind == TokenKind::Word && isAuxiliary(lowerTokenText(text, tokens[head])))
            ++head;
        if (head >= limit || tokens[head].kind != TokenKind::Word)
            return {};
    }
    const QString word = lowerTokenText(text, tokens[head]);
    if (word == u"according") {
        if (head + 1 < limit && lowerTokenText(text, tokens[head + 1]) == u"to")
            return {t, head + 2, true};
        return {};
    }
    if (!isReportingWord(word) || word == u"according")
        return {};
    CueTokens cue{t, head + 1, false};
    if (word.startsWith(u"tell") || word == u"told") {
        // The listener joins the cue when named: "told Sputnik", "told The Associated Press".
        qsizetype listener = head + 1;
        if (listener < limit && lowerTokenText(text, tokens[listener]) == u"the")
            ++listener;
        qsizetype end = listener;
        while (end < limit && end < listener + 4 && startsWithCapital(text, tokens[end]))
            ++end;
        if (end > listener)
            cue.end = end;
    }
    return cue;
}

bool cueReportsSpeech(QStringView text, qsizetype start, qsizetype end)
{
    const QStringList words = text.mid(start, end - start).toString().toLower().split(u' ', Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(), [](const QString &word) { return isReportingWord(word); });
}

} // namespace galley
