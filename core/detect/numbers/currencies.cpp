#include "currencies.h"

#include <QHash>

namespace galley {

QString currencyOfSign(QStringView sign, QStringView prefix)
{
    if (sign == u"$") {
        static const QHash<QString, QString> dollars = {
            {QString(), QStringLiteral("USD")},      {QStringLiteral("US"), QStringLiteral("USD")},
            {QStringLiteral("U.S."), QStringLiteral("USD")}, {QStringLiteral("C"), QStringLiteral("CAD")},
            {QStringLiteral("CA"), QStringLiteral("CAD")},  {QStringLiteral("A"), QStringLiteral("AUD")},
            {QStringLiteral("AU"), QStringLiteral("AUD")},  {QStringLiteral("HK"), QStringLiteral("HKD")},
            {QStringLiteral("NZ"), QStringLiteral("NZD")},  {QStringLiteral("S"), QStringLiteral("SGD")},
            {QStringLiteral("R"), QStringLiteral("BRL")},   {QStringLiteral("NT"), QStringLiteral("TWD")},
            {QStringLiteral("Mex"), QStringLiteral("MXN")},
        };
        return dollars.value(prefix.toString());
    }
    if (!prefix.isEmpty())
        return {};
    static const QHash<QString, QString> signs = {
        {QStringLiteral("€"), QStringLiteral("EUR")}, {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("¥"), QStringLiteral("JPY")}, {QStringLiteral("₽"), QStringLiteral("RUB")},
        {QStringLiteral("₹"), QStringLiteral("INR")}, {QStringLiteral("₴"), QStringLiteral("UAH")},
        {QStringLiteral("₺"), QStringLiteral("TRY")}, {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("₪"), QStringLiteral("ILS")}, {QStringLiteral("₦"), QStringLiteral("NGN")},
        {QStringLiteral("₱"), QStringLiteral("PHP")}, {QStringLiteral("₫"), QStringLiteral("VND")},
    };
    return signs.value(sign.toString());
}

QString currencyOfName(QStringView lowerName, QStringView lowerAdjective)
{
    static const QHash<QString, QString> national = {
        {QStringLiteral("us dollar"), QStringLiteral("USD")},          {QStringLiteral("u.s. dollar"), QStringLiteral("USD")},
        {QStringLiteral("american dollar"), QStringLiteral("USD")},    {QStringLiteral("canadian dollar"), QStringLiteral("CAD")},
        {QStringLiteral("australian dollar"), QStringLiteral("AUD")},  {QStringLiteral("hong kong dollar"), QStringLiteral("HKD")},
        {QStringLiteral("singapore dollar"), QStringLiteral("SGD")},   {QStringLiteral("zealand dollar"), QStringLiteral("NZD")},
        {QStringLiteral("syrian pound"), QStringLiteral("SYP")},       {QStringLiteral("egyptian pound"), QStringLiteral("EGP")},
        {QStringLiteral("lebanese pound"), QStringLiteral("LBP")},     {QStringLiteral("british pound"), QStringLiteral("GBP")},
        {QStringLiteral("swiss franc"), QStringLiteral("CHF")},        {QStringLiteral("mexican peso"), QStringLiteral("MXN")},
        {QStringLiteral("argentine peso"), QStringLiteral("ARS")},     {QStringLiteral("turkish lira"), QStringLiteral("TRY")},
        {QStringLiteral("russian ruble"), QStringLiteral("RUB")},      {QStringLiteral("russian rouble"), QStringLiteral("RUB")},
        {QStringLiteral("chinese yuan"), QStringLiteral("CNY")},       {QStringLiteral("japanese yen"), QStringLiteral("JPY")},
        {QStringLiteral("indian rupee"), QStringLiteral("INR")},       {QStringLiteral("saudi riyal"), QStringLiteral("SAR")},
        {QStringLiteral("french franc"), QStringLiteral("FRF")},       {QStringLiteral("belgian franc"), QStringLiteral("BEF")},
        {QStringLiteral("german mark"), QStringLiteral("DEM")},        {QStringLiteral("deutsche mark"), QStringLiteral("DEM")},
        {QStringLiteral("dutch guilder"), QStringLiteral("NLG")},      {QStringLiteral("italian lira"), QStringLiteral("ITL")},
    };
    static const QHash<QString, QString> names = {
        {QStringLiteral("dollar"), QStringLiteral("USD")},   {QStringLiteral("euro"), QStringLiteral("EUR")},
        {QStringLiteral("ruble"), QStringLiteral("RUB")},    {QStringLiteral("rouble"), QStringLiteral("RUB")},
        {QStringLiteral("yen"), QStringLiteral("JPY")},      {QStringLiteral("yuan"), QStringLiteral("CNY")},
        {QStringLiteral("renminbi"), QStringLiteral("CNY")}, {QStringLiteral("rupee"), QStringLiteral("INR")},
        {QStringLiteral("lira"), QStringLiteral("TRY")},     {QStringLiteral("guilder"), QStringLiteral("NLG")},
        {QStringLiteral("deutschmark"), QStringLiteral("DEM")},
        {QStringLiteral("hryvnia"), QStringLiteral("UAH")},  {QStringLiteral("hryvnias"), QStringLiteral("UAH")},
        {QStringLiteral("hryvnas"), QStringLiteral("UAH")},  {QStringLiteral("shekel"), QStringLiteral("ILS")},
        {QStringLiteral("riyal"), QStringLiteral("SAR")},    {QStringLiteral("dirham"), QStringLiteral("AED")},
        {QStringLiteral("rand"), QStringLiteral("ZAR")},     {QStringLiteral("zloty"), QStringLiteral("PLN")},
        {QStringLiteral("zlotys"), QStringLiteral("PLN")},   {QStringLiteral("real"), QStringLiteral("BRL")},
        {QStringLiteral("reais"), QStringLiteral("BRL")},    {QStringLiteral("peso"), QStringLiteral("MXN")},
        {QStringLiteral("bitcoin"), QStringLiteral("XBT")},  {QStringLiteral("naira"), QStringLiteral("NGN")},
        {QStringLiteral("rupiah"), QStringLiteral("IDR")},   {QStringLiteral("ringgit"), QStringLiteral("MYR")},
        {QStringLiteral("baht"), QStringLiteral("THB")},     {QStringLiteral("kronor"), QStringLiteral("SEK")},
        {QStringLiteral("forint"), QStringLiteral("HUF")},   {QStringLiteral("koruna"), QStringLiteral("CZK")},
        {QStringLiteral("cedi"), QStringLiteral("GHS")},     {QStringLiteral("cedis"), QStringLiteral("GHS")},
        {QStringLiteral("tenge"), QStringLiteral("KZT")},    {QStringLiteral("lari"), QStringLiteral("GEL")},
    };
    QString name = lowerName.toString();
    const QString singular = name.endsWith(u's') && !name.endsWith(QStringLiteral("reais")) ? name.chopped(1) : name;
    if (!lowerAdjective.isEmpty()) {
        const QString code = national.value(lowerAdjective.toString() + u' ' + singular);
        if (!code.isEmpty())
            return code;
    }
    if (singular == u"pound" || singular == u"peso" || singular == u"real")
        return name == u"reais" ? QStringLiteral("BRL") : QString();   // ambiguous alone: a weight, several pesos, an adjective
    const QString code = names.value(name);
    return code.isEmpty() ? names.value(singular) : code;
}

bool isCurrencyCode(QStringView word)
{
    static const QStringList codes = {
        QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY"), QStringLiteral("RUB"),
        QStringLiteral("CNY"), QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("INR"),
        QStringLiteral("UAH"), QStringLiteral("TRY"), QStringLiteral("SYP"), QStringLiteral("SEK"), QStringLiteral("NOK"),
        QStringLiteral("PLN"), QStringLiteral("BRL"), QStringLiteral("KRW"), QStringLiteral("MXN"), QStringLiteral("SAR"),
    };
    return word.size() == 3 && codes.contains(word);
}

QString currencyOfWordBefore(QStringView word)
{
    if (isCurrencyCode(word))
        return word.toString();
    if (word == u"Rs" || word == u"Rs.")
        return QStringLiteral("INR");
    if (word == u"Tk" || word == u"Tk." || word == u"Taka")
        return QStringLiteral("BDT");
    return {};
}

} // namespace galley
