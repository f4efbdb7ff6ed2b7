#pragma once

// A review window on a copy of the harbour-vote sample (editing writes next to the page), shown,
// active and highlighted, with helpers to act as a reviewer at the keyboard and to read what the
// page shows.
#include "annotation_panel.h"
#include "entity_tree_model.h"
#include "main_window.h"
#include "number_table_model.h"
#include "page_view.h"
#include "quote_table_model.h"
#include "review_annotations.h"
#include "sample_annotations.h"
#include "web_test_support.h"

#include <QAbstractProxyModel>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

namespace galley::test {

// Copies the sample page with its resources into `folder`; returns the copy's path.
inline QString copyHarbourVote(const QString &folder)
{
    const QDir source(QFileInfo(harbourVotePath()).absolutePath());
    const QString files = QStringLiteral("harbour-vote_files");
    QDir(folder).mkpath(files);
    QFile::copy(source.filePath(QStringLiteral("harbour-vote.html")), folder + QStringLiteral("/harbour-vote.html"));
    for (const QString &name : QDir(source.filePath(files)).entryList(QDir::Files))
        QFile::copy(source.filePath(files + QLatin1Char('/') + name), folder + QLatin1Char('/') + files + QLatin1Char('/') + name);
    return folder + QStringLiteral("/harbour-vote.html");
}

// Shows the document and waits until it is highlighted and the page's channel is up.
inline bool showForEditing(MainWindow &window, const LoadedDocument &document)
{
    QSignalSpy highlighted(&window, &MainWindow::highlightsShown);
    window.showDocument(document);
    if (!highlighted.wait(30000))
        return false;
    if (!QTest::qWaitFor([&] {
            return evaluate(*window.pageView(), QStringLiteral("window.galleyHighlights.bridgeReady()")).toBool();
        }, 10000))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// An attribute of the span's first mark in the page ("data-s": status, "data-l": label), or
// "absent" when the page shows no mark for it.
inline QString markAttribute(PageView &view, const QString &spanId, const QString &attribute)
{
    return evaluate(view, QStringLiteral("(function () { const mark = document.querySelector('galley-mark[data-span=\"%1\"]');"
                                         " return mark ? mark.getAttribute('%2') : 'absent'; })()")
                              .arg(spanId, attribute)).toString();
}

// The page's text under the span's marks.
inline QString markedText(PageView &view, const QString &spanId)
{
    return evaluate(view, QStringLiteral("Array.from(document.querySelectorAll('galley-mark[data-span=\"%1\"]'))"
                                         ".map(function (m) { return m.textContent; }).join('')").arg(spanId)).toString();
}

// A row of a panel model as the view shows it (through the panel's filter).
inline QModelIndex inView(const QAbstractItemView &view, const QModelIndex &modelIndex)
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view.model()); proxy && modelIndex.model() != proxy)
        return proxy->mapFromSource(modelIndex);
    return modelIndex;
}

// Picks the span's row in the panel, as a reviewer clicking it does.
inline void pickInPanel(MainWindow &window, const QString &spanId)
{
    AnnotationPanel &panel = *window.annotationPanel();
    QAbstractItemView *view = nullptr;
    QModelIndex index;
    if ((index = panel.entityModel()->indexOfSpan(spanId)).isValid()) {
        panel.tabs()->setCurrentIndex(AnnotationPanel::EntitiesTab);
        panel.entityView()->expand(index.parent());
        view = panel.entityView();
    } else if ((index = panel.quoteModel()->indexOfSpan(spanId)).isValid()) {
        panel.tabs()->setCurrentIndex(AnnotationPanel::QuotesTab);
        view = panel.quoteView();
    } else if ((index = panel.numberModel()->indexOfSpan(spanId)).isValid()) {
        panel.tabs()->setCurrentIndex(AnnotationPanel::NumbersTab);
        view = panel.numberView();
    }
    if (!view)
        qFatal("span %s is in no tab", qPrintable(spanId));
    index = inView(*view, index);
    view->setFocus();
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// A key pressed where the keyboard focus is.
inline void press(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Selects the first occurrence of `text` in one text node of the page, as a reader dragging over it.
inline bool selectInPage(PageView &view, const QString &text)
{
    return evaluate(view, QStringLiteral(
        "(function () { const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
        " for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
        "  const at = node.data.indexOf(%1); if (at < 0) continue;"
        "  window.getSelection().setBaseAndExtent(node, at, node, at + %1.length); return true; }"
        " return false; })()")
                              .arg(QStringLiteral("'") + text + QStringLiteral("'"))).toBool();
}

inline const Span *spanWithText(const ReviewAnnotations &annotations, const QString &text)
{
    for (const Span &span : annotations.annotationSet().spans) {
        if (span.text == text)
            return &span;
    }
    return nullptr;
}

} // namespace galley::test
