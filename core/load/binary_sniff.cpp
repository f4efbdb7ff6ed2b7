#include "load/binary_sniff.h"

namespace galley {

namespace {

constexpr qsizetype sampleBytes = 64 * 1024;
constexpr int binaryControlBytePercent = 5;   // random data has ~11%, text far below 1%

// Only signatures a text file cannot plausibly start with (no NUL bytes: they would end the literal).
struct Signature
{
    QByteArrayView magic;
    const char *kind;
};

bool isControlByte(uchar byte)
{
    return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != 0x1b;
}

} // namespace

QString knownBinaryKind(QByteArrayView head)
{
    static const Signature signatures[] = {
        {"\x89PNG\r\n\x1a\n", "a PNG image"},
        {"\xFF\xD8\xFF", "a JPEG image"},
        {"GIF87a", "a GIF image"},
        {"GIF89a", "a GIF image"},
        {"%PDF-", "a PDF document"},
        {"PK\x03\x04", "a ZIP archive (or an office document)"},
        {"PK\x05\x06", "a ZIP archive"},
        {"\x1f\x8b", "gzip-compressed data"},
        {"\xFD" "7zXZ", "xz-compressed data"},
        {"\x7F" "ELF", "an executable program"},
        {"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
        {"OggS", "an Ogg media file"},
        {"\x1A\x45\xDF\xA3", "a WebM/Matroska video"},
        {"wOFF", "a web font"},
        {"wOF2", "a web font"},
        {"SQLite format 3", "an SQLite database"},
    };
    for (const Signature &signature : signatures) {
        if (head.startsWith(signature.magic))
            return QString::fromLatin1(signature.kind);
    }
    if (head.size() >= 12 && head.first(4) == "RIFF" && head.sliced(8, 4) == "WEBP")
        return QStringLiteral("a WebP image");
    if (head.size() >= 12 && head.sliced(4, 4) == "ftyp")
        return QStringLiteral("an MP4/QuickTime media file");
    return {};
}

int controlBytePercent(QByteArrayView head)
{
    const QByteArrayView sample = head.first(qMin(head.size(), sampleBytes));
    if (sample.isEmpty())
        return 0;
    qsizetype control = 0;
    for (char byte : sample)
        control += isControlByte(uchar(byte)) ? 1 : 0;
    return int(control * 100 / sample.size());
}

bool looksBinary(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false;
    return controlBytePercent(head) >= binaryControlBytePercent;
}

bool sniffsAsHtml(QByteArrayView head)
{
    QByteArrayView start = head.first(qMin<qsizetype>(head.size(), 1024));
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.sliced(3);
    start = start.trimmed();
    for (const char *opening : {"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml"}) {
        const QByteArrayView prefix(opening);
        if (start.size() >= prefix.size() && start.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace galley
