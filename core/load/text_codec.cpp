#include "load/text_codec.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>

namespace galley {

namespace {

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter openConverter(const QString &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(encoding.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return nullptr;
    return converter;
}

struct InvalidByteCounter
{
    const char *inputStart = nullptr;
    qsizetype count = 0;
    qint64 firstOffset = -1;
};

void countAndSubstitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                        int32_t length, UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason > UCNV_IRREGULAR)
        return;   // reset/close/clone notifications
    auto *counter = static_cast<InvalidByteCounter *>(const_cast<void *>(context));
    // ICU has consumed the bad sequence: args->source points just past it.
    if (counter->count++ == 0)
        counter->firstOffset = qint64(args->source - counter->inputStart) - length;
    Q_UNUSED(codeUnits);
    *status = U_ZERO_ERROR;
    const UChar replacement = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

} // namespace

bool isKnownEncoding(const QString &encoding)
{
    return !encoding.isEmpty() && openConverter(encoding) != nullptr;
}

DecodedText decodeText(QByteArrayView bytes, const QString &encoding, bool withByteCheckpoints)
{
    DecodedText result;
    const bool utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    if (utf8 && !withByteCheckpoints && bytes.isValidUtf8()) {
        result.text = QString::fromUtf8(bytes);   // Qt's decoder is the fastest for the common case
        return result;
    }
    Converter converter = openConverter(encoding);
    if (!converter) {
        result.converterMissing = true;
        return result;
    }
    InvalidByteCounter counter;
    counter.inputStart = bytes.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter.get(), countAndSubstitute, &counter, nullptr, nullptr, &status);

    // Decode into fixed-size slices so the offsets buffer stays small however large the input.
    constexpr int32_t sliceUnits = 1 << 16;
    QList<int32_t> sliceOffsets(withByteCheckpoints ? sliceUnits : 0);
    result.text.reserve(bytes.size() + sliceUnits);   // at most one UTF-16 unit per byte for most encodings
    const char *source = bytes.data();
    const char *const sourceEnd = bytes.data() + bytes.size();
    qint64 lastKnownByteOffset = 0;
    for (;;) {
        const qsizetype produced = result.text.size();
        result.text.resize(produced + sliceUnits);
        UChar *targetStart = reinterpret_cast<UChar *>(result.text.data()) + produced;
        UChar *target = targetStart;
        const char *sliceSource = source;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, targetStart + sliceUnits, &source, sourceEnd,
                       withByteCheckpoints ? sliceOffsets.data() : nullptr, true, &status);
        const qsizetype written = target - targetStart;
        if (withByteCheckpoints) {
            for (qsizetype i = 0; i < written; ++i) {
                // -1: a unit held over from the previous slice; it belongs to the last character seen.
                if (sliceOffsets[i] >= 0)
                    lastKnownByteOffset = qint64(sliceSource - bytes.data()) + sliceOffsets[i];
                if ((produced + i) % checkpointInterval == 0)
                    result.byteCheckpoints.append(lastKnownByteOffset);
            }
        }
        result.text.resize(produced + written);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
    }
    if (result.text.capacity() - result.text.size() > result.text.size() / 8)
        result.text.squeeze();   // multi-byte encodings leave much of the reservation unused
    result.invalidSequences = counter.count;
    result.firstInvalidByteOffset = counter.firstOffset;
    return result;
}

qint64 encodedByteLength(QStringView text, const QString &encoding)
{
    if (text.isEmpty())
        return 0;
    Converter converter = openConverter(encoding);
    if (!converter)
        return -1;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucnv_fromUChars(converter.get(), nullptr, 0,
                                           reinterpret_cast<const UChar *>(text.utf16()),
                                           int32_t(text.size()), &status);
    return length;
}

} // namespace galley
