// galley [PAGE]: the review window. Wires ui to the application; no logic lives here.
#include "app_language.h"
#include "main_window.h"
#include "preferences.h"
#include "page_url_scheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    galley::registerPageUrlScheme();   // before QApplication, as QtWebEngine requires
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Galley"));
    QApplication::setApplicationName(QStringLiteral("galley"));
    QApplication::setApplicationDisplayName(QStringLiteral("Galley"));
    QApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
    QIcon icon(QStringLiteral(":/galley/icons/galley.svg"));   // needs the Qt SVG plugin;
    icon.addFile(QStringLiteral(":/galley/icons/galley-64.png"));  // the PNGs work without it
    icon.addFile(QStringLiteral(":/galley/icons/galley-256.png"));
    QApplication::setWindowIcon(icon);

    QSettings settings;
    galley::installLanguage(galley::loadPreferences(settings).language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Opens a saved news page and shows the article in it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("page"),
                                 QApplication::translate("main", "Saved page to open (HTML, MHTML, WARC or text)."),
                                 QStringLiteral("[page]"));
    parser.process(app);

    galley::MainWindow window(&settings);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.reopenLastDocument();
    return QApplication::exec();
}
