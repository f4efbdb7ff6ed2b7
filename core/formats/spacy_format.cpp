#include "formats/spacy_format.h"

#include "formats/comments_left_out.h"
#include "formats/label_family.h"
#include "formats/span_aligned_tokens.h"
#include "text/code_point_index.h"
#include "text/tokenizer.h"
#include "util/json_text.h"

#include <map>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

void appendOffsets(QByteArray &out, const Span &span, const CodePointIndex &index)
{
    JsonObjectWriter object(out);
    object.number("start", index.toCodePoints(span.start));
    object.number("end", index.toCodePoints(span.end));
    object.string("label", span.label);
    object.close();
}

void appendDoc(QByteArray &out, const AnnotationSet &set, QStringList &warnings)
{
    const CodePointIndex index(set.text);
    JsonObjectWriter doc(out);
    doc.string("text", set.text);
    QByteArray &tokens = doc.key("tokens");
    tokens += '[';
    const QList<const Span *> entities = nonOverlappingEntities(set, warnings);
    QList<const Span *> exported;   // every span in "spans" must be whole tokens too, for Doc.char_span
    for (const Span &span : set.spans) {
        if (span.status != ReviewStatus::Rejected)
            exported.append(&span);
    }
    const QList<Token> found = spanAlignedTokens(tokenize(set.text), exported);
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (i > 0)
            tokens += ',';
        JsonObjectWriter token(tokens);
        token.number("id", i);
        token.number("start", index.toCodePoints(found[i].start));
        token.number("end", index.toCodePoints(found[i].end));
        token.close();
    }
    tokens += ']';
    QByteArray &ents = doc.key("ents");
    ents += '[';
    for (const Span *span : entities) {
        if (ents.back() != '[')
            ents += ',';
        appendOffsets(ents, *span, index);
    }
    ents += ']';
    std::map<QString, QByteArray> groups;
    for (const Span &span : set.spans) {
        if (span.status == ReviewStatus::Rejected)
            continue;
        QByteArray &group = groups[exportLabelFamily(span.label)];
        group += group.isEmpty() ? '[' : ',';
        appendOffsets(group, span, index);
    }
    JsonObjectWriter spans(doc.key("spans"));
    for (const auto &[name, members] : groups)
        spans.key(name.toLatin1().constData()) += members + ']';
    spans.close();
    doc.close();
}

} // namespace

ExportResult writeSpacy(const QList<AnnotationSet> &sets, const QString &stem)
{
    ExportResult result;
    QByteArray out;
    for (const AnnotationSet &set : sets) {
        appendDoc(out, set, result.warnings);
        out += '\n';
    }
    warnOfCommentsLeftOut(sets, QStringLiteral("spaCy's Doc JSON has no place for them"), result.warnings);
    result.files.append({stem + (sets.size() == 1 ? QStringLiteral(".json") : QStringLiteral(".jsonl")), out});
    return result;
}

} // namespace galley
