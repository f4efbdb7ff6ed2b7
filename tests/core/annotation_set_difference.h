#pragma once

// The first difference between two annotation sets, for a failing comparison to say where.

#include "annotation/annotation_set.h"

#include <QDebug>

inline QString firstDifference(const galley::AnnotationSet &actual, const galley::AnnotationSet &expected)
{
    using namespace galley;
    if (actual.text != expected.text)
        return QStringLiteral("text: '%1' vs '%2'").arg(actual.text, expected.text);
    if (actual.spans.size() != expected.spans.size())
        return QStringLiteral("span count %1 vs %2").arg(actual.spans.size()).arg(expected.spans.size());
    for (qsizetype i = 0; i < actual.spans.size(); ++i) {
        const Span &a = actual.spans[i], &e = expected.spans[i];
        if (a == e)
            continue;
        QString what = QStringLiteral("span %1 (%2 vs %3):").arg(i).arg(a.id, e.id);
        if (a.label != e.label) what += QStringLiteral(" label");
        if (a.start != e.start || a.end != e.end)
            what += QStringLiteral(" range %1-%2 vs %3-%4").arg(a.start).arg(a.end).arg(e.start).arg(e.end);
        if (a.text != e.text) what += QStringLiteral(" text '%1' vs '%2'").arg(a.text, e.text);
        if (a.attributes != e.attributes) {
            QString shown;
            QDebug(&shown) << a.attributes << "vs" << e.attributes;
            what += QStringLiteral(" attributes ") + shown;
        }
        if (a.status != e.status) what += QStringLiteral(" status %1 vs %2").arg(reviewStatusName(a.status), reviewStatusName(e.status));
        if (a.provenance != e.provenance) what += QStringLiteral(" provenance");
        if (a.created != e.created || a.modified != e.modified) what += QStringLiteral(" times");
        if (a.quote != e.quote) what += QStringLiteral(" quote");
        if (a.dom != e.dom) what += QStringLiteral(" dom");
        if (a.anchor != e.anchor) what += QStringLiteral(" anchor");
        return what;
    }
    if (actual.relations != expected.relations) {
        QString shown;
        for (const Relation &r : actual.relations)
            shown += r.id + u':' + r.type + u':' + r.from + u'>' + r.to + u':' + reviewStatusName(r.status) + u' ';
        shown += QStringLiteral(" vs ");
        for (const Relation &r : expected.relations)
            shown += r.id + u':' + r.type + u':' + r.from + u'>' + r.to + u':' + reviewStatusName(r.status) + u' ';
        return QStringLiteral("relations: ") + shown;
    }
    if (actual.clusters != expected.clusters)
        return QStringLiteral("clusters");
    if (actual.document != expected.document)
        return QStringLiteral("document fields");
    if (actual.sourcePath != expected.sourcePath || actual.record != expected.record
        || actual.contentHash != expected.contentHash || actual.reviewer != expected.reviewer)
        return QStringLiteral("source, record, hash or reviewer");
    return {};
}
