#pragma once

// For benchmarks that show a QtWebEngine view: call before the QApplication exists. Offscreen, no
// GPU, no sandbox when running as root (Chromium refuses to start with it there), and Galley's
// URL scheme registered.
#include "page_url_scheme.h"

#include <QtGlobal>

#include <unistd.h>

namespace galley::bench {

inline void prepareOffscreenWebEngine()
{
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    registerPageUrlScheme();
}

} // namespace galley::bench
