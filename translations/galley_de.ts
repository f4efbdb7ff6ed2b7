<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnotationExport</name>
    <message>
        <source>Export Annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>Format (offsets as each format&apos;s own tools count them):</source>
        <translation>Format (Positionen so gezählt, wie die Werkzeuge des Formats zählen):</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Wrote %1 in %2.</source>
        <translation>%1 in %2 geschrieben.</translation>
    </message>
    <message>
        <source>The format could not carry:</source>
        <translation>Das Format konnte nicht aufnehmen:</translation>
    </message>
    <message>
        <source>Annotations Exported</source>
        <translation>Anmerkungen exportiert</translation>
    </message>
    <message>
        <source>%1 is the page or the annotations Galley keeps for it: choose another folder.</source>
        <translation>%1 ist die Seite oder die Anmerkungen, die Galley für sie führt: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation>%1 enthält bereits %2. Ersetzen?</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Der Export wurde abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>HighlightRequest</name>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Dashed: not yet reviewed, found with under %1 % confidence</source>
        <translation>Gestrichelt: noch nicht geprüft, mit weniger als %1 % Sicherheit gefunden</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Restore Unsaved Edits?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n unsaved edit(s) from a session that ended without saving.</source>
        <translation>
            <numerusform>Für %1 gibt es %n ungespeicherte Änderung aus einer Sitzung, die ohne Speichern endete.</numerusform>
            <numerusform>Für %1 gibt es %n ungespeicherte Änderungen aus einer Sitzung, die ohne Speichern endete.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last one was made %1. Restore them, discard them, or keep them for later (the page opens as last saved and cannot be edited until you decide).</source>
        <translation>Die letzte wurde am %1 vorgenommen. Sie können die Änderungen wiederherstellen, verwerfen oder für später aufheben (bis Sie sich entscheiden, wird die Seite im zuletzt gespeicherten Stand geöffnet und kann nicht bearbeitet werden).</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation>Für &amp;später aufheben</translation>
    </message>
    <message>
        <source>Together they change nothing: they were undone. </source>
        <translation>Zusammen ändern sie nichts: Sie wurden rückgängig gemacht. </translation>
    </message>
    <message numerus="yes">
        <source>Together they change %n annotation(s). </source>
        <translation>
            <numerusform>Zusammen ändern sie %n Annotation. </numerusform>
            <numerusform>Zusammen ändern sie %n Annotationen. </numerusform>
        </translation>
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
        <source>Confidence: %1 %</source>
        <translation>Sicherheit: %1 %</translation>
    </message>
    <message>
        <source>Not found in the page</source>
        <translation>Nicht auf der Seite gefunden</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>several</source>
        <translation>mehrere</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
</context>
<context>
    <name>SpanLabels</name>
    <message>
        <source>Miscellaneous</source>
        <translation>Sonstiges</translation>
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
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Ordnungszahl</translation>
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
    <name>galley::AdjudicationQueueModel</name>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>partly decided</source>
        <translation>teilweise entschieden</translation>
    </message>
    <message>
        <source>all accepted</source>
        <translation>alle angenommen</translation>
    </message>
    <message>
        <source>all rejected</source>
        <translation>alle abgelehnt</translation>
    </message>
    <message>
        <source>%1&apos;s version</source>
        <translation>Fassung von %1</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 did not annotate this document</source>
        <translation>%1 hat dieses Dokument nicht annotiert</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>galley::AdjudicationQueueView</name>
    <message>
        <source>1, 2, …: take that reviewer&apos;s version · A: accept all · X: reject all · Enter: next open conflict · Ctrl+Z: undo · double-click: open the document</source>
        <translation>1, 2, …: Fassung dieses Prüfers übernehmen · A: alle annehmen · X: alle ablehnen · Enter: nächster offener Konflikt · Ctrl+Z: rückgängig · Doppelklick: Dokument öffnen</translation>
    </message>
    <message>
        <source>Loading the conflicts…</source>
        <translation>Konflikte werden geladen…</translation>
    </message>
    <message>
        <source>%1 did not annotate this document</source>
        <translation>%1 hat dieses Dokument nicht annotiert</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open</source>
        <translation>
            <numerusform>%n Konflikt offen</numerusform>
            <numerusform>%n Konflikte offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n row(s) of %1</source>
        <translation>
            <numerusform> in %n Zeile von %1</numerusform>
            <numerusform> in %n Zeilen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — curator: %1</source>
        <translation> — Kurator: %1</translation>
    </message>
    <message>
        <source>(none: decisions need a name)</source>
        <translation>(keiner: Entscheidungen brauchen einen Namen)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>no span here</source>
        <translation>hier keine Markierung</translation>
    </message>
    <message>
        <source>Include layers not marked done</source>
        <translation>Nicht als fertig markierte Ebenen einbeziehen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the reviewers&apos; layers again: documents finished since the queue was loaded bring their conflicts. Decisions made are kept; their undo is not.</source>
        <translation>Die Ebenen der Prüfer neu lesen: Dokumente, die seit dem Laden der Liste fertig wurden, bringen ihre Konflikte mit. Getroffene Entscheidungen bleiben; ihr Rückgängigmachen nicht.</translation>
    </message>
</context>
<context>
    <name>galley::AgreementTableModel</name>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Undefined: no variation to agree on</source>
        <translation>Nicht definiert: keine Variation, bei der Übereinstimmung möglich wäre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation>P (exakt)</translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation>R (exakt)</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 (exakt)</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 (Überlappung)</translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Fleiss κ</source>
        <translation>Fleiss’ κ</translation>
    </message>
    <message>
        <source>Krippendorff α</source>
        <translation>Krippendorffs α</translation>
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
    <message>
        <source>Annotation panel</source>
        <translation>Anmerkungsbereich</translation>
    </message>
    <message>
        <source>Annotation tabs</source>
        <translation>Registerkarten der Anmerkungen</translation>
    </message>
    <message>
        <source>Resize the tabs and the spans not found in the page</source>
        <translation>Größe der Registerkarten und der nicht auf der Seite gefundenen Stellen ändern</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
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
    <name>galley::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
</context>
<context>
    <name>galley::CorpusAgreementView</name>
    <message>
        <source>Include layers not marked done</source>
        <translation>Nicht als fertig markierte Ebenen einbeziehen</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Show Report…</source>
        <translation>Bericht anzeigen…</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>Token confusion (rows: first reviewer of each pair, columns: second)</source>
        <translation>Token-Konfusionsmatrix (Zeilen: erster Prüfer jedes Paars, Spalten: zweiter)</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Übereinstimmung wird berechnet…</translation>
    </message>
    <message>
        <source>Cannot compute the agreement: %1</source>
        <translation>Die Übereinstimmung kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Alle Prüfer</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) with two or more reviewers</source>
        <translation>
            <numerusform>%n Dokument mit zwei oder mehr Prüfern</numerusform>
            <numerusform>%n Dokumente mit zwei oder mehr Prüfern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n token(s); reviewers: %1</source>
        <translation>
            <numerusform>, %n Token; Prüfer: %1</numerusform>
            <numerusform>, %n Tokens; Prüfer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No document has two reviewer layers%1 yet.</source>
        <translation>Noch kein Dokument hat zwei Prüferebenen%1.</translation>
    </message>
    <message>
        <source> marked done</source>
        <translation>, die als fertig markiert sind</translation>
    </message>
    <message>
        <source>Agreement: %1%2</source>
        <translation>Übereinstimmung: %1%2</translation>
    </message>
    <message>
        <source>Cannot write the report in %1: %2</source>
        <translation>Der Bericht kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Agreement Report</source>
        <translation>Übereinstimmungsbericht</translation>
    </message>
    <message>
        <source>chart shown with Open in Browser</source>
        <translation>Diagramm wird mit „Im Browser öffnen“ angezeigt</translation>
    </message>
    <message>
        <source>Only decided spans</source>
        <translation>Nur entschiedene Markierungen</translation>
    </message>
    <message>
        <source>Leave out the spans reviewers left pending: untouched pre-annotation, which every reviewer&apos;s copy shares, would count as agreement.</source>
        <translation>Markierungen auslassen, die Prüfer offen ließen: unberührte Vorannotation, die jede Kopie teilt, würde als Übereinstimmung zählen.</translation>
    </message>
</context>
<context>
    <name>galley::CorpusController</name>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>Importing: %1 / %2 files, %3 new</source>
        <translation>Import: %1 / %2 Dateien, %3 neu</translation>
    </message>
    <message>
        <source>&amp;New Corpus…</source>
        <translation>&amp;Neues Korpus…</translation>
    </message>
    <message>
        <source>New Corpus: Choose an Empty Folder</source>
        <translation>Neues Korpus: Leeren Ordner wählen</translation>
    </message>
    <message>
        <source>Open &amp;Corpus…</source>
        <translation>&amp;Korpus öffnen…</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <source>&amp;Import into Corpus…</source>
        <translation>Ins Korpus &amp;importieren…</translation>
    </message>
    <message>
        <source>Import into Corpus</source>
        <translation>Ins Korpus importieren</translation>
    </message>
    <message>
        <source>Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt);;All files (*)</source>
        <translation>Gespeicherte Seiten (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import &amp;Folder into Corpus…</source>
        <translation>&amp;Ordner ins Korpus importieren…</translation>
    </message>
    <message>
        <source>Import Folder into Corpus</source>
        <translation>Ordner ins Korpus importieren</translation>
    </message>
    <message>
        <source>Mark Document &amp;Done</source>
        <translation>Dokument als &amp;fertig markieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Mark this document done in your corpus layer and save it</source>
        <translation>Dieses Dokument in Ihrer Korpusebene als fertig markieren und speichern</translation>
    </message>
    <message>
        <source>An import is still running.</source>
        <translation>Es läuft noch ein Import.</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Korpus: %1</translation>
    </message>
    <message>
        <source>Collecting files…</source>
        <translation>Dateien werden gesammelt…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new document(s)</source>
        <translation>
            <numerusform>%n neues Dokument importiert</numerusform>
            <numerusform>%n neue Dokumente importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the corpus</source>
        <translation>
            <numerusform>, %n bereits im Korpus</numerusform>
            <numerusform>, %n bereits im Korpus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) could not be read</source>
        <translation>
            <numerusform>, %n Datei konnte nicht gelesen werden</numerusform>
            <numerusform>, %n Dateien konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>No corpus is open.</source>
        <translation>Es ist kein Korpus geöffnet.</translation>
    </message>
    <message>
        <source>That document is no longer in the corpus.</source>
        <translation>Dieses Dokument ist nicht mehr im Korpus.</translation>
    </message>
    <message>
        <source>Choose who is reviewing (“Reviewing as”) before opening a document.</source>
        <translation>Wählen Sie vor dem Öffnen eines Dokuments aus, wer prüft („Prüfen als“).</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Übereinstimmung</translation>
    </message>
    <message>
        <source>A&amp;djudication</source>
        <translation>&amp;Konfliktlösung</translation>
    </message>
    <message>
        <source>The layer was saved, but the corpus could not record it: %1</source>
        <translation>Die Ebene wurde gespeichert, aber das Korpus konnte sie nicht erfassen: %1</translation>
    </message>
    <message>
        <source>Open a corpus document first (double-click it in the corpus list).</source>
        <translation>Öffnen Sie zuerst ein Dokument des Korpus (per Doppelklick in der Korpusliste).</translation>
    </message>
</context>
<context>
    <name>galley::CorpusDocumentModel</name>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>galley::CorpusView</name>
    <message>
        <source>Reviewing as</source>
        <translation>Prüfen als</translation>
    </message>
    <message>
        <source>The reviewer whose layer a document opens with</source>
        <translation>Der Prüfer, mit dessen Ebene ein Dokument geöffnet wird</translation>
    </message>
    <message>
        <source>Search the text…</source>
        <translation>Text durchsuchen…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Jeder Prüfer</translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation>Prüferfilter</translation>
    </message>
    <message>
        <source>Reviewing as:</source>
        <translation>Prüfen als:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Suche:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Corpus documents</source>
        <translation>Dokumente des Korpus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import after the documents being written</source>
        <translation>Den Import nach den gerade geschriebenen Dokumenten beenden</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Counting documents…</source>
        <translation>Dokumente werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3 done</source>
        <translation>%1: %2 / %3 fertig</translation>
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
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>One of its names still to review was found or changed by a rule, which gives no confidence</source>
        <translation>Einer ihrer noch zu prüfenden Namen wurde von einer Regel gefunden oder geändert; Regeln geben keine Sicherheit an</translation>
    </message>
    <message>
        <source>The tagger&apos;s confidence in the least sure of its names still to review</source>
        <translation>Die Sicherheit der Erkennung beim unsichersten ihrer noch zu prüfenden Namen</translation>
    </message>
    <message>
        <source>Every name is reviewed: the tagger&apos;s confidence in the least sure of them</source>
        <translation>Alle Namen sind geprüft: die Sicherheit der Erkennung beim unsichersten von ihnen</translation>
    </message>
    <message>
        <source>Found or changed by a rule, which gives no confidence</source>
        <translation>Von einer Regel gefunden oder geändert; Regeln geben keine Sicherheit an</translation>
    </message>
    <message>
        <source>Entity %1 (the cluster id galley-cli edit takes)</source>
        <translation>Entität %1 (die Cluster-ID, die galley-cli edit erwartet)</translation>
    </message>
    <message>
        <source>F2 or a double click renames it</source>
        <translation>F2 oder ein Doppelklick benennt sie um</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>galley::FilteredChoiceDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
</context>
<context>
    <name>galley::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Enter: next match; Shift+Enter: previous match; Esc: close</source>
        <translation>Enter: nächster Treffer; Shift+Enter: vorheriger Treffer; Esc: schließen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>galley::FocusRegions</name>
    <message>
        <source>Next &amp;Region</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Re&amp;gion</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Show %1 Tab</source>
        <translation>Registerkarte „%1“ anzeigen</translation>
    </message>
</context>
<context>
    <name>galley::LabelMenu</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>galley::LabelPopup</name>
    <message>
        <source>Add a span with a label</source>
        <translation>Markierung mit Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Add a %1 span (%2)</source>
        <translation>%1-Markierung hinzufügen (%2)</translation>
    </message>
</context>
<context>
    <name>galley::LeftOutDocuments</name>
    <message>
        <source> — a layer cannot be read: %1</source>
        <translation> — eine Ebene ist nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more: see the tooltip)</source>
        <translation>
            <numerusform> (und %n weitere: siehe Tooltip)</numerusform>
            <numerusform> (und %n weitere: siehe Tooltip)</numerusform>
        </translation>
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
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Resize the document list and the page</source>
        <translation>Größe von Dokumentliste und Seite ändern</translation>
    </message>
    <message>
        <source>Resize the page and the annotation panel</source>
        <translation>Größe von Seite und Anmerkungsbereich ändern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Hinweise zum Lesen</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>%1&apos;s corpus layer</source>
        <translation>Korpusebene von %1</translation>
    </message>
    <message>
        <source>unsaved edits kept for later: open the page again to restore or discard them (editing is off until then)</source>
        <translation>ungespeicherte Änderungen für später aufgehoben: Öffnen Sie die Seite erneut, um sie wiederherzustellen oder zu verwerfen (bis dahin ist das Bearbeiten gesperrt)</translation>
    </message>
    <message>
        <source>No listed span is pending.</source>
        <translation>Keine aufgelistete Markierung ist offen.</translation>
    </message>
    <message>
        <source>Editing is off for this page until the unsaved edits of the last session are restored or discarded: open the page again to decide.</source>
        <translation>Diese Seite kann nicht bearbeitet werden, bis die ungespeicherten Änderungen der letzten Sitzung wiederhergestellt oder verworfen sind: Öffnen Sie die Seite erneut, um zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 is not shown: it could not be found in the page.</source>
        <translation>%1 wird nicht angezeigt: Die Stelle wurde nicht auf der Seite gefunden.</translation>
    </message>
    <message>
        <source>No other span is pending.</source>
        <translation>Keine andere Markierung ist offen.</translation>
    </message>
    <message>
        <source>%1 — …%2[%3]%4…</source>
        <translation>%1 — …%2[%3]%4…</translation>
    </message>
    <message>
        <source>Document &amp;Notes…</source>
        <translation>Dokument&amp;notizen…</translation>
    </message>
    <message>
        <source>No page is open.</source>
        <translation>Keine Seite geöffnet.</translation>
    </message>
    <message>
        <source>Document Notes</source>
        <translation>Dokumentnotizen</translation>
    </message>
    <message>
        <source>Your notes on this document, kept with your annotations:</source>
        <translation>Ihre Notizen zu diesem Dokument, gespeichert mit Ihren Annotationen:</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Anmerkungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open a page to export its annotations.</source>
        <translation>Öffnen Sie eine Seite, um ihre Anmerkungen zu exportieren.</translation>
    </message>
    <message>
        <source>With text selected: add a span; else: relabel the selected span, or the whole entity when an entity is current in the Entities tab</source>
        <translation>Mit ausgewähltem Text: neue Markierung; sonst: Kategorie der gewählten Markierung ändern, oder der ganzen Entität, wenn im Reiter Entitäten eine Entität gewählt ist</translation>
    </message>
    <message>
        <source>Annotations Changed Elsewhere</source>
        <translation>Annotationen anderswo geändert</translation>
    </message>
    <message>
        <source>Another program changed the annotations of this page since it was opened here, so your edit was not made.</source>
        <translation>Ein anderes Programm hat die Annotationen dieser Seite geändert, seit sie hier geöffnet wurde; Ihre Änderung wurde daher nicht vorgenommen.</translation>
    </message>
    <message>
        <source>Open the page again to see those changes, then make your edit again.</source>
        <translation>Öffnen Sie die Seite erneut, um diese Änderungen zu sehen, und nehmen Sie Ihre Änderung dann noch einmal vor.</translation>
    </message>
    <message>
        <source>&amp;Open Page Again</source>
        <translation>Seite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Annotations in Use</source>
        <translation>Annotationen in Bearbeitung</translation>
    </message>
    <message>
        <source>Another program is editing the annotations of this page, so your edit was not made.</source>
        <translation>Ein anderes Programm bearbeitet gerade die Annotationen dieser Seite; Ihre Änderung wurde daher nicht vorgenommen.</translation>
    </message>
    <message>
        <source>Close the page there, or wait until galley-cli is done, then make your edit again.</source>
        <translation>Schließen Sie die Seite dort oder warten Sie, bis galley-cli fertig ist, und nehmen Sie Ihre Änderung dann noch einmal vor.</translation>
    </message>
    <message>
        <source>No other listed span is pending.</source>
        <translation>Keine andere aufgelistete Markierung ist offen.</translation>
    </message>
    <message>
        <source>The span now runs over a paragraph break.</source>
        <translation>Die Markierung reicht jetzt über einen Absatzumbruch.</translation>
    </message>
    <message>
        <source>Span Co&amp;mment…</source>
        <translation>Kommen&amp;tar zur Markierung…</translation>
    </message>
    <message>
        <source>Span Comment</source>
        <translation>Kommentar zur Markierung</translation>
    </message>
    <message>
        <source>Your comment on “%1”, kept with your annotations:</source>
        <translation>Ihr Kommentar zu „%1“, bei Ihren Annotationen gespeichert:</translation>
    </message>
    <message>
        <source>The annotations of this page have changes that are not saved, and another program changed the saved file, so they cannot be saved over it.</source>
        <translation>Die Annotationen dieser Seite haben ungespeicherte Änderungen, und ein anderes Programm hat die gespeicherte Datei geändert; sie können daher nicht darüber gespeichert werden.</translation>
    </message>
    <message>
        <source>Keep them in a copy beside the file (galley-cli import can read it back), or discard them, then open the page again with the other program&apos;s changes.</source>
        <translation>Bewahren Sie sie in einer Kopie neben der Datei auf (galley-cli import liest sie wieder ein) oder verwerfen Sie sie; dann wird die Seite mit den Änderungen des anderen Programms neu geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Keep a Copy</source>
        <translation>&amp;Kopie behalten</translation>
    </message>
    <message>
        <source>Could Not Keep a Copy</source>
        <translation>Kopie nicht möglich</translation>
    </message>
    <message>
        <source>Your edits could not be written to a copy: %1</source>
        <translation>Ihre Änderungen konnten nicht in eine Kopie geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Your unsaved edits are kept in %1</source>
        <translation>Ihre ungespeicherten Änderungen sind in %1 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>galley::MouseEditing</name>
    <message>
        <source>&amp;Pick Speaker in Page</source>
        <translation>Sprecher auf der Seite &amp;wählen</translation>
    </message>
    <message>
        <source>Click the mention who said the selected quote, in the page or the text</source>
        <translation>Auf der Seite oder im Text die Erwähnung der Person anklicken, die das gewählte Zitat gesagt hat</translation>
    </message>
    <message>
        <source>Cancel Picking</source>
        <translation>Auswahl abbrechen</translation>
    </message>
    <message>
        <source>Resize to %1</source>
        <translation>Auf %1 ändern</translation>
    </message>
    <message>
        <source>The new extent is not part of the article.</source>
        <translation>Der neue Umfang gehört nicht zum Artikel.</translation>
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
        <source>Click the mention who said %1, in the page or the text (Esc cancels).</source>
        <translation>Klicken Sie auf der Seite oder im Text auf die Erwähnung der Person, die %1 gesagt hat (Esc bricht ab).</translation>
    </message>
    <message>
        <source>No mention that can speak is there: click a highlighted name (Esc cancels).</source>
        <translation>Hier ist keine Erwähnung, die sprechen kann: Klicken Sie auf einen hervorgehobenen Namen (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Add Span</source>
        <translation>Markierung hinzufügen</translation>
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
        <source>Re&amp;label</source>
        <translation>&amp;Kategorie ändern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Set as &amp;Speaker of the Selected Quote</source>
        <translation>Als &amp;Sprecher des gewählten Zitats festlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>galley::OpenDocumentsModel</name>
    <message>
        <source>%1 (record %2)</source>
        <translation>%1 (Eintrag %2)</translation>
    </message>
    <message>
        <source>%1 (%2&apos;s layer)</source>
        <translation>%1 (Ebene von %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>galley::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Close preferences</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>Label colours</source>
        <translation>Kategoriefarben</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Choose the colour of %1 (%2) highlights</source>
        <translation>Farbe der Hervorhebungen für %1 (%2) wählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset &amp;Colours</source>
        <translation>&amp;Farben zurücksetzen</translation>
    </message>
    <message>
        <source>Reset label colours to the schema&apos;s</source>
        <translation>Kategoriefarben auf die des Schemas zurücksetzen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the panel and text font</source>
        <translation>Schriftart für Bereiche und Text wählen</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Sta&amp;ndard</translation>
    </message>
    <message>
        <source>Use the default font</source>
        <translation>Standardschriftart verwenden</translation>
    </message>
    <message>
        <source>Panel and text &amp;font:</source>
        <translation>Sc&amp;hriftart für Bereiche und Text:</translation>
    </message>
    <message>
        <source>Highlight opacity</source>
        <translation>Deckkraft der Hervorhebung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Highlight &amp;opacity:</source>
        <translation>Deck&amp;kraft der Hervorhebung:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Farbsche&amp;ma:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes the next time Galley starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Galley.</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. A key can belong to one action only.</source>
        <translation>Klicken Sie auf ein Tastenkürzel und drücken Sie die neuen Tasten. Eine Taste kann nur zu einer Aktion gehören.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Shortcut of %1</source>
        <translation>Tastenkürzel für %1</translation>
    </message>
    <message>
        <source>Further shortcuts of %1</source>
        <translation>Weitere Tastenkürzel für %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear the shortcut of %1</source>
        <translation>Tastenkürzel für %1 entfernen</translation>
    </message>
    <message>
        <source>Shortcuts of every action</source>
        <translation>Tastenkürzel aller Aktionen</translation>
    </message>
    <message>
        <source>Shortcut warning</source>
        <translation>Warnung zum Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Reset All to Defaults</source>
        <translation>Alle auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset every shortcut to its default</source>
        <translation>Alle Tastenkürzel auf ihren Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Panel and Text Font</source>
        <translation>Schriftart für Bereiche und Text</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1, %2 pt</source>
        <translation>%1, %2 pt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Dash spans to review under this confidence</source>
        <translation>Zu prüfende Markierungen unter dieser Sicherheit stricheln</translation>
    </message>
    <message>
        <source>Dash spans to review &amp;under:</source>
        <translation>Markierungen str&amp;icheln unter:</translation>
    </message>
    <message>
        <source>Quotes and names still to review that their finder gives under this confidence are underlined dashed in the page. On the finders&apos; development articles, quotes under 70 % were right 43 % of the time, those above it 89 %; names under 70 % were right 46 % of the time, those above it 96 %.</source>
        <translation>Noch zu prüfende Zitate und Namen, denen ihre Suche weniger als diese Sicherheit gibt, werden in der Seite gestrichelt unterstrichen. In den Entwicklungsartikeln der Suchen waren Zitate unter 70 % in 43 % der Fälle richtig, jene darüber in 89 %; Namen unter 70 % in 46 % der Fälle, jene darüber in 96 %.</translation>
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
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
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
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation>%1 von %2 entfernen</translation>
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
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Mark Document Done</source>
        <translation>Dokument als fertig markieren</translation>
    </message>
    <message>
        <source>Mark Document In Progress</source>
        <translation>Dokument als in Bearbeitung markieren</translation>
    </message>
    <message>
        <source>Mark Document Not Started</source>
        <translation>Dokument als nicht begonnen markieren</translation>
    </message>
    <message>
        <source>Mark Document Adjudicated</source>
        <translation>Dokument als konfliktbereinigt markieren</translation>
    </message>
    <message>
        <source>Edit Document Notes</source>
        <translation>Dokumentnotizen bearbeiten</translation>
    </message>
    <message>
        <source>Select an entity first.</source>
        <translation>Wählen Sie zuerst eine Entität.</translation>
    </message>
    <message>
        <source>An entity takes an entity label, not %1: to relabel one name, select it under its entity.</source>
        <translation>Eine Entität erhält eine Entitätskategorie, nicht %1: Um einen einzelnen Namen umzubenennen, wählen Sie ihn unter seiner Entität.</translation>
    </message>
    <message>
        <source>Label entity %1 as %2</source>
        <translation>Entität %1 als %2 kennzeichnen</translation>
    </message>
    <message>
        <source>Reject entity %1</source>
        <translation>Entität %1 ablehnen</translation>
    </message>
    <message>
        <source>Accept entity %1</source>
        <translation>Entität %1 annehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n other entity(s) called %1 (%2): if they are the same, select one and press G to merge it into the other.</source>
        <translation>
            <numerusform>%n weitere Entität heißt %1 (%2): Wenn es dieselbe ist, eine auswählen und G drücken, um sie mit der anderen zusammenzuführen.</numerusform>
            <numerusform>%n weitere Entitäten heißen %1 (%2): Wenn es dieselben sind, eine auswählen und G drücken, um sie mit einer anderen zusammenzuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>An entity&apos;s name cannot be empty: %1 keeps its name.</source>
        <translation>Der Name einer Entität darf nicht leer sein: %1 behält seinen Namen.</translation>
    </message>
</context>
<context>
    <name>galley::ShortcutRegistry</name>
    <message>
        <source>No such action: %1</source>
        <translation>Unbekannte Aktion: %1</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“.</translation>
    </message>
</context>
<context>
    <name>galley::SpanFilterBar</name>
    <message>
        <source>Labels to list</source>
        <translation>Anzuzeigende Kategorien</translation>
    </message>
    <message>
        <source>Review statuses to list</source>
        <translation>Anzuzeigende Prüfstatus</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>List only spans with these labels</source>
        <translation>Nur Markierungen mit diesen Kategorien auflisten</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>List only spans with these review statuses</source>
        <translation>Nur Markierungen mit diesen Prüfstatus auflisten</translation>
    </message>
    <message>
        <source>Filter spans</source>
        <translation>Markierungen filtern</translation>
    </message>
    <message>
        <source>Span text filter</source>
        <translation>Filter für den Markierungstext</translation>
    </message>
    <message>
        <source>List only spans whose text contains this</source>
        <translation>Nur Markierungen auflisten, deren Text dies enthält</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show all spans</source>
        <translation>Alle Markierungen zeigen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
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
    <name>galley::StructuralEditActions</name>
    <message>
        <source>S&amp;plit Span</source>
        <translation>Markierung &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Span</source>
        <translation>&amp;Mit nächster Markierung zusammenführen</translation>
    </message>
    <message>
        <source>Merge &amp;Entity into…</source>
        <translation>Entität &amp;zusammenführen mit…</translation>
    </message>
    <message>
        <source>Split &amp;from Entity</source>
        <translation>Aus Entität &amp;lösen</translation>
    </message>
    <message>
        <source>Set Quote &amp;Cue…</source>
        <translation>&amp;Redeeinleitung des Zitats festlegen…</translation>
    </message>
    <message>
        <source>Select a span first.</source>
        <translation>Zuerst eine Markierung wählen.</translation>
    </message>
    <message>
        <source>%1 is a single word: there is nothing to split.</source>
        <translation>%1 ist ein einzelnes Wort: Es gibt nichts zu teilen.</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>%1 teilen</translation>
    </message>
    <message>
        <source>No later %1 span to merge %2 with.</source>
        <translation>Keine spätere %1-Markierung, mit der %2 zusammengeführt werden kann.</translation>
    </message>
    <message>
        <source>Merge %1 and %2</source>
        <translation>%1 und %2 zusammenführen</translation>
    </message>
    <message>
        <source>%1 is in no entity.</source>
        <translation>%1 gehört zu keiner Entität.</translation>
    </message>
    <message>
        <source>Select an entity mention first.</source>
        <translation>Zuerst eine Erwähnung einer Entität wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n mention(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Erwähnung)</numerusform>
            <numerusform>%1 (%2, %n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no other entity to merge with.</source>
        <translation>Der Artikel hat keine andere Entität zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>Entität zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into which entity?</source>
        <translation>Mit welcher Entität soll %1 zusammengeführt werden?</translation>
    </message>
    <message>
        <source>Merge entity %1 into %2</source>
        <translation>Entität %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Split %1 from entity %2</source>
        <translation>%1 aus Entität %2 lösen</translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation>Zuerst ein Zitat wählen.</translation>
    </message>
    <message>
        <source>Set cue of %1 to %2</source>
        <translation>Redeeinleitung von %1: %2</translation>
    </message>
    <message>
        <source>The selected text is not part of the article.</source>
        <translation>Der ausgewählte Text gehört nicht zum Artikel.</translation>
    </message>
    <message>
        <source>%1 — …%2[%3]%4…</source>
        <translation>%1 — …%2[%3]%4…</translation>
    </message>
    <message>
        <source>Select the cue&apos;s words in the page or the text first: the article has no cue span yet.</source>
        <translation>Wählen Sie zuerst die Wörter der Redeeinleitung auf der Seite oder im Text: Der Artikel hat noch keine Redeeinleitung.</translation>
    </message>
    <message>
        <source>Quote Cue</source>
        <translation>Redeeinleitung des Zitats</translation>
    </message>
    <message>
        <source>Which words introduce %1?</source>
        <translation>Welche Wörter leiten %1 ein?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n mention(s), %3)</source>
        <translation>
            <numerusform>%1 (%2, %n Erwähnung, %3)</numerusform>
            <numerusform>%1 (%2, %n Erwähnungen, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rejected)</source>
        <translation>%1 (abgelehnt)</translation>
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
    <message>
        <source>Pages in the archive</source>
        <translation>Seiten im Archiv</translation>
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
</TS>
