#include "formats/conll_format.h"
#include "formats/comments_left_out.h"

#include "formats/galley_fields.h"
#include "formats/label_family.h"
#include "formats/utf8_check.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/counted.h"

#include <QRegularExpression>

#include <algorithm>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

const auto kDocStart = "-DOCSTART- -X- -X- O"_L1;

// Whether `at` falls strictly inside one of the tokens (ordered, not overlapping).
bool isInsideAToken(const QList<Token> &tokens, qsizetype at)
{
    const auto token = std::upper_bound(tokens.cbegin(), tokens.cend(), at,
                                        [](qsizetype offset, const Token &t) { return offset < t.end; });
    return token != tokens.cend() && token->start < at;
}

void warnOfWidenedSpans(const QList<const Span *> &entities, const QList<Token> &tokens, QStringList &warnings)
{
    QStringList widened;
    for (const Span *span : entities) {
        if (isInsideAToken(tokens, span->start) || isInsideAToken(tokens, span->end))
            widened.append(QStringLiteral("%1 %2 “%3”").arg(span->label, span->id, span->text));
    }
    if (widened.isEmpty())
        return;
    const qsizetype shown = std::min<qsizetype>(widened.size(), 3);
    warnings.append(QStringLiteral("%1 tagged on whole tokens, as CoNLL has no part of one: %2%3")
                        .arg(counted(widened.size(), QStringLiteral("entity span"), QStringLiteral("entity spans")),
                             widened.first(shown).join(QStringLiteral("; ")), widened.size() > shown ? QStringLiteral("; …") : QString()));
}

QString documentColumns(const AnnotationSet &set, QStringList &warnings)
{
    const QList<const Span *> entities = nonOverlappingEntities(set, warnings);
    const QList<Token> tokens = tokenize(set.text);
    const QList<Sentence> sentences = splitSentences(set.text, tokens);
    // Tokens stay the tokenizer's, so the text CoNLL rebuilds is the same whatever the spans
    // (eval pairs documents by it); a span ending inside a token is tagged on the whole token.
    warnOfWidenedSpans(entities, tokens, warnings);
    QString out = kDocStart + "\n\n"_L1;
    qsizetype entity = 0;
    const Span *inside = nullptr;   // the entity the previous token was tagged with
    for (const Sentence &sentence : sentences) {
        for (qsizetype t = sentence.tokenBegin; t < sentence.tokenEnd; ++t) {
            const Token &token = tokens[t];
            while (entity < entities.size() && entities[entity]->end <= token.start)
                ++entity;
            const Span *span = entity < entities.size() && entities[entity]->start < token.end ? entities[entity] : nullptr;
            QString tag = QStringLiteral("O");
            if (span)
                tag = (span == inside ? "I-"_L1 : "B-"_L1) + span->label;
            inside = span;
            out += QStringView(set.text).mid(token.start, token.length()) + " -X- -X- "_L1 + tag + u'\n';
        }
        inside = nullptr;
        out += u'\n';
    }
    return out;
}

class ConllReader
{
public:
    explicit ConllReader(const FormatFile &file) : m_file(file) {}

    Expected<QList<AnnotationSet>, FormatError> read()
    {
        if (auto problem = utf8Problem(m_file))
            return *problem;
        const QStringList lines = QString::fromUtf8(m_file.content).split(u'\n');
        static const QRegularExpression columns(QStringLiteral("[ \t]+"));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.startsWith("-DOCSTART-"_L1)) {
                finishDocument();
                continue;
            }
            if (line.isEmpty()) {
                endSentence();
                continue;
            }
            // A JSON line read as CoNLL (--format conll on a .jsonl file) would be quoted whole.
            if (line.size() > 2 && line.startsWith(u'{') && line.endsWith(u'}'))
                return FormatError{m_file.name, i + 1, QStringLiteral("this line is JSON, not CoNLL columns 'WORD … TAG' (JSONL: import it as jsonl)")};
            const QStringList fields = line.split(columns);
            if (fields.size() < 2)
                return FormatError{m_file.name, i + 1, QStringLiteral("a token line is 'WORD … TAG'")};
            if (auto problem = addToken(fields.first(), fields.last()))
                return FormatError{m_file.name, i + 1, *problem};
        }
        finishDocument();
        if (m_sets.isEmpty())
            return FormatError{m_file.name, 0, QStringLiteral("no token in the file")};
        return m_sets;
    }

private:
    std::optional<QString> addToken(const QString &word, const QString &tag)
    {
        const bool begins = tag.startsWith("B-"_L1), continues = tag.startsWith("I-"_L1);
        if (tag != "O"_L1 && ((!begins && !continues) || tag.size() < 3))
            return QStringLiteral("'%1' is no IOB2 tag (O, B-LABEL, I-LABEL)").arg(tag.size() > 40 ? tag.left(40) + u'…' : tag);
        if (m_sentenceOpen)
            m_text += u' ';
        else if (!m_text.isEmpty())
            m_text += u'\n';
        m_sentenceOpen = true;
        const int start = int(m_text.size());
        m_text += word;
        const QString label = tag.mid(2);
        // An I- that does not continue a span of its label starts one, as conlleval reads it.
        if (continues && m_open && m_openLabel == label) {
            m_openEnd = int(m_text.size());
            return std::nullopt;
        }
        closeSpan();
        if (begins || continues) {
            m_open = true;
            m_openLabel = label;
            m_openStart = start;
            m_openEnd = int(m_text.size());
        }
        return std::nullopt;
    }

    void closeSpan()
    {
        if (m_open)
            m_extents.append({m_openStart, m_openEnd, m_openLabel});
        m_open = false;
    }

    void endSentence()
    {
        closeSpan();
        m_sentenceOpen = false;
    }

    void finishDocument()
    {
        endSentence();
        if (m_text.isEmpty())
            return;
        AnnotationSet set;
        set.text = m_text;
        for (const Extent &extent : m_extents)
            set.spans.append(importedSpan(QStringLiteral("s%1").arg(set.spans.size() + 1), extent.label, extent.start,
                                          extent.end, set.text));
        m_sets.append(std::move(set));
        m_text.clear();
        m_extents.clear();
    }

    struct Extent
    {
        int start;
        int end;
        QString label;
    };

    const FormatFile &m_file;
    QList<AnnotationSet> m_sets;
    QString m_text;
    QList<Extent> m_extents;
    bool m_sentenceOpen = false;
    bool m_open = false;
    QString m_openLabel;
    int m_openStart = 0;
    int m_openEnd = 0;
};

} // namespace

ExportResult writeConll(const QList<AnnotationSet> &sets, const QString &stem)
{
    ExportResult result;
    QString out;
    for (const AnnotationSet &set : sets)
        out += documentColumns(set, result.warnings);
    result.files.append({stem + QStringLiteral(".conll"), out.toUtf8()});
    warnOfCommentsLeftOut(sets, QStringLiteral("CoNLL columns hold tags only"), result.warnings);
    return result;
}

Expected<QList<AnnotationSet>, FormatError> readConll(const FormatFiles &files)
{
    return ConllReader(files.constFirst()).read();
}

} // namespace galley
