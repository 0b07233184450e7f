<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>This project is open read-only (another window or process has it open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document from the Project panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the document, or click a highlight to link it, first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a highlight in the document or the Annotations panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR reads images and scanned PDFs; the open document is {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a PDF can carry its highlights as PDF annotations; the open document is {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EPUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PDF, web page, text file or image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture web page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a live page with its images and stylesheets into a WARC and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all documents: a quote, a regular expression or an actor with all its names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;claim from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected highlight and its links (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find all &amp;mentions of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the picked actor&apos;s unmarked mentions in every document of the project (one undo step); the reader stays where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge ac&amp;tors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place document with new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an edited article or corrected PDF and re-anchor its highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, author, publisher, date and URL of the open document (exports cite them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise te&amp;xt (OCR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; languages in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations file (JSON, W3C, Hypothesis)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in another analyst&apos;s copy of this project; decide each conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull and push changes with the team&apos;s CouchDB server (one undoable step); the status bar shows the last sync, changes waiting and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement with another project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict kappa and highlight overlap F1 against another analyst&apos;s project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF with its &amp;highlights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the open PDF with the highlights as annotations other PDF readers show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of this window, from its menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sourcemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
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
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations as JSON (native)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotations as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tors as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents and their provenance as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim&amp;Review (schema.org)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;graph (GraphML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FollowTheMoney entities for Aleph…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToProjectDialog</name>
    <message>
        <source>Add to project – Sourcemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &lt;b&gt;{escape}&lt;/b&gt; to which project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects: add &lt;b&gt;{escape}&lt;/b&gt; to a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with “{project_b}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims judged by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (verdicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights A / B / overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same category (overlapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Welcome to Sourcemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is recorded on every highlight, verdict and entry of the audit log. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter quotes and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a server may stay silent before the capture fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the whole capture may take (the page, its images and stylesheets, and Chromium), however slowly a server keeps sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most bytes to read, the page and its images and stylesheets together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The User-Agent sent to the server (empty: the default, naming Sourcemark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add a screenshot (PNG) and a PDF print (Chromium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 request (*.tsq)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureRunner</name>
    <message>
        <source>A capture is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot capture: {dialog_message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture could not be saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimReviewDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact-checking organisation (default: each claim&apos;s analyst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/fact-checks/{id}  ({id}: one page per claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at (url):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s fact-check result requires what is listed below; the file can be exported all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review has what Google&apos;s fact-check result requires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(zone unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (camera clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 camera-local (zone unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher / site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (EXIF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified (EXIF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By-line (IPTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (IPTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator (XMP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (XMP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited with (XMP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (GPS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful date: {date_doubt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a document from the project to read and annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no documents yet.

Drop files here (PDF, web page, text, image, web archive), or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be shown: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %Ln p.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {name}: {exc}

Your project is safe: every change is saved as you make it.
Details were written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcemark – unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} written: {name} in {parent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gestures</name>
    <message>
        <source>select the new place in the same document as the orphan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Select a claim, actor, source, document or highlight to see what it is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole graph in the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source> (as written: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Rationale: how the verdict was reached, with the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a highlight or an object to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim, as you will check it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note… (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (as written “{written}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · page {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepTyped</name>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed text in this dialog. Close it and discard the text?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}

Another Sourcemark is editing this project. Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}

Restore the newest good backup ({backup})? The damaged files are kept as a backup of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the demo project: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict (new claim):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (new actor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter A–F and a digit 1–6, e.g. B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to the existing {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to {name}; written here as “{selected_text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this actor&apos;s unmarked mentions in every document (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (read-only) – Sourcemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the sync; close the window again once it has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Sourcemark?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is still running. Stop it and close the window? Nothing of it is added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this project&apos;s (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other&apos;s (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge project “{other_name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for {kind} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {project}, by {analysts}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {kind}: {added} new, {updated} changed, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n object(s) you deleted stay deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>OCR is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image or a scanned PDF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR cannot start: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising the text of “{title}” ({lang})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising page {min} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>Select the new place of an orphan in the document, then re-attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an orphan in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the new place of the highlight in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose pages to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(cannot be read: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ {title} (frame of {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add chosen pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text layer (a scan?) in {names}: the pages can be viewed, and their text quoted once it is recognised (OCR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of those pages can be quoted once it is recognised (OCR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {name}: wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password did not work. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document to replace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace the document with {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF whose highlights you want to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF with highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with highlights ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report ({format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the details: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <source>Capture (as the archive states it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find all mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Possible misspellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These look like misspellings of {name}:

{listed}

Mark them as mentions too (reason: misspelling)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this actor (the others become its aliases):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReanchorBar</name>
    <message>
        <source>Show orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{short}” was replaced by a new version. Highlights re-anchored: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words as written; case, accents and dashes ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python regular expression, e.g. \b\d{1,3}(,\d{3})+ troops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor&apos;s name or alias: finds every name, alias and confirmed misspelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search; the results found so far stay listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… {count} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded on your highlights and in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found (install tesseract-ocr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
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
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Sourcemark is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (File &gt; Sync now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the open project with the team&apos;s server every N minutes (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question colour:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous pane (the reader and each panel on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field within a pane; leaving a text field saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the inspector field being typed in, and stay in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the verdict in the Claims table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Find bar or a dialog (a dialog with typed text asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &gt; Sync now to sync with the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: {lower}{counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project names a sync server you have not confirmed on this computer:

{url}

Syncing sends the project, and the sync credentials set on this computer, to it. Sync with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (http(s)://host:port/database; user:password@ is used, never stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {analysts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with {url}: nothing else came in{by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>server not confirmed: File &gt; Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing what came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Merge another analyst&apos;s project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with another analyst&apos;s project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Claim: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as “{written}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {title} [{grade}] — {relation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unproven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made-by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome – Sourcemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Highlight articles and PDFs, link what they say to claims, actors and sources, and record your verdicts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
