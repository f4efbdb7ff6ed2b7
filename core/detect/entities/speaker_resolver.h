#pragma once

#include "detect/entities/entity_cluster.h"
#include "detect/entities/mention_name.h"
#include "detect/entities/name_lexicon.h"
#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote.h"
#include "text/token.h"

#include <QList>
#include <QStringView>

#include <functional>

namespace galley {

enum class SpeakerReference { None, Name, Pronoun, Description };

struct SpeakerResolution
{
    int cluster = -1;   // index into the clusters; -1 when no entity fits
    SpeakerReference reference = SpeakerReference::None;
};

// Finds the entity a quote's speaker mention refers to. A mention that holds a name resolves to
// that name's cluster (the last person named in "the first deputy chief …, Lt. Gen. Viktor
// Poznikhir"). A pronoun ("he") resolves to the nearest person before it whose gender does not
// disagree: in its own sentence the nearest, then sentence by sentence backwards, each
// sentence's subject (its first person) first. Gender comes from the given name ("Maria"),
// gendered titles and roles ("Mr.", "spokeswoman") and "his"/"her" right after a mention;
// unknown fits both, after a person whose gender agrees in the same sentence ("Rishi Sunak met
// Angela Merkel. She said …"). Names inside quote marks are what was said, never whom a
// pronoun means. "It" resolves the same way to the nearest organisation, or the nearest body
// that speaks in the text ("Israel said it …"); "who" and "which"
// to the person or organisation right before them ("Elena Varga, who"). A description
// ("the spokesperson") resolves to the nearest person introduced with that role ("spokesperson
// Maria Zakharova", "the pontiff" for "Pope Francis"), or to an organisation whose name holds
// the word ("the ministry"). A name
// the entity model missed resolves to the nearest earlier person with that surname. Someone who
// speaks for the person named ("Trump's lawyer", "a spokesman for Prince Harry") resolves to
// no one; one who speaks for a body, to the body ("a spokesman for the Kremlin").
class SpeakerResolver final
{
public:
    // Every list must outlive the resolver; mentions in text order, names one per mention,
    // clusters index mentions.
    // `quotes` are the text's attributions: their quoted words and speakers.
    SpeakerResolver(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
                    const QList<EntityMention> &mentions, const QList<MentionName> &names,
                    const QList<EntityCluster> &clusters, const NameLexicon &lexicon, const QList<Quote> &quotes = {});
    Q_DISABLE_COPY_MOVE(SpeakerResolver)   // holds references to the lists it was given

    SpeakerResolution resolve(TextRange speaker) const;

private:
    SpeakerResolution resolveName(TextRange speaker) const;
    bool speaksForAnother(TextRange speaker, int cluster) const;
    // The nearest earlier mention that fits (mention index → whether its entity could be meant).
    // fits(mention, unknownFits): whether the mention's entity could be meant, the second time
    // also when its gender is unknown.
    SpeakerResolution resolvePronoun(TextRange speaker, const std::function<bool(int, bool)> &fits) const;
    SpeakerResolution resolveUntaggedName(TextRange speaker) const;
    SpeakerResolution resolveRelative(TextRange speaker, bool person) const;
    SpeakerResolution resolveDescription(TextRange speaker, const QStringList &words, bool definite) const;
    bool isPerson(int mention) const;
    bool isQuoted(int mention) const;
    bool isOwner(int mention) const;
    // The first letter after `offset`, past spaces, is lower case.
    bool isLowerAfter(qsizetype offset) const;   // "Messi's coach"
    qsizetype personsBefore(qsizetype offset) const;
    int subjectBodyOfSentence(TextRange speaker, const std::function<bool(int, bool)> &fits) const;
    void collectRoles();
    NameGender clusterGender(int cluster) const;
    qsizetype sentenceAt(qsizetype offset) const;
    qsizetype firstTokenFrom(qsizetype offset) const;     // index of the first token starting at or after
    qsizetype firstMentionFrom(qsizetype offset) const;   // index of the first mention starting at or after
    QStringList lowerWords(qsizetype start, qsizetype end) const;
    // The first / last `count` of those words: bounded work in sentences of any length.
    QStringList firstLowerWords(qsizetype start, qsizetype end, qsizetype count) const;
    QStringList lastLowerWords(qsizetype start, qsizetype end, qsizetype count) const;

    QStringView m_text;
    const QList<Token> &m_tokens;
    const QList<Sentence> &m_sentences;
    const QList<EntityMention> &m_mentions;
    const QList<MentionName> &m_names;
    const QList<EntityCluster> &m_clusters;
    const NameLexicon &m_lexicon;
    QList<int> m_clusterOfMention;
    QList<NameGender> m_genders;   // per cluster
    QList<QStringList> m_roles;    // per mention: role words of a person's mention (roleKey form)
    QList<TextRange> m_quoted;     // the words of direct and partial quotes, in text order
    QList<bool> m_speaks;          // per mention: whether it is (in) a quote's speaker
};

} // namespace galley
