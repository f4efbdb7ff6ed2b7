#pragma once

#include "extract/article.h"
#include "load/page.h"

namespace galley {

// Article extraction for plain-text copies of pages (PageFormat::Text), from layout cues only:
// no rule knows any site.
//
// 1. The copy is cut into segments: one per line, blank lines between paragraphs; in a
//    hard-wrapped copy the lines of a paragraph are joined (text_segments.h). Block text is
//    whitespace-normalised but verbatim otherwise (U+00A0 stays), and every character keeps its
//    origin as AlignmentRun{node = -1, sourceStart = UTF-16 offset into Page::content}.
// 2. Each block is read for furniture cues (text_layout_cues.h): interface words (share,
//    comments, cookies, navigation…), image credits and the caption beside them, disclaimers,
//    tag lists, date-only lines, bylines, copyright lines.
// 3. The body is the run of blocks with the most prose (text_body_region.h); comment, related,
//    newsletter and footer sections end it. Inside, headline-like lines are headings and
//    "- ", "• ", "1." lines list items (the marker is layout and left out of the text).
//    Everything else stays in Article::blocks as Boilerplate with its reason.
// 4. Metadata: the title is the longest headline-like block nearest before the body; the
//    byline is the first "By …" line before the body ends; a dateline ("MOSCOW (Sputnik) — ")
//    opening one of the first two paragraphs becomes a "dateline" boilerplate block, so the
//    paragraph reads from the writer's first word, and its bracketed source names the site
//    when no "© 2024 Site" footer line does; the publication date follows
//    text_publication_date.h (a page clock is never the date); the language comes from the body.
Article extractTextArticle(const Page &page);

} // namespace galley
