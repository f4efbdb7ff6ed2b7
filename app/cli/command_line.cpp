#include "command_line.h"

#include <QTextStream>

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QString &description, const QStringList &arguments)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("galley-cli ") + command);
    if (!parser.parse(withProgram)) {
        QTextStream(stderr) << "galley-cli " << command << ": " << parser.errorText() << "\n\n"
                            << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return ExitSuccess;
    }
    return std::nullopt;
}
