#include "command_line.h"
#include "commands.h"

#include "detect/ner/ner_model.h"
#include "detect/quotes/polnear_evaluation.h"
#include "detect/quotes/quote_calibration.h"
#include "detect/quotes/quote_trainer.h"
#include "detect/quotes/quote_finder.h"
#include "text/code_point_index.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/resource_path.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <QElapsedTimer>
#include <QTextStream>

using namespace galley;

namespace {

QJsonValue confidenceJson(float confidence)
{
    return confidence >= 0.0f ? QJsonValue(roundedConfidence(confidence)) : QJsonValue();
}

QString defaultSplit(const char *split)
{
    return sharedDataPath(QStringLiteral("data/quotes/polnear/") + QLatin1String(split));
}

std::optional<PolnearCorpus> readSplit(const QString &command, const QString &folder,
                                       PolnearAnnotators annotators = PolnearAnnotators::First)
{
    auto corpus = readPolnearSplit(folder, annotators);
    if (!corpus) {
        QTextStream(stderr) << "galley-cli " << command << ": " << corpus.error().toString() << '\n';
        return std::nullopt;
    }
    return std::move(corpus).value();
}

std::optional<NerModel> loadNer(const QString &command, const QString &path)
{
    auto model = NerModel::load(path);
    if (!model) {
        QTextStream(stderr) << "galley-cli " << command << ": " << model.error().toString() << '\n';
        return std::nullopt;
    }
    return std::move(model).value();
}

QCommandLineOption nerModelOption()
{
    return QCommandLineOption(QStringLiteral("ner-model"),
        QStringLiteral("Entity model that finds named speakers (default: %1).").arg(NerModel::defaultPath()),
        QStringLiteral("MODEL"), NerModel::defaultPath());
}

QString figures(const QuoteScores &scores)
{
    return QStringLiteral("content %1, source %2, cue %3 (overlap F1); quoted content %4 (exact F1)")
        .arg(100 * scores.overlap(QuoteRole::Content).f1(), 0, 'f', 1)
        .arg(100 * scores.overlap(QuoteRole::Source).f1(), 0, 'f', 1)
        .arg(100 * scores.overlap(QuoteRole::Cue).f1(), 0, 'f', 1)
        .arg(100 * scores.quotedContentExact().f1(), 0, 'f', 1);
}

} // namespace

int runEvalQuotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption modelOption(QStringLiteral("model"),
        QStringLiteral("Quote model, or 'rules' for the quote-mark and reporting-verb rules alone (default: %1).")
            .arg(QuoteModel::defaultPath()),
        QStringLiteral("MODEL"), QuoteModel::defaultPath());
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("PolNeAR split folder with text/ and attributions/ (default: %1).").arg(defaultSplit("dev")),
        QStringLiteral("DIR"), defaultSplit("dev"));
    const QCommandLineOption nerOption = nerModelOption();
    parser.addOptions({modelOption, dataOption, nerOption});
    if (auto exit = parseCommandLine(parser, QStringLiteral("eval-quotes"),
            QStringLiteral("Score the quote finder on PolNeAR: precision, recall and F1 of Content, Source and Cue "
                           "spans (overlap: any shared character; exact: the same words, quote marks and edge "
                           "punctuation aside), exact F1 of contents in quote marks against the direct quotes "
                           "found, and the speaker accuracy of the contents found.\n"
                           "Exit codes: 0 success, 1 bad input, 2 usage."),
            arguments))
        return *exit;
    QuoteModel quotes;
    if (parser.value(modelOption) != QLatin1String("rules")) {
        auto model = QuoteModel::load(parser.value(modelOption));
        if (!model) {
            QTextStream(stderr) << "galley-cli eval-quotes: " << model.error().toString() << '\n';
            return ExitBadInput;
        }
        quotes = std::move(model).value();
    }
    const auto ner = loadNer(QStringLiteral("eval-quotes"), parser.value(nerOption));
    if (!ner)
        return ExitBadInput;
    const auto data = readSplit(QStringLiteral("eval-quotes"), parser.value(dataOption));
    if (!data)
        return ExitBadInput;
    QTextStream(stdout) << evaluateQuotes(*data, *ner, quotes).toText();
    return ExitSuccess;
}

int runTrainQuotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption trainOption(QStringLiteral("train"),
        QStringLiteral("PolNeAR training split folder (default: %1).").arg(defaultSplit("train")), QStringLiteral("DIR"),
        defaultSplit("train"));
    const QCommandLineOption devOption(QStringLiteral("dev"),
        QStringLiteral("PolNeAR split scored after each epoch (default: none)."), QStringLiteral("DIR"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Model to write (default: %1).").arg(QuoteModel::defaultPath()), QStringLiteral("MODEL"),
        QuoteModel::defaultPath());
    const QCommandLineOption taggerOption(QStringLiteral("tagger"),
        QStringLiteral("'lstm' (a BiLSTM-CRF over each paragraph) or 'perceptron' (averaged, stacked passes) "
                       "(default: lstm)."),
        QStringLiteral("KIND"), QStringLiteral("lstm"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"),
        QStringLiteral("Passes over the training data (default: %1 for the LSTM, %2 for the perceptron).")
            .arg(QuoteTrainingOptions().lstm.epochs).arg(QuoteTrainingOptions().epochs),
        QStringLiteral("N"));
    const QCommandLineOption nerOption = nerModelOption();
    const QString defaultClusters = resourcePath(QStringLiteral("ner/word-clusters.txt.gz"));
    const QCommandLineOption clustersOption(QStringLiteral("clusters"),
        QStringLiteral("Word clusters from derive-clusters, or 'none' (default: %1).").arg(defaultClusters),
        QStringLiteral("FILE"), defaultClusters);
    const QCommandLineOption seedsOption(QStringLiteral("seeds"),
        QStringLiteral("Perceptron: train N runs with different shuffles and average them; --dev scores each "
                       "epoch only with 1 (default: %1).").arg(QuoteTrainingOptions().seeds),
        QStringLiteral("N"), QString::number(QuoteTrainingOptions().seeds));
    const QCommandLineOption annotatorsOption(QStringLiteral("annotators"),
        QStringLiteral("Train on the 'first' annotation file of each article or on 'every' annotator's "
                       "(default: first; every gave no better dev figures)."),
        QStringLiteral("WHICH"), QStringLiteral("first"));
    const QCommandLineOption passesOption(QStringLiteral("passes"),
        QStringLiteral("Perceptron: 1, or up to %1 passes each stacked on the tags of the pass before, trained "
                       "on %2 jackknife folds (default: %3).").arg(QuoteModel::kMaxPasses).arg(QuoteTrainingOptions().folds)
            .arg(QuoteTrainingOptions().passes),
        QStringLiteral("N"), QString::number(QuoteTrainingOptions().passes));
    const QCommandLineOption calibrateOption(QStringLiteral("calibrate"),
        QStringLiteral("PolNeAR split the quotes' confidence is calibrated on, or 'none' (default: %1).")
            .arg(defaultSplit("dev")),
        QStringLiteral("DIR"), defaultSplit("dev"));
    parser.addOptions({trainOption, devOption, outputOption, taggerOption, epochsOption, nerOption, clustersOption,
                       seedsOption, annotatorsOption, passesOption, calibrateOption});
    if (auto exit = parseCommandLine(parser, QStringLiteral("train-quotes"),
            QStringLiteral("Train the quote model (Source, Cue and Content tagger) on PolNeAR. The same data "
                           "and entity model give the same model bytes (with the same compiler and maths library).\n"
                           "Exit codes: 0 success, 1 bad input, 2 usage."),
            arguments))
        return *exit;
    QTextStream err(stderr);
    QuoteTrainingOptions options;
    const QString tagger = parser.value(taggerOption);
    if (tagger != QLatin1String("lstm") && tagger != QLatin1String("perceptron")) {
        err << "galley-cli train-quotes: --tagger takes 'lstm' or 'perceptron', not '" << tagger << "'\n";
        return ExitUsage;
    }
    options.tagger = tagger == QLatin1String("lstm") ? QuoteTagger::Lstm : QuoteTagger::Perceptron;
    if (options.tagger == QuoteTagger::Lstm && (parser.isSet(seedsOption) || parser.isSet(passesOption))) {
        err << "galley-cli train-quotes: --seeds and --passes are the perceptron's; add --tagger perceptron\n";
        return ExitUsage;
    }
    bool ok = false;
    if (parser.isSet(epochsOption)) {
        const int epochs = parser.value(epochsOption).toInt(&ok);
        if (!ok || epochs < 1) {
            err << "galley-cli train-quotes: --epochs takes a positive number, not '" << parser.value(epochsOption) << "'\n";
            return ExitUsage;
        }
        (options.tagger == QuoteTagger::Lstm ? options.lstm.epochs : options.epochs) = epochs;
    }
    if (parser.value(clustersOption) != QLatin1String("none")) {
        const auto clusters = readText(QStringLiteral("train-quotes"), parser.value(clustersOption));
        if (!clusters)
            return ExitBadInput;
        options.wordClusters = *clusters;
    }
    options.seeds = parser.value(seedsOption).toInt(&ok);
    if (!ok || options.seeds < 1) {
        err << "galley-cli train-quotes: --seeds takes a positive number, not '" << parser.value(seedsOption) << "'\n";
        return ExitUsage;
    }
    options.passes = parser.value(passesOption).toInt(&ok);
    if (!ok || options.passes < 1 || options.passes > QuoteModel::kMaxPasses) {
        err << "galley-cli train-quotes: --passes takes 1 to " << QuoteModel::kMaxPasses << ", not '"
            << parser.value(passesOption) << "'\n";
        return ExitUsage;
    }
    const QString annotators = parser.value(annotatorsOption);
    if (annotators != QLatin1String("first") && annotators != QLatin1String("every")) {
        err << "galley-cli train-quotes: --annotators takes 'first' or 'every', not '" << annotators << "'\n";
        return ExitUsage;
    }
    const auto ner = loadNer(QStringLiteral("train-quotes"), parser.value(nerOption));
    if (!ner)
        return ExitBadInput;
    const auto train = readSplit(QStringLiteral("train-quotes"), parser.value(trainOption),
                                 annotators == QLatin1String("every") ? PolnearAnnotators::Every : PolnearAnnotators::First);
    if (!train)
        return ExitBadInput;
    std::optional<PolnearCorpus> calibration;
    const bool calibrateByDefault = !parser.isSet(calibrateOption);
    if (calibrateByDefault && !QFileInfo::exists(parser.value(calibrateOption))) {
        err << "galley-cli train-quotes: " << parser.value(calibrateOption)
            << " is absent: the model's quotes will have no confidence (--calibrate DIR to name a split)\n";
    } else if (parser.value(calibrateOption) != QLatin1String("none")) {
        calibration = readSplit(QStringLiteral("train-quotes"), parser.value(calibrateOption));
        if (!calibration)
            return ExitBadInput;
    }
    std::optional<PolnearCorpus> dev;
    if (parser.isSet(devOption)) {
        dev = readSplit(QStringLiteral("train-quotes"), parser.value(devOption));
        if (!dev)
            return ExitBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    options.afterEpoch = [&](int epoch, double mistakes, const QuoteModel &model) {
        err << "epoch " << epoch << ": " << qint64(mistakes) << (model.usesLstm() ? " loss, " : " mistakes, ")
            << model.featureCount() << " features, " << timer.elapsed() / 1000 << " s";
        if (dev)
            err << ", dev " << figures(evaluateQuotes(*dev, *ner, model));
        err << Qt::endl;
    };
    QuoteModel model = trainQuoteModel(*train, *ner, options);
    if (calibration) {
        const QuoteConfidenceCalibration fit = calibrateQuoteConfidence(*calibration, *ner, model);
        model.setConfidenceCalibration(fit);
        err << "confidence calibrated on " << parser.value(calibrateOption) << ": temperature " << fit.temperature
            << ", weights";
        for (float weight : fit.weights)
            err << ' ' << weight;
        err << '\n';
    }
    if (dev)
        err << "dev " << figures(evaluateQuotes(*dev, *ner, model)) << '\n';
    if (const auto error = model.save(parser.value(outputOption))) {
        err << "galley-cli train-quotes: " << error->toString() << '\n';
        return ExitBadInput;
    }
    err << "wrote " << parser.value(outputOption) << ": " << model.featureCount() << " features, "
        << model.lexicon().size() << " cue words, " << model.clusters().size() << " clustered words\n";
    return ExitSuccess;
}

int runFindQuotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Plain UTF-8 text (an article body)."));
    const QCommandLineOption modelOption(QStringLiteral("model"),
        QStringLiteral("Quote model, or 'rules' for the rules alone (default: %1).").arg(QuoteModel::defaultPath()),
        QStringLiteral("MODEL"), QuoteModel::defaultPath());
    const QCommandLineOption nerOption = nerModelOption();
    parser.addOptions({modelOption, nerOption});
    if (auto exit = parseCommandLine(parser, QStringLiteral("find-quotes"),
            QStringLiteral("Print the quotes of a text, one JSON object a line: kind (direct, partial, indirect), "
                           "content, cue and speaker, each {start, end, text} with offsets in code points (end "
                           "exclusive) or null.\nExit codes: 0 success, 1 bad input, 2 usage."),
            arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << "galley-cli find-quotes: name one text file (see --help)\n";
        return ExitUsage;
    }
    QuoteModel quotes;
    if (parser.value(modelOption) != QLatin1String("rules")) {
        auto model = QuoteModel::load(parser.value(modelOption));
        if (!model) {
            QTextStream(stderr) << "galley-cli find-quotes: " << model.error().toString() << '\n';
            return ExitBadInput;
        }
        quotes = std::move(model).value();
    }
    const auto ner = loadNer(QStringLiteral("find-quotes"), parser.value(nerOption));
    if (!ner)
        return ExitBadInput;
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "galley-cli find-quotes: " << path << ": " << file.errorString() << '\n';
        return ExitBadInput;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const QList<EntityMention> entities = findEntities(*ner, text, tokens, sentences);
    const CodePointIndex index(text);
    const auto range = [&](TextRange r) -> QJsonValue {
        if (r.isEmpty())
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("start"), index.toCodePoints(r.start)},
                           {QStringLiteral("end"), index.toCodePoints(r.end)},
                           {QStringLiteral("text"), text.mid(r.start, r.end - r.start)}};
    };
    const char *const kinds[] = {"direct", "partial", "indirect"};
    QTextStream out(stdout);
    for (const Quote &quote : findQuotes(quotes, text, tokens, sentences, entities)) {
        const QJsonObject object{{QStringLiteral("kind"), QLatin1String(kinds[int(quote.kind)])},
                                 {QStringLiteral("confidence"), confidenceJson(quote.confidence)},
                                 {QStringLiteral("content"), range(quote.content)},
                                 {QStringLiteral("cue"), range(quote.cue)},
                                 {QStringLiteral("speaker"), range(quote.speaker)}};
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    }
    return ExitSuccess;
}
