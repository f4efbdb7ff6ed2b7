#pragma once

#include "text/token.h"

#include <QList>
#include <QStringView>

namespace galley {

// Tokens [begin, end) of a cue: the reporting words of an attribution ("said", "has said",
// "told Sputnik", "according to").
struct CueTokens
{
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isAccordingTo = false;
    bool isEmpty() const { return begin < 0 || end <= begin; }
};

// Verbs of saying, writing, thinking and finding in every form news uses ("said", "tells",
// "tweeted", "according"); lower-case input.
bool isReportingWord(QStringView lowerWord);

// Whether a cue's words, the stretch [start, end) of text, hold a reporting word: "has said",
// "told Sputnik"; not "enjoy" or "has sacked".
bool cueReportsSpeech(QStringView text, qsizetype start, qsizetype end);

// The cue that starts at token `t` (its head word is token t or, after an auxiliary, t + 1), not
// running past `limit`; empty when token t starts none. "told" takes a following name as its
// listener ("told Sputnik"); "has said", "would say" keep the auxiliary.
CueTokens cueStartingAt(QStringView text, const QList<Token> &tokens, qsizetype t, qsizetype limit);

// The lower-cased text of a token.
QString lowerTokenText(QStringView text, const Token &token);

} // namespace galley
