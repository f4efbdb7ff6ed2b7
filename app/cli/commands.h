#pragma once

#include <QStringList>

// Exit codes every command keeps (scripts depend on them).
enum ExitCode { ExitSuccess = 0, ExitBadInput = 1, ExitUsage = 2 };

// Each command gets its arguments without the program and command names.
int runExtract(const QStringList &arguments);
int runAnnotate(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runCorpus(const QStringList &arguments);
int runEval(const QStringList &arguments);
int runReanchor(const QStringList &arguments);
int runReattach(const QStringList &arguments);
int runEdit(const QStringList &arguments);
int runEvalExtraction(const QStringList &arguments);
int runTrainNer(const QStringList &arguments);
int runEvalNer(const QStringList &arguments);
int runTagConll(const QStringList &arguments);
int runDeriveClusters(const QStringList &arguments);
int runEvalQuotes(const QStringList &arguments);
int runTrainQuotes(const QStringList &arguments);
int runFindQuotes(const QStringList &arguments);
