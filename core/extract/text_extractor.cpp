#include "extract/text_extractor.h"

#include "extract/date_text.h"
#include "extract/text_body_region.h"
#include "extract/text_layout_cues.h"
#include "extract/text_publication_date.h"
#include "extract/text_segments.h"
#include "text/language_guess.h"

#include <algorithm>

namespace galley {

namespace {

// One block of the copy as it goes through classification.
struct Candidate
{
    AlignedText aligned;
    QString cue;                 // aligned.text with every space as U+0020
    int words = 0;
    bool listItem = false;
    QString furniture;           // boilerplate reason known from the block's own cues; empty if none
    std::optional<DateOnlyLine> dateOnly;
    QStringList byline;
};

constexpr int kFurnitureScore = -8;
constexpr int kSectionBarrierScore = -1000;
constexpr int kShortLineScore = -3;
constexpr int kMaxProseScore = 80;
constexpr int kNearHeadline = 2;         // blocks between a date line and the title or byline
constexpr int kDatelineParagraphs = 2;   // a dateline opens one of the first body paragraphs

Candidate makeCandidate(const QString &content, const TextSegment &segment)
{
    Candidate candidate;
    candidate.aligned = alignSource(content, segment.sourceStart, segment.sourceEnd);
    candidate.cue = cueText(candidate.aligned.text);
    if (const qsizetype marker = listMarkerLength(candidate.cue); marker > 0) {
        // The marker is list layout, like the bullet a browser draws: not part of the item's text.
        candidate.aligned = candidate.aligned.mid(marker, candidate.aligned.text.size());
        candidate.cue = candidate.cue.mid(marker);
        candidate.listItem = true;
    }
    candidate.words = wordCount(candidate.cue);
    candidate.dateOnly = dateOnlyLine(candidate.cue);
    candidate.byline = bylineNames(candidate.cue);

    if (const QString category = chromeCategory(candidate.cue); !category.isEmpty())
        candidate.furniture = category;
    else if (!copyrightOwner(candidate.cue).isEmpty())
        candidate.furniture = QStringLiteral("footer");
    else if (looksLikeImageCredit(candidate.cue))
        candidate.furniture = QStringLiteral("caption-credit");
    else if (looksLikeDisclaimer(candidate.cue))
        candidate.furniture = QStringLiteral("disclaimer");
    else if (looksLikeTagList(candidate.cue))
        candidate.furniture = QStringLiteral("tags");
    else if (candidate.dateOnly || !candidate.byline.isEmpty())
        candidate.furniture = QStringLiteral("metadata");
    return candidate;
}

// A caption sits next to its credit, usually just before it (a headline may come between when
// the image leads the page); a block right after a credit counts only if nothing precedes it.
void markCaptions(QList<Candidate> &candidates)
{
    const auto isCaptionText = [](const Candidate &candidate) {
        return candidate.furniture.isEmpty() && !candidate.listItem && candidate.words >= 4
            && !looksLikeHeadline(candidate.cue);
    };
    for (qsizetype credit = 0; credit < candidates.size(); ++credit) {
        if (candidates.at(credit).furniture != u"caption-credit")
            continue;
        bool found = false;
        for (qsizetype before = credit - 1; before >= 0 && before >= credit - 2 && !found; --before) {
            if (isCaptionText(candidates.at(before))) {
                candidates[before].furniture = QStringLiteral("caption");
                found = true;
            } else if (!looksLikeHeadline(candidates.at(before).cue)) {
                break;
            }
        }
        const qsizetype after = credit + 1;
        if (!found && after < candidates.size() && isCaptionText(candidates.at(after)) && candidates.at(after).words <= 40)
            candidates[after].furniture = QStringLiteral("caption");
    }
}

int bodyScore(const Candidate &candidate)
{
    if (!candidate.furniture.isEmpty())
        return opensChromeSection(candidate.furniture) ? kSectionBarrierScore : kFurnitureScore;
    if (looksLikeProse(candidate.cue))
        return std::min(candidate.words, kMaxProseScore);
    if (candidate.words >= 2 && endsLikeSentence(candidate.cue) && !looksLikeHeadline(candidate.cue))
        return 1;   // "He declined to comment." may end an article
    if (candidate.listItem && candidate.words >= 3)
        return candidate.words / 2;
    if (looksLikeHeadline(candidate.cue) || candidate.words < 6)
        return kShortLineScore;
    return candidate.words / 3;
}

// The title is the headline-like block before the body that is longest and nearest to it.
// A longer headline-like line right after another is a standfirst under its title.
int findTitle(const QList<Candidate> &candidates, int searchEnd)
{
    const auto isHeadline = [&](int i) {
        const Candidate &candidate = candidates.at(i);
        return candidate.furniture.isEmpty() && candidate.words >= 2 && looksLikeHeadline(candidate.cue);
    };
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < searchEnd; ++i) {
        if (!isHeadline(i))
            continue;
        // Length counts double: share widgets and kickers sit between a title and its body.
        const int score = 2 * std::min(candidates.at(i).words, 12) - (searchEnd - i);
        if (best < 0 || score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    constexpr int kMinTitleWordsAboveStandfirst = 5;   // fewer is a kicker ("Harbour & Coast")
    if (best > 0 && isHeadline(best - 1) && candidates.at(best - 1).words >= kMinTitleWordsAboveStandfirst
        && candidates.at(best - 1).words < candidates.at(best).words)
        return best - 1;
    return best;
}

Block makeBlock(BlockKind kind, BlockKind contentKind, const AlignedText &aligned, const QString &reason = {})
{
    Block block;
    block.kind = kind;
    block.contentKind = contentKind;
    block.boilerplateReason = reason;
    block.text = aligned.text;
    block.runs = aligned.runs;
    if (contentKind == BlockKind::Heading)
        block.headingLevel = 2;
    return block;
}

// What a block is structurally. Headings exist only inside the body: outside it a short
// capitalised line is a link, a label or a related headline, all paragraphs of furniture.
BlockKind structuralKind(const Candidate &candidate, bool inBody)
{
    if (candidate.listItem)
        return BlockKind::ListItem;
    if (candidate.furniture == u"caption")
        return BlockKind::Caption;
    if (inBody && looksLikeHeadline(candidate.cue) && candidate.words <= 15)
        return BlockKind::Heading;
    return BlockKind::Paragraph;
}

// Date candidates from date lines, bylines and the caption; page clocks are labelled "clock".
QList<DateCandidate> collectDates(QList<Candidate> &candidates, int title, int byline, int caption)
{
    const auto nearHeadline = [&](int index) {
        return (title >= 0 && std::abs(index - title) <= kNearHeadline)
            || (byline >= 0 && std::abs(index - byline) <= kNearHeadline);
    };
    QList<DateCandidate> dates;
    const auto addDates = [&](const QString &cue, DateEvidence evidence) {
        for (const ProseDate &found : findProseDates(cue))
            dates.append({found.date, evidence});
    };
    for (int i = 0; i < candidates.size(); ++i) {
        Candidate &candidate = candidates[i];
        if (!candidate.byline.isEmpty())
            addDates(candidate.cue, DateEvidence::NextToHeadline);
        if (!candidate.dateOnly)
            continue;
        if (candidate.dateOnly->labelledPublished)
            addDates(candidate.cue, DateEvidence::Labelled);
        else if (nearHeadline(i))
            addDates(candidate.cue, DateEvidence::NextToHeadline);
        else if (candidate.dateOnly->hasTimeOfDay)
            candidate.furniture = QStringLiteral("clock");   // when the page was looked at, not written
        else if (title < 0 || i < title)
            addDates(candidate.cue, DateEvidence::HeaderDate);
    }
    if (caption >= 0)
        addDates(candidates.at(caption).cue, DateEvidence::Caption);
    return dates;
}

// Where the landmarks of the page are among the candidates; -1 when absent.
struct Landmarks
{
    BodyRegion body;
    int title = -1;
    int byline = -1;
    int caption = -1;
    int credit = -1;
};

Landmarks findLandmarks(const QList<Candidate> &candidates)
{
    QList<int> scores;
    for (const Candidate &candidate : candidates)
        scores.append(bodyScore(candidate));
    Landmarks landmarks;
    landmarks.body = findBodyRegion(scores);
    const int bodyFirst = landmarks.body.first >= 0 ? landmarks.body.first : int(candidates.size());
    landmarks.title = findTitle(candidates, bodyFirst);
    if (landmarks.title < 0 && landmarks.body.first >= 0) {
        // An uncredited caption just above the title looks like prose and pulls the body start
        // above the title: a headline right after one short block opens the body instead.
        const int second = landmarks.body.first + 1;
        constexpr int kMaxCaptionWords = 30;
        constexpr int kMinTitleWords = 4;
        if (second < landmarks.body.last && candidates.at(landmarks.body.first).words <= kMaxCaptionWords
            && candidates.at(second).furniture.isEmpty() && candidates.at(second).words >= kMinTitleWords
            && looksLikeHeadline(candidates.at(second).cue)) {
            landmarks.title = second;
            landmarks.body.first = second + 1;
        }
    }

    const auto firstIndex = [&](auto predicate) {
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(), predicate);
        return found == candidates.cend() ? -1 : int(found - candidates.cbegin());
    };
    landmarks.byline = firstIndex([](const Candidate &c) { return !c.byline.isEmpty(); });
    // A "By …" line after the article is a commenter or an author box, not the byline.
    if (landmarks.body.first >= 0 && landmarks.byline > landmarks.body.last)
        landmarks.byline = -1;
    landmarks.caption = firstIndex([](const Candidate &c) { return c.furniture == u"caption"; });
    landmarks.credit = firstIndex([](const Candidate &c) { return c.furniture == u"caption-credit"; });
    return landmarks;
}

// Builds Article::blocks from the classified candidates, in page order.
class BlockBuilder
{
public:
    BlockBuilder(Article &article, const Landmarks &landmarks, QList<DateCandidate> &dates)
        : m_article(article), m_landmarks(landmarks), m_dates(dates)
    {
    }

    void add(const Candidate &candidate, int index)
    {
        const bool inBody = m_landmarks.body.contains(index);
        const BlockKind kind = structuralKind(candidate, inBody);
        if (index == m_landmarks.title) {
            Block block = makeBlock(BlockKind::Boilerplate, BlockKind::Heading, candidate.aligned, QStringLiteral("metadata"));
            block.headingLevel = 1;
            m_article.blocks.append(block);
        } else if (!candidate.furniture.isEmpty()) {
            if (index > m_landmarks.body.last && opensChromeSection(candidate.furniture))
                m_openSection = candidate.furniture;
            m_article.blocks.append(makeBlock(BlockKind::Boilerplate, kind, candidate.aligned, candidate.furniture));
        } else if (!inBody) {
            m_article.blocks.append(makeBlock(BlockKind::Boilerplate, kind, candidate.aligned, outsideReason(candidate, index)));
        } else {
            const bool mayOpenWithDateline = kind == BlockKind::Paragraph && m_bodyParagraphs++ < kDatelineParagraphs;
            if (!mayOpenWithDateline || !addSplitAtDateline(candidate))
                m_article.blocks.append(makeBlock(kind, kind, candidate.aligned));
        }
    }

    QString datelineSource() const { return m_datelineSource; }

private:
    QString outsideReason(const Candidate &candidate, int index) const
    {
        if (index < m_landmarks.body.first || m_landmarks.body.first < 0)
            return QStringLiteral("page-header");
        if (!m_openSection.isEmpty())
            return m_openSection;
        return looksLikeHeadline(candidate.cue) ? QStringLiteral("related") : QStringLiteral("page-footer");
    }

    // A dateline ("MOSCOW (Sputnik) — ") is metadata: it leaves the paragraph, which then reads
    // from the writer's first word, and stays in the blocks as boilerplate.
    bool addSplitAtDateline(const Candidate &candidate)
    {
        const auto dateline = leadingDateline(candidate.cue);
        if (!dateline)
            return false;
        const QString prefix = candidate.cue.left(dateline->length).trimmed();
        m_article.blocks.append(makeBlock(BlockKind::Boilerplate, BlockKind::Paragraph, candidate.aligned.mid(0, prefix.size()),
                                          QStringLiteral("dateline")));
        m_article.blocks.append(makeBlock(BlockKind::Paragraph, BlockKind::Paragraph,
                                          candidate.aligned.mid(dateline->length, candidate.aligned.text.size())));
        m_datelineSource = dateline->source;
        for (const ProseDate &found : findProseDates(prefix))
            m_dates.append({found.date, DateEvidence::NextToHeadline});
        return true;
    }

    Article &m_article;
    const Landmarks &m_landmarks;
    QList<DateCandidate> &m_dates;
    QString m_openSection;   // furniture section the page is in after the body, e.g. "comments"
    int m_bodyParagraphs = 0;
    QString m_datelineSource;
};

// The footer's copyright owner names the site itself; a dateline may name a wire agency whose
// copy the site carries, so it only counts when there is no such footer.
QString siteName(const QList<Candidate> &candidates, const QString &datelineSource)
{
    for (const Candidate &candidate : candidates) {
        if (const QString owner = copyrightOwner(candidate.cue); !owner.isEmpty())
            return owner;
    }
    return datelineSource;
}

} // namespace

Article extractTextArticle(const Page &page)
{
    Article article;
    article.sourcePath = page.sourcePath;
    article.format = page.format;
    article.record = page.record;

    QList<Candidate> candidates;
    for (const TextSegment &segment : splitTextSegments(page.content))
        candidates.append(makeCandidate(page.content, segment));
    markCaptions(candidates);
    const Landmarks landmarks = findLandmarks(candidates);
    QList<DateCandidate> dates = collectDates(candidates, landmarks.title, landmarks.byline, landmarks.caption);

    BlockBuilder builder(article, landmarks, dates);
    for (int i = 0; i < candidates.size(); ++i)
        builder.add(candidates.at(i), i);
    article.rebuildText();

    if (landmarks.title >= 0)
        article.title = candidates.at(landmarks.title).cue;
    if (landmarks.byline >= 0)
        article.byline = candidates.at(landmarks.byline).byline;
    if (landmarks.caption >= 0)
        article.leadImageCaption = candidates.at(landmarks.caption).cue;
    if (landmarks.credit >= 0)
        article.leadImageCredit = candidates.at(landmarks.credit).cue;
    article.site = siteName(candidates, builder.datelineSource());
    if (const auto published = choosePublicationDate(dates, article.text))
        article.published = isoDate(*published);
    article.language = guessLanguage(article.text.isEmpty() ? article.title : article.text);

    if (article.title.isEmpty())
        article.diagnostics.append({Diagnostic::Severity::Info, QStringLiteral("no-title"),
                                    QStringLiteral("No line before the body looks like a headline."), -1, {}});
    if (landmarks.body.first < 0)
        article.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("no-body"),
                                    QStringLiteral("No run of prose paragraphs was found."), -1, {}});
    return article;
}

} // namespace galley
