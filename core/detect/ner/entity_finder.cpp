#include "entity_finder.h"

#include "detect/ner/entity_confidence.h"
#include "detect/ner/ner_evaluation.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace galley {

QString modelWord(QStringView tokenText)
{
    QString word = tokenText.toString();
    for (QChar &c : word) {
        switch (c.unicode()) {
        case u'\u201C': case u'\u201D': case u'\u201E': case u'\u201F': case u'\u00AB': case u'\u00BB':
        case u'\u2039': case u'\u203A':
            c = u'"';
            break;
        case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201B':
            c = u'\'';
            break;
        default:
            break;
        }
    }
    return word;
}

QList<EntityMention> findEntities(const NerModel &model, QStringView text, const QList<Token> &tokens,
                                  const QList<Sentence> &sentences)
{
    QList<QStringList> words;
    words.reserve(sentences.size());
    for (const Sentence &sentence : sentences) {
        QStringList sentenceWords;
        sentenceWords.reserve(sentence.tokenCount());
        for (qsizetype t = sentence.tokenBegin; t < sentence.tokenEnd; ++t)
            sentenceWords.append(modelWord(text.mid(tokens[t].start, tokens[t].length())));
        words.append(sentenceWords);
    }
    QList<std::vector<float>> confidence;
    const QList<QList<TagId>> tags =
        model.tagDocument(words, model.passCount(), NerDecoding::Viterbi, NerSpanRepairs::Apply, &confidence);
    QList<EntityMention> mentions;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const qsizetype first = sentences[s].tokenBegin;
        for (const EntitySpan &span : entitySpans(tags[s]))
            mentions.append({tokens[first + span.tokenBegin].start, tokens[first + span.tokenEnd - 1].end, span.type,
                             entityConfidence(confidence[s], span)});
    }
    return mentions;
}

QList<EntityMention> findEntities(const NerModel &model, QStringView text)
{
    const QList<Token> tokens = tokenize(text);
    return findEntities(model, text, tokens, splitSentences(text, tokens));
}

} // namespace galley
