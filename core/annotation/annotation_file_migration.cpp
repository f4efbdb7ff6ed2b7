#include "annotation/annotation_file_migration.h"

#include "annotation/json_field_reader.h"
#include "annotation/text_quote.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

QJsonObject takeFlatProvenance(QJsonObject &item)
{
    QJsonObject provenance{{"detector"_L1, item.take("detector"_L1).toString()},
                           {"version"_L1, item.take("detector_version"_L1).toString()},
                           {"reviewer"_L1, item.take("reviewer"_L1).toString()}};
    return provenance;
}

// The quote of a version 1 span, computed from the text as version 2 writers do. Offsets that
// are not usable numbers are left for the version 2 reader to report.
QJsonObject quoteOfVersion1Span(const QJsonObject &span, const QString &text, const CodePointIndex &index)
{
    const QJsonValue start = span.value("start"_L1);
    const QJsonValue end = span.value("end"_L1);
    const qsizetype length = index.codePointLength();
    if (!start.isDouble() || !end.isDouble() || start.toDouble() < 0 || end.toDouble() < start.toDouble()
        || end.toDouble() > double(length))
        return {{"exact"_L1, span.value("text"_L1)}, {"prefix"_L1, ""_L1}, {"suffix"_L1, ""_L1}};
    const TextQuote quote = textQuoteAt(text, int(index.toUtf16(qsizetype(start.toDouble()))),
                                        int(index.toUtf16(qsizetype(end.toDouble()))));
    return {{"exact"_L1, quote.exact}, {"prefix"_L1, quote.prefix}, {"suffix"_L1, quote.suffix}};
}

QJsonObject version1To2(QJsonObject root)
{
    for (const char *key : {"spans", "relations"}) {
        if (!root.value(QLatin1StringView(key)).isArray())
            throw JsonProblem{{QString::fromLatin1(key)}, u"expected an array"_s};
    }
    if (!root.value("text"_L1).isString())
        throw JsonProblem{{u"text"_s}, u"expected a string"_s};
    const QString text = root.value("text"_L1).toString();
    const QJsonArray spans1 = root.value("spans"_L1).toArray();
    const QJsonArray relations1 = root.value("relations"_L1).toArray();
    const CodePointIndex index(text);

    root.insert("source"_L1, QJsonObject{{"path"_L1, root.take("page"_L1)},
                                         {"record"_L1, root.take("record"_L1)},
                                         {"content_hash"_L1, root.take("page_hash"_L1)}});
    QJsonObject document = root.value("document"_L1).toObject();
    document.insert("status"_L1, root.take("status"_L1));
    root.insert("document"_L1, document);

    QJsonArray spans;
    for (const QJsonValue &value : spans1) {
        QJsonObject span = value.toObject();
        span.insert("provenance"_L1, takeFlatProvenance(span));
        span.insert("quote"_L1, quoteOfVersion1Span(span, text, index));
        span.insert("anchor"_L1, "anchored"_L1);
        spans.append(value.isObject() ? QJsonValue(span) : value);
    }
    root.insert("spans"_L1, spans);

    QJsonArray relations;
    for (const QJsonValue &value : relations1) {
        QJsonObject relation = value.toObject();
        relation.insert("provenance"_L1, takeFlatProvenance(relation));
        relation.insert("created"_L1, QJsonValue::Null);
        relation.insert("modified"_L1, QJsonValue::Null);
        relations.append(value.isObject() ? QJsonValue(relation) : value);
    }
    root.insert("relations"_L1, relations);
    root.insert("journal_sequence"_L1, 0);
    root.insert("galley_annotations"_L1, 2);
    return root;
}

} // namespace

Expected<QJsonObject, JsonProblem> migrateAnnotationFile(QJsonObject root, int version)
{
    // kMigrations[v] turns version v into v + 1.
    using Migration = QJsonObject (*)(QJsonObject);
    static constexpr std::array<Migration, kAnnotationFileVersion> kMigrations{nullptr, version1To2};
    return readJson<QJsonObject>([&] {
        for (int from = std::max(version, kOldestAnnotationFileVersion); from < kAnnotationFileVersion; ++from)
            root = kMigrations[std::size_t(from)](std::move(root));
        return root;
    });
}

} // namespace galley
