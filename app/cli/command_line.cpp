#include "command_line.h"

#include "util/gzip.h"

#include <QFile>
#include <QTextStream>

QString commandHelpText(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program after argv[0] (often a full path) in its usage line.
    QString help = parser.helpText();
    const QString usage = QStringLiteral("Usage: ");
    if (help.startsWith(usage)) {
        const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
        const QString line = help.left(lineEnd);
        const qsizetype options = line.indexOf(QStringLiteral(" [options]"));
        const qsizetype programEnd = options >= 0 ? options : line.indexOf(QLatin1Char(' '), usage.size());
        help.replace(0, programEnd >= 0 ? programEnd : line.size(), usage + QStringLiteral("galley-cli ") + command);
    }
    return help;
}

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
                            << commandHelpText(parser, command);
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << commandHelpText(parser, command);
        return ExitSuccess;
    }
    return std::nullopt;
}

std::optional<QString> readText(const QString &command, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "galley-cli " << command << ": " << path << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (galley::looksGzipped(bytes)) {
        galley::GunzipResult unzipped = galley::gunzip(bytes);
        if (!unzipped.error.isEmpty()) {
            QTextStream(stderr) << "galley-cli " << command << ": " << path << ": " << unzipped.error << '\n';
            return std::nullopt;
        }
        bytes = std::move(unzipped.data);
    }
    return QString::fromUtf8(bytes);
}
