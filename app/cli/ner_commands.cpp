#include "command_line.h"
#include "commands.h"

#include "detect/ner/conll_corpus.h"
#include "detect/ner/ner_evaluation.h"
#include "detect/ner/ner_trainer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/gzip.h"
#include "util/resource_path.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace galley;

namespace {

QString defaultTrainPath() { return sharedDataPath(QStringLiteral("data/ner/conll2003/train.txt")); }
QString defaultDevPath() { return sharedDataPath(QStringLiteral("data/ner/conll2003/valid.txt")); }
QStringList defaultGazetteerPaths()
{
    return {resourcePath(QStringLiteral("ner/gazetteer-debian.txt.gz")), resourcePath(QStringLiteral("ner/gazetteer-npm.txt.gz")),
            resourcePath(QStringLiteral("ner/gazetteer-listed.txt.gz")), resourcePath(QStringLiteral("ner/gazetteer-names.txt.gz"))};
}
QString defaultClustersPath() { return resourcePath(QStringLiteral("ner/word-clusters.txt.gz")); }

std::optional<ConllCorpus> readGoldCorpus(const QString &command, const QString &path)
{
    auto corpus = readConllFile(path);
    if (!corpus) {
        QTextStream(stderr) << "galley-cli " << command << ": " << corpus.error().toString() << '\n';
        return std::nullopt;
    }
    if (!corpus->hasGold()) {
        QTextStream(stderr) << "galley-cli " << command << ": " << path
                            << ": every token line needs an IOB2 tag as its last column\n";
        return std::nullopt;
    }
    return std::move(corpus).value();
}

QList<QList<QList<TagId>>> tagWithPasses(const NerModel &model, const ConllCorpus &corpus, int passes);

std::optional<NerModel> loadModel(const QString &command, const QString &path)
{
    auto model = NerModel::load(path);
    if (!model) {
        QTextStream(stderr) << "galley-cli " << command << ": " << model.error().toString() << '\n';
        return std::nullopt;
    }
    return std::move(model).value();
}

QCommandLineOption passesToRunOption()
{
    return QCommandLineOption(QStringLiteral("passes"),
        QStringLiteral("Run only the first N passes of the model (default: all)."), QStringLiteral("N"),
        QString::number(NerModel::kMaxPasses));
}

QList<QList<QList<TagId>>> tagWithPasses(const NerModel &model, const ConllCorpus &corpus, int passes)
{
    QList<QList<QList<TagId>>> tags;
    for (const ConllDocument &document : corpus.documents) {
        QList<QStringList> words;
        for (const ConllSentence &sentence : document.sentences)
            words.append(sentence.words);
        tags.append(model.tagDocument(words, passes));
    }
    return tags;
}

} // namespace

int runTrainNer(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption trainOption(QStringLiteral("train"),
        QStringLiteral("CoNLL-2003 training file (default: %1).").arg(defaultTrainPath()), QStringLiteral("FILE"),
        defaultTrainPath());
    const QCommandLineOption devOption(QStringLiteral("dev"),
        QStringLiteral("Development file scored after each epoch (default: none)."), QStringLiteral("FILE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Model to write (default: %1).").arg(NerModel::defaultPath()), QStringLiteral("MODEL"),
        NerModel::defaultPath());
    const QCommandLineOption epochsOption(QStringLiteral("epochs"),
        QStringLiteral("Passes over the training data (default: %1).").arg(NerTrainingOptions().epochs),
        QStringLiteral("N"), QString::number(NerTrainingOptions().epochs));
    QCommandLineOption gazetteerOption(QStringLiteral("gazetteer"),
        QStringLiteral("Name lists derived from Debian and npm packages; give the option once per file (default: %1).")
            .arg(defaultGazetteerPaths().join(QStringLiteral(" and "))),
        QStringLiteral("FILE"));
    gazetteerOption.setDefaultValues(defaultGazetteerPaths());
    const QCommandLineOption passesOption(QStringLiteral("passes"),
        QStringLiteral("1, or 2 or 3 for passes stacked on the one before (default: %1).").arg(NerTrainingOptions().passes),
        QStringLiteral("N"), QString::number(NerTrainingOptions().passes));
    const QCommandLineOption clustersOption(QStringLiteral("clusters"),
        QStringLiteral("Word clusters from derive-clusters, or 'none' (default: %1).").arg(defaultClustersPath()),
        QStringLiteral("FILE"), defaultClustersPath());
    const QCommandLineOption seedsOption(QStringLiteral("seeds"),
        QStringLiteral("Train each pass with N shuffles and average them (default: %1).").arg(NerTrainingOptions().seeds),
        QStringLiteral("N"), QString::number(NerTrainingOptions().seeds));
    parser.addOptions({trainOption, devOption, outputOption, epochsOption, gazetteerOption, passesOption, clustersOption,
                       seedsOption});
    if (auto exit = parseCommandLine(parser, QStringLiteral("train-ner"),
            QStringLiteral("Train the entity model (PER, ORG, LOC, MISC) on CoNLL-2003 columns. The same "
                           "data gives the same model bytes.\nExit codes: 0 success, 1 bad input, 2 usage."),
            arguments))
        return *exit;

    QTextStream err(stderr);
    NerTrainingOptions options;
    bool ok = false;
    options.epochs = parser.value(epochsOption).toInt(&ok);
    if (!ok || options.epochs < 1) {
        err << "galley-cli train-ner: --epochs takes a positive number, not '" << parser.value(epochsOption) << "'\n";
        return ExitUsage;
    }
    options.passes = parser.value(passesOption).toInt(&ok);
    if (!ok || options.passes < 1 || options.passes > NerModel::kMaxPasses) {
        err << "galley-cli train-ner: --passes takes 1, 2 or 3, not '" << parser.value(passesOption) << "'\n";
        return ExitUsage;
    }
    options.seeds = parser.value(seedsOption).toInt(&ok);
    if (!ok || options.seeds < 1) {
        err << "galley-cli train-ner: --seeds takes a positive number, not '" << parser.value(seedsOption) << "'\n";
        return ExitUsage;
    }
    const auto train = readGoldCorpus(QStringLiteral("train-ner"), parser.value(trainOption));
    if (!train)
        return ExitBadInput;
    std::optional<ConllCorpus> dev;
    if (parser.isSet(devOption)) {
        dev = readGoldCorpus(QStringLiteral("train-ner"), parser.value(devOption));
        if (!dev)
            return ExitBadInput;
    }
    for (const QString &path : parser.values(gazetteerOption)) {
        const auto gazetteer = readText(QStringLiteral("train-ner"), path);
        if (!gazetteer)
            return ExitBadInput;
        options.externalGazetteer += *gazetteer + u'\n';
    }
    if (parser.value(clustersOption) != QLatin1String("none")) {
        const auto clusters = readText(QStringLiteral("train-ner"), parser.value(clustersOption));
        if (!clusters)
            return ExitBadInput;
        options.wordClusters = *clusters;
    }

    QElapsedTimer timer;
    timer.start();
    options.afterEpoch = [&](int pass, int epoch, qint64 mistakes, const NerModel &model) {
        err << "pass " << pass << " epoch " << epoch << ": " << mistakes << " mistakes, " << model.featureCount() << " features, "
            << timer.elapsed() / 1000 << " s";
        if (dev)
            err << ", dev F1 " << QString::number(scoreCorpus(model, *dev).micro().f1(), 'f', 2);
        err << Qt::endl;
    };
    if (!dev)
        options.afterEpoch = nullptr;
    const NerModel model = trainNerModel(*train, options);
    if (dev)
        err << "dev F1 " << QString::number(scoreCorpus(model, *dev).micro().f1(), 'f', 2) << '\n';
    if (const auto error = model.save(parser.value(outputOption))) {
        err << "galley-cli train-ner: " << error->toString() << '\n';
        return ExitBadInput;
    }
    err << "wrote " << parser.value(outputOption) << ": " << model.featureCount() << " features, "
        << model.gazetteerSize() << " gazetteer phrases, " << model.clusterWordCount() << " clustered words\n";
    return ExitSuccess;
}

int runEvalNer(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption modelOption(QStringLiteral("model"),
        QStringLiteral("Entity model (default: %1).").arg(NerModel::defaultPath()), QStringLiteral("MODEL"),
        NerModel::defaultPath());
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("CoNLL-2003 file with gold tags (default: %1).").arg(defaultDevPath()), QStringLiteral("FILE"),
        defaultDevPath());
    const QCommandLineOption passesOption = passesToRunOption();
    parser.addOptions({modelOption, dataOption, passesOption});
    if (auto exit = parseCommandLine(parser, QStringLiteral("eval-ner"),
            QStringLiteral("Score the entity model: per-label and micro precision, recall and F1 over "
                           "entities (exact span and type, as conlleval).\nExit codes: 0 success, 1 bad "
                           "input, 2 usage."),
            arguments))
        return *exit;
    const auto model = loadModel(QStringLiteral("eval-ner"), parser.value(modelOption));
    if (!model)
        return ExitBadInput;
    const auto data = readGoldCorpus(QStringLiteral("eval-ner"), parser.value(dataOption));
    if (!data)
        return ExitBadInput;
    QTextStream(stdout) << scoreCorpus(*model, *data, parser.value(passesOption).toInt()).toText();
    return ExitSuccess;
}

int runTagConll(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("CoNLL columns, token first; -DOCSTART- lines and blank lines are kept."));
    const QCommandLineOption modelOption(QStringLiteral("model"),
        QStringLiteral("Entity model (default: %1).").arg(NerModel::defaultPath()), QStringLiteral("MODEL"),
        NerModel::defaultPath());
    const QCommandLineOption passesOption = passesToRunOption();
    parser.addOptions({modelOption, passesOption});
    if (auto exit = parseCommandLine(parser, QStringLiteral("tag-conll"),
            QStringLiteral("Append the predicted IOB2 entity tag to every token line of a CoNLL file.\n"
                           "Exit codes: 0 success, 1 bad input, 2 usage."),
            arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << "galley-cli tag-conll: name one CoNLL file (see --help)\n";
        return ExitUsage;
    }
    const auto model = loadModel(QStringLiteral("tag-conll"), parser.value(modelOption));
    if (!model)
        return ExitBadInput;
    const auto corpus = readConllFile(parser.positionalArguments().first());
    if (!corpus) {
        QTextStream(stderr) << "galley-cli tag-conll: " << corpus.error().toString() << '\n';
        return ExitBadInput;
    }
    QTextStream(stdout) << formatTaggedConll(*corpus, tagWithPasses(*model, *corpus, parser.value(passesOption).toInt()));
    return ExitSuccess;
}

int runDeriveClusters(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption conllOption(QStringLiteral("conll"),
        QStringLiteral("CoNLL column file whose words join the text (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption textOption(QStringLiteral("text"),
        QStringLiteral("Plain UTF-8 text (gzip allowed), tokenized as Galley tokenizes articles (repeatable)."),
        QStringLiteral("FILE"));
    const WordClusters::Options defaults;
    const QCommandLineOption coarseOption(QStringLiteral("coarse"),
        QStringLiteral("Coarse classes (default: %1).").arg(defaults.coarse), QStringLiteral("N"),
        QString::number(defaults.coarse));
    const QCommandLineOption fineOption(QStringLiteral("fine"),
        QStringLiteral("Fine classes inside each coarse class (default: %1).").arg(defaults.fine), QStringLiteral("N"),
        QString::number(defaults.fine));
    parser.addOptions({conllOption, textOption, coarseOption, fineOption});
    if (auto exit = parseCommandLine(parser, QStringLiteral("derive-clusters"),
            QStringLiteral("Learn word classes from unlabelled text for the entity model; prints "
                           "\"word<TAB>coarse<TAB>fine\" lines.\nExit codes: 0 success, 1 bad input, 2 usage."),
            arguments))
        return *exit;
    QList<QStringList> sentences;
    for (const QString &path : parser.values(conllOption)) {
        const auto corpus = readConllFile(path);
        if (!corpus) {
            QTextStream(stderr) << "galley-cli derive-clusters: " << corpus.error().toString() << '\n';
            return ExitBadInput;
        }
        for (const ConllDocument &document : corpus->documents) {
            for (const ConllSentence &sentence : document.sentences)
                sentences.append(sentence.words);
        }
    }
    for (const QString &path : parser.values(textOption)) {
        const auto text = readText(QStringLiteral("derive-clusters"), path);
        if (!text)
            return ExitBadInput;
        const QList<Token> tokens = tokenize(*text);
        for (const Sentence &sentence : splitSentences(*text, tokens)) {
            QStringList words;
            for (qsizetype t = sentence.tokenBegin; t < sentence.tokenEnd; ++t)
                words.append(text->mid(tokens[t].start, tokens[t].length()));
            sentences.append(words);
        }
    }
    if (sentences.isEmpty()) {
        QTextStream(stderr) << "galley-cli derive-clusters: give some text with --conll or --text\n";
        return ExitUsage;
    }
    WordClusters::Options options;
    options.coarse = std::max(1, parser.value(coarseOption).toInt());
    options.fine = std::max(1, parser.value(fineOption).toInt());
    QTextStream(stdout) << WordClusters::derive(sentences, options);
    return ExitSuccess;
}
