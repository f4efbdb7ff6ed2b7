#pragma once

#include "commands.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

// Parses a command's arguments; prints help or the usage error itself. Returns the exit
// code to stop with, or nullopt to go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QString &description, const QStringList &arguments);

// parser.helpText() with the usage line naming "galley-cli COMMAND" instead of argv[0].
QString commandHelpText(const QCommandLineParser &parser, const QString &command);
