// galley-cli extract, run as a process: usage line, --record on non-WARC files, text separators.
#include <QDir>
#include <QProcess>
#include <QtTest>

class CliTest final : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString sample(const QString &name)
    {
        return QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/") + name;
    }

    static Result run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
        Result result;
        if (!process.waitForFinished(60000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void usageLine_namesCommandNotPath()
    {
        const Result bogus = run({QStringLiteral("extract"), QStringLiteral("--bogus")});
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY2(bogus.err.contains(QStringLiteral("Usage: galley-cli extract [options] PAGE")), qPrintable(bogus.err));
        QVERIFY2(!bogus.err.contains(QStringLiteral(GALLEY_BIN_DIR)), qPrintable(bogus.err));
        const Result help = run({QStringLiteral("extract"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: galley-cli extract [options]")), qPrintable(help.out));
    }

    // "galley --help" over ssh, with no display, aborted (exit 134) making the window's application.
    void windowHelp_needsNoDisplay()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GALLEY_BIN_DIR "/galley"), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("[page]")));

        // without --help: a reason, not a crash
        process.start(QStringLiteral(GALLEY_BIN_DIR "/galley"), {QStringLiteral("--bogus")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("no display")));
    }

    void record_onNonWarcFile_warnsAndNamesFile()
    {
        const QString html = sample(QStringLiteral("harbour-vote.html"));
        const Result result = run({QStringLiteral("extract"), QStringLiteral("--record"), QStringLiteral("1"), html});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("warning")) && result.err.contains(html), qPrintable(result.err));
        QVERIFY(!result.out.isEmpty());
        const Result warc = run({QStringLiteral("extract"), QStringLiteral("--record"), QStringLiteral("0"),
                                 sample(QStringLiteral("harbour-vote.warc.gz"))});
        QCOMPARE(warc.exitCode, 0);
        QVERIFY2(!warc.err.contains(QStringLiteral("warning")), qPrintable(warc.err));
    }

    void textFormat_separatesDocuments()
    {
        const QString html = sample(QStringLiteral("harbour-vote.html"));
        const QString text = sample(QStringLiteral("harbour-vote.txt"));
        const Result result = run({QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("text"), html, text});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count(QStringLiteral("\n==== ")) + (result.out.startsWith(QStringLiteral("==== ")) ? 1 : 0), 2);
        QVERIFY(result.out.startsWith(QStringLiteral("==== ") + html + QLatin1Char('\n')));
        QVERIFY(result.out.contains(QStringLiteral("\n==== ") + text + QLatin1Char('\n')));
        const Result warc = run({QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("text"),
                                 sample(QStringLiteral("harbour-vote.warc.gz"))});
        QCOMPARE(warc.exitCode, 0);
        QVERIFY2(warc.out.contains(QStringLiteral(" record 0\n")), qPrintable(warc.out.left(300)));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
