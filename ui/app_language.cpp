#include "app_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace galley {

QList<InterfaceLanguage> interfaceLanguages()
{
    return {{QString(), QCoreApplication::translate("InterfaceLanguage", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("ru"), QStringLiteral("\u0420\u0443\u0441\u0441\u043a\u0438\u0439")}};
}

void installLanguage(const QString &code, const QString &directory)
{
    static QTranslator qtTranslator;
    static QTranslator galleyTranslator;
    QCoreApplication::removeTranslator(&qtTranslator);
    QCoreApplication::removeTranslator(&galleyTranslator);
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (galleyTranslator.load(locale, QStringLiteral("galley"), QStringLiteral("_"), directory)
        || galleyTranslator.load(QStringLiteral("galley_en"), directory))
        QCoreApplication::installTranslator(&galleyTranslator);
}

} // namespace galley
