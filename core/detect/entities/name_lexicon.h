#pragma once

#include "load/load_error.h"
#include "util/expected.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace galley {

enum class NameGender { Unknown, Male, Female };

// Words that surround names without being part of them: titles and roles ("President",
// "Lt.", "spokesperson") and nationalities ("Syrian"), plus given names and their usual gender;
// read from lists derived from Debian packages (resources/ner/gazetteer-debian.txt.gz,
// resources/ner/given-name-genders.txt.gz) and the given names of many countries
// (resources/ner/gazetteer-names.txt.gz, from npm).
class NameLexicon final
{
public:
    // "LIST<TAB>phrase" lines as resources/ner/derive-gazetteer.py writes them; one-word
    // phrases of the title, nationality and given-name lists are kept, and the adjectives of
    // one-word countries ("Syrian") join the nationalities.
    static NameLexicon fromListText(QStringView text);
    // resources/ner/derive-name-lists.py's lines: a "world-given-name" that is no month or weekday
    // joins the given names ("Elon", "Ivanka", "Hassan"; not "August").
    void addWorldNameText(QStringView text);
    // "male<TAB>name" / "female<TAB>name" lines (resources/ner/derive-given-name-genders.sh).
    void addGenderListText(QStringView text);
    // The list files, gzip-compressed or not.
    static Expected<NameLexicon, LoadError> load(const QString &path = defaultPath(),
                                                 const QString &genderPath = defaultGenderPath(),
                                                 const QString &worldNamesPath = defaultWorldNamesPath());
    static QString defaultPath();         // resources/ner/gazetteer-debian.txt.gz
    static QString defaultGenderPath();   // resources/ner/given-name-genders.txt.gz
    static QString defaultWorldNamesPath();   // resources/ner/gazetteer-names.txt.gz

    bool isTitle(QStringView word) const;         // case-insensitive: "President", "gen."
    bool isNationality(QStringView word) const;   // "Syrian", "Russian"
    bool isGivenName(QStringView word) const;     // "Viktor", "Maria"
    NameGender givenNameGender(QStringView word) const;   // "Maria" → Female; Unknown when unsure
    bool isEmpty() const { return m_titles.isEmpty(); }

private:
    void addDemonyms(const QString &country);

    QSet<QString> m_titles;
    QSet<QString> m_nationalities;
    QSet<QString> m_givenNames;
    QHash<QString, NameGender> m_genders;
};

} // namespace galley
