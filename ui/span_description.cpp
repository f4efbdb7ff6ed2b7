#include "span_description.h"

#include "review_annotations.h"
#include "span_labels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

// Outside the namespace, so that lupdate files the strings under the context tr() looks them up in.
struct SpanDescription
{
    Q_DECLARE_TR_FUNCTIONS(SpanDescription)
};

namespace galley {

namespace {

QString numberText(const QVariant &value);

// A duration's amount in the unit the Unit column shows: "P2Y" → "2", "PT1.5H" → "1.5", "PXY"
// (TimeML's "several years") → "several". A duration of several parts ("P1Y6M") stays ISO 8601.
QString durationAmountText(const QString &iso)
{
    static const QRegularExpression single(QStringLiteral("^PT?(X|\\d+(?:\\.\\d+)?)(?:Y|M|W|D|H|S|DE|CE|ML)$"));
    const QRegularExpressionMatch match = single.match(iso);
    if (!match.hasMatch())
        return iso;
    const QString amount = match.captured(1);
    return amount == u"X" ? SpanDescription::tr("several") : numberText(amount.toDouble());
}

QString numberText(const QVariant &value)
{
    bool isNumber = false;
    const double number = value.toDouble(&isNumber);
    if (value.typeId() == QMetaType::QString || !isNumber || !std::isfinite(number))
        return value.toString();
    const QLocale locale;
    const double size = std::abs(number);
    if (number == std::trunc(number) && size < 1e15)
        return locale.toString(number, 'f', 0);
    // At most six decimals ("12,345.67" keeps its cents), six significant digits below one
    // ("a third" 0.333333, not 0.333333333333333).
    constexpr int kDecimals = 6;
    const int decimals = size >= 1.0 || size < 1e-12 ? kDecimals
                                                     : std::min(5 - int(std::floor(std::log10(size))), 12);
    QString text = locale.toString(number, 'f', decimals);
    while (text.endsWith(locale.zeroDigit()))
        text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

// The detectors write modifiers as symbols: ">", "≥", "<", "≤", "≈".
QString modifierPrefix(const QString &modifier)
{
    return modifier.isEmpty() ? QString() : modifier + QLatin1Char(' ');
}

// A vague amount's order of magnitude: "tens of thousands" → "≈ 10⁴", "more than dozens" → "> 10¹".
QString magnitudeText(const QVariant &magnitude, const QString &modifier)
{
    static const QString superscripts = QStringLiteral("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079");
    QString exponent;
    for (QChar digit : QString::number(magnitude.toInt()))
        exponent += digit.isDigit() ? superscripts[digit.digitValue()] : digit;
    return modifierPrefix(modifier.isEmpty() ? QStringLiteral("\u2248") : modifier) + QStringLiteral("10") + exponent;
}

} // namespace

QString reviewStatusDisplayName(int status)
{
    switch (ReviewStatus(status)) {
    case ReviewStatus::Pending: return SpanDescription::tr("pending");
    case ReviewStatus::Accepted: return SpanDescription::tr("accepted");
    case ReviewStatus::Rejected: return SpanDescription::tr("rejected");
    case ReviewStatus::Edited: return SpanDescription::tr("edited");
    case ReviewStatus::Added: return SpanDescription::tr("added");
    }
    return {};
}

QString spanValueText(const Span &span, ModifierInValue modifierShown)
{
    const QVariantMap &attributes = span.attributes;
    const bool duration = span.label == u"DURATION";
    const auto text = [duration](const QVariant &value) {
        return duration ? durationAmountText(value.toString()) : numberText(value);
    };
    QString value;
    if (attributes.contains(QStringLiteral("magnitude")) && attributes.value(QStringLiteral("value")).toString().contains(u'X'))
        value.clear();   // "several hundred years": its magnitude says more than "several"
    else if (attributes.contains(QStringLiteral("value")))
        value = text(attributes.value(QStringLiteral("value")));
    else if (attributes.contains(QStringLiteral("from")) || attributes.contains(QStringLiteral("to")))
        value = text(attributes.value(QStringLiteral("from"))) + QStringLiteral("\u2013") + text(attributes.value(QStringLiteral("to")));
    // An order of magnitude keeps its sign ("> 10¹"): without it, it would read as "≈".
    if (value.isEmpty() && attributes.contains(QStringLiteral("magnitude")))
        return magnitudeText(attributes.value(QStringLiteral("magnitude")), attributes.value(QStringLiteral("modifier")).toString());
    if (value.isEmpty())
        return {};
    if (modifierShown == ModifierInValue::Omitted)
        return value;
    return modifierPrefix(attributes.value(QStringLiteral("modifier")).toString()) + value;
}

QString spanUnitText(const Span &span)
{
    const QString unit = span.attributes.value(QStringLiteral("unit")).toString();
    const QString per = span.attributes.value(QStringLiteral("per")).toString();
    if (per.isEmpty())
        return unit;
    static const QHash<QString, const char *> periods = {
        {QStringLiteral("P1Y"), QT_TRANSLATE_NOOP("SpanDescription", "year")},
        {QStringLiteral("P1M"), QT_TRANSLATE_NOOP("SpanDescription", "month")},
        {QStringLiteral("P1W"), QT_TRANSLATE_NOOP("SpanDescription", "week")},
        {QStringLiteral("P1D"), QT_TRANSLATE_NOOP("SpanDescription", "day")},
        {QStringLiteral("PT1H"), QT_TRANSLATE_NOOP("SpanDescription", "hour")},
        {QStringLiteral("PT1M"), QT_TRANSLATE_NOOP("SpanDescription", "minute")},
        {QStringLiteral("PT1S"), QT_TRANSLATE_NOOP("SpanDescription", "second")},
    };
    const auto period = periods.constFind(per);
    const QString periodText = period == periods.cend() ? per : SpanDescription::tr(*period);
    if (unit.isEmpty())
        return QStringLiteral("/ ") + periodText;
    return unit + QStringLiteral(" / ") + periodText;
}

QString quoteKindDisplayName(const QString &kind)
{
    if (kind == QLatin1String("direct"))
        return SpanDescription::tr("direct");
    if (kind == QLatin1String("partial"))
        return SpanDescription::tr("partial");
    if (kind == QLatin1String("indirect"))
        return SpanDescription::tr("indirect");
    return kind;
}

std::optional<double> spanConfidence(const Span &span)
{
    const QVariant confidence = span.attributes.value(QStringLiteral("confidence"));
    return confidence.isValid() ? std::optional<double>(confidence.toDouble()) : std::nullopt;
}

bool isUnscoredFinding(const Span &span)
{
    return span.status == ReviewStatus::Pending && !spanConfidence(span);
}

double confidenceSortKey(const Span &span)
{
    if (span.status != ReviewStatus::Pending)
        return 2.0;
    // Names a repair rule made are right about half the time (47.6 % on CoNLL-2003 dev): unknown
    // and doubtful, so they come first.
    return spanConfidence(span).value_or(0.0);
}

QString confidenceCellText(const Span &span)
{
    return isUnscoredFinding(span) ? QStringLiteral("\u2014") : confidenceText(spanConfidence(span));
}

QString confidenceText(std::optional<double> confidence)
{
    return confidence ? SpanDescription::tr("%1 %").arg(qRound(*confidence * 100.0)) : QString();
}

QString spanToolTip(const ReviewAnnotations &document, const Span &span)
{
    QStringList lines;
    lines.append(QStringLiteral("%1 \u00b7 %2").arg(labelDisplayName(span.label),
                                                    reviewStatusDisplayName(int(span.status))));
    const QString value = spanValueText(span);
    if (!value.isEmpty()) {
        const QString unit = spanUnitText(span);
        lines.append(SpanDescription::tr("Value: %1").arg(unit.isEmpty() ? value : value + QLatin1Char(' ') + unit));
    }
    if (const Cluster *cluster = document.clusterOf(span.id))
        lines.append(SpanDescription::tr("Entity: %1").arg(cluster->canonical));
    if (const Span *speaker = document.relatedSpan(span.id, QStringLiteral("speaker"))) {
        const Cluster *cluster = document.clusterOf(speaker->id);
        lines.append(SpanDescription::tr("Speaker: %1").arg(cluster ? cluster->canonical : speaker->text));
    }
    if (const std::optional<double> confidence = spanConfidence(span))
        lines.append(SpanDescription::tr("Confidence: %1 %").arg(qRound(*confidence * 100.0)));
    if (!document.isPlaced(span.id))
        lines.append(SpanDescription::tr("Not found in the page"));
    if (const QString note = span.attributes.value(QStringLiteral("note")).toString(); !note.isEmpty())
        lines.append(SpanDescription::tr("Comment: %1").arg(note));
    return lines.join(QLatin1Char('\n'));
}

QString spanCommentCell(const Span &span)
{
    const QString note = span.attributes.value(QStringLiteral("note")).toString().trimmed();
    const qsizetype lineEnd = note.indexOf(u'\n');
    return lineEnd < 0 ? note : note.left(lineEnd).trimmed() + u'\u2026';
}

} // namespace galley
