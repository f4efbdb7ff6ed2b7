#include "corpus_cli.h"

#include "command_line.h"

#include <QTextStream>

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

ProgressLine::ProgressLine(QString command)
    : m_command(std::move(command))
{
    m_sinceShown.start();
}

void ProgressLine::show(const QString &text, bool force)
{
    if (!force && m_shown && m_sinceShown.elapsed() < 100)
        return;
    QTextStream(stderr) << "\r\033[K" << m_command << ": " << text << Qt::flush;
    m_shown = true;
    m_sinceShown.restart();
}

void ProgressLine::finish()
{
    if (m_shown)
        QTextStream(stderr) << '\n';
    m_shown = false;
}
