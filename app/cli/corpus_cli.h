#pragma once

#include "corpus/corpus.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>

#include <memory>
#include <optional>

// The `corpus` subcommands, each given its arguments after the subcommand's name.
int runCorpusInit(const QStringList &arguments);
int runCorpusImport(const QStringList &arguments);
int runCorpusStatus(const QStringList &arguments);
int runCorpusAssign(const QStringList &arguments);
int runCorpusAgree(const QStringList &arguments);
int runCorpusAdjudicate(const QStringList &arguments);
int runCorpusSplit(const QStringList &arguments);
int runCorpusExport(const QStringList &arguments);

// Opens the corpus named by the first positional argument, or prints the problem (stderr).
std::unique_ptr<galley::Corpus> openCorpusForCommand(const QCommandLineParser &parser, const QString &command);

// Records the layers changed on disk (galley::syncLayers). Prints the problem and returns nothing
// when the corpus cannot record them; otherwise returns the messages for files that cannot be read,
// for the command to warn of where they matter.
std::optional<QStringList> syncLayersForCommand(galley::Corpus &corpus, const QString &command);

// "galley-cli COMMAND: warning: MESSAGE" on stderr, one line each.
void printWarnings(const QString &command, const QStringList &warnings);

// Progress on stderr. On a terminal one line, rewritten in place ("\r"), at most ten times a
// second; otherwise (a log file, a pipe) a line of its own at most once a second, and the last
// state at the end, so logs hold no control characters.
class ProgressLine
{
public:
    explicit ProgressLine(QString command);
    void show(const QString &text, bool force = false);
    void finish();   // ends the line; a log gets the last state if it was held back

private:
    QString m_command;
    QElapsedTimer m_sinceShown;
    bool m_terminal = false;
    bool m_shown = false;
    QString m_heldBack;
};
