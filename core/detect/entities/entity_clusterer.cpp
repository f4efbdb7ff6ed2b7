#include "detect/entities/entity_clusterer.h"

#include "text/modal_verbs.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>

namespace galley {

namespace {

bool isInitialOf(const QString &initial, const QString &word)
{
    return initial.size() == 1 && !word.isEmpty() && word.front() == initial.front();
}

class Clusterer final
{
public:
    Clusterer(QStringView text, const QList<EntityMention> &mentions, const QList<MentionName> &names,
              const NameLexicon &lexicon)
        : m_text(text), m_mentions(mentions), m_names(names), m_lexicon(lexicon)
    {
        for (qsizetype i = m_text.indexOf(u'\n'); i >= 0; i = m_text.indexOf(u'\n', i + 1))
            m_lineBreaks.append(i);
    }

    QList<EntityCluster> run()
    {
        QHash<QString, QSet<QStringList>> namesOfWord;
        for (qsizetype m = 0; m < m_mentions.size(); ++m) {
            if (m_mentions[m].type != EntityType::Person || m_names[m].isEmpty())
                continue;
            m_personSurnames.insert(m_names[m].keys.last());
            if (m_names[m].acronym.isEmpty() && m_names[m].keys.size() >= 2) {
                for (qsizetype k = 0; k + 1 < m_names[m].keys.size(); ++k)
                    namesOfWord[m_names[m].keys[k]].insert(m_names[m].keys);
            }
        }
        for (auto it = namesOfWord.cbegin(); it != namesOfWord.cend(); ++it) {
            if (it->size() == 1)
                m_wordsOfOneName.insert(it.key());
        }
        QList<qsizetype> order(m_mentions.size());
        std::iota(order.begin(), order.end(), 0);
        // Fullest names first, so a surname or acronym meets the full name it stands for.
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const MentionName &x = m_names[a];
            const MentionName &y = m_names[b];
            if (x.acronym.isEmpty() != y.acronym.isEmpty())
                return x.acronym.isEmpty();
            if (x.keys.size() != y.keys.size())
                return x.keys.size() > y.keys.size();
            return m_mentions[a].start < m_mentions[b].start;
        });
        for (qsizetype m : order)
            place(m);

        QList<EntityCluster> clusters;
        for (QList<int> &members : m_members) {
            std::sort(members.begin(), members.end(),
                      [&](int a, int b) { return m_mentions[a].start < m_mentions[b].start; });
            clusters.append(finish(members));
        }
        std::sort(clusters.begin(), clusters.end(), [&](const EntityCluster &a, const EntityCluster &b) {
            return m_mentions[a.mentions.first()].start < m_mentions[b.mentions.first()].start;
        });
        return clusters;
    }

private:
    struct Variant
    {
        qsizetype representative = 0;
        QList<qsizetype> starts;   // of its members, sorted
    };

    void place(qsizetype m)
    {
        const MentionName &name = m_names[m];
        qsizetype best = -1;
        Rank bestRank;
        if (!name.isEmpty()) {
            // Every way to match shares the last name word, or pairs an acronym with initials.
            QList<int> candidates = m_byLastKey.value(name.keys.last());
            if (!name.acronym.isEmpty())
                candidates += m_byInitials.value(name.acronym);
            if (name.keys.size() == 1) {
                candidates += m_byFirstKey.value(name.keys.first());
                candidates += m_byPersonWord.value(name.keys.first());
            }
            const NameGender titled = isSurnameAlone(name) ? genderOfTitle(m) : NameGender::Unknown;
            for (int c : std::as_const(candidates)) {
                for (const Variant &variant : std::as_const(m_variants[c])) {
                    if (!sameEntity(m, variant.representative) || !genderFits(titled, variant.representative))
                        continue;
                    const Rank rank = rankOf(m, variant);
                    if (best < 0 || rank < bestRank) {
                        best = c;
                        bestRank = rank;
                    }
                }
            }
        }
        if (best < 0) {
            best = m_members.size();
            m_members.append(QList<int>{int(m)});
            m_variants.append(QList<Variant>());
        } else {
            m_members[best].append(int(m));
        }
        addToVariant(m_variants[best], m);
        if (name.isEmpty())
            return;
        addToIndex(m_byLastKey[name.keys.last()], int(best));
        if (name.keys.size() >= 2 && m_mentions[m].type == EntityType::Organization)
            addToIndex(m_byFirstKey[name.keys.first()], int(best));
        if (name.keys.size() >= 2 && m_mentions[m].type == EntityType::Person) {
            for (qsizetype k = 0; k + 1 < name.keys.size(); ++k) {
                if (m_wordsOfOneName.contains(name.keys[k]))
                    addToIndex(m_byPersonWord[name.keys[k]], int(best));
            }
        }
        if (name.acronym.isEmpty() && name.keys.size() >= 2) {
            addToIndex(m_byInitials[name.initials], int(best));
            if (name.fullInitials != name.initials)
                addToIndex(m_byInitials[name.fullInitials], int(best));
        }
    }

    // How well a variant suits mention m, lower first: a full name of m's surname earlier in m's
    // paragraph, the nearest first ("Jill Biden … President Joe Biden … Biden said");
    // then one named earlier in another paragraph, the first named first, as news names the one
    // it is about first ("Donald Trump", later "Ivanka Trump": "Trump said" is Donald Trump);
    // then any variant, the nearest earlier mention first, a later one only when none precedes.
    using Rank = std::pair<int, qsizetype>;
    Rank rankOf(qsizetype m, const Variant &variant) const
    {
        const qsizetype here = m_mentions[m].start;
        const auto after = std::upper_bound(variant.starts.cbegin(), variant.starts.cend(), here);
        if (after == variant.starts.cbegin())
            return {3, *after - here};
        const qsizetype nearest = *(after - 1);
        if (isSurnameAlone(m_names[m])) {
            const QString &surname = m_names[m].keys.first();
            const MentionName &full = m_names[variant.representative];
            if (full.keys.size() >= 2 && full.keys.last() == surname && inOneParagraph(nearest, here))
                return {0, here - nearest};
            if (isFullNameOfSurname(variant.representative, surname))
                return {1, variant.starts.front()};
        }
        return {2, here - nearest};
    }

    bool inOneParagraph(qsizetype from, qsizetype to) const
    {
        const auto next = std::upper_bound(m_lineBreaks.cbegin(), m_lineBreaks.cend(), from);
        return next == m_lineBreaks.cend() || *next >= to;
    }

    static bool isSurnameAlone(const MentionName &name) { return name.keys.size() == 1 && name.acronym.isEmpty(); }

    // "Donald Trump" for "trump"; longer names are mostly headlines read as one name ("Donald
    // Trump Finally Endorses Paul Ryan"), and so are names opened by a modal verb in a question
    // ("Will Sanders come down?", not "Will Smith followed.").
    bool isFullNameOfSurname(qsizetype m, const QString &surname) const
    {
        const MentionName &name = m_names[m];
        return name.keys.size() <= 3 && name.keys.last() == surname && !opensQuestion(m) && isWrittenOutPerson(int(m));
    }

    bool opensQuestion(qsizetype m) const
    {
        if (!isModalVerb(m_names[m].keys.first()))
            return false;
        for (qsizetype i = m_mentions[m].end; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (c == u'?' || c == u'.' || c == u'!' || c == u'\n')
                return c == u'?';
        }
        return false;
    }

    // Members written the same way (same name words, acronym and type) match a newcomer alike:
    // one test per variant, then the nearest of its members by position, so that a name
    // mentioned thousands of times costs no more than one mentioned twice.
    void addToVariant(QList<Variant> &variants, qsizetype m) const
    {
        const auto same = std::find_if(variants.begin(), variants.end(), [&](const Variant &variant) {
            const MentionName &x = m_names[variant.representative];
            return x.keys == m_names[m].keys && x.acronym == m_names[m].acronym
                && m_mentions[variant.representative].type == m_mentions[m].type;
        });
        if (same == variants.end()) {
            variants.append(Variant{m, QList<qsizetype>{m_mentions[m].start}});
            return;
        }
        same->starts.insert(std::upper_bound(same->starts.begin(), same->starts.end(), m_mentions[m].start) - same->starts.begin(),
                            m_mentions[m].start);
    }

    static void addToIndex(QList<int> &clusters, int cluster)
    {
        if (!clusters.contains(cluster))
            clusters.append(cluster);
    }

    bool sameEntity(qsizetype a, qsizetype b) const
    {
        const MentionName &x = m_names[a];
        const MentionName &y = m_names[b];
        if (x.isEmpty() || y.isEmpty())
            return false;
        if (x.keys == y.keys)
            return true;
        const auto standsFor = [](const MentionName &acronym, const MentionName &full) {
            return !acronym.acronym.isEmpty() && full.acronym.isEmpty() && full.keys.size() >= 2
                && (acronym.acronym == full.initials || acronym.acronym == full.fullInitials);
        };
        if (standsFor(x, y) || standsFor(y, x))
            return true;
        const bool people = m_mentions[a].type == EntityType::Person || m_mentions[b].type == EntityType::Person;
        const bool places = m_mentions[a].type == EntityType::Location || m_mentions[b].type == EntityType::Location;
        if (people && !places)
            return samePerson(x, y) || byOtherNameWord(a, b) || byOtherNameWord(b, a);
        return sameWithoutNationality(a, b) || sameWithoutNationality(b, a) || sameOrganisationShortly(a, b)
            || sameOrganisationShortly(b, a);
    }

    // A firm by the first word of its name when the rest only says what kind of firm it is ("HCA"
    // for "HCA Healthcare", "United" for "United Airlines"; not "Senate" for "Senate Judiciary
    // Committee" nor "Apple" for "Apple Music"), or, when the name opens with a given name, by
    // its last ("Lilly" for "Eli Lilly"); both mentions tagged organisations, the short one no
    // person's surname in the document ("Trump" beside "President Trump").
    bool sameOrganisationShortly(qsizetype shorter, qsizetype longer) const
    {
        const QStringList &x = m_names[shorter].keys;
        const QStringList &y = m_names[longer].keys;
        if (m_mentions[shorter].type != EntityType::Organization || m_mentions[longer].type != EntityType::Organization
            || x.size() != 1 || y.size() < 2 || m_personSurnames.contains(x.first()))
            return false;
        if (x.first() == y.first())
            return std::all_of(y.cbegin() + 1, y.cend(), [](const QString &word) { return isFirmKindWord(word); });
        return m_names[shorter].acronym.isEmpty() && x.first() == y.last() && m_lexicon.isGivenName(y.first());
    }

    static bool isFirmKindWord(const QString &word)
    {
        static const QSet<QString> words = {
            QStringLiteral("inc"),          QStringLiteral("inc."),         QStringLiteral("corp"),
            QStringLiteral("corp."),        QStringLiteral("corporation"),  QStringLiteral("co"),
            QStringLiteral("co."),          QStringLiteral("company"),      QStringLiteral("ltd"),
            QStringLiteral("ltd."),         QStringLiteral("llc"),          QStringLiteral("plc"),
            QStringLiteral("ag"),           QStringLiteral("sa"),           QStringLiteral("nv"),
            QStringLiteral("gmbh"),         QStringLiteral("group"),        QStringLiteral("holdings"),
            QStringLiteral("healthcare"),   QStringLiteral("technologies"), QStringLiteral("industries"),
            QStringLiteral("motors"),       QStringLiteral("airlines"),     QStringLiteral("airways"),
            QStringLiteral("pharmaceuticals"), QStringLiteral("labs"),     QStringLiteral("software"),
            QStringLiteral("systems"),      QStringLiteral("networks"),     QStringLiteral("cyber"),
            QStringLiteral("therapeutics"), QStringLiteral("biosciences"),  QStringLiteral("brands"),
            QStringLiteral("solutions"),    QStringLiteral("electronics"),
        };
        return words.contains(word);
    }

    // "Assad" for "Bashar Assad"; "V. Poznikhir" for "Viktor Poznikhir".
    static bool samePerson(const MentionName &x, const MentionName &y)
    {
        if (x.keys.last() != y.keys.last())
            return false;
        if (x.keys.size() == 1 || y.keys.size() == 1)
            return x.acronym.isEmpty() && y.acronym.isEmpty();
        return x.keys.first() == y.keys.first() || isInitialOf(x.keys.first(), y.keys.first())
            || isInitialOf(y.keys.first(), x.keys.first());
    }

    // "Mao" for "Mao Ning", "Tedros" for "Tedros Adhanom Ghebreyesus", "Sheinbaum" for "Claudia
    // Sheinbaum Pardo": a word of one person's full name, and of no other's in the document.
    bool byOtherNameWord(qsizetype shorter, qsizetype longer) const
    {
        const MentionName &x = m_names[shorter];
        const MentionName &y = m_names[longer];
        if (m_mentions[longer].type != EntityType::Person || m_mentions[shorter].type != EntityType::Person
            || x.keys.size() != 1 || !x.acronym.isEmpty() || !y.acronym.isEmpty() || !m_wordsOfOneName.contains(x.keys.first()))
            return false;
        const qsizetype at = y.keys.indexOf(x.keys.first());
        return at >= 0 && at < y.keys.size() - 1;
    }

    // "Mrs. Clinton", "Mr Trump": the gender the title before a surname gives; Unknown for none
    // or one of either gender ("Dr.", "President").
    NameGender genderOfTitle(qsizetype m) const
    {
        const MentionName &name = m_names[m];
        QStringList words = name.roles;
        const QStringView before = m_text.first(m_mentions[m].start).right(8).trimmed();
        qsizetype wordStart = before.size();
        while (wordStart > 0 && !before[wordStart - 1].isSpace())
            --wordStart;
        words.append(before.mid(wordStart).toString().toLower());
        for (QString word : std::as_const(words)) {
            if (word.endsWith(u'.'))
                word.chop(1);
            if (word == u"mr")
                return NameGender::Male;
            if (word == u"mrs" || word == u"ms" || word == u"miss")
                return NameGender::Female;
        }
        return NameGender::Unknown;
    }

    // A title's gender rules out a written-out person whose given name has the other one.
    bool genderFits(NameGender titled, qsizetype other) const
    {
        if (titled == NameGender::Unknown || !isWrittenOutPerson(int(other)))
            return true;
        const NameGender given = m_lexicon.givenNameGender(m_names[other].keys.first());
        return given == NameGender::Unknown || given == titled;
    }

    // Tagged a person and written with a given name before the surname: "Donald Trump".
    bool isWrittenOutPerson(int m) const
    {
        const MentionName &name = m_names[m];
        return m_mentions[m].type == EntityType::Person && name.acronym.isEmpty() && name.keys.size() >= 2
               && m_lexicon.isGivenName(name.keys.first());
    }

    // "General Staff" for "Russian General Staff".
    bool sameWithoutNationality(qsizetype shorter, qsizetype longer) const
    {
        const QStringList &x = m_names[shorter].keys;
        const QStringList &y = m_names[longer].keys;
        if (x.size() < 2 || y.size() <= x.size() || y.mid(y.size() - x.size()) != x)
            return false;
        for (qsizetype i = 0; i < y.size() - x.size(); ++i) {
            if (!m_lexicon.isNationality(y[i]))
                return false;
        }
        return true;
    }

    EntityCluster finish(const QList<int> &members) const
    {
        // The canonical mention: a written-out name over an acronym, then the most words, then the
        // longest text ("Bashar al-Assad" over "Bashar Assad"), then the first.
        int canonical = members.first();
        auto nameLength = [&](int m) { return m_names[m].end - m_names[m].start; };
        for (int m : members) {
            const MentionName &x = m_names[m];
            const MentionName &best = m_names[canonical];
            if (x.acronym.isEmpty() != best.acronym.isEmpty()) {
                if (x.acronym.isEmpty())
                    canonical = m;
                continue;
            }
            if (x.keys.size() != best.keys.size()) {
                if (x.keys.size() > best.keys.size())
                    canonical = m;
                continue;
            }
            if (nameLength(m) > nameLength(canonical))
                canonical = m;
        }
        std::array<int, kEntityTypeCount> votes{};
        for (int m : members)
            ++votes[int(m_mentions[m].type)];
        EntityType type = m_mentions[canonical].type;
        for (int t = 0; t < kEntityTypeCount; ++t) {
            if (votes[t] > votes[int(type)])
                type = EntityType(t);
        }
        // A person's full name outweighs any number of surnames typed otherwise: "Donald Trump"
        // once, and "Trump" as an organisation in every sentence of an article about his plans.
        if (std::any_of(members.cbegin(), members.cend(), [&](int m) { return isWrittenOutPerson(m); }))
            type = EntityType::Person;
        const MentionName &name = m_names[canonical];
        QString canonicalText = name.isEmpty()
            ? m_text.mid(m_mentions[canonical].start, m_mentions[canonical].end - m_mentions[canonical].start).toString()
            : m_text.mid(name.start, name.end - name.start).toString();
        return {type, canonicalText.simplified(), members};
    }

    QStringView m_text;
    const QList<EntityMention> &m_mentions;
    const QList<MentionName> &m_names;
    const NameLexicon &m_lexicon;
    QList<QList<int>> m_members;
    QList<QList<Variant>> m_variants;          // per cluster
    QList<qsizetype> m_lineBreaks;             // offsets of the text's line breaks, ascending
    QHash<QString, QList<int>> m_byLastKey;    // clusters by the last name word of a member
    QHash<QString, QList<int>> m_byInitials;   // clusters by the initials of a written-out member
    QSet<QString> m_personSurnames;            // last name words of the mentions tagged persons
    QSet<QString> m_wordsOfOneName;            // name words before the last of one person's full name only
    QHash<QString, QList<int>> m_byPersonWord; // clusters by those words of a member's name
    QHash<QString, QList<int>> m_byFirstKey;   // clusters by the first name word of an organisation of two words or more
};

} // namespace

QList<EntityCluster> clusterEntities(QStringView text, const QList<EntityMention> &mentions,
                                     const QList<MentionName> &names, const NameLexicon &lexicon)
{
    return Clusterer(text, mentions, names, lexicon).run();
}

QList<EntityCluster> clusterEntities(QStringView text, const QList<EntityMention> &mentions,
                                     const NameLexicon &lexicon)
{
    QList<MentionName> names;
    names.reserve(mentions.size());
    for (const EntityMention &mention : mentions)
        names.append(mentionName(text, mention, lexicon));
    return clusterEntities(text, mentions, names, lexicon);
}

} // namespace galley
