#pragma once

#include "detect/quotes/analysed_text.h"
#include "text/personal_pronouns.h"

namespace galley {

// The speaker mention written just before a cue, its grammatical subject: a name ("Donald
// Trump"), a pronoun ("he"), or a description ("a campaign spokesman", "the source"). Looks
// at tokens [limit, cueBegin); empty when none ends right before the cue.
TokenSpan speakerBefore(const AnalysedText &text, qsizetype cueBegin, qsizetype limit);

// The speaker written just after a cue, as in "…,” said Smith" or "according to the report";
// tokens [cueEnd, limit).
TokenSpan speakerAfter(const AnalysedText &text, qsizetype cueEnd, qsizetype limit);

// A speaker closing a sentence after a comma, with what describes it: "…, Tesco boss Ken Murphy
// said." (speakerBefore gives "Ken Murphy"), "…, a spokesman for the ministry said.", "…, Rachel
// Reeves, the chancellor, said." (speakerBefore gives "the chancellor"). The speaker widened back
// to the comma that opens the attribution, past no verb nor conjunction; as it was when no such
// comma is within reach. Tokens from `limit` on.
TokenSpan speakerAfterComma(const AnalysedText &text, TokenSpan speaker, qsizetype limit);

} // namespace galley
