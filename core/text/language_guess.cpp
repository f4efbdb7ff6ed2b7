#include "text/language_guess.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace galley {

namespace {

struct StopWords
{
    const char *language;
    const char *words;   // space-separated, lower case
};

// Short, frequent function words; a word shared by several languages counts for each of them.
constexpr std::array kLatinAndCyrillicStopWords{
    StopWords{"en", "the of and to in is that for it with as was on be by at this are from "
                    "have has had not but were which an said would their they will been who"},
    StopWords{"de", "der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
                    "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch"},
    StopWords{"fr", "le la les de des et est un une du que qui dans pour pas sur au avec ce il "
                    "elle sont par plus ne se ont été aux cette mais ou son sa"},
    StopWords{"es", "el la los las de del y en que es un una por con para se no lo su al como "
                    "más pero sus le ha este esta fue son entre también"},
    StopWords{"it", "il lo la gli le di del della che è e un una per con non in si da sono "
                    "anche al dei delle nel alla più ma come questo ha"},
    StopWords{"pt", "o a os as de do da dos das e que em um uma para com não no na por se é "
                    "ao mais mas foi como pelo pela são também seu sua"},
    StopWords{"nl", "de het een en van in is dat op te zijn voor met niet aan er ook als bij "
                    "door om wordt maar nog dan heeft uit naar hij ze"},
    StopWords{"pl", "i w na z się nie do to że jest o jak po co ale od za tak przez dla są był "
                    "jego oraz które który tylko już może"},
    StopWords{"tr", "ve bir bu da de için ile olarak çok daha gibi ama en ne o var olan değil "
                    "her kadar sonra göre ise şu mi"},
    StopWords{"ru", "и в не на что с по как это он она к но из за то от все так его же у бы "
                    "было был для только уже или если были который"},
    StopWords{"uk", "і в не на що з та як це він вона до але із за то від все так його же у б "
                    "було був для тільки вже або якщо були який є"},
};

bool isHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
bool isKana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }
bool isArabic(char32_t c) { return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F); }
bool isCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }

const QHash<QString, QStringList> &languagesByStopWord()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> result;
        for (const StopWords &entry : kLatinAndCyrillicStopWords) {
            const QStringList words = QString::fromUtf8(entry.words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &word : words)
                result[word].append(QString::fromLatin1(entry.language));
        }
        return result;
    }();
    return table;
}

QString guessFromStopWords(QStringView text)
{
    QHash<QString, int> hits;
    QString word;
    int wordCount = 0;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        ++wordCount;
        const auto found = languagesByStopWord().constFind(word);
        if (found != languagesByStopWord().constEnd()) {
            for (const QString &language : *found)
                ++hits[language];
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter() || c == QLatin1Char('\''))
            word += c.toLower();
        else
            flush();
    }
    flush();

    QString best;
    int bestHits = 0;
    int secondHits = 0;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        if (it.value() > bestHits) {
            secondHits = bestHits;
            bestHits = it.value();
            best = it.key();
        } else if (it.value() > secondHits) {
            secondHits = it.value();
        }
    }
    // Function words make up a third or more of running prose; demand a clear lead so that a
    // handful of shared words ("de", "a", "in") cannot decide.
    if (bestHits < 2 || bestHits * 10 < wordCount || bestHits * 4 < secondHits * 5)
        return {};
    return best;
}

} // namespace

QString guessLanguage(QStringView text)
{
    int han = 0, kana = 0, arabic = 0, cyrillic = 0, letters = 0;
    int ukrainianOnly = 0, russianOnly = 0;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        ++letters;
        han += isHan(c);
        kana += isKana(c);
        arabic += isArabic(c);
        cyrillic += isCyrillic(c);
        const char32_t lower = QChar::toLower(c);
        ukrainianOnly += lower == U'і' || lower == U'ї' || lower == U'є' || lower == U'ґ';
        russianOnly += lower == U'ы' || lower == U'э' || lower == U'ъ' || lower == U'ё';
    }
    if (letters < 8)
        return {};
    if (kana * 10 >= letters)
        return QStringLiteral("ja");   // Japanese mixes kana into Han text; Chinese has none
    if ((han + kana) * 2 >= letters)
        return QStringLiteral("zh");
    if (arabic * 2 >= letters)
        return QStringLiteral("ar");
    if (cyrillic * 2 >= letters) {
        if (ukrainianOnly > russianOnly)
            return QStringLiteral("uk");
        if (russianOnly > ukrainianOnly)
            return QStringLiteral("ru");
    }
    return guessFromStopWords(text);
}

} // namespace galley
