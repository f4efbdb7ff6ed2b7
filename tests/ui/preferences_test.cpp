// Edit ▸ Preferences: every preference changes what the reviewer sees at once and is there again
// in a new window on the same settings.
#include "app_language.h"
#include "app_theme.h"
#include "article_text_view.h"
#include "doubtful_spans.h"
#include "editing_fixture.h"
#include "highlight_opacity.h"
#include "preferences_dialog.h"
#include "shortcut_registry.h"
#include "span_labels.h"
#include "web_test_main.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QKeySequenceEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabBar>

using namespace galley;
using namespace galley::test;

class PreferencesTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    // A CSS property of the span's first mark in the page.
    static QString markStyle(PageView &view, const QString &spanId, const QString &property)
    {
        return evaluate(view, QStringLiteral("(function () { const mark = document.querySelector('galley-mark[data-span=\"%1\"]');"
                                             " return mark ? getComputedStyle(mark).%2 : 'absent'; })()")
                                  .arg(spanId, property)).toString();
    }

    static const QTextEdit::ExtraSelection *textHighlight(const ArticleTextView &view, const Span &span)
    {
        for (const QTextEdit::ExtraSelection &selection : view.extraSelections()) {
            if (selection.cursor.selectionStart() == span.start && selection.cursor.selectionEnd() == span.end)
                return &selection;
        }
        return nullptr;
    }

    // Applies `preferences` and waits until the page has drawn its highlights again.
    static bool applyAndRedraw(MainWindow &window, const Preferences &preferences)
    {
        QSignalSpy redrawn(&window, &MainWindow::highlightsShown);
        window.applyPreferences(preferences);
        return redrawn.wait(20000);
    }

    struct OpenWindow
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample;
        MainWindow window;

        explicit OpenWindow(QSettings *settings)
            : sample(harbourVoteAnnotations(copyHarbourVote(pageDir.path())))
            , window(settings)
        {
            window.resize(1400, 900);
            window.show();
        }
    };

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void cleanup()
    {
        // Colours, opacity and theme are the application's: back to the defaults for the next test.
        setLabelColorOverrides({});
        setHighlightOpacity(0.16);
        setDoubtfulSpanThreshold(0.7);
        applyTheme(ThemeChoice::Auto);
    }

    void labelColour_showsInPageTextAndPanel()
    {
        OpenWindow open(m_settings.get());
        MainWindow &window = open.window;
        QVERIFY(showForEditing(window, open.sample.document));
        const QString varga = open.sample.varga;
        QCOMPARE(markStyle(*window.pageView(), varga, QStringLiteral("borderBottomColor")), QStringLiteral("rgb(225, 87, 89)"));

        Preferences preferences;
        preferences.labelColors.insert(QStringLiteral("PER"), QColor(0, 200, 0));
        QVERIFY(applyAndRedraw(window, preferences));

        QCOMPARE(markStyle(*window.pageView(), varga, QStringLiteral("borderBottomColor")), QStringLiteral("rgb(0, 200, 0)"));
        const QString legendSwatch = evaluate(*window.pageView(), QStringLiteral(
            "Array.from(document.querySelectorAll('galley-legend-swatch')).map(function (s) {"
            " return s.getAttribute('style'); }).join('|')")).toString();
        QVERIFY2(legendSwatch.contains(QStringLiteral("#00c800")), qPrintable(legendSwatch));
        window.articleTextAction()->setChecked(true);   // the hidden text view catches up when shown
        const Span *span = window.annotations()->span(varga);
        const QTextEdit::ExtraSelection *text = textHighlight(*window.articleTextView(), *span);
        QVERIFY(text);
        QCOMPARE(text->format.underlineColor(), QColor(0, 200, 0));
        const QModelIndex mention = window.annotationPanel()->entityModel()->indexOfSpan(varga);
        // the swatch's corner, clear of a status mark
        QCOMPARE(mention.parent().data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage().pixelColor(2, 2),
                 QColor(0, 200, 0));
        // Other labels keep the schema's colour.
        QCOMPARE(markStyle(*window.pageView(), open.sample.quote, QStringLiteral("borderBottomColor")),
                 QStringLiteral("rgb(242, 142, 43)"));
    }

    void opacity_tintsPageAndText()
    {
        OpenWindow open(m_settings.get());
        MainWindow &window = open.window;
        QVERIFY(showForEditing(window, open.sample.document));
        Preferences preferences;
        preferences.highlightOpacityPercent = 50;
        QVERIFY(applyAndRedraw(window, preferences));
        QCOMPARE(markStyle(*window.pageView(), open.sample.varga, QStringLiteral("backgroundColor")),
                 QStringLiteral("rgba(225, 87, 89, 0.5)"));
        window.articleTextAction()->setChecked(true);
        const QTextEdit::ExtraSelection *text = textHighlight(*window.articleTextView(), *window.annotations()->span(open.sample.varga));
        QVERIFY(text);
        QCOMPARE(qRound(text->format.background().color().alphaF() * 100), 50);
    }

    // The reviewer chooses under which confidence quotes still to review are dashed; "Never"
    // dashes none and drops the legend's note.
    void doubtfulThreshold_dashesTheQuotesUnderIt()
    {
        OpenWindow open(m_settings.get());
        MainWindow &window = open.window;
        for (Span &span : open.sample.document.annotations.spans) {
            if (span.id == open.sample.quote)
                span.attributes.insert(QStringLiteral("confidence"), 0.65);
        }
        QVERIFY(showForEditing(window, open.sample.document));
        const auto underline = [&] {
            return markStyle(*window.pageView(), open.sample.quote, QStringLiteral("borderBottomStyle"));
        };
        const auto legendNote = [&] {
            return evaluate(*window.pageView(),
                            QStringLiteral("(document.querySelector('galley-legend-note') || {}).textContent || ''"))
                .toString();
        };
        // the text view (Ctrl+T) draws it wavy
        const auto textUnderline = [&] {
            window.articleTextAction()->setChecked(true);   // the hidden text view catches up when shown
            const auto showPage = qScopeGuard([&] { window.articleTextAction()->setChecked(false); });
            const Span *quote = window.annotations()->span(open.sample.quote);
            const QTextEdit::ExtraSelection *highlight = textHighlight(*window.articleTextView(), *quote);
            return highlight ? highlight->format.underlineStyle() : QTextCharFormat::NoUnderline;
        };
        QCOMPARE(underline(), QStringLiteral("dashed"));   // under the default 70 %
        QCOMPARE(textUnderline(), QTextCharFormat::WaveUnderline);

        Preferences preferences;
        preferences.doubtfulSpanPercent = 60;
        QVERIFY(applyAndRedraw(window, preferences));
        QCOMPARE(underline(), QStringLiteral("solid"));
        QCOMPARE(legendNote(), QString());
        QCOMPARE(textUnderline(), QTextCharFormat::SingleUnderline);

        PreferencesDialog *dialog = window.showPreferences();
        auto *threshold = dialog->findChild<QSpinBox *>();
        QVERIFY(threshold);
        QCOMPARE(threshold->value(), 60);
        QSignalSpy redrawn(&window, &MainWindow::highlightsShown);
        threshold->setValue(80);
        QVERIFY(redrawn.wait(20000));
        QCOMPARE(underline(), QStringLiteral("dashed"));
        QCOMPARE(legendNote(), QStringLiteral("Dashed: not yet reviewed, found with under 80 % confidence"));
        QCOMPARE(loadPreferences(*m_settings).doubtfulSpanPercent, 80);
        threshold->setValue(0);
        QCOMPARE(threshold->text(), QStringLiteral("Never"));
        QVERIFY(redrawn.wait(20000));
        QCOMPARE(underline(), QStringLiteral("solid"));
    }

    void font_appliesToTextViewAndPanel()
    {
        MainWindow window(m_settings.get());
        const QFont before = window.articleTextView()->font();
        QFont chosen(QStringLiteral("DejaVu Serif"));
        chosen.setPointSizeF(before.pointSizeF() + 5);
        Preferences preferences;
        preferences.font = chosen.toString();
        window.applyPreferences(preferences);
        QCOMPARE(window.articleTextView()->font().pointSizeF(), chosen.pointSizeF());
        QCOMPARE(window.articleTextView()->font().family(), chosen.family());
        QCOMPARE(window.annotationPanel()->entityView()->font().pointSizeF(), chosen.pointSizeF());
        window.applyPreferences(Preferences{});
        QCOMPARE(window.articleTextView()->font().pointSizeF(), before.pointSizeF());
    }

    void reboundShortcut_triggersAndTheOldKeyNoLonger()
    {
        OpenWindow open(m_settings.get());
        MainWindow &window = open.window;
        QVERIFY(showForEditing(window, open.sample.document));
        const QString accept = QStringLiteral("review/accept");
        QVERIFY(window.shortcuts()->ids().contains(accept));

        PreferencesDialog *dialog = window.showPreferences();
        QKeySequenceEdit *edit = dialog->shortcutEdit(accept);
        QVERIFY(edit);
        QCOMPARE(edit->keySequence(), QKeySequence(Qt::Key_A));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_B);
        QTRY_COMPARE(window.shortcuts()->shortcuts(accept).value(0), QKeySequence(Qt::Key_B));
        QCOMPARE(dialog->shortcutWarning(), QString());
        dialog->close();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        const ReviewAnnotations &annotations = *window.annotations();
        pickInPanel(window, open.sample.varga);
        press(window, Qt::Key_A);
        QCOMPARE(annotations.span(open.sample.varga)->status, ReviewStatus::Pending);
        pickInPanel(window, open.sample.varga);   // A may have moved the panel's keyboard search
        press(window, Qt::Key_B);
        QCOMPARE(annotations.span(open.sample.varga)->status, ReviewStatus::Accepted);
        // Enter still accepts: only the first key was rebound.
        pickInPanel(window, open.sample.byQuoteOnly);
        press(window, Qt::Key_Return);
        QCOMPARE(annotations.span(open.sample.byQuoteOnly)->status, ReviewStatus::Accepted);
    }

    void keyOfAnotherAction_isRefusedWithWarning()
    {
        MainWindow window(m_settings.get());
        window.show();
        PreferencesDialog *dialog = window.showPreferences();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString accept = QStringLiteral("review/accept");
        QKeySequenceEdit *edit = dialog->shortcutEdit(accept);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_X);   // Reject's
        QTRY_VERIFY(!dialog->shortcutWarning().isEmpty());
        QVERIFY2(dialog->shortcutWarning().contains(QStringLiteral("Reject")), qPrintable(dialog->shortcutWarning()));
        QCOMPARE(window.shortcuts()->shortcuts(accept).value(0), QKeySequence(Qt::Key_A));
        QCOMPARE(edit->keySequence(), QKeySequence(Qt::Key_A));

        QVERIFY(window.shortcuts()->setShortcuts(accept, {QKeySequence(Qt::Key_B)}).isEmpty());
        QCOMPARE(edit->keySequence(), QKeySequence(Qt::Key_B));   // the dialog follows the registry
        window.shortcuts()->resetToDefaults();
        QCOMPARE(edit->keySequence(), QKeySequence(Qt::Key_A));

        // Clear lets go of the first key; X can then move from Reject to Accept.
        const QString reject = window.shortcuts()->conflictFor(accept, QKeySequence(Qt::Key_X));
        QVERIFY(!reject.isEmpty());
        QPushButton *clear = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->accessibleName() == QStringLiteral("Clear the shortcut of ") + window.shortcuts()->displayName(reject))
                clear = button;
        }
        QVERIFY(clear);
        clear->click();
        QCOMPARE(window.shortcuts()->shortcuts(reject), QList<QKeySequence>{QKeySequence(Qt::Key_Delete)});
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_X);
        QTRY_COMPARE(window.shortcuts()->shortcuts(accept).value(0), QKeySequence(Qt::Key_X));
        QCOMPARE(dialog->shortcutWarning(), QString());
    }

    void everyAction_isListed()
    {
        MainWindow window(m_settings.get());
        const QStringList ids = window.shortcuts()->ids();
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty())
                continue;
            const bool listed = std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                return window.shortcuts()->action(id) == action;
            });
            QVERIFY2(listed, qPrintable(action->text()));
        }
        QVERIFY(ids.contains(QStringLiteral("label/PER")));
        QVERIFY(ids.contains(QStringLiteral("edit/preferences")));
        QCOMPARE(window.shortcuts()->action(QStringLiteral("edit/preferences"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    }

    void darkTheme_appliesDarkPalette()
    {
        MainWindow window(m_settings.get());
        Preferences preferences;
        preferences.theme = ThemeChoice::Dark;
        window.applyPreferences(preferences);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        QTRY_COMPARE(window.articleTextView()->palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        // The offscreen platform is light: following the system is light again.
        QVERIFY(!systemPrefersDark());
        preferences.theme = ThemeChoice::Auto;
        window.applyPreferences(preferences);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void followingTheSystem_isDarkOnADarkGtkTheme()
    {
        MainWindow window(m_settings.get());
        qputenv("GTK_THEME", "Adwaita:dark");
        const bool dark = systemPrefersDark();
        window.applyPreferences(Preferences{});
        const int lightness = QApplication::palette().color(QPalette::Window).lightness();
        qunsetenv("GTK_THEME");
        QVERIFY(dark);
        QVERIFY(lightness < 80);
        // Light is light on a dark desktop too.
        qputenv("GTK_THEME", "Adwaita:dark");
        Preferences light;
        light.theme = ThemeChoice::Light;
        window.applyPreferences(light);
        qunsetenv("GTK_THEME");
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void preferences_persistInANewWindow()
    {
        QFont chosen(QStringLiteral("DejaVu Sans Mono"));
        chosen.setPointSize(15);
        {
            MainWindow window(m_settings.get());
            Preferences preferences;
            preferences.labelColors.insert(QStringLiteral("ORG"), QColor(10, 20, 30));
            preferences.highlightOpacityPercent = 35;
            preferences.doubtfulSpanPercent = 55;
            preferences.font = chosen.toString();
            preferences.theme = ThemeChoice::Dark;
            preferences.language = QStringLiteral("de");
            window.applyPreferences(preferences);
            QVERIFY(window.shortcuts()->setShortcuts(QStringLiteral("label/PER"), {QKeySequence(Qt::Key_F8)}).isEmpty());
        }
        setLabelColorOverrides({});
        setHighlightOpacity(0.16);
        setDoubtfulSpanThreshold(0.7);
        applyTheme(ThemeChoice::Auto);

        MainWindow window(m_settings.get());
        QCOMPARE(labelColor(QStringLiteral("ORG")), QColor(10, 20, 30));
        QCOMPARE(qRound(highlightOpacity() * 100), 35);
        QCOMPARE(qRound(doubtfulSpanThreshold() * 100), 55);
        QCOMPARE(window.articleTextView()->font().family(), chosen.family());
        QCOMPARE(window.articleTextView()->font().pointSize(), 15);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(window.shortcuts()->action(QStringLiteral("label/PER"))->shortcut(), QKeySequence(Qt::Key_F8));
        QCOMPARE(loadPreferences(*m_settings).language, QStringLiteral("de"));

        PreferencesDialog *dialog = window.showPreferences();
        QCOMPARE(dialog->findChild<QSlider *>()->value(), 35);
        QCOMPARE(dialog->shortcutEdit(QStringLiteral("label/PER"))->keySequence(), QKeySequence(Qt::Key_F8));
    }

    void dialogControls_changePreferencesLive()
    {
        MainWindow window(m_settings.get());
        PreferencesDialog *dialog = window.showPreferences();
        auto *opacity = dialog->findChild<QSlider *>();
        QVERIFY(opacity);
        QSignalSpy applied(dialog, &PreferencesDialog::preferencesChanged);
        for (int value = 20; value <= 70; value += 5)   // a drag: the page is redrawn once, not 11 times
            opacity->setValue(value);
        QTRY_COMPARE(qRound(highlightOpacity() * 100), 70);
        QCOMPARE(applied.size(), 1);
        dialog->setLabelColor(QStringLiteral("LOC"), QColor(1, 2, 3));
        QCOMPARE(labelColor(QStringLiteral("LOC")), QColor(1, 2, 3));
        dialog->setLabelColor(QStringLiteral("LOC"), defaultLabelColor(QStringLiteral("LOC")));
        QVERIFY(!dialog->preferences().labelColors.contains(QStringLiteral("LOC")));
        QComboBox *theme = nullptr;
        for (QComboBox *box : dialog->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QStringLiteral("Theme"))
                theme = box;
        }
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(int(ThemeChoice::Dark)));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(loadPreferences(*m_settings).theme, ThemeChoice::Dark);
        QCOMPARE(loadPreferences(*m_settings).highlightOpacityPercent, 70);
    }

    void dialogControls_haveAccessibleNames()
    {
        MainWindow window(m_settings.get());
        PreferencesDialog *dialog = window.showPreferences();
        int controls = 0;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QSlider *>(widget) || qobject_cast<QKeySequenceEdit *>(widget)
                                 || qobject_cast<QSpinBox *>(widget);
            if (!control || qobject_cast<QTabBar *>(widget->parentWidget()))
                continue;
            ++controls;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
        QVERIFY(controls > 30);
    }

    void language_changesMenuTitles()
    {
        const QString translations = QStringLiteral(GALLEY_TRANSLATIONS_DIR);
        installLanguage(QStringLiteral("de"), translations);
        {
            MainWindow window(m_settings.get());
            QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
        }
        installLanguage(QStringLiteral("ru"), translations);
        {
            MainWindow window(m_settings.get());
            QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&\u0424\u0430\u0439\u043b"));
        }
        installLanguage(QStringLiteral("en"), translations);
        MainWindow window(m_settings.get());
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    }
};

GALLEY_WEB_TEST_MAIN(PreferencesTest)
#include "preferences_test.moc"
