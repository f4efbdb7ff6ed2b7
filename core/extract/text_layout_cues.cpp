#include "extract/text_layout_cues.h"

#include "extract/date_text.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace galley {

namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto kUnicodeNoCase = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// Words that page furniture is made of, by the kind of furniture. Generic interface vocabulary
// in a few languages, never a site's name.
const QHash<QString, QString> &chromeCategoryByWord()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<const char *, const char *>> categories{
            {"navigation", "home menu search sections navigation listen live radio "
                           "watch video videos podcast podcasts weather login log sign account register "
                           "startseite suche accueil rechercher inicio buscar"},
            {"share", "share shares shared tweet facebook twitter whatsapp telegram linkedin pinterest reddit "
                      "email e-mail print url link copy copied via teilen partager compartir condividi"},
            {"comments", "comment comments commenting discussion discuss reply replies standards "
                         "guidelines conversation kommentare commentaires comentarios commenti"},
            {"cookie-banner", "cookie cookies consent accept reject preferences"},
            {"newsletter", "newsletter newsletters subscribe subscription inbox unsubscribe"},
            {"advertisement", "advertisement advertisements advert ads sponsored promoted anzeige werbung publicité"},
            {"related", "related recommended trending popular"},
            {"footer", "imprint impressum terms privacy policy contact careers sitemap rss datenschutz "
                       "confidentialité mentions légales privacidad aviso legal"},
        };
        QHash<QString, QString> result;
        for (const auto &[category, words] : categories) {
            for (const QString &word : QString::fromUtf8(words).split(QLatin1Char(' ')))
                result.insert(word, QString::fromLatin1(category));
        }
        return result;
    }();
    return table;
}

// Short phrases that name a section of furniture even though their words are common ones.
QString chromeSectionPhrase(QStringView cue)
{
    static const QList<std::pair<QRegularExpression, QString>> phrases{
        {QRegularExpression(QStringLiteral("^(read more|more (stories|from|on)|you (may|might) (also )?like|"
                                           "see also|most (read|popular|viewed)|also read|further reading)\\b"),
                            kUnicodeNoCase),
         QStringLiteral("related")},
        {QRegularExpression(QStringLiteral("^(leave|add|post|write) a (comment|reply)|^\\d+ comments?$|^comments?\\b"),
                            kUnicodeNoCase),
         QStringLiteral("comments")},
        {QRegularExpression(QStringLiteral("^(sign up|subscribe)\\b"), kUnicodeNoCase), QStringLiteral("newsletter")},
        {QRegularExpression(QStringLiteral("^(about us|contact us|terms of (use|service)|privacy policy)\\b"),
                            kUnicodeNoCase),
         QStringLiteral("footer")},
        {QRegularExpression(QStringLiteral("^((get|copy) )?(the )?(short )?(url|link|permalink)$|^(copier le lien|link kopieren|copiar enlace)$"),
                            kUnicodeNoCase),
         QStringLiteral("share")},
        {QRegularExpression(QStringLiteral("^(skip|jump) to( main)? (content|navigation)|^back to top$|"
                                           "^(aller au contenu|zum inhalt( springen)?|ir al contenido)$"),
                            kUnicodeNoCase),
         QStringLiteral("navigation")},
    };
    for (const auto &[expression, category] : phrases) {
        if (expression.match(cue).hasMatch())
            return category;
    }
    return {};
}

bool isClosingMark(QChar c)
{
    return QStringView(u"\"'”’»)]」』）】〕》〉").contains(c);
}

// Scripts written without spaces between words: a line of them is one "token" to split().
bool isSpacelessScript(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han: case QChar::Script_Hiragana: case QChar::Script_Katakana:
    case QChar::Script_Thai: case QChar::Script_Lao: case QChar::Script_Khmer:
    case QChar::Script_Myanmar: case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

} // namespace

QString cueText(QStringView blockText)
{
    QString cue = blockText.toString();
    for (QChar &c : cue) {
        if (c.isSpace())
            c = QLatin1Char(' ');
    }
    return cue;
}

QStringList cueWords(QStringView cue)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(word.toLower());
        word.clear();
    };
    for (qsizetype i = 0; i < cue.size(); ++i) {
        const QChar c = cue.at(i);
        if (!c.isLetter() && !(c == QLatin1Char('-') && !word.isEmpty())) {
            flush();
            continue;
        }
        // Adjacent links copied without a separator glue their words: "standardsDiscussion".
        if (c.isUpper() && !word.isEmpty() && word.back().isLower())
            flush();
        word += c;
    }
    flush();
    return words;
}

// Space-separated words; in scripts without spaces (Han, Kana, Thai...) length is measured in
// characters instead, two characters counting as one word (about the average word length in
// Chinese and Japanese), so a CJK paragraph weighs like a prose paragraph of the same content.
int wordCount(QStringView cue)
{
    int words = 0;
    for (QStringView token : cue.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        int spaceless = 0;
        bool other = false;   // a letter or digit outside those scripts: "NHK", "2024年"
        for (char32_t c : token.toUcs4()) {
            if (isSpacelessScript(c))
                ++spaceless;
            else if (QChar::isLetterOrNumber(c))
                other = true;
        }
        if (spaceless == 0)
            ++words;
        else
            words += std::max(1, spaceless / 2) + (other ? 1 : 0);
    }
    return words;
}

bool endsLikeSentence(QStringView cue)
{
    // Closing quotes, and emoji or other symbols a writer puts after the full stop.
    const auto trails = [](QChar c) {
        return isClosingMark(c) || c.isSurrogate() || c.category() == QChar::Symbol_Other || c == QLatin1Char(' ')
            || c == QChar(0xFE0F) || c == QChar(0x200D);
    };
    qsizetype end = cue.size();
    while (end > 0 && trails(cue.at(end - 1)))
        --end;
    return end > 0 && QStringView(u".!?…。！？．｡").contains(cue.at(end - 1));
}

bool looksLikeHeadline(QStringView cue)
{
    if (cue.isEmpty() || listMarkerLength(cue) > 0)
        return false;
    const int words = wordCount(cue);
    if (words < 1 || words > 25 || cue.size() > 200)
        return false;
    const QChar first = cue.at(0);
    // Scripts without case (Han, Kana, Thai...) start a headline with any of their letters.
    const bool caseless = isSpacelessScript(first.isHighSurrogate() && cue.size() > 1
                                                ? QChar::surrogateToUcs4(first, cue.at(1)) : char32_t(first.unicode()));
    if (!(first.isUpper() || first.isDigit() || caseless || QStringView(u"\"'“‘«「『【").contains(first)))
        return false;
    const QChar last = cue.back();
    if (QStringView(u".,;:…、，；：").contains(last))
        return false;
    return !endsLikeSentence(cue) || ((last == QLatin1Char('?') || last == QLatin1Char('!')) && words <= 15);
}

bool looksLikeProse(QStringView cue)
{
    return endsLikeSentence(cue) && wordCount(cue) >= 6;
}

qsizetype listMarkerLength(QStringView cue)
{
    if (cue.size() >= 3 && QStringView(u"-•*·–▪").contains(cue.at(0)) && cue.at(1) == QLatin1Char(' '))
        return 2;
    qsizetype digits = 0;
    while (digits < cue.size() && cue.at(digits).isDigit())
        ++digits;
    const bool numbered = digits > 0 && digits <= 2 && digits + 2 < cue.size()
        && (cue.at(digits) == QLatin1Char('.') || cue.at(digits) == QLatin1Char(')'))
        && cue.at(digits + 1) == QLatin1Char(' ');
    return numbered ? digits + 2 : 0;
}

QString chromeCategory(QStringView cue)
{
    const QStringList words = cueWords(cue);
    if (words.contains(QStringLiteral("cookie")) || words.contains(QStringLiteral("cookies"))) {
        // Consent vocabulary next to the cookies, so that an article about baking stays an article.
        static const QStringList consent{QStringLiteral("accept"), QStringLiteral("consent"), QStringLiteral("preferences"),
                                         QStringLiteral("policy"), QStringLiteral("settings"), QStringLiteral("agree"),
                                         QStringLiteral("privacy"), QStringLiteral("manage"), QStringLiteral("reject"),
                                         QStringLiteral("use")};
        const bool aboutConsent = std::any_of(consent.cbegin(), consent.cend(),
                                              [&](const QString &word) { return words.contains(word); });
        if (aboutConsent && words.size() <= 80)
            return QStringLiteral("cookie-banner");
    }
    if (endsLikeSentence(cue) || words.isEmpty())
        return {};
    if (const QString phrase = chromeSectionPhrase(cue); !phrase.isEmpty() && words.size() <= 6)
        return phrase;
    if (words.size() > 8)
        return {};
    QHash<QString, int> votes;
    int chromeWords = 0;
    for (const QString &word : words) {
        const auto found = chromeCategoryByWord().constFind(word);
        if (found == chromeCategoryByWord().constEnd())
            continue;
        ++chromeWords;
        ++votes[*found];
    }
    if (chromeWords * 2 <= words.size())   // a majority: "Main points" is a subheading
        return {};
    QString best;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (best.isEmpty() || it.value() > votes.value(best) || (it.value() == votes.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

bool opensChromeSection(const QString &category)
{
    return category == u"comments" || category == u"related" || category == u"newsletter" || category == u"footer";
}

bool looksLikeImageCredit(QStringView cue)
{
    // "© REUTERS / Omar Sanadiki", "Photo: Ana Ruiz", "AP Photo/Jane Doe"
    static const QRegularExpression labelled(
        QStringLiteral("^(©|\\(c\\)|(\\p{Lu}{2,}\\s+)?(photo|photograph|image|picture|illustration|credit|foto|bild)s?\\s*(by\\b|:|/))"),
        kUnicodeNoCase);
    // "Omar Sanadiki / REUTERS", "REUTERS/Omar Sanadiki": a name and an upper-case agency
    static const QRegularExpression agency(QStringLiteral("(^|/\\s*)\\p{Lu}{2,}(\\s+\\p{Lu}{2,})*\\s*(/|$)"), kUnicode);
    if (wordCount(cue) > 12 || !copyrightOwner(cue).isEmpty())
        return false;
    if (labelled.match(cue).hasMatch())
        return true;
    return wordCount(cue) <= 8 && cue.contains(QLatin1Char('/')) && !endsLikeSentence(cue) && agency.match(cue).hasMatch();
}

bool looksLikeDisclaimer(QStringView cue)
{
    static const QRegularExpression disclaimer(
        QStringLiteral("views (and opinions )?expressed|(do|does) not necessarily (reflect|represent)|"
                       "all rights reserved|may not be (reproduced|published|redistributed)|"
                       "alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"),
        kUnicodeNoCase);
    return wordCount(cue) <= 60 && disclaimer.match(cue).hasMatch();
}

bool looksLikeTagList(QStringView cue)
{
    static const QRegularExpression label(QStringLiteral("^(tags|topics|keywords|themen|schlagworte|mots-clés|etiquetas)\\s*:"),
                                          kUnicodeNoCase);
    if (label.match(cue).hasMatch())
        return true;
    if (endsLikeSentence(cue))
        return false;
    const QList<QStringView> items = cue.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.size() < 4)
        return false;
    int words = 0;
    for (QStringView item : items)
        words += wordCount(item.trimmed());
    return words <= int(items.size()) * 3;
}

QString copyrightOwner(QStringView cue)
{
    static const QRegularExpression owner(
        QStringLiteral("^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)\\s+(?<owner>[^.|]+?)"
                       "\\s*(?:[.|]|$)"),
        kUnicodeNoCase);
    const QRegularExpressionMatch match = owner.match(cue);
    return match.hasMatch() ? match.captured(u"owner").trimmed() : QString();
}

std::optional<DateOnlyLine> dateOnlyLine(QStringView cue)
{
    static const QRegularExpression timeOfDay(QStringLiteral("\\b\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?"),
                                              kUnicodeNoCase);
    static const QRegularExpression published(QStringLiteral("^\\s*(published|posted|veröffentlicht|publié|publicado|pubblicato)\\b"),
                                              kUnicodeNoCase);
    // What may stand next to a date or time in such a line: labels, time zones, offsets.
    static const QRegularExpression filler(
        QStringLiteral("\\b(published|posted|updated|last|modified|on|at|am|um|le|el|gmt|utc|cet|cest|bst|est|edt|pst|pdt|msk|"
                       "veröffentlicht|aktualisiert|publié|publicado|pubblicato|mis|à|jour|de|del)\\b"),
        kUnicodeNoCase);
    QString rest = cue.toString();
    const QList<ProseDate> dates = findProseDates(cue);
    for (auto it = dates.crbegin(); it != dates.crend(); ++it)
        rest.remove(it->start, it->length);
    DateOnlyLine line;
    line.hasTimeOfDay = timeOfDay.match(rest).hasMatch();
    line.labelledPublished = published.match(cue).hasMatch();
    rest.remove(timeOfDay);
    rest.remove(filler);
    const QStringList leftovers = cueWords(rest);
    // Month and weekday names left over from a date the parser could not complete ("+310 December 2019").
    const bool onlyCalendarWords = std::all_of(leftovers.cbegin(), leftovers.cend(), [](const QString &word) {
        return !findProseDates(QString(QStringLiteral("1 ") + word + QStringLiteral(" 2000"))).isEmpty()
            || !findWeekdayNames(word).isEmpty();
    });
    if ((dates.isEmpty() && !line.hasTimeOfDay) || !onlyCalendarWords || wordCount(cue) > 12)
        return std::nullopt;
    return line;
}

QStringList bylineNames(QStringView cue)
{
    static const QRegularExpression byline(
        QStringLiteral("^(?:by|von|par|por|di|door|written by|author:|autor:|auteur:)\\s+(?<names>[^|•·\\n]+)"),
        kUnicodeNoCase);
    static const QRegularExpression name(QStringLiteral("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$"), kUnicode);
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*"),
                                               kUnicode);
    const QRegularExpressionMatch match = byline.match(cue);
    if (!match.hasMatch() || wordCount(cue) > 20 || looksLikeProse(cue))
        return {};
    QStringList names;
    for (QString part : match.captured(u"names").split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (name.match(part).hasMatch() && findProseDates(part).isEmpty() && findWeekdayNames(part).isEmpty())
            names.append(part);
        else
            break;   // "By Jane Doe, Staff Reporter": the role and anything after it are not names
    }
    return names;
}

std::optional<Dateline> leadingDateline(QStringView cue)
{
    static const QRegularExpression dateline(
        QStringLiteral("^(?<place>\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3})"
                       "(?:, (?<when>[^()—–-]{1,40}?))?"
                       "(?: ?\\((?<source>[^()]{2,40})\\))?"
                       " ?[—–-]{1,2} "),
        kUnicode);
    const QRegularExpressionMatch match = dateline.match(cue);
    if (!match.hasMatch())
        return std::nullopt;
    return Dateline{match.capturedLength(), match.captured(u"place"), match.captured(u"source").trimmed()};
}

} // namespace galley
