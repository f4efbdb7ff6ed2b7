// galley [PAGE]: the review window. Wires ui to the application; no logic lives here.
#include "main_window.h"
#include "page_url_scheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;   // English too, for its plural forms
    if (translator.load(QLocale(), QStringLiteral("galley"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("galley_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Opens a saved news page and shows the article in it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("page"),
                                 QApplication::translate("main", "Saved page to open (HTML, MHTML, WARC or text)."),
                                 QStringLiteral("[page]"));
    parser.process(app);

    QSettings settings;
    galley::MainWindow window(&settings);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.reopenLastDocument();
    return QApplication::exec();
}
