<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>galley::AnnotationPanel</name>
    <message numerus="yes">
        <source>%n span(s) could not be found in the page:</source>
        <translation>
            <numerusform>%n span could not be found in the page:</numerusform>
            <numerusform>%n spans could not be found in the page:</numerusform>
        </translation>
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
