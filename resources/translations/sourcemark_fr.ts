<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcemark</source>
        <translation>À propos de Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT licence</source>
        <translation>Un atelier de vérification des sources : surlignez des passages d&apos;articles et de PDF, et reliez-les à des affirmations avec verdicts, à des acteurs et à des sources cotées.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;Licence MIT</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear: %1</source>
        <translation>Effacer : %1</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>This project is open read-only (another window or process has it open)</source>
        <translation>Ce projet est ouvert en lecture seule (une autre fenêtre ou un autre processus l&apos;a ouvert)</translation>
    </message>
    <message>
        <source>Open a document from the Project panel first</source>
        <translation>Ouvrez d&apos;abord un document depuis le panneau Projet</translation>
    </message>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first</source>
        <translation>Sélectionnez d&apos;abord du texte dans le document (ou tracez un rectangle sur une image)</translation>
    </message>
    <message>
        <source>Select some text in the document, or click a highlight to link it, first</source>
        <translation>Sélectionnez d&apos;abord du texte dans le document, ou cliquez sur un surlignage pour le lier</translation>
    </message>
    <message>
        <source>Click a highlight in the document or the Annotations panel first</source>
        <translation>Cliquez d&apos;abord sur un surlignage du document ou du panneau Annotations</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first</source>
        <translation>Choisissez d&apos;abord un acteur dans le panneau Acteurs</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them</source>
        <translation>Sélectionnez deux acteurs ou plus dans le panneau Acteurs (Ctrl+clic) pour les fusionner</translation>
    </message>
    <message>
        <source>OCR reads images and scanned PDFs; the open document is {kind}</source>
        <translation>L&apos;OCR lit les images et les PDF numérisés ; le document ouvert est {kind}</translation>
    </message>
    <message>
        <source>Only a PDF can carry its highlights as PDF annotations; the open document is {kind}</source>
        <translation>Seul un PDF peut porter ses surlignages sous forme d&apos;annotations PDF ; le document ouvert est {kind}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>an HTML article</source>
        <translation>un article HTML</translation>
    </message>
    <message>
        <source>an EPUB</source>
        <translation>un EPUB</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>This project does not sync with a server: there is nothing to purge</source>
        <translation>Ce projet ne se synchronise avec aucun serveur : il n&apos;y a rien à purger</translation>
    </message>
    <message>
        <source>Click a highlight, or pick a document, claim, actor or source, first</source>
        <translation>Cliquez d&apos;abord sur un surlignage, ou choisissez un document, une affirmation, un acteur ou une source</translation>
    </message>
    <message>
        <source>Select one or more rows of this list first</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs lignes de cette liste</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open demo pro&amp;ject</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Ajouter un document…</translation>
    </message>
    <message>
        <source>Add a PDF, web page, text file or image</source>
        <translation>Ajouter un PDF, une page web, un fichier texte ou une image</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Capture web page…</source>
        <translation>&amp;Capturer une page web…</translation>
    </message>
    <message>
        <source>Fetch a live page with its images and stylesheets into a WARC and add it</source>
        <translation>Récupérer une page en ligne avec ses images et feuilles de style dans un WARC et l&apos;ajouter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find in the open document</source>
        <translation>Rechercher dans le document ouvert</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation>Rechercher dans le pro&amp;jet…</translation>
    </message>
    <message>
        <source>Search all documents: a quote, a regular expression or an actor with all its names</source>
        <translation>Rechercher dans tous les documents : une citation, une expression régulière ou un acteur avec tous ses noms</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>Surligner le texte sélectionné</translation>
    </message>
    <message>
        <source>New &amp;claim from selection…</source>
        <translation>Nouvelle &amp;affirmation depuis la sélection…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Link &amp;actor…</source>
        <translation>Lier un a&amp;cteur…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Link &amp;source…</source>
        <translation>Lier une s&amp;ource…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>Supprimer le surligna&amp;ge</translation>
    </message>
    <message>
        <source>Delete the selected highlight and its links (Undo brings them back)</source>
        <translation>Supprimer le surlignage sélectionné et ses liens (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Delete and purge from ser&amp;ver…</source>
        <translation>Supprimer et purger du ser&amp;veur…</translation>
    </message>
    <message>
        <source>Delete the selected highlight, document, claim, actor or source, and have the next sync remove it from the team&apos;s server (Undo brings it back and cancels the purge)</source>
        <translation>Supprime le surlignage, le document, l&apos;affirmation, l&apos;acteur ou la source sélectionné, et la prochaine synchronisation le purge du serveur de l&apos;équipe (Annuler le rétablit et annule la purge)</translation>
    </message>
    <message>
        <source>Find all &amp;mentions of actor</source>
        <translation>Trouver toutes les &amp;mentions de l&apos;acteur</translation>
    </message>
    <message>
        <source>Mark the picked actor&apos;s unmarked mentions in every document of the project (one undo step); the reader stays where it is</source>
        <translation>Marquer les mentions non marquées de l&apos;acteur choisi dans tous les documents du projet (une seule étape d&apos;annulation) ; le lecteur reste où il est</translation>
    </message>
    <message>
        <source>Merge ac&amp;tors…</source>
        <translation>&amp;Fusionner des acteurs…</translation>
    </message>
    <message>
        <source>Re&amp;place document with new version…</source>
        <translation>Rem&amp;placer le document par une nouvelle version…</translation>
    </message>
    <message>
        <source>Import an edited article or corrected PDF and re-anchor its highlights</source>
        <translation>Importer un article modifié ou un PDF corrigé et réancrer ses surlignages</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>Propriétés du doc&amp;ument…</translation>
    </message>
    <message>
        <source>Title, author, publisher, date and URL of the open document (exports cite them)</source>
        <translation>Titre, auteur, éditeur, date et URL du document ouvert (les exports les citent)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le rappor&amp;t…</translation>
    </message>
    <message>
        <source>A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview</source>
        <translation>Un rapport de vérification (affirmations, verdicts, citations, sources, acteurs) en PDF ou HTML, avec aperçu</translation>
    </message>
    <message>
        <source>Recognise te&amp;xt (OCR)…</source>
        <translation>Reconnaître le te&amp;xte (OCR)…</translation>
    </message>
    <message>
        <source>Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; languages in Settings)</source>
        <translation>Donner une couche de texte aux pages sans texte d&apos;une image ou d&apos;un PDF numérisé (Tesseract ; langues dans les Paramètres)</translation>
    </message>
    <message>
        <source>&amp;Annotations file (JSON, W3C, Hypothesis)…</source>
        <translation>&amp;Fichier d&apos;annotations (JSON, W3C, Hypothesis)…</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>&amp;Fusionner un projet…</translation>
    </message>
    <message>
        <source>Bring in another analyst&apos;s copy of this project; decide each conflict</source>
        <translation>Intégrer la copie de ce projet d&apos;un autre analyste ; trancher chaque conflit</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Pull and push changes with the team&apos;s CouchDB server (one undoable step); the status bar shows the last sync, changes waiting and conflicts</source>
        <translation>Recevoir et envoyer les modifications avec le serveur CouchDB de l&apos;équipe (une seule étape d&apos;annulation) ; la barre d&apos;état indique la dernière synchronisation, les modifications en attente et les conflits</translation>
    </message>
    <message>
        <source>&amp;Agreement with another project…</source>
        <translation>&amp;Concordance avec un autre projet…</translation>
    </message>
    <message>
        <source>Verdict kappa and highlight overlap F1 against another analyst&apos;s project</source>
        <translation>Kappa des verdicts et F1 de recouvrement des surlignages par rapport au projet d&apos;un autre analyste</translation>
    </message>
    <message>
        <source>This PDF with its &amp;highlights…</source>
        <translation>Ce &amp;PDF avec ses surlignages…</translation>
    </message>
    <message>
        <source>A copy of the open PDF with the highlights as annotations other PDF readers show</source>
        <translation>Une copie du PDF ouvert avec les surlignages sous forme d&apos;annotations que les autres lecteurs PDF affichent</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of this window, from its menus</source>
        <translation>Toutes les touches de cette fenêtre, d&apos;après ses menus</translation>
    </message>
    <message>
        <source>&amp;About Sourcemark</source>
        <translation>À &amp;propos de Sourcemark</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Annotations as JSON (native)…</source>
        <translation>&amp;Annotations en JSON (natif)…</translation>
    </message>
    <message>
        <source>A&amp;nnotations as CSV…</source>
        <translation>A&amp;nnotations en CSV…</translation>
    </message>
    <message>
        <source>&amp;Claims as CSV…</source>
        <translation>A&amp;ffirmations en CSV…</translation>
    </message>
    <message>
        <source>Ac&amp;tors as CSV…</source>
        <translation>Ac&amp;teurs en CSV…</translation>
    </message>
    <message>
        <source>&amp;Sources as CSV…</source>
        <translation>&amp;Sources en CSV…</translation>
    </message>
    <message>
        <source>&amp;Documents and their provenance as CSV…</source>
        <translation>&amp;Documents et leur provenance en CSV…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation>Annotations web &amp;W3C (JSON-LD)…</translation>
    </message>
    <message>
        <source>Claim&amp;Review (schema.org)…</source>
        <translation>Claim&amp;Review (schema.org)…</translation>
    </message>
    <message>
        <source>Evidence &amp;graph (GraphML)…</source>
        <translation>&amp;Graphe des preuves (GraphML)…</translation>
    </message>
    <message>
        <source>&amp;FollowTheMoney entities for Aleph…</source>
        <translation>Entités F&amp;ollowTheMoney pour Aleph…</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu&apos;écrit</translation>
    </message>
</context>
<context>
    <name>AddToProjectDialog</name>
    <message>
        <source>Add to project – Sourcemark</source>
        <translation>Ajouter au projet – Sourcemark</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;{name}&lt;/b&gt; to which project?</source>
        <translation>Ajouter &lt;b&gt;{name}&lt;/b&gt; à quel projet ?</translation>
    </message>
    <message>
        <source>No recent projects: add &lt;b&gt;{name}&lt;/b&gt; to a new one?</source>
        <translation>Aucun projet récent : ajouter &lt;b&gt;{name}&lt;/b&gt; à un nouveau ?</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Agreement with “{project_b}”</source>
        <translation>Concordance avec « {project_b} »</translation>
    </message>
    <message>
        <source>Claims judged by both</source>
        <translation>Affirmations jugées par les deux</translation>
    </message>
    <message>
        <source>Same verdict</source>
        <translation>Même verdict</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (verdicts)</source>
        <translation>Kappa de Cohen (verdicts)</translation>
    </message>
    <message>
        <source>Documents compared</source>
        <translation>Documents comparés</translation>
    </message>
    <message>
        <source>Highlights A / B / overlapping</source>
        <translation>Surlignages A / B / qui se recouvrent</translation>
    </message>
    <message>
        <source>Span overlap F1</source>
        <translation>F1 de recouvrement des passages</translation>
    </message>
    <message>
        <source>Same category (overlapping)</source>
        <translation>Même catégorie (recouvrements)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (categories)</source>
        <translation>Kappa de Cohen (catégories)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Disagreements ({count})</source>
        <translation>Désaccords ({count})</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Welcome to Sourcemark</source>
        <translation>Bienvenue dans Sourcemark</translation>
    </message>
    <message>
        <source>Your name is recorded on every highlight, verdict and entry of the audit log. You can change it later in Settings.</source>
        <translation>Votre nom est enregistré sur chaque surlignage, verdict et entrée du journal d&apos;audit. Vous pourrez le modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Nom de l&apos;analyste</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancrage</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter quotes and notes…</source>
        <translation>Filtrer les citations et les notes…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtrer les annotations</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation>Tout ancrage</translation>
    </message>
    <message>
        <source>Linked to anything</source>
        <translation>Lié à n&apos;importe quoi</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Filter by anchor</source>
        <translation>Filtrer par ancrage</translation>
    </message>
    <message>
        <source>Filter by linked object</source>
        <translation>Filtrer par objet lié</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>Bidi</name>
    <message>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture web page</source>
        <translation>Capturer une page web</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a server may stay silent before the capture fails</source>
        <translation>Combien de temps un serveur peut rester muet avant que la capture échoue</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>How long the whole capture may take (the page, its images and stylesheets, and Chromium), however slowly a server keeps sending</source>
        <translation>Combien de temps peut durer toute la capture (la page, ses images et feuilles de style, et Chromium), quelle que soit la lenteur du serveur</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Limite de temps :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Most bytes to read, the page and its images and stylesheets together</source>
        <translation>Nombre maximal d&apos;octets à lire, la page et ses images et feuilles de style ensemble</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Limite de taille :</translation>
    </message>
    <message>
        <source>The User-Agent sent to the server (empty: the default, naming Sourcemark)</source>
        <translation>Le User-Agent envoyé au serveur (vide : celui par défaut, qui nomme Sourcemark)</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent :</translation>
    </message>
    <message>
        <source>Also add a screenshot (PNG) and a PDF print (Chromium)</source>
        <translation>Ajouter aussi une capture d&apos;écran (PNG) et une impression PDF (Chromium)</translation>
    </message>
    <message>
        <source>Time-stamp request file</source>
        <translation>Fichier de demande d&apos;horodatage</translation>
    </message>
    <message>
        <source>optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC</source>
        <translation>facultatif : un fichier pour une demande d&apos;horodatage RFC 3161 (.tsq) du WARC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Time-stamp request:</source>
        <translation>Demande d&apos;horodatage :</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturer</translation>
    </message>
    <message>
        <source>Time-stamp request</source>
        <translation>Demande d&apos;horodatage</translation>
    </message>
    <message>
        <source>RFC 3161 request (*.tsq)</source>
        <translation>Demande RFC 3161 (*.tsq)</translation>
    </message>
</context>
<context>
    <name>CaptureRunner</name>
    <message>
        <source>A capture is already running.</source>
        <translation>Une capture est déjà en cours.</translation>
    </message>
    <message>
        <source>Cannot capture: {dialog_message}</source>
        <translation>Capture impossible : {dialog_message}</translation>
    </message>
    <message>
        <source>Capture web page</source>
        <translation>Capturer une page web</translation>
    </message>
    <message>
        <source>Capturing {url}…</source>
        <translation>Capture de {url}…</translation>
    </message>
    <message>
        <source>Capture failed: {message}</source>
        <translation>La capture a échoué : {message}</translation>
    </message>
    <message>
        <source>The capture could not be saved: {message}</source>
        <translation>La capture n&apos;a pas pu être enregistrée : {message}</translation>
    </message>
</context>
<context>
    <name>ClaimReviewDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation>Exporter ClaimReview</translation>
    </message>
    <message>
        <source>the fact-checking organisation (default: each claim&apos;s analyst)</source>
        <translation>l&apos;organisation de fact-checking (par défaut : l&apos;analyste de chaque affirmation)</translation>
    </message>
    <message>
        <source>https://example.org/fact-checks/{id}  ({id}: one page per claim)</source>
        <translation>https://example.org/fact-checks/{id}  ({id} : une page par affirmation)</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Published at (url):</source>
        <translation>Publié à (url) :</translation>
    </message>
    <message>
        <source>Claims lacking what ClaimReview requires</source>
        <translation>Affirmations auxquelles manque ce qu&apos;exige ClaimReview</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Google&apos;s fact-check result requires what is listed below; the file can be exported all the same.</source>
        <translation>Le résultat de vérification de Google exige ce qui est listé ci-dessous ; le fichier peut tout de même être exporté.</translation>
    </message>
    <message>
        <source>Every review has what Google&apos;s fact-check result requires.</source>
        <translation>Chaque vérification contient ce qu&apos;exige le résultat de vérification de Google.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Passages</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(zone unknown)</source>
        <translation>(fuseau inconnu)</translation>
    </message>
    <message>
        <source>%1 %2 (camera clock)</source>
        <translation>%1 %2 (horloge de l&apos;appareil)</translation>
    </message>
    <message>
        <source>%1 camera-local (zone unknown)</source>
        <translation>%1 heure locale de l&apos;appareil (fuseau inconnu)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete from this project:</source>
        <translation>Supprimer de ce projet :</translation>
    </message>
    <message>
        <source>With them go the links and highlights that hang on them:</source>
        <translation>Avec eux partent les liens et surlignages qui en dépendent :</translation>
    </message>
    <message>
        <source>A document open in the reader closes. Its original file stays in the project folder.</source>
        <translation>Un document ouvert dans le lecteur se ferme. Son fichier original reste dans le dossier du projet.</translation>
    </message>
    <message>
        <source>The next sync deletes them on the team&apos;s server too, for every analyst.</source>
        <translation>La prochaine synchronisation les supprime aussi du serveur de l&apos;équipe, pour chaque analyste.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back in one step.</source>
        <translation>Annuler (Ctrl+Z) rétablit tout en une seule étape.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Publisher / site:</source>
        <translation>Éditeur / site :</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD):</source>
        <translation>Publié (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Camera make:</source>
        <translation>Marque de l&apos;appareil :</translation>
    </message>
    <message>
        <source>Camera model:</source>
        <translation>Modèle de l&apos;appareil :</translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Taken (EXIF):</source>
        <translation>Prise (EXIF) :</translation>
    </message>
    <message>
        <source>Modified (EXIF):</source>
        <translation>Modifiée (EXIF) :</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Logiciel :</translation>
    </message>
    <message>
        <source>Artist:</source>
        <translation>Artiste :</translation>
    </message>
    <message>
        <source>By-line (IPTC):</source>
        <translation>Signature (IPTC) :</translation>
    </message>
    <message>
        <source>Caption (IPTC):</source>
        <translation>Légende (IPTC) :</translation>
    </message>
    <message>
        <source>Creator (XMP):</source>
        <translation>Créateur (XMP) :</translation>
    </message>
    <message>
        <source>Description (XMP):</source>
        <translation>Description (XMP) :</translation>
    </message>
    <message>
        <source>Edited with (XMP):</source>
        <translation>Retouchée avec (XMP) :</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation>URL demandée</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL finale</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>Capturée le (heure locale)</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Resources recorded</source>
        <translation>Ressources enregistrées</translation>
    </message>
    <message>
        <source>Captured with</source>
        <translation>Capturée avec</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Redirections</translation>
    </message>
    <message>
        <source>Refused addresses</source>
        <translation>Adresses refusées</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>SHA-256 du WARC</translation>
    </message>
    <message>
        <source>WARC file</source>
        <translation>Fichier WARC</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Date telle qu&apos;écrite</translation>
    </message>
    <message>
        <source>Saved date as written</source>
        <translation>Date d&apos;enregistrement telle qu&apos;écrite</translation>
    </message>
    <message>
        <source>Data package hash</source>
        <translation>Empreinte du paquet de données</translation>
    </message>
    <message>
        <source>Frame of</source>
        <translation>Cadre de</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Rendered at</source>
        <translation>Rendue le</translation>
    </message>
    <message>
        <source>Rendered from</source>
        <translation>Rendue depuis</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Recorded for rendering</source>
        <translation>Enregistré pour le rendu</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Capture document</source>
        <translation>Document de la capture</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Location (GPS):</source>
        <translation>Lieu (GPS) :</translation>
    </message>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation>
            <numerusform>Masqué, exclu du texte (%Ln passage) :</numerusform>
            <numerusform>Masqué, exclu du texte (%Ln passages) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Doubtful date: {date_doubt}.</source>
        <translation>Date douteuse : {date_doubt}.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a document from the project to read and annotate it.</source>
        <translation>Ouvrez un document du projet pour le lire et l&apos;annoter.</translation>
    </message>
    <message>
        <source>This project has no documents yet.

Drop files here (PDF, web page, text, image, web archive), or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).</source>
        <translation>Ce projet n&apos;a pas encore de documents.

Déposez des fichiers ici (PDF, page web, texte, image, archive web), ou utilisez Fichier › Ajouter un document… (Ctrl+Maj+O) ou Fichier › Capturer une page web… (Ctrl+Maj+U).</translation>
    </message>
    <message>
        <source>This document cannot be shown: {message}</source>
        <translation>Ce document ne peut pas être affiché : {message}</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %Ln p.</source>
        <translation>
            <numerusform>{kind}, %Ln p.</numerusform>
            <numerusform>{kind}, %Ln p.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Passages</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Search %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {name}: {exc}

Your project is safe: every change is saved as you make it.
Details were written to {path}</source>
        <translation>Une erreur s&apos;est produite : {name} : {exc}

Votre projet est intact : chaque modification est enregistrée au fur et à mesure.
Les détails ont été écrits dans {path}</translation>
    </message>
    <message>
        <source>Sourcemark – unexpected error</source>
        <translation>Sourcemark – erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>Ouvrir le dossier où le fichier a été écrit</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{what} written: {name} in {parent}</source>
        <translation>{what} écrit : {name} dans {parent}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Select a claim, actor, source, document or highlight to see what it is linked to.</source>
        <translation>Sélectionnez une affirmation, un acteur, une source, un document ou un surlignage pour voir ses liens.</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Sauts :</translation>
    </message>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation>
            <numerusform>Afficher les objets jusqu'à %Ln lien de distance</numerusform>
            <numerusform>Afficher les objets jusqu'à %Ln liens de distance</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole graph in the panel</source>
        <translation>Ajuster tout le graphe au panneau</translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation>
            <numerusform>{kind} : %Ln objet lié</numerusform>
            <numerusform>{kind} : %Ln objets liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation>
            <numerusform> à %Ln saut</numerusform>
            <numerusform> à %Ln sauts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation>
            <numerusform>, %Ln de plus non dessiné (cliquez sur « +N de plus »)</numerusform>
            <numerusform>, %Ln de plus non dessinés (cliquez sur « +N de plus »)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source> (as written: {names})</source>
        <translation> (tel qu&apos;écrit : {names})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation>
            <numerusform>%Ln objet lié de plus : cliquez pour le dessiner</numerusform>
            <numerusform>%Ln objets liés de plus : cliquez pour les dessiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Aliases: {aliases}</source>
        <translation>Alias : {aliases}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Cote &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rationale: how the verdict was reached, with the evidence…</source>
        <translation>Justification : comment le verdict a été établi, avec les preuves…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Description…</translation>
    </message>
    <message>
        <source>Notes on this source…</source>
        <translation>Notes sur cette source…</translation>
    </message>
    <message>
        <source>Select a highlight or an object to see its details.</source>
        <translation>Sélectionnez un surlignage ou un objet pour voir ses détails.</translation>
    </message>
    <message>
        <source>The claim, as you will check it…</source>
        <translation>L&apos;affirmation, telle que vous allez la vérifier…</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>Formulation de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Link source…</source>
        <translation>Lier une source…</translation>
    </message>
    <message>
        <source>Link actor…</source>
        <translation>Lier un acteur…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict :</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note… (saved when you leave the field)</source>
        <translation>Note… (enregistrée quand vous quittez le champ)</translation>
    </message>
    <message>
        <source>Delete {value}</source>
        <translation>Supprimer : {value}</translation>
    </message>
    <message>
        <source>  (as written “{written}”)</source>
        <translation>  (écrit « {written} »)</translation>
    </message>
    <message>
        <source> · page {pages}</source>
        <translation> · page {pages}</translation>
    </message>
    <message>
        <source>anchor {state}</source>
        <translation>ancrage {state}</translation>
    </message>
</context>
<context>
    <name>KeepTyped</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner la saisie ?</translation>
    </message>
    <message>
        <source>You typed text in this dialog. Close it and discard the text?</source>
        <translation>Vous avez saisi du texte dans cette boîte de dialogue. La fermer et abandonner le texte ?</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>{exc}

Another Sourcemark is editing this project. Open it read-only?</source>
        <translation>{exc}

Un autre Sourcemark modifie ce projet. L&apos;ouvrir en lecture seule ?</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}</source>
        <translation>Impossible d&apos;ouvrir {name} : {exc}</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}

Restore the newest good backup ({backup})? The damaged files are kept as a backup of their own.</source>
        <translation>Impossible d&apos;ouvrir {name} : {exc}

Restaurer la dernière sauvegarde valide ({backup}) ? Les fichiers endommagés sont conservés dans une sauvegarde à part.</translation>
    </message>
    <message>
        <source>Cannot restore {name}: {exc}</source>
        <translation>Impossible de restaurer {name} : {exc}</translation>
    </message>
    <message>
        <source>Cannot build the demo project: {exc}</source>
        <translation>Impossible de créer le projet de démonstration : {exc}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>Dossier du nouveau projet</translation>
    </message>
    <message>
        <source>Cannot create the project: {exc}</source>
        <translation>Impossible de créer le projet : {exc}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a claim</source>
        <translation>Lier à une affirmation</translation>
    </message>
    <message>
        <source>Link to an actor</source>
        <translation>Lier à un acteur</translation>
    </message>
    <message>
        <source>Link to a source</source>
        <translation>Lier à une source</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Affirmation :</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation :</translation>
    </message>
    <message>
        <source>Verdict (new claim):</source>
        <translation>Verdict (nouvelle affirmation) :</translation>
    </message>
    <message>
        <source>Kind (new actor):</source>
        <translation>Type (nouvel acteur) :</translation>
    </message>
    <message>
        <source>Name as written is:</source>
        <translation>Le nom tel qu&apos;écrit est :</translation>
    </message>
    <message>
        <source>the usual form</source>
        <translation>la forme habituelle</translation>
    </message>
    <message>
        <source>Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>Cote de l&apos;Amirauté : fiabilité de la source de A (entièrement fiable) à F (impossible à évaluer), crédibilité de l&apos;information de 1 (confirmée) à 6 (impossible à évaluer)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Cote :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Éditeur :</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publié :</translation>
    </message>
    <message>
        <source>a letter A–F and a digit 1–6, e.g. B2</source>
        <translation>une lettre A–F et un chiffre 1–6, par ex. B2</translation>
    </message>
    <message>
        <source>Type a name, or pick one from the list.</source>
        <translation>Saisissez un nom ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Links to the existing {value}.</source>
        <translation>Lie à l&apos;objet existant : {value}.</translation>
    </message>
    <message>
        <source>Creates a new {value}.</source>
        <translation>Crée un nouvel objet : {value}.</translation>
    </message>
    <message>
        <source>Links to {name}; written here as “{selected_text}”.</source>
        <translation>Lie à {name} ; écrit ici « {selected_text} ».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search documents…</source>
        <translation>Rechercher des documents…</translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation>Rechercher des affirmations…</translation>
    </message>
    <message>
        <source>Search actors…</source>
        <translation>Rechercher des acteurs…</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Mark this actor&apos;s unmarked mentions in every document (one undo step)</source>
        <translation>Marquer les mentions non marquées de cet acteur dans tous les documents (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the selected actors</source>
        <translation>Fusionner les acteurs sélectionnés</translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation>Rechercher des sources…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>A&amp;ffirmations</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>&amp;Orphelins</translation>
    </message>
    <message>
        <source>Evidence &amp;graph</source>
        <translation>&amp;Graphe des preuves</translation>
    </message>
    <message>
        <source>Sea&amp;rch project</source>
        <translation>Rec&amp;herche dans le projet</translation>
    </message>
    <message>
        <source>{name} (read-only) – Sourcemark</source>
        <translation>{name} (lecture seule) – Sourcemark</translation>
    </message>
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
            <numerusform>%Ln surlignage</numerusform>
            <numerusform>%Ln surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <source> · saved in {folder}</source>
        <translation> · enregistré dans {folder}</translation>
    </message>
    <message>
        <source>Cancelling the sync; close the window again once it has stopped</source>
        <translation>Annulation de la synchronisation ; fermez à nouveau la fenêtre une fois qu&apos;elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>La reconnaissance de texte (OCR)</translation>
    </message>
    <message>
        <source>A web capture</source>
        <translation>Une capture web</translation>
    </message>
    <message>
        <source>Close Sourcemark?</source>
        <translation>Fermer Sourcemark ?</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it and close the window? Nothing of it is added to the project.</source>
        <translation>{what} est toujours en cours. L&apos;arrêter et fermer la fenêtre ? Rien n&apos;en est ajouté au projet.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Keep this project&apos;s (A)</source>
        <translation>Garder celle de ce projet (A)</translation>
    </message>
    <message>
        <source>Take the other&apos;s (B)</source>
        <translation>Prendre celle de l&apos;autre (B)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Merge project “{other_name}”</source>
        <translation>Fusionner le projet « {other_name} »</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>This project (A)</source>
        <translation>Ce projet (A)</translation>
    </message>
    <message>
        <source>{other} (B)</source>
        <translation>{other} (B)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep for {kind} {title}</source>
        <translation>Garder pour {kind} {title}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>an unknown analyst</source>
        <translation>un analyste inconnu</translation>
    </message>
    <message>
        <source>From {project}, by {analysts}:</source>
        <translation>De {project}, par {analysts} :</translation>
    </message>
    <message>
        <source>  {kind}: {added} new, {updated} changed, {removed} removed</source>
        <translation>  {kind} : {added} nouveaux, {updated} modifiés, {removed} supprimés</translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation>  rien de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln object(s) you deleted stay deleted</source>
        <translation>
            <numerusform>  %Ln objet que vous avez supprimé reste supprimé</numerusform>
            <numerusform>  %Ln objets que vous avez supprimés restent supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation>
            <numerusform>%Ln conflit : les deux analystes l'ont modifié ; choisissez la version à garder.</numerusform>
            <numerusform>%Ln conflits : les deux analystes les ont modifiés ; choisissez la version à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>statement</source>
        <translation>énoncé</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>cote</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>as_written</source>
        <translation>tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>OCR is already running.</source>
        <translation>L&apos;OCR est déjà en cours.</translation>
    </message>
    <message>
        <source>Open an image or a scanned PDF first.</source>
        <translation>Ouvrez d&apos;abord une image ou un PDF numérisé.</translation>
    </message>
    <message>
        <source>OCR cannot start: {exc}</source>
        <translation>L&apos;OCR ne peut pas démarrer : {exc}</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Recognising the text of “{title}” ({lang})…</source>
        <translation>Reconnaissance du texte de « {title} » ({lang})…</translation>
    </message>
    <message>
        <source>Recognising page {page} of {total}…</source>
        <translation>Reconnaissance de la page {page} sur {total}…</translation>
    </message>
    <message>
        <source>OCR cancelled; nothing was changed.</source>
        <translation>OCR annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>OCR failed: {message}</source>
        <translation>L&apos;OCR a échoué : {message}</translation>
    </message>
    <message>
        <source>OCR could not be saved: {exc}</source>
        <translation>L&apos;OCR n&apos;a pas pu être enregistré : {exc}</translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>L'OCR ({lang}) a reconnu %n mot dans {title} ; surlignages : {summary}.{findings}</numerusform>
            <numerusform>L'OCR ({lang}) a reconnu %n mots dans {title} ; surlignages : {summary}.{findings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}) : %n mot reconnu ; surlignages : {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}) : %n mots reconnus ; surlignages : {summary}.{findings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>Select the new place of an orphan in the document, then re-attach it.</source>
        <translation>Sélectionnez dans le document le nouvel emplacement d&apos;un orphelin, puis réancrez-le.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Surlignages orphelins</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Réancrer sur la sélection</translation>
    </message>
    <message>
        <source>Pick an orphan in the list first.</source>
        <translation>Choisissez d&apos;abord un orphelin dans la liste.</translation>
    </message>
    <message>
        <source>Select the new place of the highlight in the document first.</source>
        <translation>Sélectionnez d&apos;abord le nouvel emplacement du surlignage dans le document.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>sur 0</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>sur {count}</translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Capturée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Choose pages to add</source>
        <translation>Choisir les pages à ajouter</translation>
    </message>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation>
            <numerusform>{file_name} contient %n page web archivée. Chaque page cochée devient un document ; rien n'y est téléchargé.</numerusform>
            <numerusform>{file_name} contient %n pages web archivées. Chaque page cochée devient un document ; rien n'y est téléchargé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived pages</source>
        <translation>Pages archivées</translation>
    </message>
    <message>
        <source>(cannot be read: {problem})</source>
        <translation>(illisible : {problem})</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>↳ {title} (frame of {page})</source>
        <translation>↳ {title} (cadre de {page})</translation>
    </message>
    <message>
        <source>Add chosen pages</source>
        <translation>Ajouter les pages choisies</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Tout décocher</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Text of page %1 of %2</source>
        <translation>Texte de la page %1 sur %2</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Texte de la page</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Actions on the selected rows</source>
        <translation>Actions sur les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Show linked &amp;highlights</source>
        <translation>Afficher les surlignages &amp;liés</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected rows and what hangs on them (Undo brings them back)</source>
        <translation>Supprime les lignes sélectionnées et ce qui en dépend (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l&apos;&amp;ID</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Captures web (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>No text layer (a scan?) in {names}: the pages can be viewed, and their text quoted once it is recognised (OCR).</source>
        <translation>Pas de couche de texte (numérisation ?) dans {names} : les pages peuvent être vues, et leur texte cité une fois reconnu (OCR).</translation>
    </message>
    <message>
        <source>The text of those pages can be quoted once it is recognised (OCR).</source>
        <translation>Le texte de ces pages pourra être cité une fois reconnu (OCR).</translation>
    </message>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation>
            <numerusform>{added} fichier ajouté sur %n.</numerusform>
            <numerusform>{added} fichiers ajoutés sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documents ajoutés</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>Reconnaître le &amp;texte (OCR)</translation>
    </message>
    <message>
        <source> of the first</source>
        <translation> du premier</translation>
    </message>
    <message>
        <source>Could not add {name}: {exc}</source>
        <translation>Impossible d&apos;ajouter {name} : {exc}</translation>
    </message>
    <message>
        <source>Could not open {name}: wrong password.</source>
        <translation>Impossible d&apos;ouvrir {name} : mot de passe incorrect.</translation>
    </message>
    <message>
        <source>That password did not work. </source>
        <translation>Ce mot de passe n&apos;a pas fonctionné. </translation>
    </message>
    <message>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} est chiffré. Mot de passe :</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>Open the document to replace first.</source>
        <translation>Ouvrez d&apos;abord le document à remplacer.</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Remplacer par une nouvelle version</translation>
    </message>
    <message>
        <source>Could not replace the document with {name}: {exc}</source>
        <translation>Impossible de remplacer le document par {name} : {exc}</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>L&apos;export a échoué : {exc}</translation>
    </message>
    <message>
        <source>Open the PDF whose highlights you want to export first.</source>
        <translation>Ouvrez d&apos;abord le PDF dont vous voulez exporter les surlignages.</translation>
    </message>
    <message>
        <source>Export PDF with highlights</source>
        <translation>Exporter le PDF avec ses surlignages</translation>
    </message>
    <message>
        <source>PDF with highlights ({note})</source>
        <translation>PDF avec surlignages ({note})</translation>
    </message>
    <message>
        <source>PDF with highlights</source>
        <translation>PDF avec surlignages</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>Impossible de générer le rapport : {exc}</translation>
    </message>
    <message>
        <source>Could not save the report: {exc}</source>
        <translation>Impossible d&apos;enregistrer le rapport : {exc}</translation>
    </message>
    <message>
        <source>Report ({format})</source>
        <translation>Rapport ({format})</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Ouvrez d&apos;abord un document.</translation>
    </message>
    <message>
        <source>Could not save the details: {exc}</source>
        <translation>Impossible d&apos;enregistrer les propriétés : {exc}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation>Fichiers d&apos;annotations (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import failed: {exc}</source>
        <translation>L&apos;import a échoué : {exc}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <source>Capture (as the archive states it)</source>
        <translation>Capture (selon l&apos;archive)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>enregistrement {record}</translation>
    </message>
    <message>
        <source>Captured URL</source>
        <translation>URL capturée</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Capturée le</translation>
    </message>
    <message>
        <source>Time taken from</source>
        <translation>Heure tirée de</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>Empreinte de l&apos;archive</translation>
    </message>
    <message>
        <source>Digest check</source>
        <translation>Vérification de l&apos;empreinte</translation>
    </message>
    <message>
        <source>Page SHA-256</source>
        <translation>SHA-256 de la page</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
</context>
<context>
    <name>PurgeDeletion</name>
    <message>
        <source>Delete and purge…</source>
        <translation>Supprimer et purger…</translation>
    </message>
    <message>
        <source>The list of objects to purge could not be saved: {exc}</source>
        <translation>Impossible d&apos;enregistrer la liste des objets à purger : {exc}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here, and purge from the team&apos;s server at the next sync:</source>
        <translation>Supprimer ici, et purger du serveur de l&apos;équipe à la prochaine synchronisation :</translation>
    </message>
    <message>
        <source>With it go the links and highlights that hang on it:</source>
        <translation>Avec lui partent les liens et surlignages qui en dépendent :</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Serveur : {url}</translation>
    </message>
    <message>
        <source>The next sync removes every revision of them from the server, where the server allows it (CouchDB&apos;s _purge, which CouchDB allows database admins only). A server without _purge keeps their earlier revisions until an admin compacts the database, and their ids for good; the sync then says so.</source>
        <translation>La prochaine synchronisation retire du serveur toutes leurs révisions, si le serveur le permet (_purge de CouchDB, que CouchDB réserve aux administrateurs de la base). Un serveur sans _purge garde leurs révisions antérieures jusqu&apos;à ce qu&apos;un administrateur compacte la base, et leurs identifiants pour toujours ; la synchronisation le signale alors.</translation>
    </message>
    <message>
        <source>Only the server forgets them: each project that had them, this one included, keeps them in its audit log.</source>
        <translation>Seul le serveur les oublie : chaque projet qui les avait, celui-ci compris, les garde dans son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Undo brings them back here and cancels the purge, if the next sync has not run yet; after it, they go up to the server again.</source>
        <translation>Annuler les rétablit ici et annule la purge si la prochaine synchronisation n&apos;a pas encore eu lieu ; après elle, ils remontent sur le serveur.</translation>
    </message>
    <message>
        <source>Delete and purge from the server</source>
        <translation>Supprimer et purger du serveur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Delete and purge</source>
        <translation>Supprimer et purger</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first.</source>
        <translation>Sélectionnez d&apos;abord du texte dans le document (ou tracez un rectangle sur une image).</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first.</source>
        <translation>Choisissez d&apos;abord un acteur dans le panneau Acteurs.</translation>
    </message>
    <message>
        <source>Find all mentions</source>
        <translation>Trouver toutes les mentions</translation>
    </message>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation>
            <numerusform>Aucune mention non marquée de {name} dans le %n document de ce projet.</numerusform>
            <numerusform>Aucune mention non marquée de {name} dans les %n documents de ce projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation>
            <numerusform>%n nouvelle mention de {name} marquée</numerusform>
            <numerusform>%n nouvelles mentions de {name} marquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation>
            <numerusform> dans %n document :

{touched}

Annuler les retire toutes.</numerusform>
            <numerusform> dans %n documents :

{touched}

Annuler les retire toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible misspellings</source>
        <translation>Fautes d&apos;orthographe possibles</translation>
    </message>
    <message>
        <source>These look like misspellings of {name}:

{listed}

Mark them as mentions too (reason: misspelling)?</source>
        <translation>Ces formes ressemblent à des fautes d&apos;orthographe de {name} :

{listed}

Les marquer aussi comme mentions (motif : faute d&apos;orthographe) ?</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them.</source>
        <translation>Sélectionnez deux acteurs ou plus dans le panneau Acteurs (Ctrl+clic) pour les fusionner.</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <source>Keep this actor (the others become its aliases):</source>
        <translation>Garder cet acteur (les autres deviennent ses alias) :</translation>
    </message>
</context>
<context>
    <name>ReanchorBar</name>
    <message>
        <source>Show orphans</source>
        <translation>Afficher les orphelins</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>“{short}” was replaced by a new version. Highlights re-anchored: {parts}.</source>
        <translation>« {short} » a été remplacé par une nouvelle version. Surlignages réancrés : {parts}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>orphan: not found in the current version</source>
        <translation>orphelin : introuvable dans la version actuelle</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>The highlighted region of {title}</source>
        <translation>La zone surlignée de {title}</translation>
    </message>
    <message>
        <source>({index} of {count})</source>
        <translation>({index} sur {count})</translation>
    </message>
    <message>
        <source>Verification report – {project}</source>
        <translation>Rapport de vérification – {project}</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <source>Verification report – {project} · generated {when}</source>
        <translation>Rapport de vérification – {project} · généré le {when}</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>page {number} sur {count}</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>{when} by {generator}</source>
        <translation>{when} par {generator}</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analystes</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignés</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message numerus="yes">
        <source>%n selected claims</source>
        <translation>
            <numerusform>%n affirmation sélectionnée</numerusform>
            <numerusform>%n affirmations sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n claims of the project</source>
        <translation>
            <numerusform>toutes les affirmations du projet (%n)</numerusform>
            <numerusform>toutes les affirmations du projet (%n)</numerusform>
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
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source links</source>
        <translation>
            <numerusform>%n lien vers une source</numerusform>
            <numerusform>%n liens vers des sources</numerusform>
        </translation>
    </message>
    <message>
        <source>The project holds no claims yet.</source>
        <translation>Le projet ne contient encore aucune affirmation.</translation>
    </message>
    <message>
        <source>Claim {number}:</source>
        <translation>Affirmation {number} :</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>analyst:</source>
        <translation>analyste :</translation>
    </message>
    <message>
        <source>Rationale.</source>
        <translation>Justification.</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Aucune justification enregistrée.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Faite par :</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Au sujet de :</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>Énoncée dans</translation>
    </message>
    <message>
        <source>No highlighted passage states this claim.</source>
        <translation>Aucun passage surligné n&apos;énonce cette affirmation.</translation>
    </message>
    <message>
        <source>No source is linked to this claim.</source>
        <translation>Aucune source n&apos;est liée à cette affirmation.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>publié le {date}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>consulté le {date}</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archivé :</translation>
    </message>
    <message>
        <source>Copy in the project:</source>
        <translation>Copie dans le projet :</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>Aucune source.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Aussi connu sous le nom de :</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tel qu&apos;écrit :</translation>
    </message>
    <message>
        <source>No actors.</source>
        <translation>Aucun acteur.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Surlignages orphelins</translation>
    </message>
    <message>
        <source>These highlights were not found in the current version of their document. They are kept with the words as highlighted.</source>
        <translation>Ces surlignages sont introuvables dans la version actuelle de leur document. Ils sont conservés avec les mots tels que surlignés.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Analysts highlighted passages of the documents listed in the appendix, linked each passage to the claims it states, the actors it names (keeping each name as written) and the sources that support, contradict or give context to it, and reached a verdict for each claim. Every change was recorded in the project&apos;s hash-chained audit log.</source>
        <translation>Les analystes ont surligné des passages des documents listés en annexe, relié chaque passage aux affirmations qu&apos;il énonce, aux acteurs qu&apos;il nomme (en gardant chaque nom tel qu&apos;écrit) et aux sources qui l&apos;étayent, le contredisent ou lui donnent un contexte, et rendu un verdict pour chaque affirmation. Chaque modification a été consignée dans le journal d&apos;audit chaîné par empreintes du projet.</translation>
    </message>
    <message>
        <source>Analysts: {analysts}. Tool: {tool}; the text of each document was extracted by the tool named in the appendix, and every highlight&apos;s position counts in that text.</source>
        <translation>Analystes : {analysts}. Outil : {tool} ; le texte de chaque document a été extrait par l&apos;outil indiqué en annexe, et la position de chaque surlignage se compte dans ce texte.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Source grades (Admiralty system)</source>
        <translation>Cotes des sources (système de l&apos;Amirauté)</translation>
    </message>
    <message>
        <source>A grade joins the reliability of the source (a letter) and the credibility of the information (a digit), e.g. B2.</source>
        <translation>Une cote réunit la fiabilité de la source (une lettre) et la crédibilité de l&apos;information (un chiffre), par ex. B2.</translation>
    </message>
    <message>
        <source>Anchoring of highlights</source>
        <translation>Ancrage des surlignages</translation>
    </message>
    <message>
        <source>Page numbers count from 1. Images show the highlighted region of the PDF page as it is stored in the project.</source>
        <translation>Les pages sont numérotées à partir de 1. Les images montrent la zone surlignée de la page PDF telle qu&apos;elle est stockée dans le projet.</translation>
    </message>
    <message>
        <source>Appendix: documents examined</source>
        <translation>Annexe : documents examinés</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>imported {date}</source>
        <translation>importé le {date}</translation>
    </message>
    <message>
        <source>text by {tool}</source>
        <translation>texte extrait par {tool}</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>Capture :</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 du fichier :</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text:</source>
        <translation>SHA-256 du texte canonique :</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Pas encore évaluée.</translation>
    </message>
    <message>
        <source>Accurate; nothing significant is missing.</source>
        <translation>Exacte ; rien d&apos;important ne manque.</translation>
    </message>
    <message>
        <source>Accurate, but needs clarification or additional information.</source>
        <translation>Exacte, mais demande des précisions ou des informations complémentaires.</translation>
    </message>
    <message>
        <source>Holds both accurate and inaccurate elements.</source>
        <translation>Contient des éléments exacts et inexacts.</translation>
    </message>
    <message>
        <source>Holds an element of truth but ignores facts that would change the impression.</source>
        <translation>Contient une part de vérité mais ignore des faits qui changeraient l&apos;impression.</translation>
    </message>
    <message>
        <source>Not accurate.</source>
        <translation>Inexacte.</translation>
    </message>
    <message>
        <source>Accurate elements put together to give a false impression.</source>
        <translation>Des éléments exacts assemblés pour donner une fausse impression.</translation>
    </message>
    <message>
        <source>The evidence available cannot confirm or refute it.</source>
        <translation>Les preuves disponibles ne permettent ni de la confirmer ni de la réfuter.</translation>
    </message>
    <message>
        <source>found at the position where it was highlighted</source>
        <translation>trouvé à la position où il a été surligné</translation>
    </message>
    <message>
        <source>the same words found at another position of a new version of the document</source>
        <translation>les mêmes mots trouvés à une autre position d&apos;une nouvelle version du document</translation>
    </message>
    <message>
        <source>an approximate match of the words in a new version (the score says how close)</source>
        <translation>une correspondance approchée des mots dans une nouvelle version (le score dit à quel point)</translation>
    </message>
    <message>
        <source>not found in the current version of the document; the quote is shown as it was highlighted</source>
        <translation>introuvable dans la version actuelle du document ; la citation est affichée telle que surlignée</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>html</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>epub</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export verification report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Affirmations :</translation>
    </message>
    <message>
        <source>All claims ({count})</source>
        <translation>Toutes les affirmations ({count})</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer en :</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>Impossible de générer le rapport : {exc}</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>Enregistrer le rapport de vérification</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Words as written; case, accents and dashes ignored</source>
        <translation>Mots tels qu&apos;écrits ; casse, accents et tirets ignorés</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>A Python regular expression, e.g. \b\d{1,3}(,\d{3})+ troops</source>
        <translation>Une expression régulière Python, par ex. \b\d{1,3}(,\d{3})+ troops</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>An actor&apos;s name or alias: finds every name, alias and confirmed misspelling</source>
        <translation>Le nom ou l&apos;alias d&apos;un acteur : trouve chaque nom, alias et faute d&apos;orthographe confirmée</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>Rechercher dans tous les documents…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Rechercher dans tous les documents</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the search; the results found so far stay listed</source>
        <translation>Arrêter la recherche ; les résultats trouvés jusqu&apos;ici restent listés</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (arrêtée)</translation>
    </message>
    <message>
        <source>Searching… {count} so far</source>
        <translation>Recherche… {count} pour l&apos;instant</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucune occurrence.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> dans %Ln document</numerusform>
            <numerusform> dans %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation>
            <numerusform> (les %Ln premières ; affinez la recherche)</numerusform>
            <numerusform> (les %Ln premières ; affinez la recherche)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Name recorded on your highlights and in the audit log</source>
        <translation>Nom enregistré sur vos surlignages et dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Analyst name:</source>
        <translation>Nom de l&apos;analyste :</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1</source>
        <translation>Paquets de langue Tesseract joints par +, par ex. eng+rus+kor. Installés : %1</translation>
    </message>
    <message>
        <source>none found (install tesseract-ocr)</source>
        <translation>aucun trouvé (installez tesseract-ocr)</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>Langues OCR :</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apparence :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>The language changes when Sourcemark is next started.</source>
        <translation>La langue change au prochain démarrage de Sourcemark.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off (File &gt; Sync now)</source>
        <translation>désactivée (Fichier &gt; Synchroniser maintenant)</translation>
    </message>
    <message>
        <source>Sync the open project with the team&apos;s server every N minutes (0: off)</source>
        <translation>Synchroniser le projet ouvert avec le serveur de l&apos;équipe toutes les N minutes (0 : désactivé)</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Synchroniser toutes les :</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>Couleurs par défaut</translation>
    </message>
    <message>
        <source>Claim colour:</source>
        <translation>Couleur des affirmations :</translation>
    </message>
    <message>
        <source>Actor colour:</source>
        <translation>Couleur des acteurs :</translation>
    </message>
    <message>
        <source>Source colour:</source>
        <translation>Couleur des sources :</translation>
    </message>
    <message>
        <source>Highlight colour:</source>
        <translation>Couleur des surlignages :</translation>
    </message>
    <message>
        <source>Question colour:</source>
        <translation>Couleur des questions :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous pane (the reader and each panel on screen)</source>
        <translation>Volet suivant / précédent (le lecteur et chaque panneau à l&apos;écran)</translation>
    </message>
    <message>
        <source>Next / previous field within a pane; leaving a text field saves it</source>
        <translation>Champ suivant / précédent dans un volet ; quitter un champ de texte l&apos;enregistre</translation>
    </message>
    <message>
        <source>Save the inspector field being typed in, and stay in it</source>
        <translation>Enregistrer le champ de l&apos;inspecteur en cours de saisie, et y rester</translation>
    </message>
    <message>
        <source>Edit the verdict in the Claims table</source>
        <translation>Modifier le verdict dans le tableau des affirmations</translation>
    </message>
    <message>
        <source>Close the Find bar or a dialog (a dialog with typed text asks first)</source>
        <translation>Fermer la barre de recherche ou une boîte de dialogue (une boîte avec du texte saisi demande d&apos;abord)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citée par</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln surlignage</numerusform>
            <numerusform>%Ln surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync: {exc}</source>
        <translation>Synchronisation : {exc}</translation>
    </message>
    <message>
        <source> (end-to-end encrypted)</source>
        <translation> (chiffrée de bout en bout)</translation>
    </message>
    <message>
        <source>File &gt; Sync now to sync with the team&apos;s server</source>
        <translation>Fichier &gt; Synchroniser maintenant pour synchroniser avec le serveur de l&apos;équipe</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Sync failed: {exc}</source>
        <translation>La synchronisation a échoué : {exc}</translation>
    </message>
    <message>
        <source>Could not sync: {outcome}</source>
        <translation>Synchronisation impossible : {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) left</source>
        <translation>
            <numerusform>; %Ln conflit restant</numerusform>
            <numerusform>; %Ln conflits restants</numerusform>
        </translation>
    </message>
    <message>
        <source>; not purged: {note}</source>
        <translation>; non purgé : {note}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} sur {total})</translation>
    </message>
    <message>
        <source>Syncing: {phase}{counts}</source>
        <translation>Synchronisation : {phase}{counts}</translation>
    </message>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation>Synchronisation : trancher les conflits</translation>
    </message>
    <message>
        <source>Sync with this server?</source>
        <translation>Synchroniser avec ce serveur ?</translation>
    </message>
    <message>
        <source>This project names a sync server you have not confirmed on this computer:

{url}

Syncing sends the project, and the sync credentials set on this computer, to it. Sync with it?</source>
        <translation>Ce projet désigne un serveur de synchronisation que vous n&apos;avez pas confirmé sur cet ordinateur :

{url}

Synchroniser lui envoie le projet et les identifiants de synchronisation définis sur cet ordinateur. Synchroniser avec lui ?</translation>
    </message>
    <message>
        <source> from {analysts}</source>
        <translation> de {analysts}</translation>
    </message>
    <message>
        <source>Synced with {url}: nothing else came in{by}.</source>
        <translation>Synchronisé avec {url} : rien d&apos;autre n&apos;est arrivé{by}.</translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation>
            <numerusform>Synchronisé avec {url} : %Ln modification{by} est arrivée et figure déjà dans ce projet.</numerusform>
            <numerusform>Synchronisé avec {url} : %Ln modifications{by} sont arrivées et figurent déjà dans ce projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisé {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to purge from the server</source>
        <translation>
            <numerusform>%Ln à purger du serveur</numerusform>
            <numerusform>%Ln à purger du serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>server not confirmed: File &gt; Sync now</source>
        <translation>serveur non confirmé : Fichier &gt; Synchroniser maintenant</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln purged from the server</source>
        <translation>
            <numerusform>; %Ln purgé du serveur</numerusform>
            <numerusform>; %Ln purgés du serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not support _purge: earlier revisions stay there until an admin compacts the database</source>
        <translation>le serveur ne prend pas en charge _purge : les révisions antérieures y restent jusqu&apos;à ce qu&apos;un administrateur compacte la base</translation>
    </message>
    <message>
        <source>the server refused _purge (CouchDB allows it to database admins only): earlier revisions stay there until an admin purges or compacts the database</source>
        <translation>le serveur a refusé _purge (CouchDB le réserve aux administrateurs de la base) : les révisions antérieures y restent jusqu&apos;à ce qu&apos;un administrateur purge ou compacte la base</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Vérification du serveur</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Réception des modifications</translation>
    </message>
    <message>
        <source>Comparing what came in</source>
        <translation>Comparaison de ce qui est arrivé</translation>
    </message>
    <message>
        <source>Fetching files</source>
        <translation>Récupération des fichiers</translation>
    </message>
    <message>
        <source>Comparing with the last sync</source>
        <translation>Comparaison avec la dernière synchronisation</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>Envoi des fichiers</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Sync with the team&apos;s server</source>
        <translation>Synchroniser avec le serveur de l&apos;équipe</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base</translation>
    </message>
    <message>
        <source>Encrypt end to end (the server stores only ciphertext)</source>
        <translation>Chiffrer de bout en bout (le serveur ne stocke que du chiffré)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>URL de la base :</translation>
    </message>
    <message>
        <source>http(s)://host:port/database; user:password@ is used, never stored</source>
        <translation>http(s)://hôte:port/base ; user:password@ est utilisé, jamais enregistré</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>À nouveau :</translation>
    </message>
    <message>
        <source>Type the database URL.</source>
        <translation>Saisissez l&apos;URL de la base.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Everyone in the team needs this passphrase. If it is forgotten, nobody can read the server&apos;s copy again.</source>
        <translation>Toute l&apos;équipe a besoin de cette phrase secrète. Si elle est oubliée, plus personne ne pourra lire la copie du serveur.</translation>
    </message>
    <message>
        <source>Encrypted team database</source>
        <translation>Base d&apos;équipe chiffrée</translation>
    </message>
    <message>
        <source>{url} is encrypted end to end. Its passphrase:</source>
        <translation>{url} est chiffrée de bout en bout. Sa phrase secrète :</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln change(s) in</source>
        <translation>
            <numerusform>%Ln modification reçue</numerusform>
            <numerusform>%Ln modifications reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) out</source>
        <translation>
            <numerusform>%Ln révision envoyée</numerusform>
            <numerusform>%Ln révisions envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in</source>
        <translation>
            <numerusform>%Ln fichier reçu</numerusform>
            <numerusform>%Ln fichiers reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}, {files}</source>
        <translation>Synchronisé avec {url} : {changes}, {revisions}, {files}</translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}</source>
        <translation>Synchronisé avec {url} : {changes}, {revisions}</translation>
    </message>
    <message>
        <source>; from {analysts}</source>
        <translation>; de {analysts}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) decided</source>
        <translation>
            <numerusform>; %Ln conflit tranché</numerusform>
            <numerusform>; %Ln conflits tranchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln deleted on the server, so here too</source>
        <translation>
            <numerusform>; %Ln supprimé sur le serveur, donc ici aussi</numerusform>
            <numerusform>; %Ln supprimés sur le serveur, donc ici aussi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left out (unreadable or invalid)</source>
        <translation>
            <numerusform>; %Ln laissé de côté (illisible ou invalide)</numerusform>
            <numerusform>; %Ln laissés de côté (illisibles ou invalides)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here, the next sync starts again</source>
        <translation>Synchronisation annulée ; rien n&apos;a changé ici, la prochaine synchronisation recommence</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) came in</source>
        <translation>
            <numerusform>%Ln modification est arrivée</numerusform>
            <numerusform>%Ln modifications sont arrivées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent yet, the next sync sends what changed here</source>
        <translation>rien n&apos;a encore été envoyé, la prochaine synchronisation envoie ce qui a changé ici</translation>
    </message>
    <message>
        <source>{sent} of {total} documents sent, the next sync sends the rest</source>
        <translation>{sent} documents sur {total} envoyés, la prochaine synchronisation envoie le reste</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln document(s) sent, the next sync completes the checkpoint</source>
        <translation>
            <numerusform>%Ln document envoyé, la prochaine synchronisation achève le point de reprise</numerusform>
            <numerusform>les %Ln documents envoyés, la prochaine synchronisation achève le point de reprise</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; {came_in}, {rest}</source>
        <translation>Synchronisation annulée ; {came_in}, {rest}</translation>
    </message>
    <message>
        <source>Sync cancelled; {rest}</source>
        <translation>Synchronisation annulée ; {rest}</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Merge another analyst&apos;s project</source>
        <translation>Fusionner le projet d&apos;un autre analyste</translation>
    </message>
    <message>
        <source>Could not merge: {exc}</source>
        <translation>Fusion impossible : {exc}</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Fusionner un projet</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation>
            <numerusform>%n modification de {other_name} fusionnée en une étape (Annuler la défait).</numerusform>
            <numerusform>%n modifications de {other_name} fusionnées en une étape (Annuler les défait).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with another analyst&apos;s project</source>
        <translation>Comparer avec le projet d&apos;un autre analyste</translation>
    </message>
    <message>
        <source>Could not compare: {exc}</source>
        <translation>Comparaison impossible : {exc}</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Claim: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>Affirmation : {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (as “{written}”)</source>
        <translation> (écrit « {written} »)</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>Acteur : {name}</translation>
    </message>
    <message>
        <source>Source: {title} [{grade}] — {relation}</source>
        <translation>Source : {title} [{grade}] — {relation}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>plutôt vrai</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mitigé</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>plutôt faux</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>trompeur</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>non prouvé</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>surlignage</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>approché</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>orphelin</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>organisme public</translation>
    </message>
    <message>
        <source>media outlet</source>
        <translation>média</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>states</source>
        <translation>énonce</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentionne</translation>
    </message>
    <message>
        <source>made-by</source>
        <translation>faite par</translation>
    </message>
    <message>
        <source>about</source>
        <translation>au sujet de</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>étaye</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>cite</translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation>faute d&apos;orthographe</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>translittération</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>entièrement fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>habituellement fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>assez fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>habituellement peu fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>peu fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmée par d&apos;autres sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>peut-être vraie</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>véracité impossible à évaluer</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome – Sourcemark</source>
        <translation>Bienvenue – Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Highlight articles and PDFs, link what they say to claims, actors and sources, and record your verdicts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Surlignez articles et PDF, reliez ce qu&apos;ils disent à des affirmations, des acteurs et des sources, et consignez vos verdicts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sourcemark logo</source>
        <translation>Logo de Sourcemark</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Projets récents :</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>Aucun projet récent.</translation>
    </message>
</context>
</TS>
