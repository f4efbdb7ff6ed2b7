// galley [PAGE]: the review window. Wires ui to the application; no logic lives here.
#include "app_language.h"
#include "main_window.h"
#include "preferences.h"
#include "page_url_scheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <cstdio>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Galley"));
    QCoreApplication::setApplicationName(QStringLiteral("galley"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
}

void describeArguments(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Opens a saved news page and shows the article in it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("page"),
                                 QCoreApplication::translate("main", "Saved page to open (HTML, MHTML, WARC or text)."),
                                 QStringLiteral("[page]"));
}

// --help and --version print and exit without a window, so they work where no display is.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

// Qt aborts making a window application where there is no display; say why instead.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QSettings settings;
        galley::installLanguage(galley::loadPreferences(settings).language);
        QCommandLineParser parser;
        describeArguments(parser);
        parser.process(app);   // prints and exits
        return 0;
    }
#ifdef Q_OS_LINUX
    if (!hasDisplay()) {
        std::fputs("galley: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "Run it in a desktop session or under xvfb-run; galley-cli does everything without a window.\n",
                   stderr);
        return 1;
    }
#endif
    galley::registerPageUrlScheme();   // before QApplication, as QtWebEngine requires
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Galley"));
    QIcon icon(QStringLiteral(":/galley/icons/galley.svg"));   // needs the Qt SVG plugin;
    icon.addFile(QStringLiteral(":/galley/icons/galley-64.png"));  // the PNGs work without it
    icon.addFile(QStringLiteral(":/galley/icons/galley-256.png"));
    QApplication::setWindowIcon(icon);

    QSettings settings;
    galley::installLanguage(galley::loadPreferences(settings).language);

    QCommandLineParser parser;
    describeArguments(parser);
    parser.process(app);

    galley::MainWindow window(&settings);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.reopenLastDocument();
    return QApplication::exec();
}
