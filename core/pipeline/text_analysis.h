#pragma once

#include "detect/entities/entity_cluster.h"
#include "detect/entities/mention_name.h"
#include "detect/entities/speaker_resolver.h"
#include "detect/ner/entity_finder.h"
#include "detect/numbers/number_mention.h"
#include "detect/quotes/quote.h"
#include "text/token.h"

#include <QList>

namespace galley {

// What the detectors found in one text, every offset in UTF-16 code units into that text.
struct TextAnalysis
{
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntityMention> mentions;
    QList<MentionName> names;            // one per mention
    QList<EntityCluster> clusters;       // index mentions
    QList<Quote> quotes;
    QList<SpeakerResolution> speakers;   // one per quote
    QList<NumberMention> numbers;
};

// Time spent in each stage of one analysis, in nanoseconds of the calling thread's clock.
struct StageTimes
{
    qint64 tokenize = 0;   // tokens and sentences
    qint64 entities = 0;   // the entity model
    qint64 clusters = 0;   // mention names and clusters
    qint64 quotes = 0;     // quotes and their speakers
    qint64 numbers = 0;

    StageTimes &operator+=(const StageTimes &other);
    qint64 total() const { return tokenize + entities + clusters + quotes + numbers; }
};

} // namespace galley
