#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace galley {

// Per-span review state. Detector output starts Pending; a reviewer's own span is Added.
enum class ReviewStatus { Pending, Accepted, Rejected, Edited, Added };

// Where a span stands after its text changed (see re-anchoring).
enum class AnchorState { Anchored, Moved, Fuzzy, Orphaned };

// One end of a DOM range: the text node's path (HtmlDocument's `/html[1]/body[1]/p[2]/text()[1]`)
// and a UTF-16 offset into its data.
struct DomPoint
{
    QString nodePath;
    int offset = -1;
    friend bool operator==(const DomPoint &, const DomPoint &) = default;
};

struct DomRange
{
    DomPoint start;
    DomPoint end;   // exclusive
    friend bool operator==(const DomRange &, const DomRange &) = default;
};

// The W3C / Hypothesis text-quote selector: the exact text plus up to 32 code points either side.
struct TextQuote
{
    QString exact;
    QString prefix;
    QString suffix;
    friend bool operator==(const TextQuote &, const TextQuote &) = default;
};

// Who made an annotation: a detector (name + model version) or a reviewer.
struct Provenance
{
    QString detector;   // "ner", "quotes", "numbers", "clusters"; empty for a reviewer's span
    QString version;    // model or detector version
    QString reviewer;   // reviewer id of the last change; empty for untouched detector output
    friend bool operator==(const Provenance &, const Provenance &) = default;
};

// A labelled stretch of the article text. In memory, offsets are UTF-16 code units into
// AnnotationSet::text, end exclusive; every file converts them to code points.
struct Span
{
    QString id;                   // unique in the set, stable across edits: "s1", "s2", …
    QString label;                // a schema label: "PER", "ORG", "LOC", "MISC", "QUOTE", "CUE",
                                  // "CARDINAL", "MONEY", "DATE", …
    int start = 0;
    int end = 0;
    QString text;                 // text.mid(start, end - start) when anchored
    QVariantMap attributes;       // typed by the schema: "value", "unit", "modifier", "from", "to",
                                  // "kind" (quotes), "canonical", …
    ReviewStatus status = ReviewStatus::Pending;
    Provenance provenance;
    QDateTime created;            // UTC
    QDateTime modified;           // UTC
    TextQuote quote;              // for re-anchoring
    std::optional<DomRange> dom;  // HTML-based pages only
    AnchorState anchor = AnchorState::Anchored;

    friend bool operator==(const Span &, const Span &) = default;
};

// A typed link between two spans: "speaker" (QUOTE → its speaker mention), "cue" (QUOTE → CUE),
// or between a mention and an entity cluster: "cluster" (mention span → cluster id).
struct Relation
{
    QString id;
    QString type;
    QString from;        // span id
    QString to;          // span id, or cluster id for "cluster"
    ReviewStatus status = ReviewStatus::Pending;
    Provenance provenance;
    QDateTime created;   // UTC
    QDateTime modified;  // UTC
    friend bool operator==(const Relation &, const Relation &) = default;
};

// An entity that several mention spans refer to.
struct Cluster
{
    QString id;          // "c1", …
    QString label;       // "PER", "ORG", "LOC", "MISC"
    QString canonical;   // the name a reviewer files it under
    friend bool operator==(const Cluster &, const Cluster &) = default;
};

enum class DocumentStatus { NotStarted, InProgress, Done, Adjudicated };

// Document-level corrections a reviewer makes; empty fields mean "as extracted".
struct DocumentFields
{
    QString title;
    QStringList byline;
    QString published;   // ISO 8601
    QString notes;
    DocumentStatus status = DocumentStatus::NotStarted;
    friend bool operator==(const DocumentFields &, const DocumentFields &) = default;
};

// Everything reviewed about one page: the article text the offsets index, spans (overlapping
// and nested allowed), relations, clusters and document fields.
struct AnnotationSet
{
    QString sourcePath;      // the saved page
    int record = -1;         // WARC record, else -1
    QString contentHash;     // Page::contentHash when annotated: a changed page is noticed
    QString text;            // the article text
    QString reviewer;        // whose layer this is; empty for detector output
    DocumentFields document;
    QList<Span> spans;
    QList<Relation> relations;
    QList<Cluster> clusters;

    friend bool operator==(const AnnotationSet &, const AnnotationSet &) = default;
};

QString reviewStatusName(ReviewStatus status);            // "pending", "accepted", …
std::optional<ReviewStatus> reviewStatusFromName(QStringView name);
QString anchorStateName(AnchorState state);               // "anchored", "moved", "fuzzy", "orphaned"
std::optional<AnchorState> anchorStateFromName(QStringView name);
QString documentStatusName(DocumentStatus status);        // "not-started", "in-progress", "done",
std::optional<DocumentStatus> documentStatusFromName(QStringView name);   // "adjudicated"

} // namespace galley
