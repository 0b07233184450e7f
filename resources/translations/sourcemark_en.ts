<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentDialog</name>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation>
            <numerusform>Hidden, left out of the text (%Ln passage):</numerusform>
            <numerusform>Hidden, left out of the text (%Ln passages):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <source>{kind}, %Ln p.</source>
        <translation>
            <numerusform>{kind}, %Ln p.</numerusform>
            <numerusform>{kind}, %Ln pp.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation>
            <numerusform>Show objects up to %Ln link away</numerusform>
            <numerusform>Show objects up to %Ln links away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation>
            <numerusform>{kind}: %Ln linked object</numerusform>
            <numerusform>{kind}: %Ln linked objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation>
            <numerusform> within %Ln hop</numerusform>
            <numerusform> within %Ln hops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation>
            <numerusform>, %Ln more not drawn (click “+N more”)</numerusform>
            <numerusform>, %Ln more not drawn (click “+N more”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation>
            <numerusform>%Ln more linked object: click to draw it</numerusform>
            <numerusform>%Ln more linked objects: click to draw them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>  %Ln object(s) you deleted stay deleted</source>
        <translation>
            <numerusform>  %Ln object you deleted stays deleted</numerusform>
            <numerusform>  %Ln objects you deleted stay deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation>
            <numerusform>%Ln conflict: both analysts changed it; choose which version to keep.</numerusform>
            <numerusform>%Ln conflicts: both analysts changed these; choose which version to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message numerus="yes">
        <source>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}) recognised %n word on {title}; highlights: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}): %n word recognised; highlights: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation>
            <numerusform>{file_name} holds %n archived web page. Each page you tick becomes a document; nothing in them is fetched.</numerusform>
            <numerusform>{file_name} holds %n archived web pages. Each page you tick becomes a document; nothing in them is fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation>
            <numerusform>Added {added} of %n file.</numerusform>
            <numerusform>Added {added} of %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation>
            <numerusform>No unmarked mentions of {name} in the %n document of this project.</numerusform>
            <numerusform>No unmarked mentions of {name} in the %n documents of this project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation>
            <numerusform>Marked %n new mention of {name}</numerusform>
            <numerusform>Marked %n new mentions of {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation>
            <numerusform> in %n document:

{touched}

Undo removes them all.</numerusform>
            <numerusform> in %n documents:

{touched}

Undo removes them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n selected claims</source>
        <translation>
            <numerusform>%n selected claim</numerusform>
            <numerusform>%n selected claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n claims of the project</source>
        <translation>
            <numerusform>all %n claim of the project</numerusform>
            <numerusform>all %n claims of the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source links</source>
        <translation>
            <numerusform>%n source link</numerusform>
            <numerusform>%n source links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> in %Ln document</numerusform>
            <numerusform> in %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation>
            <numerusform> (the first %Ln; narrow the search)</numerusform>
            <numerusform> (the first %Ln; narrow the search)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message numerus="yes">
        <source>; %Ln conflict(s) left</source>
        <translation>
            <numerusform>; %Ln conflict left</numerusform>
            <numerusform>; %Ln conflicts left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation>
            <numerusform>Synced with {url}: %Ln change{by} came in and is already in this project.</numerusform>
            <numerusform>Synced with {url}: %Ln changes{by} came in and are already in this project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to purge from the server</source>
        <translation>
            <numerusform>%Ln to purge from the server</numerusform>
            <numerusform>%Ln to purge from the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln purged from the server</source>
        <translation>
            <numerusform>; %Ln purged from the server</numerusform>
            <numerusform>; %Ln purged from the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln change(s) in</source>
        <translation>
            <numerusform>%Ln change in</numerusform>
            <numerusform>%Ln changes in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) out</source>
        <translation>
            <numerusform>%Ln revision out</numerusform>
            <numerusform>%Ln revisions out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in</source>
        <translation>
            <numerusform>%Ln file in</numerusform>
            <numerusform>%Ln files in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) decided</source>
        <translation>
            <numerusform>; %Ln conflict decided</numerusform>
            <numerusform>; %Ln conflicts decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln deleted on the server, so here too</source>
        <translation>
            <numerusform>; %Ln deleted on the server, so here too</numerusform>
            <numerusform>; %Ln deleted on the server, so here too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left out (unreadable or invalid)</source>
        <translation>
            <numerusform>; %Ln left out (unreadable or invalid)</numerusform>
            <numerusform>; %Ln left out (unreadable or invalid)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) came in</source>
        <translation>
            <numerusform>%Ln change came in</numerusform>
            <numerusform>%Ln changes came in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln document(s) sent, the next sync completes the checkpoint</source>
        <translation>
            <numerusform>%Ln document sent, the next sync completes the checkpoint</numerusform>
            <numerusform>all %Ln documents sent, the next sync completes the checkpoint</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation>
            <numerusform>Merged %n change from {other_name} in one step (Undo reverts it).</numerusform>
            <numerusform>Merged %n changes from {other_name} in one step (Undo reverts it).</numerusform>
        </translation>
    </message>
</context>
</TS>
