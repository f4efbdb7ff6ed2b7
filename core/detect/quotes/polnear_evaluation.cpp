#include "polnear_evaluation.h"

#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote_finder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace galley {

QuoteScores evaluateQuotes(const PolnearCorpus &corpus, const NerModel &ner, const QuoteModel &quotes)
{
    QuoteScores scores;
    for (const PolnearDocument &document : corpus.documents) {
        const QList<Token> tokens = tokenize(document.text);
        const QList<Sentence> sentences = splitSentences(document.text, tokens);
        const QList<EntityMention> entities = findEntities(ner, document.text, tokens, sentences);
        scores.addDocument(document, findQuotes(quotes, document.text, tokens, sentences, entities));
    }
    return scores;
}

} // namespace galley
