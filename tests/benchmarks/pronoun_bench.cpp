// Prints how often speaker resolution finds the person a "he"/"she" refers to, on the GUM news
// and interview documents (gold coreference), with the entity model's own mentions and clusters.
//   build/bin/pronoun_bench [GUM_DIR...]   (default: ../shared/data/ner/gum-news/{train,dev})
#include "gum_documents.h"

#include "detect/entities/entity_clusterer.h"
#include "detect/entities/speaker_resolver.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace galley;
using namespace galley::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const auto model = NerModel::load(NerModel::defaultPath());
    const auto lexicon = NameLexicon::load();
    if (!model || !lexicon) {
        out << "pronoun_bench: " << (!model ? model.error().toString() : lexicon.error().toString()) << '\n';
        return 1;
    }

    int pronouns = 0;
    int resolved = 0;
    int correct = 0;
    int documents = 0;
    for (const QString &path : gumFiles(app.arguments().mid(1))) {
        const GoldDocument gold = readGum(path);
        if (gold.text.isEmpty())
            continue;
        ++documents;
        const QList<Token> tokens = tokenize(gold.text);
        const QList<Sentence> sentences = splitSentences(gold.text, tokens);
        const QList<EntityMention> mentions = findEntities(*model, gold.text, tokens, sentences);
        QList<MentionName> names;
        for (const EntityMention &mention : mentions)
            names.append(mentionName(gold.text, mention, *lexicon));
        const QList<EntityCluster> clusters = clusterEntities(gold.text, mentions, names, *lexicon);
        const SpeakerResolver resolver(gold.text, tokens, sentences, mentions, names, clusters, *lexicon);

        for (qsizetype g = 0; g < gold.mentions.size(); ++g) {
            const GoldMention &pronoun = gold.mentions[g];
            const QString word = gold.text.mid(pronoun.start, pronoun.end - pronoun.start).toLower();
            if (pronoun.type != u"person" || (word != u"he" && word != u"she"))
                continue;
            // Only pronouns whose person was named before: what a reviewer expects resolved.
            QList<const GoldMention *> named;
            for (qsizetype e = 0; e < g; ++e) {
                const GoldMention &earlier = gold.mentions[e];
                if (earlier.entity == pronoun.entity && gold.text[earlier.start].isUpper()
                    && earlier.end - earlier.start > 3)
                    named.append(&earlier);
            }
            if (named.isEmpty())
                continue;
            ++pronouns;
            const SpeakerResolution resolution = resolver.resolve({pronoun.start, pronoun.end});
            if (resolution.cluster < 0)
                continue;
            ++resolved;
            bool right = false;
            for (int m : clusters[resolution.cluster].mentions) {
                for (const GoldMention *goldName : std::as_const(named))
                    right = right || (mentions[m].start < goldName->end && goldName->start < mentions[m].end);
            }
            correct += right ? 1 : 0;
        }
    }
    out << documents << " GUM documents, " << pronouns << " he/she with a named antecedent: " << resolved
        << " resolved, " << correct << " to the right person (accuracy "
        << QString::number(100.0 * correct / std::max(pronouns, 1), 'f', 1) << " %, precision "
        << QString::number(100.0 * correct / std::max(resolved, 1), 'f', 1) << " %)\n";
    return 0;
}
