#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

class TokenizerTest : public QObject
{
    Q_OBJECT

private slots:
    void tokenize_data();
    void tokenize();
    void tokenize_kinds_data();
    void tokenize_kinds();
    void tokenize_offsetsAreUtf16();
    void splitSentences_data();
    void splitSentences();
    void sentenceCasing_data();
    void sentenceCasing();
};

namespace {

// Tokens joined with " | ", so a table row shows the whole split at a glance.
QString joined(const QString &text)
{
    QStringList parts;
    for (const Token &token : galley::tokenize(text))
        parts.append(text.mid(token.start, token.length()));
    return parts.join(QStringLiteral(" | "));
}

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

void TokenizerTest::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens");

    // One picture is one token: a flag's two letters, a skin tone, a ZWJ sequence, a heart with its
    // variation selector (CoNLL had split 🇺🇦 into "🇺 🇦").
    QTest::newRow("flag") << u8("for \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 now") << u8("for | \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 | now");
    QTest::newRow("two flags") << u8("\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7")
                               << u8("\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 | \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7");
    QTest::newRow("skin tone") << u8("ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD.") << u8("ok | \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD | .");
    QTest::newRow("zwj sequence") << u8("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB coder")
                                  << u8("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB | coder");
    QTest::newRow("heart with selector") << u8("I \xE2\x9D\xA4\xEF\xB8\x8F it") << u8("I | \xE2\x9D\xA4\xEF\xB8\x8F | it");
    // a unit's period ends its sentence; a town's title keeps its own
    QTest::newRow("unit at a sentence end") << u8("It is 3,000 sq ft. It sold.") << u8("It | is | 3,000 | sq | ft | . | It | sold | .");
    QTest::newRow("pounds at a sentence end") << u8("He lost 12 lb. Then") << u8("He | lost | 12 | lb | . | Then");
    QTest::newRow("Ft. Worth") << u8("in Ft. Worth") << u8("in | Ft. | Worth");
    QTest::newRow("plain") << u8("Syrian President Bashar Assad said.") << u8("Syrian | President | Bashar | Assad | said | .");
    QTest::newRow("military titles") << u8("Lt. Gen. Viktor Poznikhir spoke") << u8("Lt. | Gen. | Viktor | Poznikhir | spoke");
    QTest::newRow("U.S. inside") << u8("the U.S. military") << u8("the | U.S. | military");
    QTest::newRow("U.S.A. at end") << u8("in the U.S.A.") << u8("in | the | U.S.A.");
    QTest::newRow("month") << u8("on Dec. 8, 2016") << u8("on | Dec. | 8 | , | 2016");
    QTest::newRow("initial") << u8("George W. Bush") << u8("George | W. | Bush");
    QTest::newRow("sentence period") << u8("It ended.") << u8("It | ended | .");
    QTest::newRow("thousands") << u8("108,076 civilians") << u8("108,076 | civilians");
    QTest::newRow("decimal") << u8("1.1 million") << u8("1.1 | million");
    QTest::newRow("percent") << u8("rose 3.5%.") << u8("rose | 3.5 | % | .");
    QTest::newRow("money") << u8("$4.5bn deal") << u8("$ | 4.5bn | deal");
    QTest::newRow("euro") << u8("€20 million") << u8("€ | 20 | million");
    QTest::newRow("time") << u8("at 03:31 GMT") << u8("at | 03:31 | GMT");
    QTest::newRow("date") << u8("1996-08-22") << u8("1996-08-22");
    QTest::newRow("hyphenated name") << u8("the Al-Rashidin-4 district") << u8("the | Al-Rashidin-4 | district");
    QTest::newRow("F-16 and COVID-19") << u8("F-16, COVID-19") << u8("F-16 | , | COVID-19");
    QTest::newRow("url") << u8("see https://example.com/a?b=1.") << u8("see | https://example.com/a?b=1 | .");
    QTest::newRow("url in brackets") << u8("(www.sana.sy)") << u8("( | www.sana.sy | )");
    QTest::newRow("email") << u8("mail press@mod.gov.ru.") << u8("mail | press@mod.gov.ru | .");
    QTest::newRow("straight quotes") << u8("\"We won,\" he said") << u8("\" | We | won | , | \" | he | said");
    QTest::newRow("curly quotes") << u8("\xE2\x80\x9CNo\xE2\x80\x9D") << u8("\xE2\x80\x9C | No | \xE2\x80\x9D");
    QTest::newRow("guillemets") << u8("\xC2\xAB" "Oui\xC2\xBB") << u8("\xC2\xAB | Oui | \xC2\xBB");
    QTest::newRow("low-9 quotes") << u8("\xE2\x80\x9EJa\xE2\x80\x9C") << u8("\xE2\x80\x9E | Ja | \xE2\x80\x9C");
    QTest::newRow("single quotes") << u8("a \xE2\x80\x98watershed moment\xE2\x80\x99.")
                                   << u8("a | \xE2\x80\x98 | watershed | moment | \xE2\x80\x99 | .");
    QTest::newRow("angle quotes") << u8("\xE2\x80\xB9hi\xE2\x80\xBA") << u8("\xE2\x80\xB9 | hi | \xE2\x80\xBA");
    QTest::newRow("curly possessive") << u8("Aleppo\xE2\x80\x99s east") << u8("Aleppo | \xE2\x80\x99s | east");
    QTest::newRow("straight possessive") << u8("Russia's army") << u8("Russia | 's | army");
    QTest::newRow("negation") << u8("don't go") << u8("do | n't | go");
    QTest::newRow("can't") << u8("can\xE2\x80\x99t") << u8("ca | n\xE2\x80\x99t");
    QTest::newRow("they're") << u8("they're") << u8("they | 're");
    QTest::newRow("O'Brien stays") << u8("O'Brien said") << u8("O'Brien | said");
    QTest::newRow("plural possessive") << u8("rebels' positions") << u8("rebels | ' | positions");
    QTest::newRow("em dash") << u8("ceasefire\xE2\x80\x94" "for now") << u8("ceasefire | \xE2\x80\x94 | for | now");
    QTest::newRow("en dash range") << u8("3\xE2\x80\x93" "5 km") << u8("3 | \xE2\x80\x93 | 5 | km");
    QTest::newRow("double hyphen") << u8("wait -- no") << u8("wait | -- | no");
    QTest::newRow("NBSP is space") << u8("10\xC2\xA0km") << u8("10 | km");
    QTest::newRow("CRLF") << u8("one\r\ntwo") << u8("one | two");
    QTest::newRow("all caps headline") << u8("SYRIA SAYS U.S. STRIKE KILLED 62") << u8("SYRIA | SAYS | U.S. | STRIKE | KILLED | 62");
    QTest::newRow("ellipsis") << u8("well... then") << u8("well | ... | then");
    QTest::newRow("AT&T") << u8("AT&T shares") << u8("AT&T | shares");
    QTest::newRow("brackets") << u8("(AFP)") << u8("( | AFP | )");
    QTest::newRow("Inc. keeps period") << u8("Apple Inc. said") << u8("Apple | Inc. | said");
}

void TokenizerTest::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(joined(text), tokens);
}

void TokenizerTest::tokenize_kinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");

    QTest::newRow("word") << u8("Aleppo") << int(TokenKind::Word);
    QTest::newRow("abbreviation is a word") << u8("Gen.") << int(TokenKind::Word);
    QTest::newRow("number") << u8("108,076") << int(TokenKind::Number);
    QTest::newRow("number with unit") << u8("4.5bn") << int(TokenKind::Number);
    QTest::newRow("hyphenated name is a word") << u8("Al-Rashidin-4") << int(TokenKind::Word);
    QTest::newRow("quote") << u8("\xE2\x80\x9E") << int(TokenKind::Quote);
    QTest::newRow("guillemet") << u8("\xC2\xBB") << int(TokenKind::Quote);
    QTest::newRow("em dash") << u8("\xE2\x80\x94") << int(TokenKind::Dash);
    QTest::newRow("en dash") << u8("\xE2\x80\x93") << int(TokenKind::Dash);
    QTest::newRow("dollar") << u8("$") << int(TokenKind::Symbol);
    QTest::newRow("percent") << u8("%") << int(TokenKind::Symbol);
    QTest::newRow("url") << u8("https://sputniknews.com/x") << int(TokenKind::Url);
    QTest::newRow("email") << u8("a.b@example.org") << int(TokenKind::Email);
    QTest::newRow("comma") << u8(",") << int(TokenKind::Punctuation);
}

void TokenizerTest::tokenize_kinds()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const QList<Token> tokens = galley::tokenize(text);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(int(tokens.first().kind), kind);
}

void TokenizerTest::tokenize_offsetsAreUtf16()
{
    // 😀 is two UTF-16 units; NBSP and CRLF separate tokens without being part of them.
    const QString text = u8("\xF0\x9F\x98\x80 Assad\xC2\xA0said\r\n\xE2\x80\x9CYes\xE2\x80\x9D");
    const QList<Token> tokens = galley::tokenize(text);
    QCOMPARE(tokens.size(), 6);
    QCOMPARE(tokens[0].start, 0);
    QCOMPARE(tokens[0].end, 2);
    QCOMPARE(tokens[1].start, 3);
    QCOMPARE(tokens[1].end, 8);
    QCOMPARE(text.mid(tokens[2].start, tokens[2].length()), u8("said"));
    QCOMPARE(tokens[3].start, 15);
    QCOMPARE(text.mid(tokens[4].start, tokens[4].length()), u8("Yes"));
    QCOMPARE(tokens[5].end, text.size());
}

void TokenizerTest::splitSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("two") << u8("Assad spoke. Rebels left.") << QStringList{u8("Assad spoke."), u8("Rebels left.")};
    QTest::newRow("question and exclamation") << u8("Why? Because! Done")
                                              << QStringList{u8("Why?"), u8("Because!"), u8("Done")};
    QTest::newRow("titles do not end") << u8("Lt. Gen. Viktor Poznikhir said so. He left.")
                                       << QStringList{u8("Lt. Gen. Viktor Poznikhir said so."), u8("He left.")};
    QTest::newRow("month does not end") << u8("On Dec. 8 it began.") << QStringList{u8("On Dec. 8 it began.")};
    // A quote ended at "No" in "ranks strength training as No. 5 on its list".
    QTest::newRow("number sign does not end") << u8("It ranks as No. 5 on its list. He left.")
                                              << QStringList{u8("It ranks as No. 5 on its list."), u8("He left.")};
    QTest::newRow("no before a number can end") << u8("He said no. 5 people left.")
                                                << QStringList{u8("He said no."), u8("5 people left.")};
    QTest::newRow("U.S. before a name") << u8("The U.S. President spoke.") << QStringList{u8("The U.S. President spoke.")};
    QTest::newRow("U.S. at the end") << u8("He flew to the U.S. The talks failed.")
                                     << QStringList{u8("He flew to the U.S."), u8("The talks failed.")};
    QTest::newRow("lower case goes on") << u8("It rose 3.5 percent. and fell") << QStringList{u8("It rose 3.5 percent. and fell")};
    QTest::newRow("closing quote stays") << u8("\xE2\x80\x9CWe won.\xE2\x80\x9D He smiled.")
                                         << QStringList{u8("\xE2\x80\x9CWe won.\xE2\x80\x9D"), u8("He smiled.")};
    QTest::newRow("straight closing quote") << u8("\"Go.\" Then") << QStringList{u8("\"Go.\""), u8("Then")};
    QTest::newRow("opening quote starts") << u8("He said. \"Now") << QStringList{u8("He said."), u8("\"Now")};
    QTest::newRow("headline line") << u8("SYRIA SAYS REBELS LEAVE\nDAMASCUS (Reuters) - Rebels left.")
                                   << QStringList{u8("SYRIA SAYS REBELS LEAVE"), u8("DAMASCUS (Reuters) - Rebels left.")};
    QTest::newRow("CRLF paragraphs") << u8("First one\r\n\r\nSecond one") << QStringList{u8("First one"), u8("Second one")};
    QTest::newRow("decimal does not end") << u8("It was 1.1 million.") << QStringList{u8("It was 1.1 million.")};
    QTest::newRow("initial does not end") << u8("George W. Bush came.") << QStringList{u8("George W. Bush came.")};
    QTest::newRow("ellipsis ends") << u8("And then... Nothing.") << QStringList{u8("And then..."), u8("Nothing.")};
}

void TokenizerTest::splitSentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    const QList<Token> tokens = galley::tokenize(text);
    const QList<Sentence> found = galley::splitSentences(text, tokens);
    QStringList texts;
    for (const Sentence &sentence : found) {
        texts.append(text.mid(sentence.start, sentence.end - sentence.start));
        QCOMPARE(tokens[sentence.tokenBegin].start, sentence.start);
        QCOMPARE(tokens[sentence.tokenEnd - 1].end, sentence.end);
    }
    QCOMPARE(texts, sentences);
    if (!found.isEmpty()) {
        QCOMPARE(found.first().tokenBegin, 0);
        QCOMPARE(found.last().tokenEnd, tokens.size());
    }
}

void TokenizerTest::sentenceCasing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("casing");
    QTest::newRow("all caps") << u8("SYRIA SAYS U.S. STRIKE KILLED 62") << int(SentenceCasing::AllCaps);
    QTest::newRow("title case") << u8("Syria Says Rebels Leave Aleppo for the North") << int(SentenceCasing::TitleCase);
    QTest::newRow("normal") << u8("Syria says rebels left Aleppo.") << int(SentenceCasing::Normal);
}

void TokenizerTest::sentenceCasing()
{
    QFETCH(QString, text);
    QFETCH(int, casing);
    const QList<Token> tokens = galley::tokenize(text);
    const QList<Sentence> sentences = galley::splitSentences(text, tokens);
    QCOMPARE(sentences.size(), 1);
    QCOMPARE(int(sentences.first().casing), casing);
}

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tokenizer_test.moc"
