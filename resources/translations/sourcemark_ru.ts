<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcemark</source>
        <translation>О Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT licence</source>
        <translation>Рабочее место для проверки источников: выделяйте фрагменты статей и PDF и связывайте их с утверждениями и вердиктами, акторами и оценёнными источниками.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;Лицензия MIT</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear: %1</source>
        <translation>Очистить: %1</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Другие инструменты</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>This project is open read-only (another window or process has it open)</source>
        <translation>Проект открыт только для чтения (его держит открытым другое окно или процесс)</translation>
    </message>
    <message>
        <source>Open a document from the Project panel first</source>
        <translation>Сначала откройте документ на панели «Проект»</translation>
    </message>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first</source>
        <translation>Сначала выделите текст в документе (или обведите прямоугольник на изображении)</translation>
    </message>
    <message>
        <source>Select some text in the document, or click a highlight to link it, first</source>
        <translation>Сначала выделите текст в документе или щёлкните выделение, чтобы связать его</translation>
    </message>
    <message>
        <source>Click a highlight in the document or the Annotations panel first</source>
        <translation>Сначала щёлкните выделение в документе или на панели «Аннотации»</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first</source>
        <translation>Сначала выберите актора на панели «Акторы»</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them</source>
        <translation>Выделите двух или более акторов на панели «Акторы» (Ctrl+щелчок), чтобы объединить их</translation>
    </message>
    <message>
        <source>OCR reads images and scanned PDFs; the open document is {kind}</source>
        <translation>OCR распознаёт изображения и отсканированные PDF; открытый документ — {kind}</translation>
    </message>
    <message>
        <source>Only a PDF can carry its highlights as PDF annotations; the open document is {kind}</source>
        <translation>Выделения в виде аннотаций PDF может нести только PDF; открытый документ — {kind}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>an HTML article</source>
        <translation>HTML-статья</translation>
    </message>
    <message>
        <source>an EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>This project does not sync with a server: there is nothing to purge</source>
        <translation>Этот проект не синхронизируется с сервером: удалять безвозвратно нечего</translation>
    </message>
    <message>
        <source>Click a highlight, or pick a document, claim, actor or source, first</source>
        <translation>Сначала щёлкните выделение или выберите документ, утверждение, актора или источник</translation>
    </message>
    <message>
        <source>Select one or more rows of this list first</source>
        <translation>Сначала выберите одну или несколько строк этого списка</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open demo pro&amp;ject</source>
        <translation>Открыть демо-&amp;проект</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Добавить документ…</translation>
    </message>
    <message>
        <source>Add a PDF, web page, text file or image</source>
        <translation>Добавить PDF, веб-страницу, текстовый файл или изображение</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Capture web page…</source>
        <translation>&amp;Захватить веб-страницу…</translation>
    </message>
    <message>
        <source>Fetch a live page with its images and stylesheets into a WARC and add it</source>
        <translation>Загрузить живую страницу с её изображениями и стилями в WARC и добавить её</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find in the open document</source>
        <translation>Найти в открытом документе</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation>Поис&amp;к по проекту…</translation>
    </message>
    <message>
        <source>Search all documents: a quote, a regular expression or an actor with all its names</source>
        <translation>Поиск по всем документам: цитата, регулярное выражение или актор со всеми его именами</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Выделить</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>Выделить выбранный текст</translation>
    </message>
    <message>
        <source>New &amp;claim from selection…</source>
        <translation>Новое &amp;утверждение из выделения…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Link &amp;actor…</source>
        <translation>Связать с &amp;актором…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <source>Link &amp;source…</source>
        <translation>Связать с &amp;источником…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>У&amp;далить выделение</translation>
    </message>
    <message>
        <source>Delete the selected highlight and its links (Undo brings them back)</source>
        <translation>Удалить выбранное выделение и его связи (отмена вернёт их)</translation>
    </message>
    <message>
        <source>Delete and purge from ser&amp;ver…</source>
        <translation>Удалить и &amp;безвозвратно стереть с сервера…</translation>
    </message>
    <message>
        <source>Delete the selected highlight, document, claim, actor or source, and have the next sync remove it from the team&apos;s server (Undo brings it back and cancels the purge)</source>
        <translation>Удалить выбранное выделение, документ, утверждение, актора или источник, а следующая синхронизация безвозвратно уберёт его с сервера команды (Отменить возвращает его и отменяет безвозвратное удаление)</translation>
    </message>
    <message>
        <source>Find all &amp;mentions of actor</source>
        <translation>Найти все у&amp;поминания актора</translation>
    </message>
    <message>
        <source>Mark the picked actor&apos;s unmarked mentions in every document of the project (one undo step); the reader stays where it is</source>
        <translation>Отметить неотмеченные упоминания выбранного актора во всех документах проекта (один шаг отмены); читатель остаётся на месте</translation>
    </message>
    <message>
        <source>Merge ac&amp;tors…</source>
        <translation>&amp;Объединить акторов…</translation>
    </message>
    <message>
        <source>Re&amp;place document with new version…</source>
        <translation>За&amp;менить документ новой версией…</translation>
    </message>
    <message>
        <source>Import an edited article or corrected PDF and re-anchor its highlights</source>
        <translation>Импортировать исправленную статью или PDF и перепривязать её выделения</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>С&amp;ведения о документе…</translation>
    </message>
    <message>
        <source>Title, author, publisher, date and URL of the open document (exports cite them)</source>
        <translation>Название, автор, издатель, дата и URL открытого документа (экспорт ссылается на них)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Экспорт от&amp;чёта…</translation>
    </message>
    <message>
        <source>A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview</source>
        <translation>Отчёт о проверке (утверждения, вердикты, цитаты, источники, акторы) в PDF или HTML, с предпросмотром</translation>
    </message>
    <message>
        <source>Recognise te&amp;xt (OCR)…</source>
        <translation>Распознать &amp;текст (OCR)…</translation>
    </message>
    <message>
        <source>Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; languages in Settings)</source>
        <translation>Дать страницам изображения или скана без текста текстовый слой (Tesseract; языки — в настройках)</translation>
    </message>
    <message>
        <source>&amp;Annotations file (JSON, W3C, Hypothesis)…</source>
        <translation>&amp;Файл аннотаций (JSON, W3C, Hypothesis)…</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>О&amp;бъединить проект…</translation>
    </message>
    <message>
        <source>Bring in another analyst&apos;s copy of this project; decide each conflict</source>
        <translation>Принять копию этого проекта от другого аналитика; решить каждый конфликт</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
    </message>
    <message>
        <source>Pull and push changes with the team&apos;s CouchDB server (one undoable step); the status bar shows the last sync, changes waiting and conflicts</source>
        <translation>Получить и отправить изменения на сервер CouchDB команды (один шаг отмены); строка состояния показывает последнюю синхронизацию, ожидающие изменения и конфликты</translation>
    </message>
    <message>
        <source>&amp;Agreement with another project…</source>
        <translation>&amp;Согласованность с другим проектом…</translation>
    </message>
    <message>
        <source>Verdict kappa and highlight overlap F1 against another analyst&apos;s project</source>
        <translation>Каппа вердиктов и F1 перекрытия выделений относительно проекта другого аналитика</translation>
    </message>
    <message>
        <source>This PDF with its &amp;highlights…</source>
        <translation>Этот PDF с &amp;выделениями…</translation>
    </message>
    <message>
        <source>A copy of the open PDF with the highlights as annotations other PDF readers show</source>
        <translation>Копия открытого PDF с выделениями в виде аннотаций, которые показывают другие программы для PDF</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every key of this window, from its menus</source>
        <translation>Все клавиши этого окна, по его меню</translation>
    </message>
    <message>
        <source>&amp;About Sourcemark</source>
        <translation>&amp;О программе Sourcemark</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Версия и лицензия</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Открыть н&amp;едавний</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Разметка</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Annotations as JSON (native)…</source>
        <translation>&amp;Аннотации в JSON (родной формат)…</translation>
    </message>
    <message>
        <source>A&amp;nnotations as CSV…</source>
        <translation>А&amp;ннотации в CSV…</translation>
    </message>
    <message>
        <source>&amp;Claims as CSV…</source>
        <translation>&amp;Утверждения в CSV…</translation>
    </message>
    <message>
        <source>Ac&amp;tors as CSV…</source>
        <translation>А&amp;кторы в CSV…</translation>
    </message>
    <message>
        <source>&amp;Sources as CSV…</source>
        <translation>&amp;Источники в CSV…</translation>
    </message>
    <message>
        <source>&amp;Documents and their provenance as CSV…</source>
        <translation>&amp;Документы и их происхождение в CSV…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation>Веб-аннотации &amp;W3C (JSON-LD)…</translation>
    </message>
    <message>
        <source>Claim&amp;Review (schema.org)…</source>
        <translation>Claim&amp;Review (schema.org)…</translation>
    </message>
    <message>
        <source>Evidence &amp;graph (GraphML)…</source>
        <translation>&amp;Граф доказательств (GraphML)…</translation>
    </message>
    <message>
        <source>&amp;FollowTheMoney entities for Aleph…</source>
        <translation>Сущности &amp;FollowTheMoney для Aleph…</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Псевдонимы</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Как написано</translation>
    </message>
</context>
<context>
    <name>AddToProjectDialog</name>
    <message>
        <source>Add to project – Sourcemark</source>
        <translation>Добавить в проект – Sourcemark</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;{name}&lt;/b&gt; to which project?</source>
        <translation>В какой проект добавить &lt;b&gt;{name}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>No recent projects: add &lt;b&gt;{name}&lt;/b&gt; to a new one?</source>
        <translation>Недавних проектов нет: добавить &lt;b&gt;{name}&lt;/b&gt; в новый?</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>Agreement with “{project_b}”</source>
        <translation>Согласованность с «{project_b}»</translation>
    </message>
    <message>
        <source>Claims judged by both</source>
        <translation>Утверждений оценено обоими</translation>
    </message>
    <message>
        <source>Same verdict</source>
        <translation>Тот же вердикт</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (verdicts)</source>
        <translation>Каппа Коэна (вердикты)</translation>
    </message>
    <message>
        <source>Documents compared</source>
        <translation>Сравнено документов</translation>
    </message>
    <message>
        <source>Highlights A / B / overlapping</source>
        <translation>Выделения A / B / перекрывающиеся</translation>
    </message>
    <message>
        <source>Span overlap F1</source>
        <translation>F1 перекрытия фрагментов</translation>
    </message>
    <message>
        <source>Same category (overlapping)</source>
        <translation>Та же категория (перекрывающиеся)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (categories)</source>
        <translation>Каппа Коэна (категории)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Disagreements ({count})</source>
        <translation>Расхождения ({count})</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Welcome to Sourcemark</source>
        <translation>Добро пожаловать в Sourcemark</translation>
    </message>
    <message>
        <source>Your name is recorded on every highlight, verdict and entry of the audit log. You can change it later in Settings.</source>
        <translation>Ваше имя записывается в каждое выделение, вердикт и запись журнала аудита. Его можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Имя аналитика</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter quotes and notes…</source>
        <translation>Фильтр по цитатам и заметкам…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Фильтр аннотаций</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation>Любая привязка</translation>
    </message>
    <message>
        <source>Linked to anything</source>
        <translation>Связано с чем угодно</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Фильтр по категории</translation>
    </message>
    <message>
        <source>Filter by anchor</source>
        <translation>Фильтр по привязке</translation>
    </message>
    <message>
        <source>Filter by linked object</source>
        <translation>Фильтр по связанному объекту</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
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
        <translation>Захват веб-страницы</translation>
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
        <translation> с</translation>
    </message>
    <message>
        <source>How long a server may stay silent before the capture fails</source>
        <translation>Сколько сервер может молчать, прежде чем захват завершится ошибкой</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <source>How long the whole capture may take (the page, its images and stylesheets, and Chromium), however slowly a server keeps sending</source>
        <translation>Сколько может длиться весь захват (страница, её изображения и стили, и Chromium), как бы медленно ни отвечал сервер</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Предел времени:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Most bytes to read, the page and its images and stylesheets together</source>
        <translation>Наибольший объём чтения: страница вместе с изображениями и стилями</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Предел размера:</translation>
    </message>
    <message>
        <source>The User-Agent sent to the server (empty: the default, naming Sourcemark)</source>
        <translation>User-Agent, отправляемый серверу (пусто: по умолчанию, с названием Sourcemark)</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Also add a screenshot (PNG) and a PDF print (Chromium)</source>
        <translation>Также добавить снимок экрана (PNG) и печать в PDF (Chromium)</translation>
    </message>
    <message>
        <source>Time-stamp request file</source>
        <translation>Файл запроса метки времени</translation>
    </message>
    <message>
        <source>optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC</source>
        <translation>необязательно: файл для запроса метки времени RFC 3161 (.tsq) к WARC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Time-stamp request:</source>
        <translation>Запрос метки времени:</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Захватить</translation>
    </message>
    <message>
        <source>Time-stamp request</source>
        <translation>Запрос метки времени</translation>
    </message>
    <message>
        <source>RFC 3161 request (*.tsq)</source>
        <translation>Запрос RFC 3161 (*.tsq)</translation>
    </message>
</context>
<context>
    <name>CaptureRunner</name>
    <message>
        <source>A capture is already running.</source>
        <translation>Захват уже идёт.</translation>
    </message>
    <message>
        <source>Cannot capture: {dialog_message}</source>
        <translation>Невозможно выполнить захват: {dialog_message}</translation>
    </message>
    <message>
        <source>Capture web page</source>
        <translation>Захват веб-страницы</translation>
    </message>
    <message>
        <source>Capturing {url}…</source>
        <translation>Захват {url}…</translation>
    </message>
    <message>
        <source>Capture failed: {message}</source>
        <translation>Захват не удался: {message}</translation>
    </message>
    <message>
        <source>The capture could not be saved: {message}</source>
        <translation>Не удалось сохранить захват: {message}</translation>
    </message>
</context>
<context>
    <name>ClaimReviewDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation>Экспорт ClaimReview</translation>
    </message>
    <message>
        <source>the fact-checking organisation (default: each claim&apos;s analyst)</source>
        <translation>организация по проверке фактов (по умолчанию: аналитик каждого утверждения)</translation>
    </message>
    <message>
        <source>https://example.org/fact-checks/{id}  ({id}: one page per claim)</source>
        <translation>https://example.org/fact-checks/{id}  ({id}: по странице на утверждение)</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Published at (url):</source>
        <translation>Опубликовано по адресу (url):</translation>
    </message>
    <message>
        <source>Claims lacking what ClaimReview requires</source>
        <translation>Утверждения, которым не хватает того, что требует ClaimReview</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Google&apos;s fact-check result requires what is listed below; the file can be exported all the same.</source>
        <translation>Результату проверки фактов Google нужно то, что перечислено ниже; файл всё равно можно экспортировать.</translation>
    </message>
    <message>
        <source>Every review has what Google&apos;s fact-check result requires.</source>
        <translation>У каждого обзора есть всё, что нужно результату проверки фактов Google.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Фрагменты</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(zone unknown)</source>
        <translation>(часовой пояс неизвестен)</translation>
    </message>
    <message>
        <source>%1 %2 (camera clock)</source>
        <translation>%1 %2 (часы камеры)</translation>
    </message>
    <message>
        <source>%1 camera-local (zone unknown)</source>
        <translation>%1 по местному времени камеры (пояс неизвестен)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete from this project:</source>
        <translation>Удалить из этого проекта:</translation>
    </message>
    <message>
        <source>With them go the links and highlights that hang on them:</source>
        <translation>Вместе с ними уходят связи и выделения, которые на них держатся:</translation>
    </message>
    <message>
        <source>A document open in the reader closes. Its original file stays in the project folder.</source>
        <translation>Документ, открытый в читателе, закроется. Его исходный файл остаётся в папке проекта.</translation>
    </message>
    <message>
        <source>The next sync deletes them on the team&apos;s server too, for every analyst.</source>
        <translation>Следующая синхронизация удалит их и на сервере команды, для всех аналитиков.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back in one step.</source>
        <translation>Отменить (Ctrl+Z) возвращает всё одним шагом.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Publisher / site:</source>
        <translation>Издатель / сайт:</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD):</source>
        <translation>Опубликовано (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Camera make:</source>
        <translation>Производитель камеры:</translation>
    </message>
    <message>
        <source>Camera model:</source>
        <translation>Модель камеры:</translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation>Объектив:</translation>
    </message>
    <message>
        <source>Taken (EXIF):</source>
        <translation>Снято (EXIF):</translation>
    </message>
    <message>
        <source>Modified (EXIF):</source>
        <translation>Изменено (EXIF):</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Artist:</source>
        <translation>Автор снимка:</translation>
    </message>
    <message>
        <source>By-line (IPTC):</source>
        <translation>Подпись автора (IPTC):</translation>
    </message>
    <message>
        <source>Caption (IPTC):</source>
        <translation>Описание (IPTC):</translation>
    </message>
    <message>
        <source>Creator (XMP):</source>
        <translation>Создатель (XMP):</translation>
    </message>
    <message>
        <source>Description (XMP):</source>
        <translation>Описание (XMP):</translation>
    </message>
    <message>
        <source>Edited with (XMP):</source>
        <translation>Обработано в (XMP):</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-статус</translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation>Запрошенный URL</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>Итоговый URL</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип содержимого</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>Захвачено (местное время)</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Resources recorded</source>
        <translation>Записано ресурсов</translation>
    </message>
    <message>
        <source>Captured with</source>
        <translation>Захвачено с помощью</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Перенаправления</translation>
    </message>
    <message>
        <source>Refused addresses</source>
        <translation>Отклонённые адреса</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>SHA-256 WARC</translation>
    </message>
    <message>
        <source>WARC file</source>
        <translation>Файл WARC</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Дата как написано</translation>
    </message>
    <message>
        <source>Saved date as written</source>
        <translation>Дата сохранения как написано</translation>
    </message>
    <message>
        <source>Data package hash</source>
        <translation>Хеш пакета данных</translation>
    </message>
    <message>
        <source>Frame of</source>
        <translation>Фрейм страницы</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Отрисовка</translation>
    </message>
    <message>
        <source>Rendered at</source>
        <translation>Отрисовано</translation>
    </message>
    <message>
        <source>Rendered from</source>
        <translation>Отрисовано из</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Браузер</translation>
    </message>
    <message>
        <source>Recorded for rendering</source>
        <translation>Записано для отрисовки</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Capture document</source>
        <translation>Документ захвата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Location (GPS):</source>
        <translation>Место (GPS):</translation>
    </message>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation>
            <numerusform>Скрыто, не вошло в текст (%Ln фрагмент):</numerusform>
            <numerusform>Скрыто, не вошло в текст (%Ln фрагмента):</numerusform>
            <numerusform>Скрыто, не вошло в текст (%Ln фрагментов):</numerusform>
        </translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Doubtful date: {date_doubt}.</source>
        <translation>Сомнительная дата: {date_doubt}.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a document from the project to read and annotate it.</source>
        <translation>Откройте документ из проекта, чтобы читать и размечать его.</translation>
    </message>
    <message>
        <source>This project has no documents yet.

Drop files here (PDF, web page, text, image, web archive), or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).</source>
        <translation>В этом проекте ещё нет документов.

Перетащите сюда файлы (PDF, веб-страница, текст, изображение, веб-архив) или воспользуйтесь «Файл › Добавить документ…» (Ctrl+Shift+O) или «Файл › Захватить веб-страницу…» (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>This document cannot be shown: {message}</source>
        <translation>Этот документ невозможно показать: {message}</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %Ln p.</source>
        <translation>
            <numerusform>{kind}, %Ln с.</numerusform>
            <numerusform>{kind}, %Ln с.</numerusform>
            <numerusform>{kind}, %Ln с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Фрагменты</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Search %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Акторы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Объекты</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {name}: {exc}

Your project is safe: every change is saved as you make it.
Details were written to {path}</source>
        <translation>Что-то пошло не так: {name}: {exc}

Ваш проект в безопасности: каждое изменение сохраняется сразу.
Подробности записаны в {path}</translation>
    </message>
    <message>
        <source>Sourcemark – unexpected error</source>
        <translation>Sourcemark – непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>Открыть папку, в которую записан файл</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{what} written: {name} in {parent}</source>
        <translation>{what} записано: {name} в {parent}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Select a claim, actor, source, document or highlight to see what it is linked to.</source>
        <translation>Выберите утверждение, актора, источник, документ или выделение, чтобы увидеть его связи.</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Шаги:</translation>
    </message>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation>
            <numerusform>Показать объекты на расстоянии до %Ln связи</numerusform>
            <numerusform>Показать объекты на расстоянии до %Ln связей</numerusform>
            <numerusform>Показать объекты на расстоянии до %Ln связей</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Уменьшить (Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Увеличить (Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit the whole graph in the panel</source>
        <translation>Вписать весь граф в панель</translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation>
            <numerusform>{kind}: %Ln связанный объект</numerusform>
            <numerusform>{kind}: %Ln связанных объекта</numerusform>
            <numerusform>{kind}: %Ln связанных объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation>
            <numerusform> в пределах %Ln шага</numerusform>
            <numerusform> в пределах %Ln шагов</numerusform>
            <numerusform> в пределах %Ln шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation>
            <numerusform>, ещё %Ln не показан (щёлкните «+N ещё»)</numerusform>
            <numerusform>, ещё %Ln не показано (щёлкните «+N ещё»)</numerusform>
            <numerusform>, ещё %Ln не показано (щёлкните «+N ещё»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source> (as written: {names})</source>
        <translation> (как написано: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation>
            <numerusform>Ещё %Ln связанный объект: щёлкните, чтобы показать</numerusform>
            <numerusform>Ещё %Ln связанных объекта: щёлкните, чтобы показать</numerusform>
            <numerusform>Ещё %Ln связанных объектов: щёлкните, чтобы показать</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Aliases: {aliases}</source>
        <translation>Псевдонимы: {aliases}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Оценка &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rationale: how the verdict was reached, with the evidence…</source>
        <translation>Обоснование: как получен вердикт, с доказательствами…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Описание…</translation>
    </message>
    <message>
        <source>Notes on this source…</source>
        <translation>Заметки об этом источнике…</translation>
    </message>
    <message>
        <source>Select a highlight or an object to see its details.</source>
        <translation>Выберите выделение или объект, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>The claim, as you will check it…</source>
        <translation>Утверждение в том виде, в каком вы будете его проверять…</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>Формулировка утверждения</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Удалить выделение</translation>
    </message>
    <message>
        <source>Link source…</source>
        <translation>Связать с источником…</translation>
    </message>
    <message>
        <source>Link actor…</source>
        <translation>Связать с актором…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Вердикт:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Note… (saved when you leave the field)</source>
        <translation>Заметка… (сохраняется, когда вы покидаете поле)</translation>
    </message>
    <message>
        <source>Delete {value}</source>
        <translation>Удалить: {value}</translation>
    </message>
    <message>
        <source>  (as written “{written}”)</source>
        <translation>  (как написано: «{written}»)</translation>
    </message>
    <message>
        <source> · page {pages}</source>
        <translation> · стр. {pages}</translation>
    </message>
    <message>
        <source>anchor {state}</source>
        <translation>привязка: {state}</translation>
    </message>
</context>
<context>
    <name>KeepTyped</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Отбросить введённое?</translation>
    </message>
    <message>
        <source>You typed text in this dialog. Close it and discard the text?</source>
        <translation>Вы ввели текст в этом окне. Закрыть его и отбросить текст?</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Project in use</source>
        <translation>Проект используется</translation>
    </message>
    <message>
        <source>{exc}

Another Sourcemark is editing this project. Open it read-only?</source>
        <translation>{exc}

Этот проект редактирует другой экземпляр Sourcemark. Открыть его только для чтения?</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}</source>
        <translation>Не удаётся открыть {name}: {exc}</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>Проект повреждён</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}

Restore the newest good backup ({backup})? The damaged files are kept as a backup of their own.</source>
        <translation>Не удаётся открыть {name}: {exc}

Восстановить последнюю исправную резервную копию ({backup})? Повреждённые файлы сохранятся как отдельная резервная копия.</translation>
    </message>
    <message>
        <source>Cannot restore {name}: {exc}</source>
        <translation>Не удаётся восстановить {name}: {exc}</translation>
    </message>
    <message>
        <source>Cannot build the demo project: {exc}</source>
        <translation>Не удаётся создать демо-проект: {exc}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>Папка нового проекта</translation>
    </message>
    <message>
        <source>Cannot create the project: {exc}</source>
        <translation>Не удаётся создать проект: {exc}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a claim</source>
        <translation>Связать с утверждением</translation>
    </message>
    <message>
        <source>Link to an actor</source>
        <translation>Связать с актором</translation>
    </message>
    <message>
        <source>Link to a source</source>
        <translation>Связать с источником</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Выделение:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Утверждение:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Связь:</translation>
    </message>
    <message>
        <source>Verdict (new claim):</source>
        <translation>Вердикт (новое утверждение):</translation>
    </message>
    <message>
        <source>Kind (new actor):</source>
        <translation>Вид (новый актор):</translation>
    </message>
    <message>
        <source>Name as written is:</source>
        <translation>Имя написано как:</translation>
    </message>
    <message>
        <source>the usual form</source>
        <translation>обычная форма</translation>
    </message>
    <message>
        <source>Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>Оценка Адмиралтейства: надёжность источника от A (полностью надёжен) до F (нельзя оценить), достоверность информации от 1 (подтверждена) до 6 (нельзя оценить)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубликовано:</translation>
    </message>
    <message>
        <source>a letter A–F and a digit 1–6, e.g. B2</source>
        <translation>буква A–F и цифра 1–6, например B2</translation>
    </message>
    <message>
        <source>Type a name, or pick one from the list.</source>
        <translation>Введите имя или выберите его из списка.</translation>
    </message>
    <message>
        <source>Links to the existing {value}.</source>
        <translation>Связывает с существующим объектом: {value}.</translation>
    </message>
    <message>
        <source>Creates a new {value}.</source>
        <translation>Создаёт новый объект: {value}.</translation>
    </message>
    <message>
        <source>Links to {name}; written here as “{selected_text}”.</source>
        <translation>Связывает с {name}; здесь написано «{selected_text}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search documents…</source>
        <translation>Поиск документов…</translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation>Поиск утверждений…</translation>
    </message>
    <message>
        <source>Search actors…</source>
        <translation>Поиск акторов…</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>Mark this actor&apos;s unmarked mentions in every document (one undo step)</source>
        <translation>Отметить неотмеченные упоминания этого актора во всех документах (один шаг отмены)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge the selected actors</source>
        <translation>Объединить выбранных акторов</translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation>Поиск источников…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Утверждения</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Акторы</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>Ис&amp;точники</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>А&amp;ннотации</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>Пот&amp;ерянные</translation>
    </message>
    <message>
        <source>Evidence &amp;graph</source>
        <translation>&amp;Граф доказательств</translation>
    </message>
    <message>
        <source>Sea&amp;rch project</source>
        <translation>Поис&amp;к по проекту</translation>
    </message>
    <message>
        <source>{name} (read-only) – Sourcemark</source>
        <translation>{name} (только чтение) – Sourcemark</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln выделение</numerusform>
            <numerusform>%Ln выделения</numerusform>
            <numerusform>%Ln выделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln актор</numerusform>
            <numerusform>%Ln актора</numerusform>
            <numerusform>%Ln акторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source> · saved in {folder}</source>
        <translation> · сохранено в {folder}</translation>
    </message>
    <message>
        <source>Cancelling the sync; close the window again once it has stopped</source>
        <translation>Синхронизация отменяется; закройте окно ещё раз, когда она остановится</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Распознавание текста (OCR)</translation>
    </message>
    <message>
        <source>A web capture</source>
        <translation>Захват веб-страницы</translation>
    </message>
    <message>
        <source>Close Sourcemark?</source>
        <translation>Закрыть Sourcemark?</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it and close the window? Nothing of it is added to the project.</source>
        <translation>{what} ещё выполняется. Остановить и закрыть окно? Ничего из этого не будет добавлено в проект.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Keep this project&apos;s (A)</source>
        <translation>Оставить версию этого проекта (A)</translation>
    </message>
    <message>
        <source>Take the other&apos;s (B)</source>
        <translation>Взять версию другого (B)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Merge project “{other_name}”</source>
        <translation>Объединить проект «{other_name}»</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>This project (A)</source>
        <translation>Этот проект (A)</translation>
    </message>
    <message>
        <source>{other} (B)</source>
        <translation>{other} (B)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep for {kind} {title}</source>
        <translation>Оставить для {kind} {title}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>an unknown analyst</source>
        <translation>неизвестного аналитика</translation>
    </message>
    <message>
        <source>From {project}, by {analysts}:</source>
        <translation>Из {project}, от {analysts}:</translation>
    </message>
    <message>
        <source>  {kind}: {added} new, {updated} changed, {removed} removed</source>
        <translation>  {kind}: {added} новых, {updated} изменённых, {removed} удалённых</translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation>  ничего нового</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln object(s) you deleted stay deleted</source>
        <translation>
            <numerusform>  %Ln удалённый вами объект остаётся удалённым</numerusform>
            <numerusform>  %Ln удалённых вами объекта остаются удалёнными</numerusform>
            <numerusform>  %Ln удалённых вами объектов остаются удалёнными</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation>
            <numerusform>%Ln конфликт: оба аналитика изменили это; выберите, какую версию оставить.</numerusform>
            <numerusform>%Ln конфликта: оба аналитика изменили это; выберите, какую версию оставить.</numerusform>
            <numerusform>%Ln конфликтов: оба аналитика изменили это; выберите, какую версию оставить.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>statement</source>
        <translation>формулировка</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>вердикт</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обоснование</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>псевдонимы</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубликовано</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>as_written</source>
        <translation>как написано</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>OCR is already running.</source>
        <translation>OCR уже выполняется.</translation>
    </message>
    <message>
        <source>Open an image or a scanned PDF first.</source>
        <translation>Сначала откройте изображение или отсканированный PDF.</translation>
    </message>
    <message>
        <source>OCR cannot start: {exc}</source>
        <translation>OCR не может начаться: {exc}</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Recognising the text of “{title}” ({lang})…</source>
        <translation>Распознаётся текст «{title}» ({lang})…</translation>
    </message>
    <message>
        <source>Recognising page {page} of {total}…</source>
        <translation>Распознаётся страница {page} из {total}…</translation>
    </message>
    <message>
        <source>OCR cancelled; nothing was changed.</source>
        <translation>OCR отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>OCR failed: {message}</source>
        <translation>OCR не удалось: {message}</translation>
    </message>
    <message>
        <source>OCR could not be saved: {exc}</source>
        <translation>Не удалось сохранить результат OCR: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}) распознало %n слово в {title}; выделения: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}) распознало %n слова в {title}; выделения: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}) распознало %n слов в {title}; выделения: {summary}.{findings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}): распознано %n слово; выделения: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}): распознано %n слова; выделения: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}): распознано %n слов; выделения: {summary}.{findings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>Select the new place of an orphan in the document, then re-attach it.</source>
        <translation>Выделите новое место потерянного выделения в документе, затем привяжите его заново.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Потерянные выделения</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Привязать к выделенному</translation>
    </message>
    <message>
        <source>Pick an orphan in the list first.</source>
        <translation>Сначала выберите потерянное выделение в списке.</translation>
    </message>
    <message>
        <source>Select the new place of the highlight in the document first.</source>
        <translation>Сначала выделите новое место этого выделения в документе.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>из 0</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Захвачено</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Choose pages to add</source>
        <translation>Выберите страницы для добавления</translation>
    </message>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation>
            <numerusform>{file_name} содержит %n архивную веб-страницу. Каждая отмеченная страница станет документом; ничего из них не загружается.</numerusform>
            <numerusform>{file_name} содержит %n архивные веб-страницы. Каждая отмеченная страница станет документом; ничего из них не загружается.</numerusform>
            <numerusform>{file_name} содержит %n архивных веб-страниц. Каждая отмеченная страница станет документом; ничего из них не загружается.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived pages</source>
        <translation>Архивные страницы</translation>
    </message>
    <message>
        <source>(cannot be read: {problem})</source>
        <translation>(не читается: {problem})</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>↳ {title} (frame of {page})</source>
        <translation>↳ {title} (фрейм страницы {page})</translation>
    </message>
    <message>
        <source>Add chosen pages</source>
        <translation>Добавить выбранные страницы</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Снять все</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Text of page %1 of %2</source>
        <translation>Текст страницы %1 из %2</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Текст страницы</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>Страницы документа</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Actions on the selected rows</source>
        <translation>Действия с выбранными строками</translation>
    </message>
    <message>
        <source>Show linked &amp;highlights</source>
        <translation>Показать св&amp;язанные выделения</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Уда&amp;лить…</translation>
    </message>
    <message>
        <source>Delete the selected rows and what hangs on them (Undo brings them back)</source>
        <translation>Удалить выбранные строки и то, что на них держится (Отменить возвращает их)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Копировать &amp;ID</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation>Документы (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Веб-захваты (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Изображения (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Все файлы (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <source>No text layer (a scan?) in {names}: the pages can be viewed, and their text quoted once it is recognised (OCR).</source>
        <translation>Нет текстового слоя (скан?) в {names}: страницы можно просматривать, а их текст — цитировать после распознавания (OCR).</translation>
    </message>
    <message>
        <source>The text of those pages can be quoted once it is recognised (OCR).</source>
        <translation>Текст этих страниц можно будет цитировать после распознавания (OCR).</translation>
    </message>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation>
            <numerusform>Добавлено {added} из %n файла.</numerusform>
            <numerusform>Добавлено {added} из %n файлов.</numerusform>
            <numerusform>Добавлено {added} из %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Документы добавлены</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>Распознать &amp;текст (OCR)</translation>
    </message>
    <message>
        <source> of the first</source>
        <translation> для первого</translation>
    </message>
    <message>
        <source>Could not add {name}: {exc}</source>
        <translation>Не удалось добавить {name}: {exc}</translation>
    </message>
    <message>
        <source>Could not open {name}: wrong password.</source>
        <translation>Не удалось открыть {name}: неверный пароль.</translation>
    </message>
    <message>
        <source>That password did not work. </source>
        <translation>Этот пароль не подошёл. </translation>
    </message>
    <message>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} зашифрован. Пароль:</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>Требуется пароль</translation>
    </message>
    <message>
        <source>Open the document to replace first.</source>
        <translation>Сначала откройте документ, который нужно заменить.</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Заменить новой версией</translation>
    </message>
    <message>
        <source>Could not replace the document with {name}: {exc}</source>
        <translation>Не удалось заменить документ файлом {name}: {exc}</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Экспорт не удался: {exc}</translation>
    </message>
    <message>
        <source>Open the PDF whose highlights you want to export first.</source>
        <translation>Сначала откройте PDF, выделения которого хотите экспортировать.</translation>
    </message>
    <message>
        <source>Export PDF with highlights</source>
        <translation>Экспорт PDF с выделениями</translation>
    </message>
    <message>
        <source>PDF with highlights ({note})</source>
        <translation>PDF с выделениями ({note})</translation>
    </message>
    <message>
        <source>PDF with highlights</source>
        <translation>PDF с выделениями</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>Не удалось построить отчёт: {exc}</translation>
    </message>
    <message>
        <source>Could not save the report: {exc}</source>
        <translation>Не удалось сохранить отчёт: {exc}</translation>
    </message>
    <message>
        <source>Report ({format})</source>
        <translation>Отчёт ({format})</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Сначала откройте документ.</translation>
    </message>
    <message>
        <source>Could not save the details: {exc}</source>
        <translation>Не удалось сохранить сведения: {exc}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Импорт аннотаций</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation>Файлы аннотаций (*.json *.jsonld);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import failed: {exc}</source>
        <translation>Импорт не удался: {exc}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <source>Capture (as the archive states it)</source>
        <translation>Захват (по данным архива)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>запись {record}</translation>
    </message>
    <message>
        <source>Captured URL</source>
        <translation>URL захвата</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Захвачено</translation>
    </message>
    <message>
        <source>Time taken from</source>
        <translation>Источник времени</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>Дайджест архива</translation>
    </message>
    <message>
        <source>Digest check</source>
        <translation>Проверка дайджеста</translation>
    </message>
    <message>
        <source>Page SHA-256</source>
        <translation>SHA-256 страницы</translation>
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
        <translation>Удалить и стереть с сервера…</translation>
    </message>
    <message>
        <source>The list of objects to purge could not be saved: {exc}</source>
        <translation>Не удалось сохранить список объектов для безвозвратного удаления: {exc}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here, and purge from the team&apos;s server at the next sync:</source>
        <translation>Удалить здесь и безвозвратно стереть с сервера команды при следующей синхронизации:</translation>
    </message>
    <message>
        <source>With it go the links and highlights that hang on it:</source>
        <translation>Вместе с ним уходят связи и выделения, которые на нём держатся:</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Сервер: {url}</translation>
    </message>
    <message>
        <source>The next sync removes every revision of them from the server, where the server allows it (CouchDB&apos;s _purge, which CouchDB allows database admins only). A server without _purge keeps their earlier revisions until an admin compacts the database, and their ids for good; the sync then says so.</source>
        <translation>Следующая синхронизация уберёт с сервера все их ревизии, если сервер это позволяет (_purge в CouchDB, разрешённый только администраторам базы данных). Сервер без _purge хранит их прежние ревизии, пока администратор не уплотнит базу данных, а их идентификаторы — навсегда; синхронизация тогда сообщит об этом.</translation>
    </message>
    <message>
        <source>Only the server forgets them: each project that had them, this one included, keeps them in its audit log.</source>
        <translation>Забывает их только сервер: каждый проект, где они были, включая этот, хранит их в своём журнале аудита.</translation>
    </message>
    <message>
        <source>Undo brings them back here and cancels the purge, if the next sync has not run yet; after it, they go up to the server again.</source>
        <translation>Отмена возвращает их сюда и отменяет безвозвратное удаление, если следующая синхронизация ещё не прошла; после неё они снова попадут на сервер.</translation>
    </message>
    <message>
        <source>Delete and purge from the server</source>
        <translation>Удалить и безвозвратно стереть с сервера</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Delete and purge</source>
        <translation>Удалить и стереть</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first.</source>
        <translation>Сначала выделите текст в документе (или обведите прямоугольник на изображении).</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first.</source>
        <translation>Сначала выберите актора на панели «Акторы».</translation>
    </message>
    <message>
        <source>Find all mentions</source>
        <translation>Найти все упоминания</translation>
    </message>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation>
            <numerusform>Неотмеченных упоминаний {name} нет в %n документе этого проекта.</numerusform>
            <numerusform>Неотмеченных упоминаний {name} нет в %n документах этого проекта.</numerusform>
            <numerusform>Неотмеченных упоминаний {name} нет в %n документах этого проекта.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation>
            <numerusform>Отмечено %n новое упоминание {name}</numerusform>
            <numerusform>Отмечено %n новых упоминания {name}</numerusform>
            <numerusform>Отмечено %n новых упоминаний {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation>
            <numerusform> в %n документе:

{touched}

Отмена удалит их все.</numerusform>
            <numerusform> в %n документах:

{touched}

Отмена удалит их все.</numerusform>
            <numerusform> в %n документах:

{touched}

Отмена удалит их все.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible misspellings</source>
        <translation>Возможные опечатки</translation>
    </message>
    <message>
        <source>These look like misspellings of {name}:

{listed}

Mark them as mentions too (reason: misspelling)?</source>
        <translation>Похоже на опечатки в имени {name}:

{listed}

Отметить их тоже как упоминания (причина: опечатка)?</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them.</source>
        <translation>Выделите двух или более акторов на панели «Акторы» (Ctrl+щелчок), чтобы объединить их.</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>Объединить акторов</translation>
    </message>
    <message>
        <source>Keep this actor (the others become its aliases):</source>
        <translation>Оставить этого актора (остальные станут его псевдонимами):</translation>
    </message>
</context>
<context>
    <name>ReanchorBar</name>
    <message>
        <source>Show orphans</source>
        <translation>Показать потерянные</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>“{short}” was replaced by a new version. Highlights re-anchored: {parts}.</source>
        <translation>«{short}» заменён новой версией. Выделения перепривязаны: {parts}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>orphan: not found in the current version</source>
        <translation>потеряно: не найдено в текущей версии</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>The highlighted region of {title}</source>
        <translation>Выделенная область документа «{title}»</translation>
    </message>
    <message>
        <source>({index} of {count})</source>
        <translation>({index} из {count})</translation>
    </message>
    <message>
        <source>Verification report – {project}</source>
        <translation>Отчёт о проверке – {project}</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Отчёт о проверке</translation>
    </message>
    <message>
        <source>Verification report – {project} · generated {when}</source>
        <translation>Отчёт о проверке – {project} · создан {when}</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>стр. {number} из {count}</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>{when} by {generator}</source>
        <translation>{when}, {generator}</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Аналитики</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записаны</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message numerus="yes">
        <source>%n selected claims</source>
        <translation>
            <numerusform>%n выбранное утверждение</numerusform>
            <numerusform>%n выбранных утверждения</numerusform>
            <numerusform>%n выбранных утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n claims of the project</source>
        <translation>
            <numerusform>все %n утверждение проекта</numerusform>
            <numerusform>все %n утверждения проекта</numerusform>
            <numerusform>все %n утверждений проекта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n актор</numerusform>
            <numerusform>%n актора</numerusform>
            <numerusform>%n акторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source links</source>
        <translation>
            <numerusform>%n ссылка на источник</numerusform>
            <numerusform>%n ссылки на источники</numerusform>
            <numerusform>%n ссылок на источники</numerusform>
        </translation>
    </message>
    <message>
        <source>The project holds no claims yet.</source>
        <translation>В проекте пока нет утверждений.</translation>
    </message>
    <message>
        <source>Claim {number}:</source>
        <translation>Утверждение {number}:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <source>analyst:</source>
        <translation>аналитик:</translation>
    </message>
    <message>
        <source>Rationale.</source>
        <translation>Обоснование.</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Обоснование не записано.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>О ком:</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>Где утверждается</translation>
    </message>
    <message>
        <source>No highlighted passage states this claim.</source>
        <translation>Ни один выделенный фрагмент не содержит этого утверждения.</translation>
    </message>
    <message>
        <source>No source is linked to this claim.</source>
        <translation>С этим утверждением не связан ни один источник.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>опубликовано {date}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>просмотрено {date}</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Архив:</translation>
    </message>
    <message>
        <source>Copy in the project:</source>
        <translation>Копия в проекте:</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>Источников нет.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Акторы</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Также известен как:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Как написано:</translation>
    </message>
    <message>
        <source>No actors.</source>
        <translation>Акторов нет.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Потерянные выделения</translation>
    </message>
    <message>
        <source>These highlights were not found in the current version of their document. They are kept with the words as highlighted.</source>
        <translation>Эти выделения не найдены в текущей версии их документа. Они сохранены со словами, как были выделены.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
    <message>
        <source>Analysts highlighted passages of the documents listed in the appendix, linked each passage to the claims it states, the actors it names (keeping each name as written) and the sources that support, contradict or give context to it, and reached a verdict for each claim. Every change was recorded in the project&apos;s hash-chained audit log.</source>
        <translation>Аналитики выделяли фрагменты документов, перечисленных в приложении, связывали каждый фрагмент с утверждениями, которые он содержит, акторами, которых он называет (сохраняя каждое имя в написанном виде), и источниками, которые его подтверждают, опровергают или дают ему контекст, и выносили вердикт по каждому утверждению. Каждое изменение записано в журнал аудита проекта, связанный цепочкой хешей.</translation>
    </message>
    <message>
        <source>Analysts: {analysts}. Tool: {tool}; the text of each document was extracted by the tool named in the appendix, and every highlight&apos;s position counts in that text.</source>
        <translation>Аналитики: {analysts}. Инструмент: {tool}; текст каждого документа извлечён инструментом, указанным в приложении, и позиции всех выделений отсчитываются в этом тексте.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Вердикты</translation>
    </message>
    <message>
        <source>Source grades (Admiralty system)</source>
        <translation>Оценки источников (система Адмиралтейства)</translation>
    </message>
    <message>
        <source>A grade joins the reliability of the source (a letter) and the credibility of the information (a digit), e.g. B2.</source>
        <translation>Оценка объединяет надёжность источника (буква) и достоверность информации (цифра), например B2.</translation>
    </message>
    <message>
        <source>Anchoring of highlights</source>
        <translation>Привязка выделений</translation>
    </message>
    <message>
        <source>Page numbers count from 1. Images show the highlighted region of the PDF page as it is stored in the project.</source>
        <translation>Страницы нумеруются с 1. Изображения показывают выделенную область страницы PDF в том виде, в каком она хранится в проекте.</translation>
    </message>
    <message>
        <source>Appendix: documents examined</source>
        <translation>Приложение: изученные документы</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>imported {date}</source>
        <translation>импортирован {date}</translation>
    </message>
    <message>
        <source>text by {tool}</source>
        <translation>текст извлечён: {tool}</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>Захват:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 файла:</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text:</source>
        <translation>SHA-256 канонического текста:</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Документов нет.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ещё не оценено.</translation>
    </message>
    <message>
        <source>Accurate; nothing significant is missing.</source>
        <translation>Точно; ничего существенного не упущено.</translation>
    </message>
    <message>
        <source>Accurate, but needs clarification or additional information.</source>
        <translation>Точно, но требует уточнения или дополнительной информации.</translation>
    </message>
    <message>
        <source>Holds both accurate and inaccurate elements.</source>
        <translation>Содержит как точные, так и неточные элементы.</translation>
    </message>
    <message>
        <source>Holds an element of truth but ignores facts that would change the impression.</source>
        <translation>Содержит долю правды, но игнорирует факты, которые изменили бы впечатление.</translation>
    </message>
    <message>
        <source>Not accurate.</source>
        <translation>Неточно.</translation>
    </message>
    <message>
        <source>Accurate elements put together to give a false impression.</source>
        <translation>Точные элементы, сложенные так, что создают ложное впечатление.</translation>
    </message>
    <message>
        <source>The evidence available cannot confirm or refute it.</source>
        <translation>Доступные доказательства не могут ни подтвердить, ни опровергнуть это.</translation>
    </message>
    <message>
        <source>found at the position where it was highlighted</source>
        <translation>найдено там, где было выделено</translation>
    </message>
    <message>
        <source>the same words found at another position of a new version of the document</source>
        <translation>те же слова найдены в другом месте новой версии документа</translation>
    </message>
    <message>
        <source>an approximate match of the words in a new version (the score says how close)</source>
        <translation>приблизительное совпадение слов в новой версии (оценка показывает, насколько близкое)</translation>
    </message>
    <message>
        <source>not found in the current version of the document; the quote is shown as it was highlighted</source>
        <translation>не найдено в текущей версии документа; цитата показана так, как была выделена</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
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
        <translation>изображение</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export verification report</source>
        <translation>Экспорт отчёта о проверке</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Утверждения:</translation>
    </message>
    <message>
        <source>All claims ({count})</source>
        <translation>Все утверждения ({count})</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
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
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>Не удалось построить отчёт: {exc}</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>Сохранить отчёт о проверке</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Words as written; case, accents and dashes ignored</source>
        <translation>Слова как написаны; регистр, диакритика и тире не учитываются</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <source>A Python regular expression, e.g. \b\d{1,3}(,\d{3})+ troops</source>
        <translation>Регулярное выражение Python, например \b\d{1,3}(,\d{3})+ troops</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <source>An actor&apos;s name or alias: finds every name, alias and confirmed misspelling</source>
        <translation>Имя или псевдоним актора: находит все имена, псевдонимы и подтверждённые опечатки</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>Поиск по всем документам…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Поиск по всем документам</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Искать</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the search; the results found so far stay listed</source>
        <translation>Остановить поиск; найденные результаты останутся в списке</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (остановлено)</translation>
    </message>
    <message>
        <source>Searching… {count} so far</source>
        <translation>Поиск… пока найдено: {count}</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Совпадений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> в %Ln документе</numerusform>
            <numerusform> в %Ln документах</numerusform>
            <numerusform> в %Ln документах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation>
            <numerusform> (первые %Ln; уточните запрос)</numerusform>
            <numerusform> (первые %Ln; уточните запрос)</numerusform>
            <numerusform> (первые %Ln; уточните запрос)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Name recorded on your highlights and in the audit log</source>
        <translation>Имя, записываемое в ваши выделения и в журнал аудита</translation>
    </message>
    <message>
        <source>Analyst name:</source>
        <translation>Имя аналитика:</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1</source>
        <translation>Языковые пакеты Tesseract через +, например eng+rus+kor. Установлены: %1</translation>
    </message>
    <message>
        <source>none found (install tesseract-ocr)</source>
        <translation>не найдены (установите tesseract-ocr)</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>Языки OCR:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Оформление:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>The language changes when Sourcemark is next started.</source>
        <translation>Язык сменится при следующем запуске Sourcemark.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>off (File &gt; Sync now)</source>
        <translation>выкл. (Файл &gt; Синхронизировать сейчас)</translation>
    </message>
    <message>
        <source>Sync the open project with the team&apos;s server every N minutes (0: off)</source>
        <translation>Синхронизировать открытый проект с сервером команды каждые N минут (0: выкл.)</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Синхронизировать каждые:</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>Цвета по умолчанию</translation>
    </message>
    <message>
        <source>Claim colour:</source>
        <translation>Цвет утверждений:</translation>
    </message>
    <message>
        <source>Actor colour:</source>
        <translation>Цвет акторов:</translation>
    </message>
    <message>
        <source>Source colour:</source>
        <translation>Цвет источников:</translation>
    </message>
    <message>
        <source>Highlight colour:</source>
        <translation>Цвет выделений:</translation>
    </message>
    <message>
        <source>Question colour:</source>
        <translation>Цвет вопросов:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous pane (the reader and each panel on screen)</source>
        <translation>Следующая / предыдущая область (читатель и каждая панель на экране)</translation>
    </message>
    <message>
        <source>Next / previous field within a pane; leaving a text field saves it</source>
        <translation>Следующее / предыдущее поле в области; уход из текстового поля сохраняет его</translation>
    </message>
    <message>
        <source>Save the inspector field being typed in, and stay in it</source>
        <translation>Сохранить поле инспектора, в котором идёт ввод, и остаться в нём</translation>
    </message>
    <message>
        <source>Edit the verdict in the Claims table</source>
        <translation>Изменить вердикт в таблице утверждений</translation>
    </message>
    <message>
        <source>Close the Find bar or a dialog (a dialog with typed text asks first)</source>
        <translation>Закрыть панель поиска или диалог (диалог с введённым текстом сначала спросит)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что они делают</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Цитируется</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln выделение</numerusform>
            <numerusform>%Ln выделения</numerusform>
            <numerusform>%Ln выделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync: {exc}</source>
        <translation>Синхронизация: {exc}</translation>
    </message>
    <message>
        <source> (end-to-end encrypted)</source>
        <translation> (сквозное шифрование)</translation>
    </message>
    <message>
        <source>File &gt; Sync now to sync with the team&apos;s server</source>
        <translation>Файл &gt; Синхронизировать сейчас — синхронизация с сервером команды</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <source>Sync failed: {exc}</source>
        <translation>Синхронизация не удалась: {exc}</translation>
    </message>
    <message>
        <source>Could not sync: {outcome}</source>
        <translation>Не удалось синхронизировать: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) left</source>
        <translation>
            <numerusform>; остался %Ln конфликт</numerusform>
            <numerusform>; осталось %Ln конфликта</numerusform>
            <numerusform>; осталось %Ln конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>; not purged: {note}</source>
        <translation>; не удалено безвозвратно: {note}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} из {total})</translation>
    </message>
    <message>
        <source>Syncing: {phase}{counts}</source>
        <translation>Синхронизация: {phase}{counts}</translation>
    </message>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation>Синхронизация: решите конфликты</translation>
    </message>
    <message>
        <source>Sync with this server?</source>
        <translation>Синхронизировать с этим сервером?</translation>
    </message>
    <message>
        <source>This project names a sync server you have not confirmed on this computer:

{url}

Syncing sends the project, and the sync credentials set on this computer, to it. Sync with it?</source>
        <translation>Этот проект указывает сервер синхронизации, который вы не подтвердили на этом компьютере:

{url}

Синхронизация отправит на него проект и учётные данные синхронизации, заданные на этом компьютере. Синхронизировать?</translation>
    </message>
    <message>
        <source> from {analysts}</source>
        <translation> от {analysts}</translation>
    </message>
    <message>
        <source>Synced with {url}: nothing else came in{by}.</source>
        <translation>Синхронизировано с {url}: больше ничего не пришло{by}.</translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation>
            <numerusform>Синхронизировано с {url}: %Ln изменение{by} получено и уже в проекте.</numerusform>
            <numerusform>Синхронизировано с {url}: %Ln изменения{by} получены и уже в проекте.</numerusform>
            <numerusform>Синхронизировано с {url}: %Ln изменений{by} получены и уже в проекте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Не синхронизировано</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Синхронизировано {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ни разу не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln изменение ждёт отправки</numerusform>
            <numerusform>%Ln изменения ждут отправки</numerusform>
            <numerusform>%Ln изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln конфликт</numerusform>
            <numerusform>%Ln конфликта</numerusform>
            <numerusform>%Ln конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to purge from the server</source>
        <translation>
            <numerusform>%Ln к безвозвратному удалению с сервера</numerusform>
            <numerusform>%Ln к безвозвратному удалению с сервера</numerusform>
            <numerusform>%Ln к безвозвратному удалению с сервера</numerusform>
        </translation>
    </message>
    <message>
        <source>server not confirmed: File &gt; Sync now</source>
        <translation>сервер не подтверждён: Файл &gt; Синхронизировать сейчас</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln purged from the server</source>
        <translation>
            <numerusform>; безвозвратно удалено с сервера: %Ln</numerusform>
            <numerusform>; безвозвратно удалено с сервера: %Ln</numerusform>
            <numerusform>; безвозвратно удалено с сервера: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not support _purge: earlier revisions stay there until an admin compacts the database</source>
        <translation>сервер не поддерживает _purge: прежние ревизии остаются там, пока администратор не уплотнит базу данных</translation>
    </message>
    <message>
        <source>the server refused _purge (CouchDB allows it to database admins only): earlier revisions stay there until an admin purges or compacts the database</source>
        <translation>сервер отказал в _purge (CouchDB разрешает его только администраторам базы данных): прежние ревизии остаются там, пока администратор не выполнит _purge или не уплотнит базу данных</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Проверка сервера</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Получение изменений</translation>
    </message>
    <message>
        <source>Comparing what came in</source>
        <translation>Сравнение полученного</translation>
    </message>
    <message>
        <source>Fetching files</source>
        <translation>Загрузка файлов</translation>
    </message>
    <message>
        <source>Comparing with the last sync</source>
        <translation>Сравнение с последней синхронизацией</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>Отправка файлов</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Отправка изменений</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Sync with the team&apos;s server</source>
        <translation>Синхронизация с сервером команды</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL базы данных</translation>
    </message>
    <message>
        <source>Encrypt end to end (the server stores only ciphertext)</source>
        <translation>Сквозное шифрование (сервер хранит только шифротекст)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>URL базы данных:</translation>
    </message>
    <message>
        <source>http(s)://host:port/database; user:password@ is used, never stored</source>
        <translation>http(s)://хост:порт/база; user:password@ используется, но не сохраняется</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Type the database URL.</source>
        <translation>Введите URL базы данных.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Парольная фраза должна содержать не менее %n символа.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
            <numerusform>Парольная фраза должна содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Everyone in the team needs this passphrase. If it is forgotten, nobody can read the server&apos;s copy again.</source>
        <translation>Эта парольная фраза нужна всей команде. Если её забыть, копию на сервере больше никто не прочтёт.</translation>
    </message>
    <message>
        <source>Encrypted team database</source>
        <translation>Зашифрованная база данных команды</translation>
    </message>
    <message>
        <source>{url} is encrypted end to end. Its passphrase:</source>
        <translation>{url} зашифрована сквозным шифрованием. Её парольная фраза:</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln change(s) in</source>
        <translation>
            <numerusform>получено %Ln изменение</numerusform>
            <numerusform>получено %Ln изменения</numerusform>
            <numerusform>получено %Ln изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) out</source>
        <translation>
            <numerusform>отправлена %Ln ревизия</numerusform>
            <numerusform>отправлены %Ln ревизии</numerusform>
            <numerusform>отправлено %Ln ревизий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in</source>
        <translation>
            <numerusform>получен %Ln файл</numerusform>
            <numerusform>получено %Ln файла</numerusform>
            <numerusform>получено %Ln файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}, {files}</source>
        <translation>Синхронизировано с {url}: {changes}, {revisions}, {files}</translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}</source>
        <translation>Синхронизировано с {url}: {changes}, {revisions}</translation>
    </message>
    <message>
        <source>; from {analysts}</source>
        <translation>; от {analysts}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) decided</source>
        <translation>
            <numerusform>; решён %Ln конфликт</numerusform>
            <numerusform>; решено %Ln конфликта</numerusform>
            <numerusform>; решено %Ln конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln deleted on the server, so here too</source>
        <translation>
            <numerusform>; удалено на сервере, а значит и здесь: %Ln</numerusform>
            <numerusform>; удалено на сервере, а значит и здесь: %Ln</numerusform>
            <numerusform>; удалено на сервере, а значит и здесь: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left out (unreadable or invalid)</source>
        <translation>
            <numerusform>; пропущено (нечитаемое или недопустимое): %Ln</numerusform>
            <numerusform>; пропущено (нечитаемое или недопустимое): %Ln</numerusform>
            <numerusform>; пропущено (нечитаемое или недопустимое): %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here, the next sync starts again</source>
        <translation>Синхронизация отменена; здесь ничего не изменено, следующая синхронизация начнёт заново</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) came in</source>
        <translation>
            <numerusform>пришло %Ln изменение</numerusform>
            <numerusform>пришли %Ln изменения</numerusform>
            <numerusform>пришло %Ln изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent yet, the next sync sends what changed here</source>
        <translation>ещё ничего не отправлено, следующая синхронизация отправит то, что изменилось здесь</translation>
    </message>
    <message>
        <source>{sent} of {total} documents sent, the next sync sends the rest</source>
        <translation>отправлено {sent} из {total} документов, следующая синхронизация отправит остальное</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln document(s) sent, the next sync completes the checkpoint</source>
        <translation>
            <numerusform>отправлен %Ln документ, следующая синхронизация завершит контрольную точку</numerusform>
            <numerusform>отправлены все %Ln документа, следующая синхронизация завершит контрольную точку</numerusform>
            <numerusform>отправлены все %Ln документов, следующая синхронизация завершит контрольную точку</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; {came_in}, {rest}</source>
        <translation>Синхронизация отменена; {came_in}, {rest}</translation>
    </message>
    <message>
        <source>Sync cancelled; {rest}</source>
        <translation>Синхронизация отменена; {rest}</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Merge another analyst&apos;s project</source>
        <translation>Объединить проект другого аналитика</translation>
    </message>
    <message>
        <source>Could not merge: {exc}</source>
        <translation>Не удалось объединить: {exc}</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Объединить проект</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation>
            <numerusform>Объединено %n изменение из {other_name} за один шаг (отмена вернёт всё).</numerusform>
            <numerusform>Объединено %n изменения из {other_name} за один шаг (отмена вернёт всё).</numerusform>
            <numerusform>Объединено %n изменений из {other_name} за один шаг (отмена вернёт всё).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with another analyst&apos;s project</source>
        <translation>Сравнить с проектом другого аналитика</translation>
    </message>
    <message>
        <source>Could not compare: {exc}</source>
        <translation>Не удалось сравнить: {exc}</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Document text</source>
        <translation>Текст документа</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Claim: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>Утверждение: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (as “{written}”)</source>
        <translation> (как «{written}»)</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>Актор: {name}</translation>
    </message>
    <message>
        <source>Source: {title} [{grade}] — {relation}</source>
        <translation>Источник: {title} [{grade}] — {relation}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>true</source>
        <translation>правда</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>в основном правда</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>в основном ложь</translation>
    </message>
    <message>
        <source>false</source>
        <translation>ложь</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>вводит в заблуждение</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>не доказано</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>выделение</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>актор</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>аннотация</translation>
    </message>
    <message>
        <source>link</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точная</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>смещена</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>нечёткая</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>потеряна</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>госорган</translation>
    </message>
    <message>
        <source>media outlet</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>states</source>
        <translation>утверждает</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>упоминает</translation>
    </message>
    <message>
        <source>made-by</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>about</source>
        <translation>о ком</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>подтверждает</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>опровергает</translation>
    </message>
    <message>
        <source>context</source>
        <translation>контекст</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>цитирует</translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation>опечатка</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>транслитерация</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>title</source>
        <translation>титул</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>полностью надёжен</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>обычно надёжен</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>довольно надёжен</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>обычно ненадёжен</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>ненадёжен</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>надёжность нельзя оценить</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>подтверждено другими источниками</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>вероятно, правда</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>возможно, правда</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>сомнительно</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>маловероятно</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>достоверность нельзя оценить</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome – Sourcemark</source>
        <translation>Добро пожаловать – Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Highlight articles and PDFs, link what they say to claims, actors and sources, and record your verdicts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Выделяйте фрагменты статей и PDF, связывайте сказанное с утверждениями, акторами и источниками и записывайте свои вердикты.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sourcemark logo</source>
        <translation>Логотип Sourcemark</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Недавние проекты</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Недавние проекты:</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>Недавних проектов нет.</translation>
    </message>
</context>
</TS>
