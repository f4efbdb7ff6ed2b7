#pragma once

#include <gumbo.h>

namespace galley {

// hidden attribute, aria-hidden="true", or an inline style with display:none / visibility:hidden.
// A React streaming segment (<div hidden id="S:n">) is not hidden: the browser shows it where
// its placeholder stands.
bool isHiddenElement(const GumboElement &element);

// <div id="S:n">: server-rendered content streamed after the placeholder <template id="B:n">.
bool isStreamedContent(const GumboElement &element);

// "S:12" -> 12 for prefix 'S'; -1 for anything else.
int streamedSegmentNumber(const char *id, char prefix);

} // namespace galley
