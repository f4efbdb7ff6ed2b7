#pragma once

// Helpers for tests that drive a PageView.
#include "page_view.h"
#include "served_page.h"

#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtTest>

#include <memory>

namespace galley::test {

// A page as the HTML loader would return it for `html` saved as `folder`/page.html.
inline std::shared_ptr<Page> htmlPage(const QString &html, const QString &folder)
{
    auto page = std::make_shared<Page>();
    page->format = PageFormat::Html;
    page->sourcePath = folder + QStringLiteral("/page.html");
    page->resourceRoot = folder;
    page->content = html;
    page->charset = QStringLiteral("UTF-8");
    page->dom = std::make_shared<HtmlDocument>(html.toUtf8());
    return page;
}

// Shows the page and waits for it (and its sub-resources) to finish loading.
inline bool showAndWait(PageView &view, std::shared_ptr<const ServedPage> served)
{
    QSignalSpy loaded(&view, &PageView::pageLoaded);
    view.showPage(std::move(served));
    return loaded.wait(20000) || !loaded.isEmpty();
}

// Runs `script` in Galley's isolated world and returns its value.
inline QVariant evaluate(PageView &view, const QString &script)
{
    QVariant result;
    bool done = false;
    view.page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("runJavaScript did not answer");
    return result;
}

} // namespace galley::test
