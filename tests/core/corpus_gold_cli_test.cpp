#include "core/two_reviewer_corpus.h"

#include "corpus/adjudication_decisions.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

const QString kCli = QStringLiteral(GALLEY_BIN_DIR "/galley-cli");

QString run(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(kCli, arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The CLI can do what the GUI's agreement view and adjudication queue do.
class CorpusGoldCliTest : public QObject
{
    Q_OBJECT

private slots:
    void agree_pairsPrintsATablePerReviewerPair()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        int exitCode = -1;
        const QString out = run({QStringLiteral("corpus"), QStringLiteral("agree"), fixture.folder(), QStringLiteral("--pairs")},
                                &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QStringLiteral("\n== ann / bob ==\n3 documents with two or more reviewers")), qPrintable(out));
    }

    void adjudicate_reopenForgetsTheDecisionAndTheGoldLayer()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        const CorpusDocument &second = fixture.documents[1];
        const int officials = int(fixture.texts[1].indexOf(QStringLiteral("Officials")));
        const int money = int(fixture.texts[1].indexOf(QStringLiteral("40 million")));
        const QString orgKey = QStringLiteral("ORG %1-%2").arg(officials).arg(officials + 9);
        const QString moneyKey = QStringLiteral("MONEY %1-%2").arg(money).arg(money + 18);
        const QString gold = fixture.corpus->absolutePath(Corpus::layerFile(second.contentHash, Corpus::goldLayer()));
        int exitCode = -1;
        run({QStringLiteral("corpus"), QStringLiteral("adjudicate"), fixture.folder(), QStringLiteral("--curator"),
             QStringLiteral("carol"), QStringLiteral("--document"), QString::number(second.id), QStringLiteral("--decide"),
             orgKey + QStringLiteral("=reject"), QStringLiteral("--decide"), moneyKey + QStringLiteral("=accept")},
            &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(QFileInfo::exists(gold));
        QCOMPARE(loadDecisions(*fixture.corpus, second.id)->size(), 2);
        const QString out = run({QStringLiteral("corpus"), QStringLiteral("adjudicate"), fixture.folder(), QStringLiteral("--list"),
                                 QStringLiteral("--reopen"), moneyKey}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(QStringLiteral("reopened document %1  %2").arg(second.id).arg(moneyKey)), qPrintable(out));
        QVERIFY(!QFileInfo::exists(gold));
        const auto decisions = loadDecisions(*fixture.corpus, second.id);
        QCOMPARE(decisions->keys(), QStringList({orgKey}));
        QCOMPARE(decisions->value(orgKey).curator, QStringLiteral("carol"));
    }
};

QTEST_GUILESS_MAIN(CorpusGoldCliTest)
#include "corpus_gold_cli_test.moc"
