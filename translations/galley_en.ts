<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationExport</name>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format (offsets as each format&apos;s own tools count them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format could not carry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the page or the annotations Galley keeps for it: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightRequest</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: not yet reviewed, found with under %1 % confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Restore Unsaved Edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsaved edit(s) from a session that ended without saving.</source>
        <translation>
            <numerusform>%1 has %n unsaved edit from a session that ended without saving.</numerusform>
            <numerusform>%1 has %n unsaved edits from a session that ended without saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last one was made %1. Restore them, discard them, or keep them for later (the page opens as last saved and cannot be edited until you decide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together they change nothing: they were undone. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Together they change %n annotation(s). </source>
        <translation>
            <numerusform>Together they change %n annotation. </numerusform>
            <numerusform>Together they change %n annotations. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpanDescription</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanLabels</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::AdjudicationQueueModel</name>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not annotate this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::AdjudicationQueueView</name>
    <message>
        <source>1, 2, …: take that reviewer&apos;s version · A: accept all · X: reject all · Enter: next open conflict · Ctrl+Z: undo · double-click: open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not annotate this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open</source>
        <translation>
            <numerusform>%n conflict open</numerusform>
            <numerusform>%n conflicts open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n row(s) of %1</source>
        <translation>
            <numerusform> in %n row of %1</numerusform>
            <numerusform> in %n rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — curator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: decisions need a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no span here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include layers not marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reviewers&apos; layers again: documents finished since the queue was loaded bring their conflicts. Decisions made are kept; their undo is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::AgreementTableModel</name>
    <message>
        <source>overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined: no variation to agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff α</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::AnnotationPanel</name>
    <message numerus="yes">
        <source>%n span(s) could not be found in the page:</source>
        <translation>
            <numerusform>%n span could not be found in the page:</numerusform>
            <numerusform>%n spans could not be found in the page:</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans not found in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the tabs and the spans not found in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticleBlockModel</name>
    <message>
        <source>navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsletter sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boilerplate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticlePanel</name>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n body block(s)</source>
        <translation>
            <numerusform>%n body block</numerusform>
            <numerusform>%n body blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boilerplate block(s)</source>
        <translation>
            <numerusform>%n boilerplate block</numerusform>
            <numerusform>%n boilerplate blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>No page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved page with File ▸ Open or drop it on the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CorpusAgreementView</name>
    <message>
        <source>Include layers not marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token confusion (rows: first reviewer of each pair, columns: second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with two or more reviewers</source>
        <translation>
            <numerusform>%n document with two or more reviewers</numerusform>
            <numerusform>%n documents with two or more reviewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n token(s); reviewers: %1</source>
        <translation>
            <numerusform>, %n token; reviewers: %1</numerusform>
            <numerusform>, %n tokens; reviewers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No document has two reviewer layers%1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart shown with Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decided spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the spans reviewers left pending: untouched pre-annotation, which every reviewer&apos;s copy shares, would count as agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CorpusController</name>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 / %2 files, %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Corpus: Choose an Empty Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import into Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder into Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder into Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Document &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this document done in your corpus layer and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new document(s)</source>
        <translation>
            <numerusform>Imported %n new document</numerusform>
            <numerusform>Imported %n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the corpus</source>
        <translation>
            <numerusform>, %n already in the corpus</numerusform>
            <numerusform>, %n already in the corpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) could not be read</source>
        <translation>
            <numerusform>, %n file could not be read</numerusform>
            <numerusform>, %n files could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That document is no longer in the corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is reviewing (“Reviewing as”) before opening a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;djudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer was saved, but the corpus could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a corpus document first (double-click it in the corpus list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CorpusDocumentModel</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::CorpusView</name>
    <message>
        <source>Reviewing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer whose layer a document opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import after the documents being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of its names still to review was found or changed by a rule, which gives no confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tagger&apos;s confidence in the least sure of its names still to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name is reviewed: the tagger&apos;s confidence in the least sure of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found or changed by a rule, which gives no confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 (the cluster id galley-cli edit takes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or a double click renames it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::FilteredChoiceDialog</name>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next match; Shift+Enter: previous match; Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::FocusRegions</name>
    <message>
        <source>Next &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LabelMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LabelPopup</name>
    <message>
        <source>Add a span with a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 span (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::LeftOutDocuments</name>
    <message>
        <source> — a layer cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more: see the tooltip)</source>
        <translation>
            <numerusform> (and %n more: see the tooltip)</numerusform>
            <numerusform> (and %n more: see the tooltip)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message>
        <source>No page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block could not be found in the rendered page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page did not finish loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outside request(s) blocked</source>
        <translation>
            <numerusform>%n outside request blocked</numerusform>
            <numerusform>%n outside requests blocked</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;Opens saved news pages and finds the article in them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web archives (*.mhtml *.mht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARC files (*.warc *.warc.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text copies (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Saved Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no HTML page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block has no known position in the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galley could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) highlighted</source>
        <translation>
            <numerusform>%n span highlighted</numerusform>
            <numerusform>%n spans highlighted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Galley noticed %n problem(s) while reading this page.</source>
        <translation>
            <numerusform>Galley noticed %n problem while reading this page.</numerusform>
            <numerusform>Galley noticed %n problems while reading this page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %n unsaved edit(s) from the last session</source>
        <translation>
            <numerusform>restored %n unsaved edit from the last session</numerusform>
            <numerusform>restored %n unsaved edits from the last session</numerusform>
        </translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article as plain text instead of the saved page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the page</source>
        <translation>
            <numerusform>%n not found in the page</numerusform>
            <numerusform>%n not found in the page</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pending Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Pending Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend &amp;End by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten E&amp;nd by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend &amp;Start by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten S&amp;tart by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Quote &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Quote Spea&amp;ker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label or Add Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations cannot be edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No span is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected text is not part of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A span keeps at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no mention that could be the speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations of this page have changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the document list and the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the page and the annotation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s corpus layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved edits kept for later: open the page again to restore or discard them (editing is off until then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listed span is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing is off for this page until the unsaved edits of the last session are restored or discarded: open the page again to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not shown: it could not be found in the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other span is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — …%2[%3]%4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this document, kept with your annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a page to export its annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With text selected: add a span; else: relabel the selected span, or the whole entity when an entity is current in the Entities tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed the annotations of this page since it was opened here, so your edit was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page again to see those changes, then make your edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Page Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is editing the annotations of this page, so your edit was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the page there, or wait until galley-cli is done, then make your edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other listed span is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span now runs over a paragraph break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span Co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment on “%1”, kept with your annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations of this page have changes that are not saved, and another program changed the saved file, so they cannot be saved over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them in a copy beside the file (galley-cli import can read it back), or discard them, then open the page again with the other program&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Keep a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits could not be written to a copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edits are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::MouseEditing</name>
    <message>
        <source>&amp;Pick Speaker in Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the mention who said the selected quote, in the page or the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new extent is not part of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A span keeps at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the mention who said %1, in the page or the text (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mention that can speak is there: click a highlighted name (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Speaker of the Selected Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::NumberTableModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::OpenDocumentsModel</name>
    <message>
        <source>%1 (record %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2&apos;s layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour of %1 (%2) highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset label colours to the schema&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the panel and text font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel and text &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Galley starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. A key can belong to one action only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further shortcuts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the shortcut of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts of every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset All to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every shortcut to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel and Text Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash spans to review under this confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash spans to review &amp;under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes and names still to review that their finder gives under this confidence are underlined dashed in the page. On the finders&apos; development articles, quotes under 70 % were right 43 % of the time, those above it 89 %; names under 70 % were right 46 % of the time, those above it 96 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::QuoteTableModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ReviewEditor</name>
    <message>
        <source>No page is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no label %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A span cannot be empty or leave the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a quote and a speaker first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be the speaker of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set speaker of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entity has no cluster to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Document Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Document In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Document Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Document Adjudicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Document Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity takes an entity label, not %1: to relabel one name, select it under its entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label entity %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other entity(s) called %1 (%2): if they are the same, select one and press G to merge it into the other.</source>
        <translation>
            <numerusform>Another entity is called %1 (%2): if they are the same, select one and press G to merge it into the other.</numerusform>
            <numerusform>%n other entities are called %1 (%2): if they are the same, select one and press G to merge it into another.</numerusform>
        </translation>
    </message>
    <message>
        <source>An entity&apos;s name cannot be empty: %1 keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::ShortcutRegistry</name>
    <message>
        <source>No such action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SpanFilterBar</name>
    <message>
        <source>Labels to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review statuses to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only spans with these labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only spans with these review statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only spans whose text contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::SpanListModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::StructuralEditActions</name>
    <message>
        <source>S&amp;plit Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with Next Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;Entity into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split &amp;from Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Quote &amp;Cue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single word: there is nothing to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later %1 span to merge %2 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity mention first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n mention(s))</source>
        <translation>
            <numerusform>%1 (%2, %n mention)</numerusform>
            <numerusform>%1 (%2, %n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no other entity to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into which entity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge entity %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 from entity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cue of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected text is not part of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — …%2[%3]%4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cue&apos;s words in the page or the text first: the article has no cue span yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which words introduce %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n mention(s), %3)</source>
        <translation>
            <numerusform>%1 (%2, %n mention, %3)</numerusform>
            <numerusform>%1 (%2, %n mentions, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rejected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>galley::WarcRecordDialog</name>
    <message>
        <source>Choose a Page from the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n page(s). Choose the one to open.</source>
        <translation>
            <numerusform>%1 holds %n page. Choose the one to open.</numerusform>
            <numerusform>%1 holds %n pages. Choose the one to open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages are numbered from 1, as in the status bar; galley-cli --record counts from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages in the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opens a saved news page and shows the article in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved page to open (HTML, MHTML, WARC or text).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
