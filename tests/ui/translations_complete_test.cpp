// Every string the window shows has a German and a Russian translation: lupdate is run over the
// sources (as the update_translations target runs it) into copies of the .ts files, and no
// message may be new, unfinished or empty, plural forms included.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TranslationsCompleteTest final : public QObject
{
    Q_OBJECT

private:
    // "context: source" of each message without a finished translation.
    static QStringList untranslated(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read ") + tsPath};
        QStringList missing;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                bool emptyForm = false;
                // A plural translation holds <numerusform>s; a plain one holds its text.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        const QString form = xml.readElementText();
                        text += form;
                        emptyForm = emptyForm || form.trimmed().isEmpty();
                    }
                }
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete") || text.trimmed().isEmpty() || emptyForm)
                    missing.append(context + QStringLiteral(": ") + source);
            }
        }
        if (xml.hasError())
            missing.append(tsPath + QStringLiteral(": ") + xml.errorString());
        return missing;
    }

private slots:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Russian") << QStringLiteral("ru");
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString name = QStringLiteral("galley_%1.ts").arg(language);
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(GALLEY_SOURCE_DIR "/translations/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(GALLEY_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(GALLEY_SOURCE_DIR "/ui"), QStringLiteral(GALLEY_SOURCE_DIR "/app/gui"),
                       QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const QStringList missing = untranslated(copy);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) without a finished %2 translation (run the "
                                           "update_translations target and translate them), e.g.\n  %3")
                                .arg(missing.size()).arg(language, missing.mid(0, 15).join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TranslationsCompleteTest)
#include "translations_complete_test.moc"
