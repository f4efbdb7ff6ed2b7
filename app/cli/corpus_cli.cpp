#include "corpus_cli.h"

#include "command_line.h"

#include "corpus/corpus_layers.h"

#include <QTextStream>

#include <unistd.h>

std::unique_ptr<galley::Corpus> openCorpusForCommand(const QCommandLineParser &parser, const QString &command)
{
    QTextStream err(stderr);
    if (parser.positionalArguments().isEmpty()) {
        err << "galley-cli " << command << ": name the corpus folder\n\n" << commandHelpText(parser, command);
        return nullptr;
    }
    auto corpus = galley::Corpus::open(parser.positionalArguments().first());
    if (!corpus) {
        err << "galley-cli " << command << ": " << corpus.error() << '\n';
        return nullptr;
    }
    return std::move(*corpus);
}

std::optional<QStringList> syncLayersForCommand(galley::Corpus &corpus, const QString &command)
{
    auto synced = galley::syncLayers(corpus);
    if (!synced) {
        QTextStream(stderr) << "galley-cli " << command << ": " << synced.error() << '\n';
        return std::nullopt;
    }
    return std::move(*synced);
}

void printWarnings(const QString &command, const QStringList &warnings)
{
    QTextStream err(stderr);
    for (const QString &warning : warnings)
        err << "galley-cli " << command << ": warning: " << warning << '\n';
}

ProgressLine::ProgressLine(QString command)
    : m_command(std::move(command))
    , m_terminal(isatty(STDERR_FILENO))
{
    m_sinceShown.start();
}

void ProgressLine::show(const QString &text, bool force)
{
    if (!force && m_shown && m_sinceShown.elapsed() < (m_terminal ? 100 : 1000)) {
        m_heldBack = text;
        return;
    }
    if (m_terminal)
        QTextStream(stderr) << "\r\033[K" << m_command << ": " << text << Qt::flush;
    else
        QTextStream(stderr) << m_command << ": " << text << '\n' << Qt::flush;
    m_heldBack.clear();
    m_shown = true;
    m_sinceShown.restart();
}

void ProgressLine::finish()
{
    if (!m_terminal && !m_heldBack.isEmpty())
        QTextStream(stderr) << m_command << ": " << m_heldBack << '\n';
    else if (m_terminal && m_shown)
        QTextStream(stderr) << '\n';
    m_heldBack.clear();
    m_shown = false;
}
