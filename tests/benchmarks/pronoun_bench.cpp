// Prints how often speaker resolution finds the person a "he"/"she" refers to, on the GUM news
// and interview documents (gold coreference), with the entity model's own mentions and clusters.
//   build/bin/pronoun_bench [GUM_DIR...]   (default: ../shared/data/ner/gum-news/{train,dev})
#include "detect/entities/entity_clusterer.h"
#include "detect/entities/speaker_resolver.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

using namespace galley;

namespace {

struct GoldMention
{
    qsizetype start = 0;   // UTF-16 offsets into the rebuilt text
    qsizetype end = 0;
    int entity = 0;
    QString type;          // "person", "organization", …
};

struct GoldDocument
{
    QString text;          // tokens joined as written (SpaceAfter), one sentence a line
    QList<GoldMention> mentions;
};

// A CoNLL-U file with GUM's Entity= brackets in MISC: "(5-person-…" opens, "5)" closes.
GoldDocument readGum(const QString &path)
{
    GoldDocument document;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return document;
    static const QRegularExpression bracket(QStringLiteral("\\((\\d+)-([a-z]+)[^()]*(\\))?|(\\d+)\\)"));
    QHash<int, QList<GoldMention>> open;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        if (line.trimmed().isEmpty()) {
            if (!document.text.isEmpty() && !document.text.endsWith(u'\n'))
                document.text += u'\n';
            continue;
        }
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 10 || columns[0].contains(u'-') || columns[0].contains(u'.'))
            continue;
        const qsizetype start = document.text.size();
        document.text += columns[1];
        const qsizetype end = document.text.size();
        const QString misc = columns[9];
        for (const QString &field : misc.split(u'|')) {
            if (!field.startsWith(QStringLiteral("Entity=")))
                continue;
            auto matches = bracket.globalMatch(field.mid(7));
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                if (!match.captured(1).isEmpty()) {
                    GoldMention mention{start, end, match.captured(1).toInt(), match.captured(2)};
                    if (!match.captured(3).isEmpty())
                        document.mentions.append(mention);
                    else
                        open[mention.entity].append(mention);
                } else if (QList<GoldMention> &stack = open[match.captured(4).toInt()]; !stack.isEmpty()) {
                    GoldMention mention = stack.takeLast();
                    mention.end = end;
                    document.mentions.append(mention);
                }
            }
        }
        if (!misc.contains(QStringLiteral("SpaceAfter=No")))
            document.text += u' ';
    }
    std::sort(document.mentions.begin(), document.mentions.end(),
              [](const GoldMention &a, const GoldMention &b) { return a.start < b.start; });
    return document;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList folders = app.arguments().mid(1);
    if (folders.isEmpty())
        folders = {QStringLiteral(GALLEY_SHARED_DIR "/data/ner/gum-news/train"),
                   QStringLiteral(GALLEY_SHARED_DIR "/data/ner/gum-news/dev")};
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
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.conllu")}, QDir::Files)) {
            const GoldDocument gold = readGum(dir.filePath(name));
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
    }
    out << documents << " GUM documents, " << pronouns << " he/she with a named antecedent: " << resolved
        << " resolved, " << correct << " to the right person (accuracy "
        << QString::number(100.0 * correct / std::max(pronouns, 1), 'f', 1) << " %, precision "
        << QString::number(100.0 * correct / std::max(resolved, 1), 'f', 1) << " %)\n";
    return 0;
}
