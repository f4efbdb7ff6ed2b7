#include "pipeline/annotator.h"
#include "pipeline/span_json.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace galley;

// The seed article (a Sputnik report on Aleppo, ../shared/samples) through the whole annotate
// pipeline: who and what it names, who it quotes, which numbers it gives.
class AnnotateSeedTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entities_clustered_data();
    void entities_clustered();
    void quotes_withSpeakers_data();
    void quotes_withSpeakers();
    void numbers_withValues_data();
    void numbers_withValues();

private:
    QList<QJsonObject> spansLabelled(const QStringList &labels) const;

    std::optional<Annotator> m_annotator;
    QJsonArray m_spans;
    QString m_text;
};

namespace {

const QString kSeed = QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt");

} // namespace

void AnnotateSeedTest::initTestCase()
{
    if (!QFileInfo::exists(kSeed))
        QSKIP(qPrintable(QStringLiteral("The shared seed sample %1 is absent (the shared data folder beside the "
                                        "source tree)").arg(kSeed)));
    auto annotator = Annotator::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/ner-conll.model"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-debian.txt.gz"));
    QVERIFY2(annotator.ok(), qPrintable(annotator.ok() ? QString() : annotator.error().toString()));
    m_annotator = std::move(annotator).value();
    const auto pages = loadPages(kSeed);
    QVERIFY(pages.ok() && pages->size() == 1);
    const Article article = extractArticle(pages->constFirst());
    const AnnotationSet set = m_annotator->annotate(article, pages->constFirst());
    m_text = set.text;
    m_spans = spansToJson(set);
}

QList<QJsonObject> AnnotateSeedTest::spansLabelled(const QStringList &labels) const
{
    QList<QJsonObject> found;
    for (const QJsonValue &span : m_spans) {
        if (labels.contains(span[u"label"].toString()))
            found.append(span.toObject());
    }
    return found;
}

void AnnotateSeedTest::entities_clustered_data()
{
    // A cluster by its canonical name and type, and mentions it must hold (as written).
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<bool>("detectedYet");
    QTest::newRow("Poznikhir") << QStringLiteral("Viktor Poznikhir") << QStringLiteral("PER")
                               << QStringList{QStringLiteral("Viktor Poznikhir"), QStringLiteral("Poznikhir")} << true;
    QTest::newRow("Assad") << QStringLiteral("Bashar Assad") << QStringLiteral("PER")
                           << QStringList{QStringLiteral("Bashar Assad"), QStringLiteral("Assad")} << true;
    QTest::newRow("Putin") << QStringLiteral("Vladimir Putin") << QStringLiteral("PER")
                           << QStringList{QStringLiteral("Vladimir Putin")} << true;
    QTest::newRow("Craig") << QStringLiteral("Scott Craig") << QStringLiteral("PER")
                           << QStringList{QStringLiteral("Scott Craig")} << true;
    QTest::newRow("Egeland") << QStringLiteral("Jan Egeland") << QStringLiteral("PER")
                             << QStringList{QStringLiteral("Jan Egeland")} << true;
    QTest::newRow("Delattre") << QStringLiteral("Francois Delattre") << QStringLiteral("PER")
                              << QStringList{QStringLiteral("Francois Delattre")} << false;
    QTest::newRow("Aleppo") << QStringLiteral("Aleppo") << QStringLiteral("LOC")
                            << QStringList{QStringLiteral("Aleppo")} << true;
    QTest::newRow("Syria") << QStringLiteral("Syria") << QStringLiteral("LOC") << QStringList{QStringLiteral("Syria")}
                           << true;
    QTest::newRow("Damascus") << QStringLiteral("Damascus") << QStringLiteral("LOC")
                              << QStringList{QStringLiteral("Damascus")} << true;
    QTest::newRow("Russia") << QStringLiteral("Russia") << QStringLiteral("LOC")
                            << QStringList{QStringLiteral("Russia")} << true;
    QTest::newRow("Moscow") << QStringLiteral("Moscow") << QStringLiteral("LOC")
                            << QStringList{QStringLiteral("Moscow")} << true;
    QTest::newRow("Idlib") << QStringLiteral("Idlib") << QStringLiteral("LOC") << QStringList{QStringLiteral("Idlib")}
                           << true;
    QTest::newRow("UNHCR") << QStringLiteral("United Nations High Commissioner for Refugees") << QStringLiteral("ORG")
                           << QStringList{QStringLiteral("UNHCR")} << true;
    QTest::newRow("UN") << QStringLiteral("United Nations") << QStringLiteral("ORG")
                        << QStringList{QStringLiteral("United Nations"), QStringLiteral("UN")} << true;
    QTest::newRow("Foreign Ministry") << QStringLiteral("Russian Foreign Ministry") << QStringLiteral("ORG")
                                      << QStringList{QStringLiteral("Russian Foreign Ministry")} << false;
    QTest::newRow("General Staff") << QStringLiteral("Russian General Staff") << QStringLiteral("ORG")
                                   << QStringList{QStringLiteral("Russian General Staff")} << false;
}

void AnnotateSeedTest::entities_clustered()
{
    QFETCH(QString, canonical);
    QFETCH(QString, label);
    QFETCH(QStringList, mentions);
    QFETCH(bool, detectedYet);
    QStringList clusterIds;
    QStringList found;
    for (const QJsonObject &span : spansLabelled({QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"),
                                                  QStringLiteral("MISC")})) {
        if (span[u"canonical"].toString() != canonical)
            continue;
        clusterIds.append(span[u"cluster"].toString());
        found.append(span[u"text"].toString());
    }
    clusterIds.removeDuplicates();
    if (!detectedYet)
        QEXPECT_FAIL("", "the entity model tags this name apart or with its neighbours", Abort);
    QCOMPARE(clusterIds.size(), 1);
    for (const QString &mention : mentions)
        QVERIFY2(found.contains(mention), qPrintable(mention + QStringLiteral(" not among ") + found.join(u'|')));
    for (const QJsonObject &span : spansLabelled({label})) {
        if (span[u"canonical"].toString() == canonical)
            return;
    }
    QFAIL(qPrintable(QStringLiteral("no %1 mention in the cluster").arg(label)));
}
