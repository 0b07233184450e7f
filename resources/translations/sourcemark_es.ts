<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</TS>
