#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace galley {

// Cues read from the layout of one block of a text copy, without any site-specific rule. Every
// function takes "cue text": the block text with every kind of space (U+00A0 included) turned
// into U+0020, so offsets in it equal offsets in the block text.
QString cueText(QStringView blockText);

QStringList cueWords(QStringView cue);   // lower-case letter words; glued words ("standardsDiscussion") split
int wordCount(QStringView cue);          // whitespace-separated tokens
bool endsLikeSentence(QStringView cue);  // final . ! ? … possibly followed by quotes or brackets
bool looksLikeHeadline(QStringView cue); // short, capitalised, no final full stop
bool looksLikeProse(QStringView cue);    // a sentence or more of running text

// "- ", "• ", "* ", "1. ", "2) " at the start: the marker's length including its space, else 0.
qsizetype listMarkerLength(QStringView cue);

// Page furniture named by its own words ("Get short URL", "Listen Live", "Accept cookies",
// "Comments (3)"): "navigation", "share", "comments", "cookie-banner", "newsletter",
// "advertisement", "related", "footer"; empty when the block reads as content.
QString chromeCategory(QStringView cue);
// Categories that open a region of furniture (a comment widget, a related-stories list, the
// footer): the article body never continues through one of them.
bool opensChromeSection(const QString &category);

bool looksLikeImageCredit(QStringView cue);   // "© REUTERS / Omar Sanadiki", "Photo: Ana Ruiz"
bool looksLikeDisclaimer(QStringView cue);    // standard site disclaimers and rights notices
bool looksLikeTagList(QStringView cue);       // "history, liberation of Aleppo, Daesh, …"
QString copyrightOwner(QStringView cue);      // "© 2026 The Courier. All rights reserved." → "The Courier"

// A block made only of a date and/or time of day, perhaps with a label ("Published", "Updated").
struct DateOnlyLine
{
    bool hasTimeOfDay = false;
    bool labelledPublished = false;   // "Published …", "Posted …"
};
std::optional<DateOnlyLine> dateOnlyLine(QStringView cue);

// "By Jane Doe", "By Jane Doe and John Roe | March 14, 2026", "Von Anna Schmidt": the names.
QStringList bylineNames(QStringView cue);

// "MOSCOW (Sputnik) — ", "KESTREL BAY, March 14 (Courier) - ": an upper-case place, optional
// date and source in brackets, then a dash, at the start of a paragraph.
struct Dateline
{
    qsizetype length = 0;   // UTF-16 units of the prefix, trailing spaces included
    QString place;
    QString source;         // the bracketed name, usually the publisher or agency; may be empty
};
std::optional<Dateline> leadingDateline(QStringView cue);

} // namespace galley
