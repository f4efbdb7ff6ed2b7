<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>galley::ArticleBlockModel</name>
        <message>
            <source>navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>share buttons</source>
            <translation>Teilen-Schaltflächen</translation>
        </message>
        <message>
            <source>related articles</source>
            <translation>verwandte Artikel</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>Kommentare</translation>
        </message>
        <message>
            <source>cookie banner</source>
            <translation>Cookie-Hinweis</translation>
        </message>
        <message>
            <source>advertisement</source>
            <translation>Werbung</translation>
        </message>
        <message>
            <source>newsletter sign-up</source>
            <translation>Newsletter-Anmeldung</translation>
        </message>
        <message>
            <source>footer</source>
            <translation>Fußzeile</translation>
        </message>
        <message>
            <source>photo credit</source>
            <translation>Bildnachweis</translation>
        </message>
        <message>
            <source>metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>clock</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>too little text</source>
            <translation>zu wenig Text</translation>
        </message>
        <message>
            <source>unspecified</source>
            <translation>ohne Angabe</translation>
        </message>
        <message>
            <source>Boilerplate: %1</source>
            <translation>Beiwerk: %1</translation>
        </message>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>sidebar</source>
            <translation>Seitenleiste</translation>
        </message>
        <message>
            <source>outside the article</source>
            <translation>außerhalb des Artikels</translation>
        </message>
        <message>
            <source>link list</source>
            <translation>Linkliste</translation>
        </message>
        <message>
            <source>pop-up</source>
            <translation>Pop-up</translation>
        </message>
        <message>
            <source>form</source>
            <translation>Formular</translation>
        </message>
        <message>
            <source>page header</source>
            <translation>Seitenkopf</translation>
        </message>
        <message>
            <source>page footer</source>
            <translation>Seitenfuß</translation>
        </message>
        <message>
            <source>site header</source>
            <translation>Kopfbereich</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <source>caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <source>complementary</source>
            <translation>Ergänzung</translation>
        </message>
        <message>
            <source>disclaimer</source>
            <translation>Haftungshinweis</translation>
        </message>
        <message>
            <source>disclosure</source>
            <translation>Offenlegung</translation>
        </message>
        <message>
            <source>repeated</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <source>after the article</source>
            <translation>nach dem Artikel</translation>
        </message>
        <message>
            <source>about the author</source>
            <translation>über den Autor</translation>
        </message>
    </context>
    <context>
        <name>galley::ArticlePanel</name>
        <message>
            <source>By:</source>
            <translation>Von:</translation>
        </message>
        <message>
            <source>Published:</source>
            <translation>Veröffentlicht:</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Website:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message numerus="yes">
            <source>%n body block(s)</source>
            <translation>
                <numerusform>%n Textblock</numerusform>
                <numerusform>%n Textblöcke</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n boilerplate block(s)</source>
            <translation>
                <numerusform>%n Beiwerkblock</numerusform>
                <numerusform>%n Beiwerkblöcke</numerusform>
            </translation>
        </message>
        <message>
            <source>No page open</source>
            <translation>Keine Seite geöffnet</translation>
        </message>
        <message>
            <source>Open a saved page with File ▸ Open or drop it on the window.</source>
            <translation>Öffnen Sie eine gespeicherte Seite mit Datei ▸ Öffnen oder ziehen Sie sie auf das Fenster.</translation>
        </message>
        <message>
            <source>Article blocks</source>
            <translation>Artikelblöcke</translation>
        </message>
    </context>
    <context>
        <name>galley::MainWindow</name>
        <message>
            <source>Open documents</source>
            <translation>Geöffnete Dokumente</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Article &amp;Text</source>
            <translation>Artikel&amp;text</translation>
        </message>
        <message>
            <source>Ctrl+T</source>
            <translation>Ctrl+T</translation>
        </message>
        <message>
            <source>Show the article as plain text instead of the saved page</source>
            <translation>Den Artikel als reinen Text statt der gespeicherten Seite zeigen</translation>
        </message>
        <message numerus="yes">
            <source>%n span(s) highlighted</source>
            <translation>
                <numerusform>%n Stelle markiert</numerusform>
                <numerusform>%n Stellen markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not found in the page</source>
            <translation>
                <numerusform>%n nicht auf der Seite gefunden</numerusform>
                <numerusform>%n nicht auf der Seite gefunden</numerusform>
            </translation>
        </message>
        <message>
            <source>No page open</source>
            <translation>Keine Seite geöffnet</translation>
        </message>
        <message>
            <source>This block could not be found in the rendered page.</source>
            <translation>Dieser Block wurde in der dargestellten Seite nicht gefunden.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Galley</source>
            <translation>Ü&amp;ber Galley</translation>
        </message>
        <message>
            <source>About Galley</source>
            <translation>Über Galley</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;Opens saved news pages and finds the article in them.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Galley %1&lt;/h3&gt;&lt;p&gt;Öffnet gespeicherte Nachrichtenseiten und findet den Artikel darin.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt)</source>
            <translation>Gespeicherte Seiten (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt)</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm *.xhtml)</source>
            <translation>Webseiten (*.html *.htm *.xhtml)</translation>
        </message>
        <message>
            <source>Web archives (*.mhtml *.mht)</source>
            <translation>Webarchive (*.mhtml *.mht)</translation>
        </message>
        <message>
            <source>WARC files (*.warc *.warc.gz)</source>
            <translation>WARC-Dateien (*.warc *.warc.gz)</translation>
        </message>
        <message>
            <source>Text copies (*.txt)</source>
            <translation>Textkopien (*.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open Saved Page</source>
            <translation>Gespeicherte Seite öffnen</translation>
        </message>
        <message>
            <source>No recent pages</source>
            <translation>Keine zuletzt geöffneten Seiten</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>Menü &amp;leeren</translation>
        </message>
        <message>
            <source>Still loading; try again in a moment.</source>
            <translation>Es wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Reading the records of %1…</source>
            <translation>Datensätze von %1 werden gelesen…</translation>
        </message>
        <message>
            <source>The archive holds no HTML page.</source>
            <translation>Das Archiv enthält keine HTML-Seite.</translation>
        </message>
        <message>
            <source>Choose a page from the archive</source>
            <translation>Wählen Sie eine Seite aus dem Archiv</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>This block has no known position in the page.</source>
            <translation>Für diesen Block ist keine Position in der Seite bekannt.</translation>
        </message>
        <message>
            <source>Could not open %1</source>
            <translation>%1 konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Could Not Open Page</source>
            <translation>Seite konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Galley could not open %1.</source>
            <translation>Galley konnte %1 nicht öffnen.</translation>
        </message>
        <message>
            <source>the page did not finish loading</source>
            <translation>die Seite wurde nicht vollständig geladen</translation>
        </message>
        <message numerus="yes">
            <source>%n outside request(s) blocked</source>
            <translation>
                <numerusform>%n Anfrage nach außen blockiert</numerusform>
                <numerusform>%n Anfragen nach außen blockiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved page</source>
            <translation>Gespeicherte Seite</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Hinweis</numerusform>
                <numerusform>%n Hinweise</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading Notes</source>
            <translation>Hinweise zum Lesen</translation>
        </message>
        <message numerus="yes">
            <source>Galley noticed %n problem(s) while reading this page.</source>
            <translation>
                <numerusform>Galley ist beim Lesen dieser Seite %n Problem aufgefallen.</numerusform>
                <numerusform>Galley sind beim Lesen dieser Seite %n Probleme aufgefallen.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save Annotations</source>
            <translation>Anmerkungen &amp;speichern</translation>
        </message>
        <message>
            <source>Review progress</source>
            <translation>Fortschritt der Durchsicht</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig:</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen:</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation>Ctrl+Shift+Z</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Durchsicht</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Annehmen</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>A&amp;blehnen</translation>
        </message>
        <message>
            <source>&amp;Next Pending Span</source>
            <translation>&amp;Nächste offene Markierung</translation>
        </message>
        <message>
            <source>&amp;Previous Pending Span</source>
            <translation>&amp;Vorige offene Markierung</translation>
        </message>
        <message>
            <source>Extend &amp;End by a Word</source>
            <translation>&amp;Ende um ein Wort verlängern</translation>
        </message>
        <message>
            <source>Shorten E&amp;nd by a Word</source>
            <translation>E&amp;nde um ein Wort kürzen</translation>
        </message>
        <message>
            <source>Extend &amp;Start by a Word</source>
            <translation>&amp;Anfang um ein Wort vorziehen</translation>
        </message>
        <message>
            <source>Shorten S&amp;tart by a Word</source>
            <translation>Anfang um ein Wort &amp;kürzen</translation>
        </message>
        <message>
            <source>Change Quote &amp;Kind</source>
            <translation>Zitat&amp;art ändern</translation>
        </message>
        <message>
            <source>Set Quote Spea&amp;ker…</source>
            <translation>&amp;Sprecher des Zitats festlegen…</translation>
        </message>
        <message>
            <source>&amp;Label or Add Span</source>
            <translation>&amp;Kategorie oder neue Markierung</translation>
        </message>
        <message>
            <source>With text selected: add a span; else: relabel the selected span</source>
            <translation>Mit ausgewähltem Text: neue Markierung; sonst: Kategorie der gewählten Markierung ändern</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (%2) — %3</source>
            <translation>%1 (%2) — %3</translation>
        </message>
        <message>
            <source>annotations cannot be edited: %1</source>
            <translation>Anmerkungen nicht bearbeitbar: %1</translation>
        </message>
        <message>
            <source>%1 of %2 reviewed</source>
            <translation>%1 von %2 durchgesehen</translation>
        </message>
        <message>
            <source>No span is pending.</source>
            <translation>Keine Markierung ist offen.</translation>
        </message>
        <message>
            <source>The selected text is not part of the article.</source>
            <translation>Der ausgewählte Text gehört nicht zum Artikel.</translation>
        </message>
        <message>
            <source>Select a span first.</source>
            <translation>Zuerst eine Markierung wählen.</translation>
        </message>
        <message>
            <source>A span keeps at least one word.</source>
            <translation>Eine Markierung behält mindestens ein Wort.</translation>
        </message>
        <message>
            <source>Select a quote first.</source>
            <translation>Zuerst ein Zitat wählen.</translation>
        </message>
        <message>
            <source>The article has no mention that could be the speaker.</source>
            <translation>Der Artikel nennt niemanden, der Sprecher sein könnte.</translation>
        </message>
        <message>
            <source>Quote Speaker</source>
            <translation>Sprecher des Zitats</translation>
        </message>
        <message>
            <source>Who said %1?</source>
            <translation>Wer sagte %1?</translation>
        </message>
        <message>
            <source>Could Not Save</source>
            <translation>Speichern fehlgeschlagen</translation>
        </message>
        <message>
            <source>The annotations could not be saved: %1</source>
            <translation>Die Anmerkungen konnten nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Annotations saved.</source>
            <translation>Anmerkungen gespeichert.</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The annotations of this page have changes that are not saved.</source>
            <translation>Die Anmerkungen dieser Seite haben ungespeicherte Änderungen.</translation>
        </message>
        <message numerus="yes">
            <source>restored %n unsaved edit(s) from the last session</source>
            <translation>
                <numerusform>%n ungespeicherte Änderung der letzten Sitzung wiederhergestellt</numerusform>
                <numerusform>%n ungespeicherte Änderungen der letzten Sitzung wiederhergestellt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>galley::WarcRecordDialog</name>
        <message>
            <source>Choose a Page from the Archive</source>
            <translation>Seite aus dem Archiv wählen</translation>
        </message>
        <message numerus="yes">
            <source>%1 holds %n page(s). Choose the one to open.</source>
            <translation>
                <numerusform>%1 enthält %n Seite. Wählen Sie die Seite, die geöffnet werden soll.</numerusform>
                <numerusform>%1 enthält %n Seiten. Wählen Sie die Seite, die geöffnet werden soll.</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Pages are numbered from 1, as in the status bar; galley-cli --record counts from 0.</source>
            <translation>Seiten werden ab 1 gezählt, wie in der Statusleiste; galley-cli --record zählt ab 0.</translation>
        </message>
        <message>
            <source>record %1 of %2</source>
            <translation>Datensatz %1 von %2</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>Datensatz %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Opens a saved news page and shows the article in it.</source>
            <translation>Öffnet eine gespeicherte Nachrichtenseite und zeigt den Artikel darin.</translation>
        </message>
        <message>
            <source>Saved page to open (HTML, MHTML, WARC or text).</source>
            <translation>Zu öffnende gespeicherte Seite (HTML, MHTML, WARC oder Text).</translation>
        </message>
    </context>
    <context>
        <name>HighlightRequest</name>
        <message>
            <source>Annotations</source>
            <translation>Annotationen</translation>
        </message>
    </context>
    <context>
        <name>SpanDescription</name>
        <message>
            <source>pending</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>direkt</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>teilweise</translation>
        </message>
        <message>
            <source>indirect</source>
            <translation>indirekt</translation>
        </message>
        <message>
            <source>Value: %1</source>
            <translation>Wert: %1</translation>
        </message>
        <message>
            <source>Entity: %1</source>
            <translation>Entität: %1</translation>
        </message>
        <message>
            <source>Speaker: %1</source>
            <translation>Sprecher: %1</translation>
        </message>
        <message>
            <source>Not found in the page</source>
            <translation>Nicht auf der Seite gefunden</translation>
        </message>
    </context>
    <context>
        <name>SpanLabels</name>
        <message>
            <source>Miscellaneous</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Pronoun or description</source>
            <translation>Pronomen oder Beschreibung</translation>
        </message>
        <message>
            <source>Reporting cue</source>
            <translation>Redeeinleitung</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Percentage</source>
            <translation>Prozentsatz</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Other name</source>
            <translation>Anderer Name</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>Signalwort</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>Ordinal</source>
            <translation>Ordnungszahl</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Prozent</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Geldbetrag</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
    </context>
    <context>
        <name>galley::AnnotationPanel</name>
        <message>
            <source>Entities</source>
            <translation>Entitäten</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Zitate</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>Zahlen</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Spans not found in the page</source>
            <translation>Nicht auf der Seite gefundene Stellen</translation>
        </message>
        <message>
            <source>Entities (%1)</source>
            <translation>Entitäten (%1)</translation>
        </message>
        <message>
            <source>Quotes (%1)</source>
            <translation>Zitate (%1)</translation>
        </message>
        <message>
            <source>Numbers (%1)</source>
            <translation>Zahlen (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n span(s) could not be found in the page:</source>
            <translation>
                <numerusform>%n Stelle wurde nicht auf der Seite gefunden:</numerusform>
                <numerusform>%n Stellen wurden nicht auf der Seite gefunden:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>galley::ArticleTextView</name>
        <message>
            <source>Article text</source>
            <translation>Artikeltext</translation>
        </message>
    </context>
    <context>
        <name>galley::EntityTreeModel</name>
        <message>
            <source>Entity</source>
            <translation>Entität</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Erwähnungen</translation>
        </message>
    </context>
    <context>
        <name>galley::NumberTableModel</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Modifier</source>
            <translation>Modifikator</translation>
        </message>
    </context>
    <context>
        <name>galley::OpenDocumentsModel</name>
        <message>
            <source>%1 (record %2)</source>
            <translation>%1 (Eintrag %2)</translation>
        </message>
    </context>
    <context>
        <name>galley::QuoteTableModel</name>
        <message>
            <source>(none)</source>
            <translation>(keiner)</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Zitat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Sprecher</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>Signalwort</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>galley::SpanListModel</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>galley::ReviewEditor</name>
        <message>
            <source>No page is open.</source>
            <translation>Keine Seite ist geöffnet.</translation>
        </message>
        <message>
            <source>%1 could not be done: %2</source>
            <translation>%1 war nicht möglich: %2</translation>
        </message>
        <message>
            <source>Select a span first.</source>
            <translation>Zuerst eine Markierung wählen.</translation>
        </message>
        <message>
            <source>Reject %1</source>
            <translation>%1 ablehnen</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>%1 annehmen</translation>
        </message>
        <message>
            <source>The schema has no label %1.</source>
            <translation>Das Schema kennt die Kategorie %1 nicht.</translation>
        </message>
        <message>
            <source>Label %1 as %2</source>
            <translation>%1 als %2 kennzeichnen</translation>
        </message>
        <message>
            <source>A span cannot be empty or leave the text.</source>
            <translation>Eine Markierung kann nicht leer sein oder über den Text hinausgehen.</translation>
        </message>
        <message>
            <source>Resize %1 to %2</source>
            <translation>%1 auf %2 ändern</translation>
        </message>
        <message>
            <source>Select some text of the article first.</source>
            <translation>Zuerst Text des Artikels auswählen.</translation>
        </message>
        <message>
            <source>Add %1 %2</source>
            <translation>%1 %2 hinzufügen</translation>
        </message>
        <message>
            <source>%1 is not a valid %2: %3</source>
            <translation>%1 ist kein gültiger Wert für %2: %3</translation>
        </message>
        <message>
            <source>Set %1 of %2 to %3</source>
            <translation>%1 von %2 auf %3 setzen</translation>
        </message>
        <message>
            <source>Clear %1 of %2</source>
            <translation>%1 von %2 entfernen</translation>
        </message>
        <message>
            <source>A %1 span has no %2.</source>
            <translation>Eine %1-Markierung hat kein Attribut %2.</translation>
        </message>
        <message>
            <source>%1 is not a number.</source>
            <translation>%1 ist keine Zahl.</translation>
        </message>
        <message>
            <source>Select a quote and a speaker first.</source>
            <translation>Zuerst ein Zitat und einen Sprecher wählen.</translation>
        </message>
        <message>
            <source>%1 cannot be the speaker of %2.</source>
            <translation>%1 kann nicht Sprecher von %2 sein.</translation>
        </message>
        <message>
            <source>Set speaker of %1 to %2</source>
            <translation>Sprecher von %1: %2</translation>
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation>%1 in %2 umbenennen</translation>
        </message>
        <message>
            <source>This entity has no cluster to rename.</source>
            <translation>Diese Entität hat keine Gruppe zum Umbenennen.</translation>
        </message>
    </context>
</TS>
