#pragma once

// main() for tests that create a QtWebEngine view: registers Galley's URL scheme before the
// application exists, and lets Chromium run headless in CI containers (no GPU; no sandbox when
// running as root, where Chromium refuses to start with it).
#include "page_url_scheme.h"

#include <QApplication>
#include <QtTest>

#include <unistd.h>

#define GALLEY_WEB_TEST_MAIN(TestObject)                                                       \
    int main(int argc, char *argv[])                                                           \
    {                                                                                          \
        if (::geteuid() == 0)                                                                  \
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");                                       \
        if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))                         \
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");                            \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                    \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                           \
        galley::registerPageUrlScheme();                                                       \
        QApplication app(argc, argv);                                                          \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                               \
        TestObject test;                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                             \
        return QTest::qExec(&test, argc, argv);                                                \
    }
