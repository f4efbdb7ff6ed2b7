#pragma once

#include "load/load_error.h"
#include "util/expected.h"

#include <QSet>
#include <QString>
#include <QStringView>

namespace galley {

// Words that surround names without being part of them: titles and roles ("President",
// "Lt.", "spokesperson") and nationalities ("Syrian"), plus given names; read from the
// gazetteer derived from Debian packages (resources/ner/gazetteer-debian.txt.gz).
class NameLexicon
{
public:
    // "LIST<TAB>phrase" lines as resources/ner/derive-gazetteer.py writes them; one-word
    // phrases of the title, nationality and given-name lists are kept, and the adjectives of
    // one-word countries ("Syrian") join the nationalities.
    static NameLexicon fromListText(QStringView text);
    // The list file, gzip-compressed or not.
    static Expected<NameLexicon, LoadError> load(const QString &path);
    static QString defaultPath();   // resources/ner/gazetteer-debian.txt.gz

    bool isTitle(QStringView word) const;         // case-insensitive: "President", "gen."
    bool isNationality(QStringView word) const;   // "Syrian", "Russian"
    bool isGivenName(QStringView word) const;     // "Viktor", "Maria"
    bool isEmpty() const { return m_titles.isEmpty(); }

private:
    void addDemonyms(const QString &country);

    QSet<QString> m_titles;
    QSet<QString> m_nationalities;
    QSet<QString> m_givenNames;
};

} // namespace galley
