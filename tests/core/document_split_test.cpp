#include "corpus/document_split.h"
#include "corpus/reviewer_assignment.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace galley;

namespace {

QList<SplitCandidate> candidates(int count, int sites)
{
    QList<SplitCandidate> list;
    for (int i = 0; i < count; ++i) {
        SplitCandidate candidate;
        candidate.id = QStringLiteral("doc%1").arg(i, 4, 10, QLatin1Char('0'));
        candidate.site = QStringLiteral("site%1.example").arg(i % sites);
        candidate.labelCounts = {{QStringLiteral("PER"), 1 + i % 3}, {QStringLiteral("QUOTE"), i % 5 == 0 ? 2 : 0}};
        list.append(candidate);
    }
    return list;
}

} // namespace

class DocumentSplitTest : public QObject
{
    Q_OBJECT

private slots:
    void split_sameSeedSameSplitWhateverTheOrder()
    {
        QList<SplitCandidate> documents = candidates(200, 17);
        const auto first = splitDocuments(documents, {}, 42, false);
        std::reverse(documents.begin(), documents.end());
        QCOMPARE(splitDocuments(documents, {}, 42, false), first);
        QCOMPARE(first.size(), 200);
    }

    void split_otherSeedOtherSplit()
    {
        const QList<SplitCandidate> documents = candidates(200, 17);
        QVERIFY(splitDocuments(documents, {}, 1, false) != splitDocuments(documents, {}, 2, false));
    }

    void split_followsTheRatios()
    {
        const auto split = splitDocuments(candidates(1000, 1000), {0.8, 0.1, 0.1}, 7, false);
        QMap<QString, int> sizes;
        for (const QString &name : split)
            ++sizes[name];
        QVERIFY2(qAbs(sizes["train"] - 800) <= 2, qPrintable(QString::number(sizes["train"])));
        QVERIFY(qAbs(sizes["dev"] - 100) <= 2);
        QVERIFY(qAbs(sizes["test"] - 100) <= 2);
    }

    void split_balancesLabels()
    {
        // 100 of 1,000 documents carry the rare label: each split should get about its share.
        QList<SplitCandidate> documents = candidates(1000, 1000);
        for (int i = 0; i < documents.size(); ++i)
            documents[i].labelCounts = {{QStringLiteral("RARE"), i % 10 == 0 ? 1 : 0}};
        const auto split = splitDocuments(documents, {0.8, 0.1, 0.1}, 3, false);
        QMap<QString, int> rare;
        for (const SplitCandidate &document : std::as_const(documents)) {
            if (document.labelCounts.value(QStringLiteral("RARE")) > 0)
                ++rare[split[document.id]];
        }
        QVERIFY2(qAbs(rare["dev"] - 10) <= 2, qPrintable(QString::number(rare["dev"])));
        QVERIFY2(qAbs(rare["test"] - 10) <= 2, qPrintable(QString::number(rare["test"])));
    }

    void split_bySiteNeverSpansTwoSplits()
    {
        const QList<SplitCandidate> documents = candidates(300, 23);
        const auto split = splitDocuments(documents, {0.7, 0.15, 0.15}, 5, true);
        QMap<QString, QSet<QString>> splitsOfSite;
        for (const SplitCandidate &document : documents)
            splitsOfSite[document.site].insert(split[document.id]);
        for (auto it = splitsOfSite.cbegin(); it != splitsOfSite.cend(); ++it)
            QVERIFY2(it->size() == 1, qPrintable(it.key()));
        QSet<QString> used(split.cbegin(), split.cend());
        QCOMPARE(used.size(), 3);
    }

    void assign_isSeededAndDoublesTheShare()
    {
        QStringList documents;
        for (int i = 0; i < 100; ++i)
            documents.append(QStringLiteral("d%1").arg(i));
        const QStringList reviewers{"ann", "bob", "cat"};
        const auto assignment = assignReviewers(documents, reviewers, 0.2, 9);
        QStringList reversed = documents;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(assignReviewers(reversed, reviewers, 0.2, 9), assignment);
        int doubled = 0;
        QMap<QString, int> load;
        for (const QStringList &chosen : assignment) {
            doubled += chosen.size() == 2 ? 1 : 0;
            QVERIFY(chosen.size() == 1 || chosen[0] != chosen[1]);
            for (const QString &reviewer : chosen)
                ++load[reviewer];
        }
        QCOMPARE(doubled, 20);
        QCOMPARE(assignment.size(), 100);
        // 120 layers over three reviewers, each the least loaded when chosen.
        QCOMPARE(load.values(), QList<int>({40, 40, 40}));
    }

    void assign_oneReviewerNeverDoubles()
    {
        const auto assignment = assignReviewers({"a", "b"}, {"solo"}, 1.0, 1);
        QCOMPARE(assignment["a"], QStringList{"solo"});
        QCOMPARE(assignment["b"], QStringList{"solo"});
    }
};

QTEST_GUILESS_MAIN(DocumentSplitTest)
#include "document_split_test.moc"
