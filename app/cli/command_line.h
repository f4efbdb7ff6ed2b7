#pragma once

#include "commands.h"

#include "util/counted.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

// Parses a command's arguments; prints help or the usage error itself. Returns the exit
// code to stop with, or nullopt to go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QString &description, const QStringList &arguments);

// parser.helpText() with the usage line naming "galley-cli COMMAND" instead of argv[0].
QString commandHelpText(const QCommandLineParser &parser, const QString &command);

// A UTF-8 text file, gunzipped when it is gzip data; prints "galley-cli COMMAND: PATH: problem"
// and returns nullopt when it cannot be read.
std::optional<QString> readText(const QString &command, const QString &path);
