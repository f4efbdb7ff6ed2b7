#include "detect/entities/name_lexicon.h"

#include "detect/numbers/calendar_words.h"

#include "util/gzip.h"
#include "util/resource_path.h"

#include <QFile>

namespace galley {

NameLexicon NameLexicon::fromListText(QStringView text)
{
    NameLexicon lexicon;
    for (QStringView line : text.split(u'\n')) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            continue;
        const QStringView list = line.left(tab);
        const QString phrase = line.mid(tab + 1).trimmed().toString().toLower();
        if (phrase.isEmpty() || phrase.contains(u' '))
            continue;
        if (list == u"title")
            lexicon.m_titles.insert(phrase);
        else if (list == u"nationality")
            lexicon.m_nationalities.insert(phrase);
        else if (list == u"given-name")
            lexicon.m_givenNames.insert(phrase);
        else if (list == u"country")
            lexicon.addDemonyms(phrase);
    }
    return lexicon;
}

void NameLexicon::addWorldNameText(QStringView text)
{
    for (QStringView line : text.split(u'\n')) {
        const qsizetype tab = line.indexOf(u'\t');
        const QString phrase = line.mid(tab + 1).trimmed().toString().toLower();
        if (tab > 0 && line.left(tab) == u"world-given-name" && !phrase.isEmpty() && !phrase.contains(u' ')
            && !monthOfWord(phrase) && !weekdayOfWord(phrase))
            m_givenNames.insert(phrase);
    }
}

// The list of nationalities names languages and peoples, rarely the adjective of a country:
// "Syrian" is derived from "syria" by the regular English endings.
void NameLexicon::addDemonyms(const QString &country)
{
    const QString stem = country.chopped(1);
    const QChar last = country.back();
    for (QLatin1StringView ending : {QLatin1StringView("n"), QLatin1StringView("an"), QLatin1StringView("ian"),
                                     QLatin1StringView("i"), QLatin1StringView("ese")})
        m_nationalities.insert(country + ending);
    if (last == u'a' || last == u'e' || last == u'y' || last == u'o') {
        for (QLatin1StringView ending : {QLatin1StringView("an"), QLatin1StringView("ian"), QLatin1StringView("ese"),
                                         QLatin1StringView("ish"), QLatin1StringView("i")})
            m_nationalities.insert(stem + ending);
    }
}

namespace {

Expected<QString, LoadError> readListFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LoadError{path, QStringLiteral("not-found"), file.errorString(), -1, {}};
    QByteArray bytes = file.readAll();
    if (looksGzipped(bytes)) {
        GunzipResult unzipped = gunzip(bytes);
        if (!unzipped.error.isEmpty())
            return LoadError{path, QStringLiteral("corrupt"), unzipped.error, -1, {}};
        bytes = std::move(unzipped.data);
    }
    return QString::fromUtf8(bytes);
}

} // namespace

void NameLexicon::addGenderListText(QStringView text)
{
    for (QStringView line : text.split(u'\n')) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            continue;
        const QStringView gender = line.left(tab);
        const QString name = line.mid(tab + 1).trimmed().toString().toLower();
        if (gender == u"male")
            m_genders.insert(name, NameGender::Male);
        else if (gender == u"female")
            m_genders.insert(name, NameGender::Female);
    }
}

Expected<NameLexicon, LoadError> NameLexicon::load(const QString &path, const QString &genderPath,
                                                   const QString &worldNamesPath)
{
    const auto lists = readListFile(path);
    if (!lists)
        return lists.error();
    const auto worldNames = readListFile(worldNamesPath);
    if (!worldNames)
        return worldNames.error();
    NameLexicon lexicon = fromListText(*lists);
    lexicon.addWorldNameText(*worldNames);
    if (lexicon.isEmpty())
        return LoadError{path, QStringLiteral("empty"), QStringLiteral("no title list in the name lists"), -1, {}};
    const auto genders = readListFile(genderPath);
    if (!genders)
        return genders.error();
    lexicon.addGenderListText(*genders);
    return lexicon;
}

QString NameLexicon::defaultGenderPath() { return resourcePath(QStringLiteral("ner/given-name-genders.txt.gz")); }

QString NameLexicon::defaultWorldNamesPath() { return resourcePath(QStringLiteral("ner/gazetteer-names.txt.gz")); }

QString NameLexicon::defaultPath() { return resourcePath(QStringLiteral("ner/gazetteer-debian.txt.gz")); }

bool NameLexicon::isTitle(QStringView word) const { return m_titles.contains(word.toString().toLower()); }
bool NameLexicon::isNationality(QStringView word) const { return m_nationalities.contains(word.toString().toLower()); }
bool NameLexicon::isGivenName(QStringView word) const { return m_givenNames.contains(word.toString().toLower()); }

NameGender NameLexicon::givenNameGender(QStringView word) const
{
    return m_genders.value(word.toString().toLower(), NameGender::Unknown);
}

} // namespace galley
