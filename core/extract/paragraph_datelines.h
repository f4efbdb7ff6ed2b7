#pragma once

#include "extract/article.h"

namespace galley {

// A dateline opening one of the first two paragraphs of the body ("LONDON (Reuters) - ",
// "BERLIN (AP) — ") is metadata, as text copies treat it: it becomes a boilerplate block of its
// own ("dateline", dimmed in the page alone) and the paragraph reads from the writer's first word.
void splitParagraphDatelines(QList<Block> &blocks);

} // namespace galley
