#pragma once

#include <QString>
#include <QStringView>

namespace galley {

// ISO 4217 code of a currency sign written before an amount: "$" → "USD", "€" → "EUR",
// "£" → "GBP", "¥" → "JPY", "₽" → "RUB". `prefix` is the word glued before a dollar sign
// ("US", "C", "A", "HK", "NZ", "S", "R" for reais) or empty. Empty when not a currency sign.
QString currencyOfSign(QStringView sign, QStringView prefix = {});

// ISO 4217 code of a currency name written after an amount, lower case: "dollars" → "USD",
// "euros" → "EUR", "rubles" → "RUB", "yuan" → "CNY". `adjective` is the lower-case word
// before the name ("canadian dollars" → "CAD", "syrian pounds" → "SYP") or empty. "pounds" alone
// is left to the caller: it is also a weight.
QString currencyOfName(QStringView lowerName, QStringView lowerAdjective = {});

// An ISO 4217 code written as a word before or after an amount: "USD", "EUR", "RUB" …
bool isCurrencyCode(QStringView word);

// The ISO 4217 code of a word written before an amount: a code ("USD 5") or an abbreviation of
// South Asian news ("Rs 3 crore", "Tk 8,500", "Taka 8,500"); empty for other words.
QString currencyOfWordBefore(QStringView word);

} // namespace galley
