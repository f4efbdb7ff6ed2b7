#include "core/cpu_timer.h"
#include "load/page_loader.h"
#include "util/gzip.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

// Damaged copies of every fixture must load best-effort or fail with a message naming the
// file: never crash, never hang.
class LoadRobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void damagedFixtures_loadOrFailCleanly_data();
    void damagedFixtures_loadOrFailCleanly();

private:
    QTemporaryDir m_dir;
};

namespace {

QByteArray sampleWarcGz()
{
    QByteArray out;
    for (int i = 0; i < 3; ++i) {
        const QByteArray http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "1a\r\n<title>Record</title><p>x\r\n0\r\n\r\n";
        out += gzipMember("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/" + QByteArray::number(i)
                          + "\r\nContent-Length: " + QByteArray::number(http.size()) + "\r\n\r\n" + http + "\r\n\r\n");
    }
    return out;
}

QByteArray damaged(const QByteArray &bytes, int variant)
{
    if (variant < 24)
        return bytes.left(bytes.size() * variant / 24);   // truncations, including empty
    QByteArray copy = bytes;
    quint32 state = quint32(variant) * 2654435761u;
    for (int flips = 0; flips < 1 + variant % 5; ++flips) {
        state = state * 1664525u + 1013904223u;
        const qsizetype at = qsizetype(state % quint32(qMax<qsizetype>(1, copy.size())));
        if (!copy.isEmpty())
            copy[at] = char(state >> 24);
    }
    return copy;
}

} // namespace

void LoadRobustnessTest::damagedFixtures_loadOrFailCleanly_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QVERIFY(m_dir.isValid());
    QList<std::pair<QString, QByteArray>> originals;
    const QDir fixtures(QStringLiteral(GALLEY_TEST_DATA_DIR "/load"));
    for (const QString &file : fixtures.entryList(QDir::Files)) {
        QFile input(fixtures.filePath(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        originals.append({file, input.readAll()});
    }
    originals.append({QStringLiteral("sample.warc.gz"), sampleWarcGz()});
    originals.append({QStringLiteral("sample.warc"), gunzip(sampleWarcGz()).data});
    for (const auto &[file, bytes] : std::as_const(originals)) {
        for (int variant = 0; variant < 40; ++variant) {
            const QString name = QString::number(variant) + QLatin1Char('_') + file;
            QTest::newRow(qPrintable(name)) << name << damaged(bytes, variant);
        }
    }
}

void LoadRobustnessTest::damagedFixtures_loadOrFailCleanly()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const CpuTimer timer;
    const auto pages = loadPages(path);
    if (pages.ok()) {
        QVERIFY(!pages->isEmpty());
        for (const Page &page : *pages)
            QVERIFY(page.format == PageFormat::Text || page.dom);
    } else {
        QVERIFY2(pages.error().toString().startsWith(path + QStringLiteral(": ")), qPrintable(pages.error().toString()));
        QVERIFY(!pages.error().code.isEmpty());
    }
    if (name.contains(QLatin1String(".warc"))) {
        const auto records = listWarcRecords(path);
        QVERIFY(records.ok() || records.error().toString().startsWith(path));
    }
    QVERIFY(timer.elapsedMs() < 2000);
}

QTEST_GUILESS_MAIN(LoadRobustnessTest)
#include "load_robustness_test.moc"
