#include "detect/entities/speaker_resolver.h"

#include "detect/entities/description_heads.h"
#include "detect/entities/role_phrase.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace galley {

namespace {

// subjectBodyOfSentence: the sentence's body was acted on by someone the description does not fit.
constexpr int kNoBody = -2;

constexpr int kSentencesBack = 8;         // how far back a pronoun looks (GUM: 4 → 48.5 %, 8 → 54.6 %)
constexpr int kRoleContextWords = 12;     // words before a name that may introduce its role

// Roles and titles that tell a person's gender; the value is true for male.
const QHash<QString, bool> &genderedWords()
{
    static const QHash<QString, bool> words = {
        {QStringLiteral("mr"), true}, {QStringLiteral("mr."), true}, {QStringLiteral("sir"), true},
        {QStringLiteral("king"), true}, {QStringLiteral("prince"), true}, {QStringLiteral("lord"), true},
        {QStringLiteral("father"), true}, {QStringLiteral("brother"), true}, {QStringLiteral("spokesman"), true},
        {QStringLiteral("chairman"), true}, {QStringLiteral("congressman"), true}, {QStringLiteral("emir"), true},
        {QStringLiteral("sultan"), true}, {QStringLiteral("sheikh"), true}, {QStringLiteral("pope"), true},
        {QStringLiteral("businessman"), true}, {QStringLiteral("his"), true}, {QStringLiteral("he"), true},
        {QStringLiteral("him"), true}, {QStringLiteral("himself"), true},
        {QStringLiteral("mrs"), false}, {QStringLiteral("mrs."), false}, {QStringLiteral("ms"), false},
        {QStringLiteral("ms."), false}, {QStringLiteral("madam"), false}, {QStringLiteral("queen"), false},
        {QStringLiteral("princess"), false}, {QStringLiteral("lady"), false}, {QStringLiteral("dame"), false},
        {QStringLiteral("sister"), false}, {QStringLiteral("spokeswoman"), false},
        {QStringLiteral("chairwoman"), false}, {QStringLiteral("congresswoman"), false},
        {QStringLiteral("businesswoman"), false}, {QStringLiteral("her"), false}, {QStringLiteral("she"), false},
        {QStringLiteral("hers"), false}, {QStringLiteral("herself"), false}, {QStringLiteral("actress"), false},
        {QStringLiteral("frenchman"), true}, {QStringLiteral("frenchwoman"), false}, {QStringLiteral("englishman"), true},
        {QStringLiteral("scotsman"), true}, {QStringLiteral("welshman"), true}, {QStringLiteral("irishman"), true},
        {QStringLiteral("dutchman"), true},
    };
    return words;
}

// A word, or a number with letters: "28-year-old"
bool isWordLike(QStringView text, const Token &token)
{
    if (token.kind == TokenKind::Word)
        return true;
    const QStringView number = text.mid(token.start, token.length());
    return token.kind == TokenKind::Number && std::any_of(number.begin(), number.end(), [](QChar c) { return c.isLetter(); });
}

bool isPlacePreposition(const QStringList &lastWord)
{
    static const QSet<QString> words = {
        QStringLiteral("in"),   QStringLiteral("at"),      QStringLiteral("near"),   QStringLiteral("from"),
        QStringLiteral("outside"), QStringLiteral("across"), QStringLiteral("inside"), QStringLiteral("around"),
    };
    return !lastWord.isEmpty() && words.contains(lastWord.first());
}

bool isDeterminer(const QString &word)
{
    static const QSet<QString> determiners = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("its"), QStringLiteral("his"), QStringLiteral("her"),
        QStringLiteral("their"), QStringLiteral("our"),
    };
    return determiners.contains(word);
}

// "spokesman", "spokeswoman" and "spokesperson" name one role.
QString roleKey(const QString &word)
{
    for (QLatin1StringView stem : {QLatin1StringView("spokes"), QLatin1StringView("chair"),
                                   QLatin1StringView("congress")}) {
        if (word.startsWith(stem) && (word.endsWith(u"man") || word.endsWith(u"woman") || word.endsWith(u"person")))
            return stem + QLatin1StringView("person");
    }
    return word;
}

// Heads of descriptions that name a text or a finding, never the body that wrote it.
bool isDocumentWord(const QString &head)
{
    static const QSet<QString> words = {
        QStringLiteral("report"),   QStringLiteral("study"),    QStringLiteral("survey"),  QStringLiteral("poll"),
        QStringLiteral("book"),     QStringLiteral("article"), QStringLiteral("story"),
        QStringLiteral("analysis"), QStringLiteral("review"),   QStringLiteral("letter"),  QStringLiteral("memo"),
        QStringLiteral("statement"), QStringLiteral("document"), QStringLiteral("findings"), QStringLiteral("research"),
        QStringLiteral("data"),
    };
    return words.contains(head);
}

} // namespace

SpeakerResolver::SpeakerResolver(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
                                 const QList<EntityMention> &mentions, const QList<MentionName> &names,
                                 const QList<EntityCluster> &clusters, const NameLexicon &lexicon, const QList<Quote> &quotes)
    : m_text(text), m_tokens(tokens), m_sentences(sentences), m_mentions(mentions), m_names(names),
      m_clusters(clusters), m_lexicon(lexicon), m_clusterOfMention(mentions.size(), -1), m_speaks(mentions.size(), false)
{
    for (const Quote &quote : quotes) {
        if (quote.kind != QuoteKind::Indirect && !quote.content.isEmpty())
            m_quoted.append(quote.content);
        for (qsizetype m = firstMentionFrom(quote.speaker.start); !quote.speaker.isEmpty() && m < mentions.size()
                                                                  && mentions[m].end <= quote.speaker.end; ++m)
            m_speaks[m] = true;
    }
    std::sort(m_quoted.begin(), m_quoted.end(), [](TextRange a, TextRange b) { return a.start < b.start; });
    for (qsizetype c = 0; c < clusters.size(); ++c) {
        for (int m : clusters[c].mentions)
            m_clusterOfMention[m] = int(c);
    }
    for (qsizetype c = 0; c < clusters.size(); ++c)
        m_genders.append(clusterGender(int(c)));
    collectRoles();
}

SpeakerResolution SpeakerResolver::resolve(TextRange speaker) const
{
    if (speaker.isEmpty())
        return {};
    if (SpeakerResolution named = resolveName(speaker); named.cluster >= 0) {
        // "a spokesman for the Kremlin" speaks as the Kremlin; "Trump's lawyer" is not Trump
        if (m_clusters[named.cluster].type == EntityType::Person && speaksForAnother(speaker, named.cluster))
            return {};
        return named;
    }
    const QStringList words = lowerWords(speaker.start, speaker.end);
    if (words.isEmpty())
        return {};
    if (words.size() == 1 && (words.first() == u"he" || words.first() == u"she" || words.first() == u"it")) {
        const NameGender gender = words.first() == u"he" ? NameGender::Male : NameGender::Female;
        const bool it = words.first() == u"it";
        // a person whose gender agrees first, then one whose gender is unknown
        const auto fits = [&](int m, bool unknownFits) {
            const int cluster = m_clusterOfMention[m];
            if (cluster < 0 || isQuoted(m))
                return false;
            if (it)
                return m_clusters[cluster].type == EntityType::Organization || (m_speaks[m] && !isPerson(m));
            return isPerson(m) && (m_genders[cluster] == gender || (unknownFits && m_genders[cluster] == NameGender::Unknown));
        };
        return resolvePronoun(speaker, fits);
    }
    if (words.size() == 1 && (words.first() == u"who" || words.first() == u"which"))
        return resolveRelative(speaker, words.first() == u"who");
    // "said a tester" is someone not named yet, never the tester named before.
    if (words.first() == u"a" || words.first() == u"an")
        return {};
    if (isDeterminer(words.first()) && words.size() >= 2)
        return resolveDescription(speaker, words.mid(1), words.first() == u"the");
    return resolveUntaggedName(speaker);
}

namespace {

bool isAgentWord(const QString &lowerWord)
{
    static const QSet<QString> agents = {
        QStringLiteral("lawyer"),    QStringLiteral("lawyers"),   QStringLiteral("attorney"),  QStringLiteral("attorneys"),
        QStringLiteral("aide"),      QStringLiteral("aides"),     QStringLiteral("publicist"), QStringLiteral("adviser"),
        QStringLiteral("advisers"),  QStringLiteral("advisor"),   QStringLiteral("agent"),     QStringLiteral("representative"),
        QStringLiteral("representatives"), QStringLiteral("spokesman"), QStringLiteral("spokeswoman"),
        QStringLiteral("spokesperson"), QStringLiteral("son"),    QStringLiteral("daughter"),  QStringLiteral("wife"),
        QStringLiteral("husband"),   QStringLiteral("mother"),    QStringLiteral("father"),    QStringLiteral("brother"),
        QStringLiteral("sister"),    QStringLiteral("friend"),    QStringLiteral("friends"),   QStringLiteral("doctor"),
        QStringLiteral("family"),    QStringLiteral("relatives"),
    };
    return agents.contains(lowerWord);
}

} // namespace

// "Trump's lawyer", "a lawyer for Prince Harry": the person named owns the one who speaks or is
// spoken for; "Trump's lawyer Alina Habba", "Abbe Lowell, a lawyer for Hunter Biden" name the
// speaker too.
bool SpeakerResolver::speaksForAnother(TextRange speaker, int cluster) const
{
    bool named = false;
    for (qsizetype m = firstMentionFrom(speaker.start); m < m_mentions.size() && m_mentions[m].start < speaker.end; ++m) {
        if (m_clusterOfMention[m] != cluster || m_mentions[m].end > speaker.end)
            continue;
        const EntityMention &mention = m_mentions[m];
        QStringList after = firstLowerWords(mention.end, speaker.end, 2);
        const bool possessive = isOwner(int(m));
        if (!after.isEmpty() && (after.first() == u"'s" || after.first() == u"’s"))
            after.removeFirst();
        const bool owner = possessive && !after.isEmpty() && isAgentWord(after.first());
        const QStringList before = lastLowerWords(speaker.start, mention.start, 4);
        bool object = false;
        for (qsizetype w = 0; w + 1 < before.size(); ++w)
            object = object || (isAgentWord(before[w]) && (before[w + 1] == u"for" || before[w + 1] == u"of" || before[w + 1] == u"to"));
        const bool commaBetween = m_text.mid(speaker.start, mention.start - speaker.start).contains(u',');
        if (!owner && !(object && !commaBetween))
            named = true;
    }
    return !named;
}

// A capitalised speaker the entity model passed over ("Varga said") is the nearest earlier person
// with that surname.
SpeakerResolution SpeakerResolver::resolveUntaggedName(TextRange speaker) const
{
    if (!m_text[speaker.start].isUpper())
        return {};
    const MentionName name = mentionName(m_text, {speaker.start, speaker.end, EntityType::Person}, m_lexicon);
    if (name.isEmpty())
        return {};
    for (qsizetype m = firstMentionFrom(speaker.start) - 1; m >= 0; --m) {
        if (isPerson(int(m)) && m_clusterOfMention[m] >= 0 && !m_names[m].isEmpty()
            && m_names[m].keys.last() == name.keys.last())
            return {m_clusterOfMention[m], SpeakerReference::Name};
    }
    return {};
}

SpeakerResolution SpeakerResolver::resolveName(TextRange speaker) const
{
    // A person named anywhere in the mention is the speaker (the last one: "the order of Russian
    // President Vladimir Putin", the first before a comma); another entity only as the mention's head, at its end: "the
    // Russian Foreign Ministry", not the adjective of "the Russian reconciliation center".
    qsizetype end = speaker.end;
    while (end > speaker.start && !m_text[end - 1].isLetterOrNumber())
        --end;
    int found = -1;
    for (qsizetype m = firstMentionFrom(speaker.start); m < m_mentions.size() && m_mentions[m].start < speaker.end; ++m) {
        const EntityMention &mention = m_mentions[m];
        if (mention.end > speaker.end || m_clusterOfMention[m] < 0)
            continue;
        // "the Spaniard", "the Italian": a nationality describes a person, it does not speak
        if (mention.type == EntityType::Miscellaneous
            && describedKind(m_text.mid(mention.start, mention.end - mention.start).toString().toLower(), m_lexicon)
                   == DescribedKind::Person)
            continue;
        // "Darren Tipton, CEO of Paris Baguette", "Reliance Industries, controlled by Mukesh
        // Ambani,": a person or body opening the mention before a comma is the head of an
        // apposition; a body before another name is the first of a list ("Apple, Google and …").
        const bool opensApposition = mention.start == speaker.start && mention.end < speaker.end && m_text[mention.end] == u','
                                     && (isPerson(int(m)) || (mention.type == EntityType::Organization && isLowerAfter(mention.end + 1)));
        if (opensApposition)
            return {m_clusterOfMention[m], SpeakerReference::Name};
        // "a federal judge in Manhattan": where someone is does not speak
        if (mention.type == EntityType::Location && isPlacePreposition(lastLowerWords(speaker.start, mention.start, 1)))
            continue;
        if (isPerson(int(m)))
            found = int(m);
        else if (mention.end >= end && (found < 0 || !isPerson(found)))
            found = int(m);
    }
    if (found < 0)
        return {};
    return {m_clusterOfMention[found], SpeakerReference::Name};
}

SpeakerResolution SpeakerResolver::resolvePronoun(TextRange speaker, const std::function<bool(int, bool)> &fits) const
{
    const qsizetype here = sentenceAt(speaker.start);
    if (here < 0)
        return {};
    // In the pronoun's own sentence, the nearest fitting entity before it.
    for (const bool unknownFits : {false, true}) {
        for (qsizetype m = firstMentionFrom(speaker.start) - 1; m >= 0 && m_mentions[m].start >= m_sentences[here].start; --m) {
            if (m_mentions[m].end <= speaker.start && fits(int(m), unknownFits))
                return {m_clusterOfMention[m], SpeakerReference::Pronoun};
        }
    }
    // In an earlier sentence, the first that fits: its subject more often than not; an owner
    // ("Messi's coach, Javier Mascherano, said") only when no one else fits.
    for (qsizetype s = here - 1; s >= 0 && s >= here - kSentencesBack; --s) {
        for (const bool owners : {false, true}) {
            for (const bool unknownFits : {false, true}) {
                for (qsizetype m = firstMentionFrom(m_sentences[s].start);
                     m < m_mentions.size() && m_mentions[m].end <= m_sentences[s].end; ++m) {
                    if (isOwner(int(m)) == owners && fits(int(m), unknownFits))
                        return {m_clusterOfMention[m], SpeakerReference::Pronoun};
                }
            }
        }
    }
    return {};
}

// "Mayor Elena Varga, who chairs the council, said …", "the ministry, which denied it": the
// person (who) or organisation (which) right before the pronoun, a comma or a word apart. One
// further back is someone else ("Democrats on Capitol Hill, who").
SpeakerResolution SpeakerResolver::resolveRelative(TextRange speaker, bool person) const
{
    constexpr int kMostTokensBetween = 2;
    const qsizetype m = firstMentionFrom(speaker.start) - 1;
    if (m < 0 || m_mentions[m].end > speaker.start || m_clusterOfMention[m] < 0)
        return {};
    if (firstTokenFrom(speaker.start) - firstTokenFrom(m_mentions[m].end) > kMostTokensBetween)
        return {};
    const bool fits = person ? isPerson(int(m)) : m_clusters[m_clusterOfMention[m]].type == EntityType::Organization;
    return fits ? SpeakerResolution{m_clusterOfMention[m], SpeakerReference::Pronoun} : SpeakerResolution{};
}

SpeakerResolution SpeakerResolver::resolveDescription(TextRange speaker, const QStringList &words, bool definite) const
{
    const QString head = roleKey(words.last());
    if (isDocumentWord(head))
        return {};   // "the report" is a text, not who wrote it, nor the publisher "The Hechinger Report"
    // the word for the same role in other words: "the pontiff" for "Pope Francis"
    static const QHash<QString, QStringList> sameRoles = {
        {QStringLiteral("pontiff"), {QStringLiteral("pope")}},
        {QStringLiteral("monarch"), {QStringLiteral("king"), QStringLiteral("queen")}},
        {QStringLiteral("lawmaker"), {QStringLiteral("senator"), QStringLiteral("sen."), QStringLiteral("rep."),
                                      QStringLiteral("congressperson"), QStringLiteral("representative")}},
        {QStringLiteral("premier"), {QStringLiteral("prime")}},
    };
    const QStringList roles = QStringList{head} + sameRoles.value(head);
    const auto holdsRole = [&](const QStringList &words) {
        return std::any_of(roles.cbegin(), roles.cend(), [&](const QString &role) { return words.contains(role); });
    };
    for (qsizetype m = m_mentions.size() - 1; m >= 0; --m) {
        if (m_mentions[m].end > speaker.start || m_clusterOfMention[m] < 0)
            continue;
        if (isPerson(int(m)) ? holdsRole(m_roles[m]) : m_names[m].keys.contains(head))
            return {m_clusterOfMention[m], SpeakerReference::Description};
    }
    // No one holds the role: "the company", "the club", "the Spaniard", "the 28-year-old" is the
    // body or person the report is about, found as a pronoun's antecedent is ("his coach" is not
    // him, so only after "the").
    const DescribedKind kind = definite ? describedKind(head, m_lexicon) : DescribedKind::Unknown;
    if (kind == DescribedKind::Unknown)
        return {};
    const auto gendered = genderedWords().constFind(head);
    const bool headIsTitle = m_lexicon.isTitle(head);
    const auto fits = [&](int m, bool) {
        const int cluster = m_clusterOfMention[m];
        if (cluster < 0 || isQuoted(m))
            return false;
        // "told Reuters": the body a report went to does not speak in it
        const QStringList before = lastLowerWords(0, m_mentions[m].start, 1);
        if (kind == DescribedKind::Body)
            return m_clusters[cluster].type == EntityType::Organization && (before.isEmpty() || before.first() != u"told");
        if (!isPerson(m))
            return false;
        // "the premier" is not "Foreign Minister Wang Yi": a title names no one with another
        if (headIsTitle && std::any_of(m_roles[m].cbegin(), m_roles[m].cend(), [&](const QString &role) { return m_lexicon.isTitle(role); }))
            return false;
        const NameGender gender = gendered == genderedWords().cend() ? NameGender::Unknown
                                  : *gendered                         ? NameGender::Male
                                                                      : NameGender::Female;
        // a gendered word ("the actress") needs a person known to be of that gender
        return gender == NameGender::Unknown || m_genders[cluster] == gender;
    };
    // a title ("the chancellor") is a guess between persons: only the one person named before
    if (headIsTitle && personsBefore(speaker.start) != 1)
        return {};
    if (kind == DescribedKind::Body) {
        const int subject = subjectBodyOfSentence(speaker, fits);
        if (subject == kNoBody)
            return {};
        if (subject >= 0)
            return {subject, SpeakerReference::Description};
    }
    const SpeakerResolution found = resolvePronoun(speaker, fits);
    return found.cluster >= 0 ? SpeakerResolution{found.cluster, SpeakerReference::Description} : SpeakerResolution{};
}

// "The Electoral Commission fined the SNP …, the watchdog said", "SpaceX's Starship exploded …,
// the company said": the body a description names in its own sentence is the sentence's subject,
// the first fitting body not after a preposition ("After talks with Boeing, Airbus cut …"); of a
// passive subject the named agent after "by" ("Thames Water was fined £3m by Ofwat, the regulator
// said"), or kNoBody when that agent is no body the description fits; a passive without a named
// agent keeps its subject. -1 when the sentence names no fitting body.
int SpeakerResolver::subjectBodyOfSentence(TextRange speaker, const std::function<bool(int, bool)> &fits) const
{
    static const QSet<QString> prepositions = {
        QStringLiteral("with"), QStringLiteral("from"),  QStringLiteral("by"),    QStringLiteral("to"),
        QStringLiteral("against"), QStringLiteral("for"), QStringLiteral("of"),   QStringLiteral("at"),
        QStringLiteral("in"),   QStringLiteral("on"),    QStringLiteral("after"), QStringLiteral("over"),
        QStringLiteral("than"), QStringLiteral("about"), QStringLiteral("like"),  QStringLiteral("into"),
    };
    static const QSet<QString> passiveAuxiliaries = {
        QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("been"),
    };
    const qsizetype here = sentenceAt(speaker.start);
    if (here < 0)
        return -1;
    const qsizetype sentenceStart = m_sentences[here].start;
    for (qsizetype m = firstMentionFrom(sentenceStart); m < m_mentions.size() && m_mentions[m].end <= speaker.start; ++m) {
        const QStringList before = lastLowerWords(sentenceStart, m_mentions[m].start, 1);
        if (!fits(int(m), false) || (!before.isEmpty() && prepositions.contains(before.first())))
            continue;
        // "was fined", "has been fined"
        const QStringList after = firstLowerWords(m_mentions[m].end, speaker.start, 3);
        const qsizetype auxiliary = !after.isEmpty() && (after[0] == u"has" || after[0] == u"have" || after[0] == u"had") ? 1 : 0;
        const bool passive = after.size() > auxiliary + 1 && passiveAuxiliaries.contains(after[auxiliary])
                             && (after[auxiliary + 1].endsWith(u"ed") || after[auxiliary + 1].endsWith(u"en"));
        if (!passive)
            return m_clusterOfMention[m];
        for (qsizetype agent = m + 1; agent < m_mentions.size() && m_mentions[agent].end <= speaker.start; ++agent) {
            const QStringList beforeAgent = lastLowerWords(sentenceStart, m_mentions[agent].start, 1);
            if (beforeAgent.isEmpty() || beforeAgent.first() != u"by")
                continue;
            // the one the passive acted on is not who speaks of it ("by Ofwat" read as a place)
            return fits(int(agent), false) ? m_clusterOfMention[agent] : kNoBody;
        }
        return m_clusterOfMention[m];   // "Thames Water is expected to raise bills, the company said"
    }
    return -1;
}

// The persons named, outside quote marks, in the sentences a pronoun before `offset` looks back over.
qsizetype SpeakerResolver::personsBefore(qsizetype offset) const
{
    const qsizetype here = sentenceAt(offset);
    if (here < 0)
        return 0;
    const qsizetype from = m_sentences[std::max<qsizetype>(0, here - kSentencesBack)].start;
    QSet<int> persons;
    for (qsizetype m = firstMentionFrom(from); m < m_mentions.size() && m_mentions[m].end <= offset; ++m) {
        if (m_clusterOfMention[m] >= 0 && isPerson(int(m)) && !isQuoted(int(m)))
            persons.insert(m_clusterOfMention[m]);
    }
    return persons.size();
}

bool SpeakerResolver::isLowerAfter(qsizetype offset) const
{
    while (offset < m_text.size() && m_text[offset].isSpace())
        ++offset;
    return offset < m_text.size() && m_text[offset].isLower();
}

bool SpeakerResolver::isOwner(int mention) const
{
    const QStringView after = m_text.mid(m_mentions[mention].end, 2);
    return after == u"'s" || after == u"\u2019s";
}

bool SpeakerResolver::isQuoted(int mention) const
{
    const TextRange range{m_mentions[mention].start, m_mentions[mention].end};
    auto after = std::upper_bound(m_quoted.cbegin(), m_quoted.cend(), range.start,
                                  [](qsizetype value, TextRange quoted) { return value < quoted.start; });
    return after != m_quoted.cbegin() && std::prev(after)->start <= range.start && range.end <= std::prev(after)->end;
}

bool SpeakerResolver::isPerson(int mention) const
{
    const int cluster = m_clusterOfMention[mention];
    return cluster >= 0 ? m_clusters[cluster].type == EntityType::Person : m_mentions[mention].type == EntityType::Person;
}

// The role words of each person's mention: titles inside it, and the last words between the
// previous person (or the sentence start) and the name: "UNHCR spokesperson Scott Craig", "the
// first deputy chief of the General Staff, Lt. Gen. Viktor Poznikhir".
void SpeakerResolver::collectRoles()
{
    m_roles.resize(m_mentions.size());
    qsizetype previousPersonEnd = 0;
    for (qsizetype m = 0; m < m_mentions.size(); ++m) {
        if (!isPerson(int(m)))
            continue;
        QStringList &roles = m_roles[m];
        for (const QString &word : m_names[m].roles)
            roles.append(roleKey(word));
        const qsizetype sentence = sentenceAt(m_mentions[m].start);
        const qsizetype from = std::max(sentence >= 0 ? m_sentences[sentence].start : 0, previousPersonEnd);
        const QStringList context = rolePhrase(lastLowerWords(std::min(from, m_mentions[m].start), m_mentions[m].start, kRoleContextWords));
        // "a source close to Farah Al-Ibrahim": a name after a preposition is not what the words
        // before it describe.
        static const QSet<QString> prepositions = {
            QStringLiteral("to"),   QStringLiteral("of"),    QStringLiteral("for"),  QStringLiteral("with"),
            QStringLiteral("by"),   QStringLiteral("from"),  QStringLiteral("about"), QStringLiteral("against"),
            QStringLiteral("at"),   QStringLiteral("on"),    QStringLiteral("in"),   QStringLiteral("near"),
            QStringLiteral("than"), QStringLiteral("like"),
        };
        if (context.isEmpty() || !prepositions.contains(context.last())) {
            for (const QString &word : context)
                roles.append(roleKey(word));
        }
        previousPersonEnd = std::max(previousPersonEnd, m_mentions[m].end);
    }
}

// The given name of each full-name mention (two votes: "Maria Zakharova"), gendered roles of
// the mentions, and "his"/"her" right after a mention in its sentence (the next two words: "Assad
// … by his press service" is too far to count).
NameGender SpeakerResolver::clusterGender(int cluster) const
{
    int male = 0;
    int female = 0;
    auto vote = [&](const QString &word) {
        const auto found = genderedWords().constFind(word);
        if (found == genderedWords().cend())
            return;
        (*found ? male : female) += 1;
    };
    for (int m : m_clusters[cluster].mentions) {
        if (m_names[m].keys.size() >= 2) {
            const NameGender given = m_lexicon.givenNameGender(m_names[m].keys.first());
            (given == NameGender::Male ? male : female) += given == NameGender::Unknown ? 0 : 2;
        }
        for (const QString &role : m_names[m].roles)
            vote(role);
        const qsizetype sentence = sentenceAt(m_mentions[m].start);
        if (sentence < 0)
            continue;
        for (const QString &word : firstLowerWords(m_mentions[m].end, m_sentences[sentence].end, 2)) {
            if (word == u"his" || word == u"her")
                vote(word);
        }
        const QStringList before = lastLowerWords(m_sentences[sentence].start, m_mentions[m].start, 1);
        if (!before.isEmpty())
            vote(before.last());
    }
    if (male > female)
        return NameGender::Male;
    if (female > male)
        return NameGender::Female;
    return NameGender::Unknown;
}

qsizetype SpeakerResolver::firstMentionFrom(qsizetype offset) const
{
    auto first = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), offset,
                                  [](const EntityMention &mention, qsizetype value) { return mention.start < value; });
    return first - m_mentions.cbegin();
}

qsizetype SpeakerResolver::firstTokenFrom(qsizetype offset) const
{
    return std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                            [](const Token &token, qsizetype value) { return token.start < value; })
        - m_tokens.cbegin();
}

qsizetype SpeakerResolver::sentenceAt(qsizetype offset) const
{
    auto after = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), offset,
                                  [](qsizetype value, const Sentence &sentence) { return value < sentence.start; });
    if (after == m_sentences.cbegin())
        return -1;
    return (after - m_sentences.cbegin()) - 1;
}

QStringList SpeakerResolver::lowerWords(qsizetype start, qsizetype end) const
{
    return firstLowerWords(start, end, m_tokens.size());
}

QStringList SpeakerResolver::firstLowerWords(qsizetype start, qsizetype end, qsizetype count) const
{
    QStringList words;
    for (auto token = m_tokens.cbegin() + firstTokenFrom(start);
         token != m_tokens.cend() && token->end <= end && words.size() < count; ++token) {
        if (isWordLike(m_text, *token))
            words.append(m_text.mid(token->start, token->length()).toString().toLower());
    }
    return words;
}

QStringList SpeakerResolver::lastLowerWords(qsizetype start, qsizetype end, qsizetype count) const
{
    QStringList words;
    auto after = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), end,
                                  [](const Token &token, qsizetype value) { return token.end <= value; });
    for (auto token = after; token != m_tokens.cbegin() && words.size() < count;) {
        --token;
        if (token->start < start)
            break;
        if (isWordLike(m_text, *token))
            words.prepend(m_text.mid(token->start, token->length()).toString().toLower());
    }
    return words;
}

} // namespace galley
