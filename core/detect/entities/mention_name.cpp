#include "detect/entities/mention_name.h"

#include "text/tokenizer.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

// Particles that a name may be written with or without: "Bashar al-Assad" / "Bashar Assad".
const QSet<QString> &separateParticles()
{
    static const QSet<QString> particles = {
        QStringLiteral("al"), QStringLiteral("el"), QStringLiteral("bin"), QStringLiteral("ibn"),
        QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("de"), QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("du"),
        QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("dos"), QStringLiteral("das"),
        QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("zu"), QStringLiteral("ter"),
    };
    return particles;
}

const QStringView kJoinedParticles[] = {u"al-", u"el-", u"ad-", u"ar-", u"as-", u"ash-", u"an-", u"at-", u"az-"};

// Words an acronym skips: "Organisation for the Prohibition of Chemical Weapons" → OPCW.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words = {
        QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("the"), QStringLiteral("and"),
        QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("to"), QStringLiteral("at"),
        QStringLiteral("&"), QStringLiteral("des"), QStringLiteral("du"), QStringLiteral("de"),
    };
    return words;
}

// "bin", "von", or a word starting "al-": part of a name although written in lower case.
bool isNameParticle(QStringView word)
{
    const QString lower = word.toString().toLower();
    if (separateParticles().contains(lower))
        return true;
    for (QStringView particle : kJoinedParticles) {
        if (lower.startsWith(particle) && lower.size() > particle.size())
            return true;
    }
    return false;
}

bool isPossessive(QStringView token)
{
    return token == u"'s" || token == u"\u2019s" || token == u"'" || token == u"\u2019" || token == u"'S";
}

bool startsLowerCase(QStringView word) { return !word.isEmpty() && word.front().isLower(); }

// "OPCW" → "OPCW", "U.S." → "US"; empty unless the word is two or more capitals (dots allowed).
QString acronymOf(QStringView word)
{
    QString letters;
    for (QChar c : word) {
        if (c == u'.')
            continue;
        if (!c.isLetter() || !c.isUpper())
            return {};
        letters += c;
    }
    return letters.size() >= 2 ? letters : QString();
}

// "Martínez" and "MARTINEZ" are one name: accents go with the case.
QString withoutAccents(const QString &word)
{
    const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return word;
    QString folded = word.normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded.normalized(QString::NormalizationForm_C);
}

} // namespace

QString nameKey(QStringView word)
{
    QString key = withoutAccents(word.toString().toLower());
    key.remove(u'.');
    if (separateParticles().contains(key))
        return {};
    for (QStringView particle : kJoinedParticles) {
        if (key.startsWith(particle) && key.size() > particle.size())
            return key.mid(particle.size());
    }
    return key;
}

MentionName mentionName(QStringView text, const EntityMention &mention, const NameLexicon &lexicon)
{
    const QStringView mentionText = text.mid(mention.start, mention.end - mention.start);
    QList<Token> tokens = tokenize(mentionText);
    auto tokenText = [&](const Token &token) { return mentionText.mid(token.start, token.length()); };

    MentionName name;
    while (!tokens.isEmpty() && (tokens.last().kind != TokenKind::Word || isPossessive(tokenText(tokens.last()))))
        tokens.removeLast();
    const bool person = mention.type == EntityType::Person;
    // Whatever precedes a person's last title belongs to the title: "Syrian President Bashar Assad".
    if (person) {
        qsizetype lastTitle = -1;
        for (qsizetype t = 0; t + 1 < tokens.size(); ++t) {
            if (tokens[t].kind == TokenKind::Word && lexicon.isTitle(tokenText(tokens[t])))
                lastTitle = t;
        }
        for (qsizetype t = 0; t <= lastTitle; ++t) {
            if (tokens.first().kind == TokenKind::Word)
                name.roles.append(tokenText(tokens.first()).toString().toLower());
            tokens.removeFirst();
        }
    }
    while (tokens.size() > 1) {
        const QStringView word = tokenText(tokens.first());
        const bool article = word == u"the";   // "The" may be part of the name: "The Hague"
        const bool particle = isNameParticle(word);
        const bool surrounding = person && !particle
            && (lexicon.isTitle(word) || lexicon.isNationality(word) || startsLowerCase(word));
        if (tokens.first().kind == TokenKind::Word && !article && !surrounding)
            break;
        if (tokens.first().kind == TokenKind::Word && !article)
            name.roles.append(word.toString().toLower());
        tokens.removeFirst();
    }
    if (tokens.isEmpty()) {
        name.start = mention.start;
        name.end = mention.start;
        return name;
    }
    name.start = mention.start + tokens.first().start;
    name.end = mention.start + tokens.last().end;
    for (const Token &token : tokens) {
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number)
            continue;
        const QStringView word = tokenText(token);
        if (const QString key = nameKey(word); !key.isEmpty())
            name.keys.append(key);
        if (!word.front().isLetter())
            continue;
        name.fullInitials += word.front().toUpper();
        if (!functionWords().contains(word.toString().toLower()))
            name.initials += word.front().toUpper();
    }
    if (tokens.size() == 1)
        name.acronym = acronymOf(tokenText(tokens.first()));
    return name;
}

} // namespace galley
