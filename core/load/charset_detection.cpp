#include "load/charset_detection.h"

#include "load/charset_label.h"
#include "load/text_codec.h"

#include <uchardet/uchardet.h>

#include <memory>

namespace galley {

namespace {

// uchardet's confidence settles within the first megabytes; reading more only costs time.
constexpr qsizetype detectionSampleBytes = 4 * 1024 * 1024;

QString uchardetGuess(QByteArrayView bytes)
{
    std::unique_ptr<struct uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    const QByteArrayView sample = bytes.first(qMin(bytes.size(), detectionSampleBytes));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const QByteArray name(uchardet_get_charset(detector.get()));
    if (name.isEmpty())
        return {};
    const QString encoding = encodingForLabel(name);
    if (!encoding.isEmpty())
        return encoding;
    const QString icuName = QString::fromLatin1(name);
    return isKnownEncoding(icuName) ? icuName : QString();
}

} // namespace

ByteOrderMark detectByteOrderMark(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3};
    if (bytes.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2};
    if (bytes.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2};
    return {};
}

EncodingGuess guessEncoding(QByteArrayView bytes)
{
    if (bytes.isValidUtf8())
        return {QStringLiteral("UTF-8"), QStringLiteral("detected")};
    const QString detected = uchardetGuess(bytes);
    // uchardet answering UTF-8 for invalid bytes means UTF-8 with a few damaged sequences.
    if (!detected.isEmpty())
        return {detected, QStringLiteral("detected")};
    return {QStringLiteral("windows-1252"), QStringLiteral("default")};
}

} // namespace galley
