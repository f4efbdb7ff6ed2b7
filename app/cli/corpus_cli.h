#pragma once

#include "corpus/corpus.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>

#include <memory>

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

// A progress line on stderr, rewritten in place ("\r"), at most ten times a second.
class ProgressLine
{
public:
    explicit ProgressLine(QString command);
    void show(const QString &text, bool force = false);
    void finish();   // ends the line

private:
    QString m_command;
    QElapsedTimer m_sinceShown;
    bool m_shown = false;
};
