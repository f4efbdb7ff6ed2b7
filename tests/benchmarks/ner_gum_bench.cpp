// Prints how the entity model does outside Reuters 1996: on GUM's Wikinews news and interview
// documents, whose mention layer is not CoNLL's, so the figures are by overlap, per type:
// - recall: of the names GUM links to a Wikipedia page (person, place, organisation; the
//   outermost where names nest), the share a found entity of the same type overlaps;
// - precision: of the found PER, LOC and ORG entities, the share that overlap a GUM mention
//   of the same type (named or not: "the president" is a person too). MISC has no GUM type.
// Words the model takes for names everywhere ("However" five times over) show as false ones.
//   build/bin/ner_gum_bench [GUM_DIR...] [--list]   (default: ../shared/data/ner/gum-news/{train,dev})
#include "gum_documents.h"

#include "detect/ner/entity_finder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

using namespace galley;
using namespace galley::bench;

namespace {

constexpr std::array kTypes = {EntityType::Person, EntityType::Location, EntityType::Organization};

QString gumTypeOf(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("person");
    case EntityType::Location:
        return QStringLiteral("place");
    case EntityType::Organization:
        return QStringLiteral("organization");
    default:
        return {};
    }
}

bool overlaps(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
{
    return aStart < bEnd && bStart < aEnd;
}

// GUM links every mention of an entity, "he" and "the president" too: a name has a
// capitalised word besides the sentence-opening ones.
bool writtenAsName(QStringView text)
{
    static const QStringList openers = {QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"),
                                        QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("It"),
                                        QStringLiteral("We"), QStringLiteral("They"), QStringLiteral("His"),
                                        QStringLiteral("Her"), QStringLiteral("Its"), QStringLiteral("Their"),
                                        QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("These"),
                                        QStringLiteral("You"), QStringLiteral("Your"), QStringLiteral("My"),
                                        QStringLiteral("Our")};
    for (QStringView word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() > 1 && word.front().isUpper() && !openers.contains(word))
            return true;
    }
    return false;
}

// Linked names of the three types, leaving out those inside another ("Helsinki" in "the
// University of Helsinki").
QList<GoldMention> outermostNames(const GoldDocument &document)
{
    QList<GoldMention> names;
    for (const GoldMention &mention : document.mentions) {
        if (!mention.identity.isEmpty()
            && (mention.type == u"person" || mention.type == u"place" || mention.type == u"organization")
            && writtenAsName(QStringView(document.text).mid(mention.start, mention.end - mention.start)))
            names.append(mention);
    }
    QList<GoldMention> outermost;
    for (const GoldMention &name : std::as_const(names)) {
        const bool inside = std::any_of(names.cbegin(), names.cend(), [&name](const GoldMention &other) {
            return &other != &name && other.start <= name.start && name.end <= other.end
                   && other.end - other.start > name.end - name.start;
        });
        if (!inside)
            outermost.append(name);
    }
    return outermost;
}

struct Counts
{
    int found = 0;
    int foundRight = 0;
    int gold = 0;
    int goldFound = 0;
};

QString percent(int part, int whole) { return QString::number(100.0 * part / std::max(whole, 1), 'f', 1); }

QString row(const QString &name, const Counts &c)
{
    const double p = double(c.foundRight) / std::max(c.found, 1);
    const double r = double(c.goldFound) / std::max(c.gold, 1);
    const QString f1 = QString::number(p + r > 0 ? 200 * p * r / (p + r) : 0, 'f', 1);
    return name.leftJustified(6) + u' ' + percent(c.foundRight, c.found).rightJustified(9) + u' '
           + percent(c.goldFound, c.gold).rightJustified(7) + u' ' + f1.rightJustified(6)
           + QStringLiteral("   (%1, %2)\n").arg(c.found).arg(c.gold);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments().mid(1);
    const bool list = arguments.removeAll(QStringLiteral("--list")) > 0;
    const auto model = NerModel::load(NerModel::defaultPath());
    if (!model) {
        out << "ner_gum_bench: " << model.error().toString() << '\n';
        return 1;
    }
    const QStringList files = gumFiles(arguments);
    if (files.isEmpty()) {
        out << "ner_gum_bench: no GUM documents (../shared/data/ner/gum-news is not here)\n";
        return 1;
    }

    std::array<Counts, kTypes.size()> counts;
    int documents = 0;
    for (const QString &path : files) {
        const GoldDocument gold = readGum(path);
        if (gold.text.isEmpty())
            continue;
        ++documents;
        const QList<Token> tokens = tokenize(gold.text);
        const QList<EntityMention> found = findEntities(*model, gold.text, tokens, splitSentences(gold.text, tokens));
        const QList<GoldMention> names = outermostNames(gold);
        for (std::size_t t = 0; t < kTypes.size(); ++t) {
            const QString gumType = gumTypeOf(kTypes[t]);
            for (const EntityMention &mention : found) {
                if (mention.type != kTypes[t])
                    continue;
                ++counts[t].found;
                const bool right = std::any_of(gold.mentions.cbegin(), gold.mentions.cend(), [&](const GoldMention &g) {
                    return g.type == gumType && overlaps(mention.start, mention.end, g.start, g.end);
                });
                counts[t].foundRight += right ? 1 : 0;
                if (!right && list)
                    out << "  false " << entityTypeName(kTypes[t]) << ": "
                        << gold.text.mid(mention.start, mention.end - mention.start) << '\n';
            }
            for (const GoldMention &name : names) {
                if (name.type != gumType)
                    continue;
                ++counts[t].gold;
                const bool hit = std::any_of(found.cbegin(), found.cend(), [&](const EntityMention &mention) {
                    return mention.type == kTypes[t] && overlaps(mention.start, mention.end, name.start, name.end);
                });
                counts[t].goldFound += hit ? 1 : 0;
                if (!hit && list)
                    out << "  missed " << entityTypeName(kTypes[t]) << ": "
                        << gold.text.mid(name.start, name.end - name.start) << '\n';
            }
        }
    }

    Counts all;
    out << documents << " GUM documents (Wikinews), overlap with GUM's mentions by type:\n";
    out << "type   precision  recall     F1   (found, linked names)\n";
    for (std::size_t t = 0; t < kTypes.size(); ++t) {
        all.found += counts[t].found;
        all.foundRight += counts[t].foundRight;
        all.gold += counts[t].gold;
        all.goldFound += counts[t].goldFound;
        out << row(entityTypeName(kTypes[t]), counts[t]);
    }
    out << row(QStringLiteral("all"), all);
    return 0;
}
