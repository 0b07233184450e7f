<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcemark</source>
        <translation>Acerca de Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT licence</source>
        <translation>Un banco de trabajo para verificar fuentes: resalte fragmentos de artículos y PDF y vincúlelos a afirmaciones con veredictos, actores y fuentes calificadas.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;Licencia MIT</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear: %1</source>
        <translation>Borrar: %1</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>This project is open read-only (another window or process has it open)</source>
        <translation>Este proyecto está abierto solo para lectura (otra ventana u otro proceso lo tiene abierto)</translation>
    </message>
    <message>
        <source>Open a document from the Project panel first</source>
        <translation>Abra primero un documento desde el panel Proyecto</translation>
    </message>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first</source>
        <translation>Seleccione primero un texto en el documento (o trace un rectángulo sobre una imagen)</translation>
    </message>
    <message>
        <source>Select some text in the document, or click a highlight to link it, first</source>
        <translation>Seleccione primero un texto en el documento, o haga clic en un resaltado para vincularlo</translation>
    </message>
    <message>
        <source>Click a highlight in the document or the Annotations panel first</source>
        <translation>Haga clic primero en un resaltado del documento o del panel Anotaciones</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first</source>
        <translation>Elija primero un actor en el panel Actores</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them</source>
        <translation>Seleccione dos o más actores en el panel Actores (Ctrl+clic) para fusionarlos</translation>
    </message>
    <message>
        <source>OCR reads images and scanned PDFs; the open document is {kind}</source>
        <translation>El OCR lee imágenes y PDF escaneados; el documento abierto es {kind}</translation>
    </message>
    <message>
        <source>Only a PDF can carry its highlights as PDF annotations; the open document is {kind}</source>
        <translation>Solo un PDF puede llevar sus resaltados como anotaciones PDF; el documento abierto es {kind}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>an HTML article</source>
        <translation>un artículo HTML</translation>
    </message>
    <message>
        <source>an EPUB</source>
        <translation>un EPUB</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>This project does not sync with a server: there is nothing to purge</source>
        <translation>Este proyecto no se sincroniza con ningún servidor: no hay nada que purgar</translation>
    </message>
    <message>
        <source>Click a highlight, or pick a document, claim, actor or source, first</source>
        <translation>Haga clic primero en un resaltado, o elija un documento, una afirmación, un actor o una fuente</translation>
    </message>
    <message>
        <source>Select one or more rows of this list first</source>
        <translation>Seleccione primero una o varias filas de esta lista</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open demo pro&amp;ject</source>
        <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>Añadir d&amp;ocumento…</translation>
    </message>
    <message>
        <source>Add a PDF, web page, text file or image</source>
        <translation>Añadir un PDF, una página web, un archivo de texto o una imagen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Capture web page…</source>
        <translation>&amp;Capturar página web…</translation>
    </message>
    <message>
        <source>Fetch a live page with its images and stylesheets into a WARC and add it</source>
        <translation>Descargar una página en vivo con sus imágenes y hojas de estilo en un WARC y añadirla</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find in the open document</source>
        <translation>Buscar en el documento abierto</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation>Buscar en el &amp;proyecto…</translation>
    </message>
    <message>
        <source>Search all documents: a quote, a regular expression or an actor with all its names</source>
        <translation>Buscar en todos los documentos: una cita, una expresión regular o un actor con todos sus nombres</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Resaltar</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>Resaltar el texto seleccionado</translation>
    </message>
    <message>
        <source>New &amp;claim from selection…</source>
        <translation>Nueva &amp;afirmación desde la selección…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Link &amp;actor…</source>
        <translation>Vincular ac&amp;tor…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Link &amp;source…</source>
        <translation>Vincular &amp;fuente…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;Eliminar resaltado</translation>
    </message>
    <message>
        <source>Delete the selected highlight and its links (Undo brings them back)</source>
        <translation>Eliminar el resaltado seleccionado y sus vínculos (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>Delete and purge from ser&amp;ver…</source>
        <translation>&amp;Eliminar y purgar del servidor…</translation>
    </message>
    <message>
        <source>Delete the selected highlight, document, claim, actor or source, and have the next sync remove it from the team&apos;s server (Undo brings it back and cancels the purge)</source>
        <translation>Elimina el resaltado, el documento, la afirmación, el actor o la fuente seleccionados, y la próxima sincronización lo purga del servidor del equipo (Deshacer lo recupera y cancela la purga)</translation>
    </message>
    <message>
        <source>Find all &amp;mentions of actor</source>
        <translation>Buscar todas las &amp;menciones del actor</translation>
    </message>
    <message>
        <source>Mark the picked actor&apos;s unmarked mentions in every document of the project (one undo step); the reader stays where it is</source>
        <translation>Marcar las menciones sin marcar del actor elegido en todos los documentos del proyecto (un paso de deshacer); el lector se queda donde está</translation>
    </message>
    <message>
        <source>Merge ac&amp;tors…</source>
        <translation>F&amp;usionar actores…</translation>
    </message>
    <message>
        <source>Re&amp;place document with new version…</source>
        <translation>Reem&amp;plazar documento por una versión nueva…</translation>
    </message>
    <message>
        <source>Import an edited article or corrected PDF and re-anchor its highlights</source>
        <translation>Importar un artículo editado o un PDF corregido y reanclar sus resaltados</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>De&amp;talles del documento…</translation>
    </message>
    <message>
        <source>Title, author, publisher, date and URL of the open document (exports cite them)</source>
        <translation>Título, autor, editor, fecha y URL del documento abierto (las exportaciones los citan)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar infor&amp;me…</translation>
    </message>
    <message>
        <source>A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview</source>
        <translation>Un informe de verificación (afirmaciones, veredictos, citas, fuentes, actores) en PDF o HTML, con vista previa</translation>
    </message>
    <message>
        <source>Recognise te&amp;xt (OCR)…</source>
        <translation>Reconocer te&amp;xto (OCR)…</translation>
    </message>
    <message>
        <source>Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; languages in Settings)</source>
        <translation>Dar una capa de texto a las páginas de una imagen o de un PDF escaneado que no tienen texto (Tesseract; idiomas en Ajustes)</translation>
    </message>
    <message>
        <source>&amp;Annotations file (JSON, W3C, Hypothesis)…</source>
        <translation>&amp;Archivo de anotaciones (JSON, W3C, Hypothesis)…</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>&amp;Fusionar proyecto…</translation>
    </message>
    <message>
        <source>Bring in another analyst&apos;s copy of this project; decide each conflict</source>
        <translation>Incorporar la copia de este proyecto de otro analista; decidir cada conflicto</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Pull and push changes with the team&apos;s CouchDB server (one undoable step); the status bar shows the last sync, changes waiting and conflicts</source>
        <translation>Traer y enviar cambios al servidor CouchDB del equipo (un paso de deshacer); la barra de estado muestra la última sincronización, los cambios pendientes y los conflictos</translation>
    </message>
    <message>
        <source>&amp;Agreement with another project…</source>
        <translation>&amp;Concordancia con otro proyecto…</translation>
    </message>
    <message>
        <source>Verdict kappa and highlight overlap F1 against another analyst&apos;s project</source>
        <translation>Kappa de veredictos y F1 de solapamiento de resaltados frente al proyecto de otro analista</translation>
    </message>
    <message>
        <source>This PDF with its &amp;highlights…</source>
        <translation>Este &amp;PDF con sus resaltados…</translation>
    </message>
    <message>
        <source>A copy of the open PDF with the highlights as annotations other PDF readers show</source>
        <translation>Una copia del PDF abierto con los resaltados como anotaciones que otros lectores de PDF muestran</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key of this window, from its menus</source>
        <translation>Todas las teclas de esta ventana, según sus menús</translation>
    </message>
    <message>
        <source>&amp;About Sourcemark</source>
        <translation>A&amp;cerca de Sourcemark</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Annotations as JSON (native)…</source>
        <translation>&amp;Anotaciones en JSON (nativo)…</translation>
    </message>
    <message>
        <source>A&amp;nnotations as CSV…</source>
        <translation>A&amp;notaciones en CSV…</translation>
    </message>
    <message>
        <source>&amp;Claims as CSV…</source>
        <translation>Afir&amp;maciones en CSV…</translation>
    </message>
    <message>
        <source>Ac&amp;tors as CSV…</source>
        <translation>Ac&amp;tores en CSV…</translation>
    </message>
    <message>
        <source>&amp;Sources as CSV…</source>
        <translation>F&amp;uentes en CSV…</translation>
    </message>
    <message>
        <source>&amp;Documents and their provenance as CSV…</source>
        <translation>&amp;Documentos y su procedencia en CSV…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation>Anotaciones web &amp;W3C (JSON-LD)…</translation>
    </message>
    <message>
        <source>Claim&amp;Review (schema.org)…</source>
        <translation>Claim&amp;Review (schema.org)…</translation>
    </message>
    <message>
        <source>Evidence &amp;graph (GraphML)…</source>
        <translation>&amp;Grafo de evidencias (GraphML)…</translation>
    </message>
    <message>
        <source>&amp;FollowTheMoney entities for Aleph…</source>
        <translation>Entidades &amp;FollowTheMoney para Aleph…</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal como se escribe</translation>
    </message>
</context>
<context>
    <name>AddToProjectDialog</name>
    <message>
        <source>Add to project – Sourcemark</source>
        <translation>Añadir al proyecto – Sourcemark</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;{name}&lt;/b&gt; to which project?</source>
        <translation>¿A qué proyecto añadir &lt;b&gt;{name}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>No recent projects: add &lt;b&gt;{name}&lt;/b&gt; to a new one?</source>
        <translation>No hay proyectos recientes: ¿añadir &lt;b&gt;{name}&lt;/b&gt; a uno nuevo?</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Agreement with “{project_b}”</source>
        <translation>Concordancia con «{project_b}»</translation>
    </message>
    <message>
        <source>Claims judged by both</source>
        <translation>Afirmaciones juzgadas por ambos</translation>
    </message>
    <message>
        <source>Same verdict</source>
        <translation>Mismo veredicto</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (verdicts)</source>
        <translation>Kappa de Cohen (veredictos)</translation>
    </message>
    <message>
        <source>Documents compared</source>
        <translation>Documentos comparados</translation>
    </message>
    <message>
        <source>Highlights A / B / overlapping</source>
        <translation>Resaltados A / B / solapados</translation>
    </message>
    <message>
        <source>Span overlap F1</source>
        <translation>F1 de solapamiento de fragmentos</translation>
    </message>
    <message>
        <source>Same category (overlapping)</source>
        <translation>Misma categoría (solapados)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (categories)</source>
        <translation>Kappa de Cohen (categorías)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Disagreements ({count})</source>
        <translation>Desacuerdos ({count})</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Welcome to Sourcemark</source>
        <translation>Bienvenido a Sourcemark</translation>
    </message>
    <message>
        <source>Your name is recorded on every highlight, verdict and entry of the audit log. You can change it later in Settings.</source>
        <translation>Su nombre queda registrado en cada resaltado, veredicto y entrada del registro de auditoría. Puede cambiarlo después en Ajustes.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Nombre del analista</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anclaje</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter quotes and notes…</source>
        <translation>Filtrar citas y notas…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtrar anotaciones</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation>Cualquier anclaje</translation>
    </message>
    <message>
        <source>Linked to anything</source>
        <translation>Vinculado a cualquier cosa</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Filter by anchor</source>
        <translation>Filtrar por anclaje</translation>
    </message>
    <message>
        <source>Filter by linked object</source>
        <translation>Filtrar por objeto vinculado</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
</context>
<context>
    <name>Bidi</name>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture web page</source>
        <translation>Capturar página web</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a server may stay silent before the capture fails</source>
        <translation>Cuánto puede permanecer callado un servidor antes de que la captura falle</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>Tiempo de espera:</translation>
    </message>
    <message>
        <source>How long the whole capture may take (the page, its images and stylesheets, and Chromium), however slowly a server keeps sending</source>
        <translation>Cuánto puede durar toda la captura (la página, sus imágenes y hojas de estilo, y Chromium), por lentamente que envíe un servidor</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Límite de tiempo:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Most bytes to read, the page and its images and stylesheets together</source>
        <translation>Máximo de bytes a leer, la página y sus imágenes y hojas de estilo en conjunto</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Límite de tamaño:</translation>
    </message>
    <message>
        <source>The User-Agent sent to the server (empty: the default, naming Sourcemark)</source>
        <translation>El User-Agent enviado al servidor (vacío: el predeterminado, que nombra a Sourcemark)</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Also add a screenshot (PNG) and a PDF print (Chromium)</source>
        <translation>Añadir también una captura de pantalla (PNG) y una impresión en PDF (Chromium)</translation>
    </message>
    <message>
        <source>Time-stamp request file</source>
        <translation>Archivo de solicitud de sello de tiempo</translation>
    </message>
    <message>
        <source>optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC</source>
        <translation>opcional: un archivo para una solicitud de sello de tiempo RFC 3161 (.tsq) del WARC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Time-stamp request:</source>
        <translation>Solicitud de sello de tiempo:</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Time-stamp request</source>
        <translation>Solicitud de sello de tiempo</translation>
    </message>
    <message>
        <source>RFC 3161 request (*.tsq)</source>
        <translation>Solicitud RFC 3161 (*.tsq)</translation>
    </message>
</context>
<context>
    <name>CaptureRunner</name>
    <message>
        <source>A capture is already running.</source>
        <translation>Ya hay una captura en curso.</translation>
    </message>
    <message>
        <source>Cannot capture: {dialog_message}</source>
        <translation>No se puede capturar: {dialog_message}</translation>
    </message>
    <message>
        <source>Capture web page</source>
        <translation>Capturar página web</translation>
    </message>
    <message>
        <source>Capturing {url}…</source>
        <translation>Capturando {url}…</translation>
    </message>
    <message>
        <source>Capture failed: {message}</source>
        <translation>La captura falló: {message}</translation>
    </message>
    <message>
        <source>The capture could not be saved: {message}</source>
        <translation>No se pudo guardar la captura: {message}</translation>
    </message>
</context>
<context>
    <name>ClaimReviewDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation>Exportar ClaimReview</translation>
    </message>
    <message>
        <source>the fact-checking organisation (default: each claim&apos;s analyst)</source>
        <translation>la organización de verificación (por defecto: el analista de cada afirmación)</translation>
    </message>
    <message>
        <source>https://example.org/fact-checks/{id}  ({id}: one page per claim)</source>
        <translation>https://example.org/fact-checks/{id}  ({id}: una página por afirmación)</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Published at (url):</source>
        <translation>Publicado en (url):</translation>
    </message>
    <message>
        <source>Claims lacking what ClaimReview requires</source>
        <translation>Afirmaciones a las que les falta lo que exige ClaimReview</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Google&apos;s fact-check result requires what is listed below; the file can be exported all the same.</source>
        <translation>El resultado de verificación de Google exige lo que se indica abajo; el archivo puede exportarse de todos modos.</translation>
    </message>
    <message>
        <source>Every review has what Google&apos;s fact-check result requires.</source>
        <translation>Cada reseña tiene lo que exige el resultado de verificación de Google.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(zone unknown)</source>
        <translation>(zona horaria desconocida)</translation>
    </message>
    <message>
        <source>%1 %2 (camera clock)</source>
        <translation>%1 %2 (reloj de la cámara)</translation>
    </message>
    <message>
        <source>%1 camera-local (zone unknown)</source>
        <translation>%1 hora local de la cámara (zona desconocida)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete from this project:</source>
        <translation>Eliminar de este proyecto:</translation>
    </message>
    <message>
        <source>With them go the links and highlights that hang on them:</source>
        <translation>Con ellos se van los vínculos y resaltados que dependen de ellos:</translation>
    </message>
    <message>
        <source>A document open in the reader closes. Its original file stays in the project folder.</source>
        <translation>Un documento abierto en el lector se cierra. Su archivo original se queda en la carpeta del proyecto.</translation>
    </message>
    <message>
        <source>The next sync deletes them on the team&apos;s server too, for every analyst.</source>
        <translation>La próxima sincronización también los elimina del servidor del equipo, para todos los analistas.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back in one step.</source>
        <translation>Deshacer (Ctrl+Z) lo recupera todo en un solo paso.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Publisher / site:</source>
        <translation>Editor / sitio:</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD):</source>
        <translation>Publicado (AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Camera make:</source>
        <translation>Marca de la cámara:</translation>
    </message>
    <message>
        <source>Camera model:</source>
        <translation>Modelo de la cámara:</translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>Taken (EXIF):</source>
        <translation>Tomada (EXIF):</translation>
    </message>
    <message>
        <source>Modified (EXIF):</source>
        <translation>Modificada (EXIF):</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Software:</translation>
    </message>
    <message>
        <source>Artist:</source>
        <translation>Artista:</translation>
    </message>
    <message>
        <source>By-line (IPTC):</source>
        <translation>Firma (IPTC):</translation>
    </message>
    <message>
        <source>Caption (IPTC):</source>
        <translation>Leyenda (IPTC):</translation>
    </message>
    <message>
        <source>Creator (XMP):</source>
        <translation>Creador (XMP):</translation>
    </message>
    <message>
        <source>Description (XMP):</source>
        <translation>Descripción (XMP):</translation>
    </message>
    <message>
        <source>Edited with (XMP):</source>
        <translation>Editada con (XMP):</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation>URL solicitada</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>URL final</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Tipo de contenido</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>Capturada el (hora local)</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Resources recorded</source>
        <translation>Recursos registrados</translation>
    </message>
    <message>
        <source>Captured with</source>
        <translation>Capturada con</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Redirecciones</translation>
    </message>
    <message>
        <source>Refused addresses</source>
        <translation>Direcciones rechazadas</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>SHA-256 del WARC</translation>
    </message>
    <message>
        <source>WARC file</source>
        <translation>Archivo WARC</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Fecha tal como se escribe</translation>
    </message>
    <message>
        <source>Saved date as written</source>
        <translation>Fecha de guardado tal como se escribe</translation>
    </message>
    <message>
        <source>Data package hash</source>
        <translation>Hash del paquete de datos</translation>
    </message>
    <message>
        <source>Frame of</source>
        <translation>Marco de</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Renderizado</translation>
    </message>
    <message>
        <source>Rendered at</source>
        <translation>Renderizada el</translation>
    </message>
    <message>
        <source>Rendered from</source>
        <translation>Renderizada desde</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Recorded for rendering</source>
        <translation>Registrado para el renderizado</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Capture document</source>
        <translation>Documento de la captura</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Location (GPS):</source>
        <translation>Ubicación (GPS):</translation>
    </message>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation>
            <numerusform>Oculto, fuera del texto (%Ln pasaje):</numerusform>
            <numerusform>Oculto, fuera del texto (%Ln pasajes):</numerusform>
        </translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Detalles del documento</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Doubtful date: {date_doubt}.</source>
        <translation>Fecha dudosa: {date_doubt}.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a document from the project to read and annotate it.</source>
        <translation>Abra un documento del proyecto para leerlo y anotarlo.</translation>
    </message>
    <message>
        <source>This project has no documents yet.

Drop files here (PDF, web page, text, image, web archive), or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).</source>
        <translation>Este proyecto aún no tiene documentos.

Suelte archivos aquí (PDF, página web, texto, imagen, archivo web) o use Archivo › Añadir documento… (Ctrl+Shift+O) o Archivo › Capturar página web… (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>This document cannot be shown: {message}</source>
        <translation>Este documento no se puede mostrar: {message}</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %Ln p.</source>
        <translation>
            <numerusform>{kind}, %Ln pág.</numerusform>
            <numerusform>{kind}, %Ln págs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Search %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {name}: {exc}

Your project is safe: every change is saved as you make it.
Details were written to {path}</source>
        <translation>Algo salió mal: {name}: {exc}

Su proyecto está a salvo: cada cambio se guarda al hacerlo.
Los detalles se escribieron en {path}</translation>
    </message>
    <message>
        <source>Sourcemark – unexpected error</source>
        <translation>Sourcemark – error inesperado</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>Abrir la carpeta donde se escribió el archivo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>{what} written: {name} in {parent}</source>
        <translation>{what} escrito: {name} en {parent}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Select a claim, actor, source, document or highlight to see what it is linked to.</source>
        <translation>Seleccione una afirmación, un actor, una fuente, un documento o un resaltado para ver con qué está vinculado.</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Saltos:</translation>
    </message>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation>
            <numerusform>Mostrar objetos hasta a %Ln vínculo de distancia</numerusform>
            <numerusform>Mostrar objetos hasta a %Ln vínculos de distancia</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole graph in the panel</source>
        <translation>Ajustar todo el grafo al panel</translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation>
            <numerusform>{kind}: %Ln objeto vinculado</numerusform>
            <numerusform>{kind}: %Ln objetos vinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation>
            <numerusform> a %Ln salto</numerusform>
            <numerusform> a %Ln saltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation>
            <numerusform>, %Ln más sin dibujar (haga clic en «+N más»)</numerusform>
            <numerusform>, %Ln más sin dibujar (haga clic en «+N más»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source> (as written: {names})</source>
        <translation> (tal como se escribe: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation>
            <numerusform>%Ln objeto vinculado más: haga clic para dibujarlo</numerusform>
            <numerusform>%Ln objetos vinculados más: haga clic para dibujarlos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Aliases: {aliases}</source>
        <translation>Alias: {aliases}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Grado &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rationale: how the verdict was reached, with the evidence…</source>
        <translation>Justificación: cómo se llegó al veredicto, con las evidencias…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Descripción…</translation>
    </message>
    <message>
        <source>Notes on this source…</source>
        <translation>Notas sobre esta fuente…</translation>
    </message>
    <message>
        <source>Select a highlight or an object to see its details.</source>
        <translation>Seleccione un resaltado o un objeto para ver sus detalles.</translation>
    </message>
    <message>
        <source>The claim, as you will check it…</source>
        <translation>La afirmación, tal como la va a verificar…</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>Redacción de la afirmación</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Eliminar resaltado</translation>
    </message>
    <message>
        <source>Link source…</source>
        <translation>Vincular fuente…</translation>
    </message>
    <message>
        <source>Link actor…</source>
        <translation>Vincular actor…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Veredicto:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Note… (saved when you leave the field)</source>
        <translation>Nota… (se guarda al salir del campo)</translation>
    </message>
    <message>
        <source>Delete {value}</source>
        <translation>Eliminar {value}</translation>
    </message>
    <message>
        <source>  (as written “{written}”)</source>
        <translation>  (escrito «{written}»)</translation>
    </message>
    <message>
        <source> · page {pages}</source>
        <translation> · pág. {pages}</translation>
    </message>
    <message>
        <source>anchor {state}</source>
        <translation>anclaje {state}</translation>
    </message>
</context>
<context>
    <name>KeepTyped</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo escrito?</translation>
    </message>
    <message>
        <source>You typed text in this dialog. Close it and discard the text?</source>
        <translation>Ha escrito texto en este diálogo. ¿Cerrarlo y descartar el texto?</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Project in use</source>
        <translation>Proyecto en uso</translation>
    </message>
    <message>
        <source>{exc}

Another Sourcemark is editing this project. Open it read-only?</source>
        <translation>{exc}

Otro Sourcemark está editando este proyecto. ¿Abrirlo solo para lectura?</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}</source>
        <translation>No se puede abrir {name}: {exc}</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>Proyecto dañado</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}

Restore the newest good backup ({backup})? The damaged files are kept as a backup of their own.</source>
        <translation>No se puede abrir {name}: {exc}

¿Restaurar la copia de seguridad buena más reciente ({backup})? Los archivos dañados se conservan como una copia de seguridad propia.</translation>
    </message>
    <message>
        <source>Cannot restore {name}: {exc}</source>
        <translation>No se puede restaurar {name}: {exc}</translation>
    </message>
    <message>
        <source>Cannot build the demo project: {exc}</source>
        <translation>No se puede crear el proyecto de demostración: {exc}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>Carpeta del nuevo proyecto</translation>
    </message>
    <message>
        <source>Cannot create the project: {exc}</source>
        <translation>No se puede crear el proyecto: {exc}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a claim</source>
        <translation>Vincular a una afirmación</translation>
    </message>
    <message>
        <source>Link to an actor</source>
        <translation>Vincular a un actor</translation>
    </message>
    <message>
        <source>Link to a source</source>
        <translation>Vincular a una fuente</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Selección:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Afirmación:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relación:</translation>
    </message>
    <message>
        <source>Verdict (new claim):</source>
        <translation>Veredicto (nueva afirmación):</translation>
    </message>
    <message>
        <source>Kind (new actor):</source>
        <translation>Tipo (nuevo actor):</translation>
    </message>
    <message>
        <source>Name as written is:</source>
        <translation>El nombre escrito es:</translation>
    </message>
    <message>
        <source>the usual form</source>
        <translation>la forma habitual</translation>
    </message>
    <message>
        <source>Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>Grado del Almirantazgo: fiabilidad de la fuente de A (totalmente fiable) a F (no se puede juzgar), credibilidad de la información de 1 (confirmada) a 6 (no se puede juzgar)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grado:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Editor:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publicado:</translation>
    </message>
    <message>
        <source>a letter A–F and a digit 1–6, e.g. B2</source>
        <translation>una letra A–F y una cifra 1–6, p. ej. B2</translation>
    </message>
    <message>
        <source>Type a name, or pick one from the list.</source>
        <translation>Escriba un nombre o elija uno de la lista.</translation>
    </message>
    <message>
        <source>Links to the existing {value}.</source>
        <translation>Vincula al objeto existente: {value}.</translation>
    </message>
    <message>
        <source>Creates a new {value}.</source>
        <translation>Crea un objeto nuevo: {value}.</translation>
    </message>
    <message>
        <source>Links to {name}; written here as “{selected_text}”.</source>
        <translation>Vincula a {name}; aquí escrito «{selected_text}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search documents…</source>
        <translation>Buscar documentos…</translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation>Buscar afirmaciones…</translation>
    </message>
    <message>
        <source>Search actors…</source>
        <translation>Buscar actores…</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Mark this actor&apos;s unmarked mentions in every document (one undo step)</source>
        <translation>Marcar las menciones sin marcar de este actor en todos los documentos (un paso de deshacer)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge the selected actors</source>
        <translation>Fusionar los actores seleccionados</translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation>Buscar fuentes…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>A&amp;firmaciones</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Actores</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>F&amp;uentes</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;notaciones</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>&amp;Huérfanos</translation>
    </message>
    <message>
        <source>Evidence &amp;graph</source>
        <translation>&amp;Grafo de evidencias</translation>
    </message>
    <message>
        <source>Sea&amp;rch project</source>
        <translation>Bu&amp;scar en el proyecto</translation>
    </message>
    <message>
        <source>{name} (read-only) – Sourcemark</source>
        <translation>{name} (solo lectura) – Sourcemark</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln resaltado</numerusform>
            <numerusform>%Ln resaltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln fuente</numerusform>
            <numerusform>%Ln fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source> · saved in {folder}</source>
        <translation> · guardado en {folder}</translation>
    </message>
    <message>
        <source>Cancelling the sync; close the window again once it has stopped</source>
        <translation>Cancelando la sincronización; cierre la ventana de nuevo cuando se haya detenido</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>El reconocimiento de texto (OCR)</translation>
    </message>
    <message>
        <source>A web capture</source>
        <translation>Una captura web</translation>
    </message>
    <message>
        <source>Close Sourcemark?</source>
        <translation>¿Cerrar Sourcemark?</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it and close the window? Nothing of it is added to the project.</source>
        <translation>{what} sigue en curso. ¿Detenerlo y cerrar la ventana? No se añade nada de ello al proyecto.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>Keep this project&apos;s (A)</source>
        <translation>Conservar la de este proyecto (A)</translation>
    </message>
    <message>
        <source>Take the other&apos;s (B)</source>
        <translation>Tomar la del otro (B)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>Merge project “{other_name}”</source>
        <translation>Fusionar el proyecto «{other_name}»</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>This project (A)</source>
        <translation>Este proyecto (A)</translation>
    </message>
    <message>
        <source>{other} (B)</source>
        <translation>{other} (B)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep for {kind} {title}</source>
        <translation>Conservar para {kind} {title}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>an unknown analyst</source>
        <translation>un analista desconocido</translation>
    </message>
    <message>
        <source>From {project}, by {analysts}:</source>
        <translation>De {project}, por {analysts}:</translation>
    </message>
    <message>
        <source>  {kind}: {added} new, {updated} changed, {removed} removed</source>
        <translation>  {kind}: {added} nuevos, {updated} cambiados, {removed} eliminados</translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation>  nada nuevo</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln object(s) you deleted stay deleted</source>
        <translation>
            <numerusform>  %Ln objeto que usted eliminó sigue eliminado</numerusform>
            <numerusform>  %Ln objetos que usted eliminó siguen eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation>
            <numerusform>%Ln conflicto: ambos analistas lo cambiaron; elija qué versión conservar.</numerusform>
            <numerusform>%Ln conflictos: ambos analistas los cambiaron; elija qué versión conservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Sin conflictos.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>statement</source>
        <translation>enunciado</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>calificación</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>as_written</source>
        <translation>tal como se escribe</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificado</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>OCR is already running.</source>
        <translation>El OCR ya está en curso.</translation>
    </message>
    <message>
        <source>Open an image or a scanned PDF first.</source>
        <translation>Abra primero una imagen o un PDF escaneado.</translation>
    </message>
    <message>
        <source>OCR cannot start: {exc}</source>
        <translation>El OCR no puede empezar: {exc}</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Recognising the text of “{title}” ({lang})…</source>
        <translation>Reconociendo el texto de «{title}» ({lang})…</translation>
    </message>
    <message>
        <source>Recognising page {page} of {total}…</source>
        <translation>Reconociendo la página {page} de {total}…</translation>
    </message>
    <message>
        <source>OCR cancelled; nothing was changed.</source>
        <translation>OCR cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>OCR failed: {message}</source>
        <translation>El OCR falló: {message}</translation>
    </message>
    <message>
        <source>OCR could not be saved: {exc}</source>
        <translation>No se pudo guardar el OCR: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>El OCR ({lang}) reconoció %n palabra en {title}; resaltados: {summary}.{findings}</numerusform>
            <numerusform>El OCR ({lang}) reconoció %n palabras en {title}; resaltados: {summary}.{findings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}): %n palabra reconocida; resaltados: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}): %n palabras reconocidas; resaltados: {summary}.{findings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>Select the new place of an orphan in the document, then re-attach it.</source>
        <translation>Seleccione en el documento el nuevo lugar de un huérfano y vuelva a anclarlo.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Resaltados huérfanos</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Reanclar a la selección</translation>
    </message>
    <message>
        <source>Pick an orphan in the list first.</source>
        <translation>Elija primero un huérfano de la lista.</translation>
    </message>
    <message>
        <source>Select the new place of the highlight in the document first.</source>
        <translation>Seleccione primero en el documento el nuevo lugar del resaltado.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>de 0</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Capturada el</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Choose pages to add</source>
        <translation>Elegir páginas para añadir</translation>
    </message>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation>
            <numerusform>{file_name} contiene %n página web archivada. Cada página que marque se convierte en un documento; no se descarga nada de ellas.</numerusform>
            <numerusform>{file_name} contiene %n páginas web archivadas. Cada página que marque se convierte en un documento; no se descarga nada de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived pages</source>
        <translation>Páginas archivadas</translation>
    </message>
    <message>
        <source>(cannot be read: {problem})</source>
        <translation>(no se puede leer: {problem})</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>↳ {title} (frame of {page})</source>
        <translation>↳ {title} (marco de {page})</translation>
    </message>
    <message>
        <source>Add chosen pages</source>
        <translation>Añadir las páginas elegidas</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Desmarcar todas</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Text of page %1 of %2</source>
        <translation>Texto de la página %1 de %2</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Texto de la página</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>Páginas del documento</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Actions on the selected rows</source>
        <translation>Acciones sobre las filas seleccionadas</translation>
    </message>
    <message>
        <source>Show linked &amp;highlights</source>
        <translation>Mostrar &amp;resaltados vinculados</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected rows and what hangs on them (Undo brings them back)</source>
        <translation>Elimina las filas seleccionadas y lo que depende de ellas (Deshacer las recupera)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copiar &amp;ID</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation>Documentos (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Capturas web (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>No text layer (a scan?) in {names}: the pages can be viewed, and their text quoted once it is recognised (OCR).</source>
        <translation>Sin capa de texto (¿un escaneo?) en {names}: las páginas se pueden ver, y su texto citar una vez reconocido (OCR).</translation>
    </message>
    <message>
        <source>The text of those pages can be quoted once it is recognised (OCR).</source>
        <translation>El texto de esas páginas podrá citarse una vez reconocido (OCR).</translation>
    </message>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation>
            <numerusform>Añadido {added} de %n archivo.</numerusform>
            <numerusform>Añadidos {added} de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Documentos añadidos</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>Reconocer &amp;texto (OCR)</translation>
    </message>
    <message>
        <source> of the first</source>
        <translation> del primero</translation>
    </message>
    <message>
        <source>Could not add {name}: {exc}</source>
        <translation>No se pudo añadir {name}: {exc}</translation>
    </message>
    <message>
        <source>Could not open {name}: wrong password.</source>
        <translation>No se pudo abrir {name}: contraseña incorrecta.</translation>
    </message>
    <message>
        <source>That password did not work. </source>
        <translation>Esa contraseña no funcionó. </translation>
    </message>
    <message>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} está cifrado. Contraseña:</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>Contraseña necesaria</translation>
    </message>
    <message>
        <source>Open the document to replace first.</source>
        <translation>Abra primero el documento que quiere reemplazar.</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Reemplazar por una versión nueva</translation>
    </message>
    <message>
        <source>Could not replace the document with {name}: {exc}</source>
        <translation>No se pudo reemplazar el documento por {name}: {exc}</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>La exportación falló: {exc}</translation>
    </message>
    <message>
        <source>Open the PDF whose highlights you want to export first.</source>
        <translation>Abra primero el PDF cuyos resaltados quiere exportar.</translation>
    </message>
    <message>
        <source>Export PDF with highlights</source>
        <translation>Exportar PDF con resaltados</translation>
    </message>
    <message>
        <source>PDF with highlights ({note})</source>
        <translation>PDF con resaltados ({note})</translation>
    </message>
    <message>
        <source>PDF with highlights</source>
        <translation>PDF con resaltados</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>No se pudo generar el informe: {exc}</translation>
    </message>
    <message>
        <source>Could not save the report: {exc}</source>
        <translation>No se pudo guardar el informe: {exc}</translation>
    </message>
    <message>
        <source>Report ({format})</source>
        <translation>Informe ({format})</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Abra primero un documento.</translation>
    </message>
    <message>
        <source>Could not save the details: {exc}</source>
        <translation>No se pudieron guardar los detalles: {exc}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation>Archivos de anotaciones (*.json *.jsonld);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import failed: {exc}</source>
        <translation>La importación falló: {exc}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <source>Capture (as the archive states it)</source>
        <translation>Captura (según el archivo web)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>registro {record}</translation>
    </message>
    <message>
        <source>Captured URL</source>
        <translation>URL capturada</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Capturada el</translation>
    </message>
    <message>
        <source>Time taken from</source>
        <translation>Hora tomada de</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo web</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>Resumen del archivo web</translation>
    </message>
    <message>
        <source>Digest check</source>
        <translation>Comprobación del resumen</translation>
    </message>
    <message>
        <source>Page SHA-256</source>
        <translation>SHA-256 de la página</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>PurgeDeletion</name>
    <message>
        <source>Delete and purge…</source>
        <translation>Eliminar y purgar…</translation>
    </message>
    <message>
        <source>The list of objects to purge could not be saved: {exc}</source>
        <translation>No se pudo guardar la lista de objetos que purgar: {exc}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here, and purge from the team&apos;s server at the next sync:</source>
        <translation>Eliminar aquí y purgar del servidor del equipo en la próxima sincronización:</translation>
    </message>
    <message>
        <source>With it go the links and highlights that hang on it:</source>
        <translation>Con él se van los vínculos y resaltados que dependen de él:</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <source>The next sync removes every revision of them from the server, where the server allows it (CouchDB&apos;s _purge, which CouchDB allows database admins only). A server without _purge keeps their earlier revisions until an admin compacts the database, and their ids for good; the sync then says so.</source>
        <translation>La próxima sincronización elimina del servidor todas sus revisiones, si el servidor lo permite (_purge de CouchDB, que CouchDB solo permite a los administradores de la base de datos). Un servidor sin _purge conserva sus revisiones anteriores hasta que un administrador compacte la base de datos, y sus identificadores para siempre; la sincronización lo indicará.</translation>
    </message>
    <message>
        <source>Only the server forgets them: each project that had them, this one included, keeps them in its audit log.</source>
        <translation>Solo el servidor los olvida: cada proyecto que los tenía, incluido este, los conserva en su registro de auditoría.</translation>
    </message>
    <message>
        <source>Undo brings them back here and cancels the purge, if the next sync has not run yet; after it, they go up to the server again.</source>
        <translation>Deshacer los recupera aquí y cancela la purga si la próxima sincronización aún no se ha hecho; después, vuelven a subir al servidor.</translation>
    </message>
    <message>
        <source>Delete and purge from the server</source>
        <translation>Eliminar y purgar del servidor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Delete and purge</source>
        <translation>Eliminar y purgar</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first.</source>
        <translation>Seleccione primero un texto en el documento (o trace un rectángulo sobre una imagen).</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first.</source>
        <translation>Elija primero un actor en el panel Actores.</translation>
    </message>
    <message>
        <source>Find all mentions</source>
        <translation>Buscar todas las menciones</translation>
    </message>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation>
            <numerusform>No hay menciones sin marcar de {name} en el %n documento de este proyecto.</numerusform>
            <numerusform>No hay menciones sin marcar de {name} en los %n documentos de este proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation>
            <numerusform>Marcada %n mención nueva de {name}</numerusform>
            <numerusform>Marcadas %n menciones nuevas de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation>
            <numerusform> en %n documento:

{touched}

Deshacer las quita todas.</numerusform>
            <numerusform> en %n documentos:

{touched}

Deshacer las quita todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible misspellings</source>
        <translation>Posibles errores ortográficos</translation>
    </message>
    <message>
        <source>These look like misspellings of {name}:

{listed}

Mark them as mentions too (reason: misspelling)?</source>
        <translation>Parecen errores ortográficos de {name}:

{listed}

¿Marcarlos también como menciones (motivo: error ortográfico)?</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them.</source>
        <translation>Seleccione dos o más actores en el panel Actores (Ctrl+clic) para fusionarlos.</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>Fusionar actores</translation>
    </message>
    <message>
        <source>Keep this actor (the others become its aliases):</source>
        <translation>Conservar este actor (los demás pasan a ser sus alias):</translation>
    </message>
</context>
<context>
    <name>ReanchorBar</name>
    <message>
        <source>Show orphans</source>
        <translation>Mostrar huérfanos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>“{short}” was replaced by a new version. Highlights re-anchored: {parts}.</source>
        <translation>«{short}» fue reemplazado por una versión nueva. Resaltados reanclados: {parts}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>orphan: not found in the current version</source>
        <translation>huérfano: no encontrado en la versión actual</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>The highlighted region of {title}</source>
        <translation>La región resaltada de {title}</translation>
    </message>
    <message>
        <source>({index} of {count})</source>
        <translation>({index} de {count})</translation>
    </message>
    <message>
        <source>Verification report – {project}</source>
        <translation>Informe de verificación – {project}</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Informe de verificación</translation>
    </message>
    <message>
        <source>Verification report – {project} · generated {when}</source>
        <translation>Informe de verificación – {project} · generado {when}</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>página {number} de {count}</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>{when} by {generator}</source>
        <translation>{when} por {generator}</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analistas</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrados</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message numerus="yes">
        <source>%n selected claims</source>
        <translation>
            <numerusform>%n afirmación seleccionada</numerusform>
            <numerusform>%n afirmaciones seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n claims of the project</source>
        <translation>
            <numerusform>la única afirmación del proyecto</numerusform>
            <numerusform>las %n afirmaciones del proyecto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source links</source>
        <translation>
            <numerusform>%n vínculo a fuente</numerusform>
            <numerusform>%n vínculos a fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>The project holds no claims yet.</source>
        <translation>El proyecto aún no tiene afirmaciones.</translation>
    </message>
    <message>
        <source>Claim {number}:</source>
        <translation>Afirmación {number}:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>analyst:</source>
        <translation>analista:</translation>
    </message>
    <message>
        <source>Rationale.</source>
        <translation>Justificación.</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>No se registró justificación.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Hecha por:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>Expresada en</translation>
    </message>
    <message>
        <source>No highlighted passage states this claim.</source>
        <translation>Ningún pasaje resaltado expresa esta afirmación.</translation>
    </message>
    <message>
        <source>No source is linked to this claim.</source>
        <translation>Ninguna fuente está vinculada a esta afirmación.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>publicado el {date}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>consultado el {date}</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archivado:</translation>
    </message>
    <message>
        <source>Copy in the project:</source>
        <translation>Copia en el proyecto:</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>No hay fuentes.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>También conocido como:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tal como se escribe:</translation>
    </message>
    <message>
        <source>No actors.</source>
        <translation>No hay actores.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Resaltados huérfanos</translation>
    </message>
    <message>
        <source>These highlights were not found in the current version of their document. They are kept with the words as highlighted.</source>
        <translation>Estos resaltados no se encontraron en la versión actual de su documento. Se conservan con las palabras tal como se resaltaron.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>Analysts highlighted passages of the documents listed in the appendix, linked each passage to the claims it states, the actors it names (keeping each name as written) and the sources that support, contradict or give context to it, and reached a verdict for each claim. Every change was recorded in the project&apos;s hash-chained audit log.</source>
        <translation>Los analistas resaltaron pasajes de los documentos enumerados en el apéndice, vincularon cada pasaje con las afirmaciones que expresa, los actores que nombra (conservando cada nombre tal como se escribe) y las fuentes que lo respaldan, lo contradicen o le dan contexto, y emitieron un veredicto para cada afirmación. Cada cambio quedó registrado en el registro de auditoría encadenado por hashes del proyecto.</translation>
    </message>
    <message>
        <source>Analysts: {analysts}. Tool: {tool}; the text of each document was extracted by the tool named in the appendix, and every highlight&apos;s position counts in that text.</source>
        <translation>Analistas: {analysts}. Herramienta: {tool}; el texto de cada documento fue extraído por la herramienta indicada en el apéndice, y la posición de cada resaltado se cuenta en ese texto.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>Source grades (Admiralty system)</source>
        <translation>Grados de las fuentes (sistema del Almirantazgo)</translation>
    </message>
    <message>
        <source>A grade joins the reliability of the source (a letter) and the credibility of the information (a digit), e.g. B2.</source>
        <translation>Un grado une la fiabilidad de la fuente (una letra) y la credibilidad de la información (una cifra), p. ej. B2.</translation>
    </message>
    <message>
        <source>Anchoring of highlights</source>
        <translation>Anclaje de los resaltados</translation>
    </message>
    <message>
        <source>Page numbers count from 1. Images show the highlighted region of the PDF page as it is stored in the project.</source>
        <translation>Las páginas se numeran desde 1. Las imágenes muestran la región resaltada de la página del PDF tal como se guarda en el proyecto.</translation>
    </message>
    <message>
        <source>Appendix: documents examined</source>
        <translation>Apéndice: documentos examinados</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>imported {date}</source>
        <translation>importado el {date}</translation>
    </message>
    <message>
        <source>text by {tool}</source>
        <translation>texto extraído por {tool}</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>Captura:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 del archivo:</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text:</source>
        <translation>SHA-256 del texto canónico:</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>No hay documentos.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Aún sin evaluar.</translation>
    </message>
    <message>
        <source>Accurate; nothing significant is missing.</source>
        <translation>Exacta; no falta nada significativo.</translation>
    </message>
    <message>
        <source>Accurate, but needs clarification or additional information.</source>
        <translation>Exacta, pero necesita aclaración o información adicional.</translation>
    </message>
    <message>
        <source>Holds both accurate and inaccurate elements.</source>
        <translation>Tiene elementos exactos e inexactos.</translation>
    </message>
    <message>
        <source>Holds an element of truth but ignores facts that would change the impression.</source>
        <translation>Tiene algo de verdad, pero ignora hechos que cambiarían la impresión.</translation>
    </message>
    <message>
        <source>Not accurate.</source>
        <translation>No es exacta.</translation>
    </message>
    <message>
        <source>Accurate elements put together to give a false impression.</source>
        <translation>Elementos exactos combinados para dar una impresión falsa.</translation>
    </message>
    <message>
        <source>The evidence available cannot confirm or refute it.</source>
        <translation>Las evidencias disponibles no pueden confirmarla ni refutarla.</translation>
    </message>
    <message>
        <source>found at the position where it was highlighted</source>
        <translation>encontrado en la posición donde se resaltó</translation>
    </message>
    <message>
        <source>the same words found at another position of a new version of the document</source>
        <translation>las mismas palabras encontradas en otra posición de una nueva versión del documento</translation>
    </message>
    <message>
        <source>an approximate match of the words in a new version (the score says how close)</source>
        <translation>una coincidencia aproximada de las palabras en una nueva versión (la puntuación indica cuánto se parece)</translation>
    </message>
    <message>
        <source>not found in the current version of the document; the quote is shown as it was highlighted</source>
        <translation>no encontrado en la versión actual del documento; la cita se muestra tal como se resaltó</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
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
        <translation>imagen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export verification report</source>
        <translation>Exportar informe de verificación</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Afirmaciones:</translation>
    </message>
    <message>
        <source>All claims ({count})</source>
        <translation>Todas las afirmaciones ({count})</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
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
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>No se pudo generar el informe: {exc}</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>Guardar informe de verificación</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Words as written; case, accents and dashes ignored</source>
        <translation>Palabras tal como se escriben; se ignoran mayúsculas, acentos y guiones</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>A Python regular expression, e.g. \b\d{1,3}(,\d{3})+ troops</source>
        <translation>Una expresión regular de Python, p. ej. \b\d{1,3}(,\d{3})+ troops</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>An actor&apos;s name or alias: finds every name, alias and confirmed misspelling</source>
        <translation>El nombre o alias de un actor: encuentra cada nombre, alias y error ortográfico confirmado</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>Buscar en todos los documentos…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Buscar en todos los documentos</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the search; the results found so far stay listed</source>
        <translation>Detener la búsqueda; los resultados encontrados hasta ahora siguen en la lista</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (detenida)</translation>
    </message>
    <message>
        <source>Searching… {count} so far</source>
        <translation>Buscando… {count} por ahora</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Sin coincidencias.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> en %Ln documento</numerusform>
            <numerusform> en %Ln documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation>
            <numerusform> (las primeras %Ln; acote la búsqueda)</numerusform>
            <numerusform> (las primeras %Ln; acote la búsqueda)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Name recorded on your highlights and in the audit log</source>
        <translation>Nombre registrado en sus resaltados y en el registro de auditoría</translation>
    </message>
    <message>
        <source>Analyst name:</source>
        <translation>Nombre del analista:</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1</source>
        <translation>Paquetes de idioma de Tesseract unidos con +, p. ej. eng+rus+kor. Instalados: %1</translation>
    </message>
    <message>
        <source>none found (install tesseract-ocr)</source>
        <translation>ninguno encontrado (instale tesseract-ocr)</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>Idiomas de OCR:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apariencia:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>The language changes when Sourcemark is next started.</source>
        <translation>El idioma cambia la próxima vez que se inicie Sourcemark.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off (File &gt; Sync now)</source>
        <translation>desactivada (Archivo &gt; Sincronizar ahora)</translation>
    </message>
    <message>
        <source>Sync the open project with the team&apos;s server every N minutes (0: off)</source>
        <translation>Sincronizar el proyecto abierto con el servidor del equipo cada N minutos (0: desactivado)</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sincronizar cada:</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>Colores predeterminados</translation>
    </message>
    <message>
        <source>Claim colour:</source>
        <translation>Color de afirmación:</translation>
    </message>
    <message>
        <source>Actor colour:</source>
        <translation>Color de actor:</translation>
    </message>
    <message>
        <source>Source colour:</source>
        <translation>Color de fuente:</translation>
    </message>
    <message>
        <source>Highlight colour:</source>
        <translation>Color de resaltado:</translation>
    </message>
    <message>
        <source>Question colour:</source>
        <translation>Color de pregunta:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous pane (the reader and each panel on screen)</source>
        <translation>Panel siguiente / anterior (el lector y cada panel en pantalla)</translation>
    </message>
    <message>
        <source>Next / previous field within a pane; leaving a text field saves it</source>
        <translation>Campo siguiente / anterior dentro de un panel; salir de un campo de texto lo guarda</translation>
    </message>
    <message>
        <source>Save the inspector field being typed in, and stay in it</source>
        <translation>Guardar el campo del inspector en el que se escribe y quedarse en él</translation>
    </message>
    <message>
        <source>Edit the verdict in the Claims table</source>
        <translation>Editar el veredicto en la tabla de afirmaciones</translation>
    </message>
    <message>
        <source>Close the Find bar or a dialog (a dialog with typed text asks first)</source>
        <translation>Cerrar la barra de búsqueda o un diálogo (un diálogo con texto escrito pregunta antes)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citada por</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln resaltado</numerusform>
            <numerusform>%Ln resaltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync: {exc}</source>
        <translation>Sincronización: {exc}</translation>
    </message>
    <message>
        <source> (end-to-end encrypted)</source>
        <translation> (cifrado de extremo a extremo)</translation>
    </message>
    <message>
        <source>File &gt; Sync now to sync with the team&apos;s server</source>
        <translation>Archivo &gt; Sincronizar ahora para sincronizar con el servidor del equipo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Sync failed: {exc}</source>
        <translation>La sincronización falló: {exc}</translation>
    </message>
    <message>
        <source>Could not sync: {outcome}</source>
        <translation>No se pudo sincronizar: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) left</source>
        <translation>
            <numerusform>; queda %Ln conflicto</numerusform>
            <numerusform>; quedan %Ln conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>; not purged: {note}</source>
        <translation>; sin purgar: {note}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} de {total})</translation>
    </message>
    <message>
        <source>Syncing: {phase}{counts}</source>
        <translation>Sincronizando: {phase}{counts}</translation>
    </message>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation>Sincronización: decida los conflictos</translation>
    </message>
    <message>
        <source>Sync with this server?</source>
        <translation>¿Sincronizar con este servidor?</translation>
    </message>
    <message>
        <source>This project names a sync server you have not confirmed on this computer:

{url}

Syncing sends the project, and the sync credentials set on this computer, to it. Sync with it?</source>
        <translation>Este proyecto indica un servidor de sincronización que no ha confirmado en este equipo:

{url}

Sincronizar le envía el proyecto y las credenciales de sincronización configuradas en este equipo. ¿Sincronizar con él?</translation>
    </message>
    <message>
        <source> from {analysts}</source>
        <translation> de {analysts}</translation>
    </message>
    <message>
        <source>Synced with {url}: nothing else came in{by}.</source>
        <translation>Sincronizado con {url}: no llegó nada más{by}.</translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation>
            <numerusform>Sincronizado con {url}: llegó %Ln cambio{by} y ya está en este proyecto.</numerusform>
            <numerusform>Sincronizado con {url}: llegaron %Ln cambios{by} y ya están en este proyecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio pendiente</numerusform>
            <numerusform>%Ln cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to purge from the server</source>
        <translation>
            <numerusform>%Ln por purgar del servidor</numerusform>
            <numerusform>%Ln por purgar del servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>server not confirmed: File &gt; Sync now</source>
        <translation>servidor sin confirmar: Archivo &gt; Sincronizar ahora</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln purged from the server</source>
        <translation>
            <numerusform>; %Ln purgado del servidor</numerusform>
            <numerusform>; %Ln purgados del servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not support _purge: earlier revisions stay there until an admin compacts the database</source>
        <translation>el servidor no admite _purge: las revisiones anteriores se quedan allí hasta que un administrador compacte la base de datos</translation>
    </message>
    <message>
        <source>the server refused _purge (CouchDB allows it to database admins only): earlier revisions stay there until an admin purges or compacts the database</source>
        <translation>el servidor rechazó _purge (CouchDB solo lo permite a los administradores de la base de datos): las revisiones anteriores se quedan allí hasta que un administrador purgue o compacte la base de datos</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Comprobando el servidor</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Recibiendo cambios</translation>
    </message>
    <message>
        <source>Comparing what came in</source>
        <translation>Comparando lo recibido</translation>
    </message>
    <message>
        <source>Fetching files</source>
        <translation>Descargando archivos</translation>
    </message>
    <message>
        <source>Comparing with the last sync</source>
        <translation>Comparando con la última sincronización</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>Enviando archivos</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Sync with the team&apos;s server</source>
        <translation>Sincronizar con el servidor del equipo</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <source>Encrypt end to end (the server stores only ciphertext)</source>
        <translation>Cifrar de extremo a extremo (el servidor solo guarda texto cifrado)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>URL de la base de datos:</translation>
    </message>
    <message>
        <source>http(s)://host:port/database; user:password@ is used, never stored</source>
        <translation>http(s)://host:puerto/base; user:password@ se usa, nunca se guarda</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Type the database URL.</source>
        <translation>Escriba la URL de la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Everyone in the team needs this passphrase. If it is forgotten, nobody can read the server&apos;s copy again.</source>
        <translation>Todo el equipo necesita esta frase de contraseña. Si se olvida, nadie podrá volver a leer la copia del servidor.</translation>
    </message>
    <message>
        <source>Encrypted team database</source>
        <translation>Base de datos cifrada del equipo</translation>
    </message>
    <message>
        <source>{url} is encrypted end to end. Its passphrase:</source>
        <translation>{url} está cifrada de extremo a extremo. Su frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln change(s) in</source>
        <translation>
            <numerusform>llegó %Ln cambio</numerusform>
            <numerusform>llegaron %Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) out</source>
        <translation>
            <numerusform>salió %Ln revisión</numerusform>
            <numerusform>salieron %Ln revisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in</source>
        <translation>
            <numerusform>llegó %Ln archivo</numerusform>
            <numerusform>llegaron %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}, {files}</source>
        <translation>Sincronizado con {url}: {changes}, {revisions}, {files}</translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}</source>
        <translation>Sincronizado con {url}: {changes}, {revisions}</translation>
    </message>
    <message>
        <source>; from {analysts}</source>
        <translation>; de {analysts}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) decided</source>
        <translation>
            <numerusform>; %Ln conflicto decidido</numerusform>
            <numerusform>; %Ln conflictos decididos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln deleted on the server, so here too</source>
        <translation>
            <numerusform>; %Ln eliminado en el servidor, y por tanto aquí</numerusform>
            <numerusform>; %Ln eliminados en el servidor, y por tanto aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left out (unreadable or invalid)</source>
        <translation>
            <numerusform>; %Ln omitido (ilegible o no válido)</numerusform>
            <numerusform>; %Ln omitidos (ilegibles o no válidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here, the next sync starts again</source>
        <translation>Sincronización cancelada; aquí no cambió nada, la próxima sincronización empieza de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) came in</source>
        <translation>
            <numerusform>llegó %Ln cambio</numerusform>
            <numerusform>llegaron %Ln cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent yet, the next sync sends what changed here</source>
        <translation>aún no se envió nada, la próxima sincronización envía lo que cambió aquí</translation>
    </message>
    <message>
        <source>{sent} of {total} documents sent, the next sync sends the rest</source>
        <translation>enviados {sent} de {total} documentos, la próxima sincronización envía el resto</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln document(s) sent, the next sync completes the checkpoint</source>
        <translation>
            <numerusform>enviado %Ln documento, la próxima sincronización completa el punto de control</numerusform>
            <numerusform>enviados los %Ln documentos, la próxima sincronización completa el punto de control</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; {came_in}, {rest}</source>
        <translation>Sincronización cancelada; {came_in}, {rest}</translation>
    </message>
    <message>
        <source>Sync cancelled; {rest}</source>
        <translation>Sincronización cancelada; {rest}</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Merge another analyst&apos;s project</source>
        <translation>Fusionar el proyecto de otro analista</translation>
    </message>
    <message>
        <source>Could not merge: {exc}</source>
        <translation>No se pudo fusionar: {exc}</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Fusionar proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation>
            <numerusform>Fusionado %n cambio de {other_name} en un paso (Deshacer lo revierte).</numerusform>
            <numerusform>Fusionados %n cambios de {other_name} en un paso (Deshacer los revierte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with another analyst&apos;s project</source>
        <translation>Comparar con el proyecto de otro analista</translation>
    </message>
    <message>
        <source>Could not compare: {exc}</source>
        <translation>No se pudo comparar: {exc}</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Claim: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>Afirmación: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (as “{written}”)</source>
        <translation> (escrito «{written}»)</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>Actor: {name}</translation>
    </message>
    <message>
        <source>Source: {title} [{grade}] — {relation}</source>
        <translation>Fuente: {title} [{grade}] — {relation}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>mayormente verdadero</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>mayormente falso</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>engañoso</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>no demostrado</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>resaltado</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
    <message>
        <source>link</source>
        <translation>vínculo</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>huérfano</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>organismo estatal</translation>
    </message>
    <message>
        <source>media outlet</source>
        <translation>medio de comunicación</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>states</source>
        <translation>afirma</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>menciona</translation>
    </message>
    <message>
        <source>made-by</source>
        <translation>hecha por</translation>
    </message>
    <message>
        <source>about</source>
        <translation>sobre</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>respalda</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contradice</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation>error ortográfico</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>transliteración</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>totalmente fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>normalmente fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>bastante fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>normalmente no fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>no fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>la fiabilidad no se puede juzgar</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmada por otras fuentes</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablemente cierta</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>posiblemente cierta</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>dudosa</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>la veracidad no se puede juzgar</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome – Sourcemark</source>
        <translation>Bienvenida – Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Highlight articles and PDFs, link what they say to claims, actors and sources, and record your verdicts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Resalte artículos y PDF, vincule lo que dicen con afirmaciones, actores y fuentes, y registre sus veredictos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sourcemark logo</source>
        <translation>Logotipo de Sourcemark</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Proyectos recientes:</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>No hay proyectos recientes.</translation>
    </message>
</context>
</TS>
