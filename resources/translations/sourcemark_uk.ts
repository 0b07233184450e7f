<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcemark</source>
        <translation>Про Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT licence</source>
        <translation>Робоче місце для перевірки джерел: виділяйте фрагменти статей і PDF та пов&apos;язуйте їх із твердженнями та вердиктами, акторами й оціненими джерелами.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;Ліцензія MIT</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear: %1</source>
        <translation>Очистити: %1</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Інші інструменти</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>This project is open read-only (another window or process has it open)</source>
        <translation>Проєкт відкрито лише для читання (його тримає відкритим інше вікно чи процес)</translation>
    </message>
    <message>
        <source>Open a document from the Project panel first</source>
        <translation>Спершу відкрийте документ на панелі «Проєкт»</translation>
    </message>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first</source>
        <translation>Спершу виділіть текст у документі (або обведіть прямокутник на зображенні)</translation>
    </message>
    <message>
        <source>Select some text in the document, or click a highlight to link it, first</source>
        <translation>Спершу виділіть текст у документі або клацніть виділення, щоб пов&apos;язати його</translation>
    </message>
    <message>
        <source>Click a highlight in the document or the Annotations panel first</source>
        <translation>Спершу клацніть виділення в документі або на панелі «Анотації»</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first</source>
        <translation>Спершу виберіть актора на панелі «Актори»</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them</source>
        <translation>Виділіть двох або більше акторів на панелі «Актори» (Ctrl+клац), щоб об&apos;єднати їх</translation>
    </message>
    <message>
        <source>OCR reads images and scanned PDFs; the open document is {kind}</source>
        <translation>OCR розпізнає зображення та скановані PDF; відкритий документ — {kind}</translation>
    </message>
    <message>
        <source>Only a PDF can carry its highlights as PDF annotations; the open document is {kind}</source>
        <translation>Виділення як анотації PDF може нести лише PDF; відкритий документ — {kind}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>an HTML article</source>
        <translation>HTML-стаття</translation>
    </message>
    <message>
        <source>an EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>This project does not sync with a server: there is nothing to purge</source>
        <translation>Цей проєкт не синхронізується із сервером: немає чого остаточно видаляти</translation>
    </message>
    <message>
        <source>Click a highlight, or pick a document, claim, actor or source, first</source>
        <translation>Спершу клацніть виділення або виберіть документ, твердження, актора чи джерело</translation>
    </message>
    <message>
        <source>Select one or more rows of this list first</source>
        <translation>Спершу виберіть один або кілька рядків цього списку</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>Open demo pro&amp;ject</source>
        <translation>Відкрити демо-&amp;проєкт</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Додати документ…</translation>
    </message>
    <message>
        <source>Add a PDF, web page, text file or image</source>
        <translation>Додати PDF, вебсторінку, текстовий файл або зображення</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>&amp;Capture web page…</source>
        <translation>&amp;Захопити вебсторінку…</translation>
    </message>
    <message>
        <source>Fetch a live page with its images and stylesheets into a WARC and add it</source>
        <translation>Завантажити живу сторінку з її зображеннями та стилями у WARC і додати її</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Нала&amp;штування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ихід</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Find in the open document</source>
        <translation>Знайти у відкритому документі</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Знайти &amp;далі</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Знайти &amp;раніше</translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation>Пош&amp;ук у проєкті…</translation>
    </message>
    <message>
        <source>Search all documents: a quote, a regular expression or an actor with all its names</source>
        <translation>Пошук у всіх документах: цитата, регулярний вираз або актор з усіма його іменами</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>З&amp;більшити</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>За &amp;шириною</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>За шириною</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Виділити</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>Виділити вибраний текст</translation>
    </message>
    <message>
        <source>New &amp;claim from selection…</source>
        <translation>Нове &amp;твердження з виділення…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Link &amp;actor…</source>
        <translation>Пов&apos;язати з &amp;актором…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <source>Link &amp;source…</source>
        <translation>Пов&apos;язати з &amp;джерелом…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>Вида&amp;лити виділення</translation>
    </message>
    <message>
        <source>Delete the selected highlight and its links (Undo brings them back)</source>
        <translation>Видалити вибране виділення та його зв&apos;язки (скасування поверне їх)</translation>
    </message>
    <message>
        <source>Delete and purge from ser&amp;ver…</source>
        <translation>&amp;Видалити й остаточно стерти із сервера…</translation>
    </message>
    <message>
        <source>Delete the selected highlight, document, claim, actor or source, and have the next sync remove it from the team&apos;s server (Undo brings it back and cancels the purge)</source>
        <translation>Видалити вибране виділення, документ, твердження, актора чи джерело, а наступна синхронізація остаточно прибере його із сервера команди (Скасувати повертає його й скасовує остаточне видалення)</translation>
    </message>
    <message>
        <source>Find all &amp;mentions of actor</source>
        <translation>Знайти всі з&amp;гадки актора</translation>
    </message>
    <message>
        <source>Mark the picked actor&apos;s unmarked mentions in every document of the project (one undo step); the reader stays where it is</source>
        <translation>Позначити непозначені згадки вибраного актора в усіх документах проєкту (один крок скасування); читач лишається на місці</translation>
    </message>
    <message>
        <source>Merge ac&amp;tors…</source>
        <translation>&amp;Об&apos;єднати акторів…</translation>
    </message>
    <message>
        <source>Re&amp;place document with new version…</source>
        <translation>За&amp;мінити документ новою версією…</translation>
    </message>
    <message>
        <source>Import an edited article or corrected PDF and re-anchor its highlights</source>
        <translation>Імпортувати виправлену статтю чи PDF і переприв&apos;язати її виділення</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>Вла&amp;стивості документа…</translation>
    </message>
    <message>
        <source>Title, author, publisher, date and URL of the open document (exports cite them)</source>
        <translation>Назва, автор, видавець, дата й URL відкритого документа (експорт посилається на них)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Експорт звіт&amp;у…</translation>
    </message>
    <message>
        <source>A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview</source>
        <translation>Звіт про перевірку (твердження, вердикти, цитати, джерела, актори) у PDF або HTML, з попереднім переглядом</translation>
    </message>
    <message>
        <source>Recognise te&amp;xt (OCR)…</source>
        <translation>Розпізнати &amp;текст (OCR)…</translation>
    </message>
    <message>
        <source>Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; languages in Settings)</source>
        <translation>Дати сторінкам зображення чи скану без тексту текстовий шар (Tesseract; мови — у налаштуваннях)</translation>
    </message>
    <message>
        <source>&amp;Annotations file (JSON, W3C, Hypothesis)…</source>
        <translation>&amp;Файл анотацій (JSON, W3C, Hypothesis)…</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>О&amp;б&apos;єднати проєкт…</translation>
    </message>
    <message>
        <source>Bring in another analyst&apos;s copy of this project; decide each conflict</source>
        <translation>Прийняти копію цього проєкту від іншого аналітика; вирішити кожен конфлікт</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Син&amp;хронізувати зараз</translation>
    </message>
    <message>
        <source>Pull and push changes with the team&apos;s CouchDB server (one undoable step); the status bar shows the last sync, changes waiting and conflicts</source>
        <translation>Отримати й надіслати зміни на сервер CouchDB команди (один крок скасування); рядок стану показує останню синхронізацію, зміни в черзі та конфлікти</translation>
    </message>
    <message>
        <source>&amp;Agreement with another project…</source>
        <translation>&amp;Узгодженість з іншим проєктом…</translation>
    </message>
    <message>
        <source>Verdict kappa and highlight overlap F1 against another analyst&apos;s project</source>
        <translation>Каппа вердиктів і F1 перекриття виділень щодо проєкту іншого аналітика</translation>
    </message>
    <message>
        <source>This PDF with its &amp;highlights…</source>
        <translation>Цей PDF з &amp;виділеннями…</translation>
    </message>
    <message>
        <source>A copy of the open PDF with the highlights as annotations other PDF readers show</source>
        <translation>Копія відкритого PDF з виділеннями у вигляді анотацій, які показують інші програми для PDF</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>Every key of this window, from its menus</source>
        <translation>Усі клавіші цього вікна, за його меню</translation>
    </message>
    <message>
        <source>&amp;About Sourcemark</source>
        <translation>&amp;Про Sourcemark</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Версія та ліцензія</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Відкрити нещодавні&amp;й</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпорт</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Панелі</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Анотування</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <source>&amp;Annotations as JSON (native)…</source>
        <translation>&amp;Анотації в JSON (власний формат)…</translation>
    </message>
    <message>
        <source>A&amp;nnotations as CSV…</source>
        <translation>А&amp;нотації в CSV…</translation>
    </message>
    <message>
        <source>&amp;Claims as CSV…</source>
        <translation>&amp;Твердження в CSV…</translation>
    </message>
    <message>
        <source>Ac&amp;tors as CSV…</source>
        <translation>А&amp;ктори в CSV…</translation>
    </message>
    <message>
        <source>&amp;Sources as CSV…</source>
        <translation>&amp;Джерела в CSV…</translation>
    </message>
    <message>
        <source>&amp;Documents and their provenance as CSV…</source>
        <translation>Д&amp;окументи та їх походження в CSV…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation>Вебанотації &amp;W3C (JSON-LD)…</translation>
    </message>
    <message>
        <source>Claim&amp;Review (schema.org)…</source>
        <translation>Claim&amp;Review (schema.org)…</translation>
    </message>
    <message>
        <source>Evidence &amp;graph (GraphML)…</source>
        <translation>&amp;Граф доказів (GraphML)…</translation>
    </message>
    <message>
        <source>&amp;FollowTheMoney entities for Aleph…</source>
        <translation>Сутності &amp;FollowTheMoney для Aleph…</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Псевдоніми</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Як написано</translation>
    </message>
</context>
<context>
    <name>AddToProjectDialog</name>
    <message>
        <source>Add to project – Sourcemark</source>
        <translation>Додати до проєкту – Sourcemark</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;{name}&lt;/b&gt; to which project?</source>
        <translation>До якого проєкту додати &lt;b&gt;{name}&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>No recent projects: add &lt;b&gt;{name}&lt;/b&gt; to a new one?</source>
        <translation>Нещодавніх проєктів немає: додати &lt;b&gt;{name}&lt;/b&gt; до нового?</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Нещодавні проєкти</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
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
        <translation>Узгодженість з «{project_b}»</translation>
    </message>
    <message>
        <source>Claims judged by both</source>
        <translation>Тверджень оцінено обома</translation>
    </message>
    <message>
        <source>Same verdict</source>
        <translation>Той самий вердикт</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (verdicts)</source>
        <translation>Каппа Коена (вердикти)</translation>
    </message>
    <message>
        <source>Documents compared</source>
        <translation>Порівняно документів</translation>
    </message>
    <message>
        <source>Highlights A / B / overlapping</source>
        <translation>Виділення A / B / перекриті</translation>
    </message>
    <message>
        <source>Span overlap F1</source>
        <translation>F1 перекриття фрагментів</translation>
    </message>
    <message>
        <source>Same category (overlapping)</source>
        <translation>Та сама категорія (перекриті)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (categories)</source>
        <translation>Каппа Коена (категорії)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
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
        <translation>Розбіжності ({count})</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Welcome to Sourcemark</source>
        <translation>Ласкаво просимо до Sourcemark</translation>
    </message>
    <message>
        <source>Your name is recorded on every highlight, verdict and entry of the audit log. You can change it later in Settings.</source>
        <translation>Ваше ім&apos;я записується в кожне виділення, вердикт і запис журналу аудиту. Його можна змінити пізніше в налаштуваннях.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Ім&apos;я аналітика</translation>
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
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Пов&apos;язано з</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Прив&apos;язка</translation>
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
        <translation>Фільтр за цитатами й нотатками…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Фільтр анотацій</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Будь-яка категорія</translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation>Будь-яка прив&apos;язка</translation>
    </message>
    <message>
        <source>Linked to anything</source>
        <translation>Пов&apos;язано з будь-чим</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Фільтр за категорією</translation>
    </message>
    <message>
        <source>Filter by anchor</source>
        <translation>Фільтр за прив&apos;язкою</translation>
    </message>
    <message>
        <source>Filter by linked object</source>
        <translation>Фільтр за пов&apos;язаним об&apos;єктом</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
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
        <translation>Захоплення вебсторінки</translation>
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
        <translation>Скільки сервер може мовчати, перш ніж захоплення завершиться помилкою</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <source>How long the whole capture may take (the page, its images and stylesheets, and Chromium), however slowly a server keeps sending</source>
        <translation>Скільки може тривати все захоплення (сторінка, її зображення та стилі, і Chromium), хоч би як повільно відповідав сервер</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Межа часу:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Most bytes to read, the page and its images and stylesheets together</source>
        <translation>Найбільший обсяг читання: сторінка разом із зображеннями та стилями</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Межа розміру:</translation>
    </message>
    <message>
        <source>The User-Agent sent to the server (empty: the default, naming Sourcemark)</source>
        <translation>User-Agent, що надсилається серверу (порожньо: типовий, з назвою Sourcemark)</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Also add a screenshot (PNG) and a PDF print (Chromium)</source>
        <translation>Також додати знімок екрана (PNG) і друк у PDF (Chromium)</translation>
    </message>
    <message>
        <source>Time-stamp request file</source>
        <translation>Файл запиту позначки часу</translation>
    </message>
    <message>
        <source>optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC</source>
        <translation>необов&apos;язково: файл для запиту позначки часу RFC 3161 (.tsq) до WARC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Time-stamp request:</source>
        <translation>Запит позначки часу:</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Захопити</translation>
    </message>
    <message>
        <source>Time-stamp request</source>
        <translation>Запит позначки часу</translation>
    </message>
    <message>
        <source>RFC 3161 request (*.tsq)</source>
        <translation>Запит RFC 3161 (*.tsq)</translation>
    </message>
</context>
<context>
    <name>CaptureRunner</name>
    <message>
        <source>A capture is already running.</source>
        <translation>Захоплення вже триває.</translation>
    </message>
    <message>
        <source>Cannot capture: {dialog_message}</source>
        <translation>Неможливо виконати захоплення: {dialog_message}</translation>
    </message>
    <message>
        <source>Capture web page</source>
        <translation>Захоплення вебсторінки</translation>
    </message>
    <message>
        <source>Capturing {url}…</source>
        <translation>Захоплення {url}…</translation>
    </message>
    <message>
        <source>Capture failed: {message}</source>
        <translation>Захоплення не вдалося: {message}</translation>
    </message>
    <message>
        <source>The capture could not be saved: {message}</source>
        <translation>Не вдалося зберегти захоплення: {message}</translation>
    </message>
</context>
<context>
    <name>ClaimReviewDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation>Експорт ClaimReview</translation>
    </message>
    <message>
        <source>the fact-checking organisation (default: each claim&apos;s analyst)</source>
        <translation>організація з перевірки фактів (типово: аналітик кожного твердження)</translation>
    </message>
    <message>
        <source>https://example.org/fact-checks/{id}  ({id}: one page per claim)</source>
        <translation>https://example.org/fact-checks/{id}  ({id}: по сторінці на твердження)</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Published at (url):</source>
        <translation>Опубліковано за адресою (url):</translation>
    </message>
    <message>
        <source>Claims lacking what ClaimReview requires</source>
        <translation>Твердження, яким бракує того, що вимагає ClaimReview</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Google&apos;s fact-check result requires what is listed below; the file can be exported all the same.</source>
        <translation>Результату перевірки фактів Google потрібне те, що перелічено нижче; файл однаково можна експортувати.</translation>
    </message>
    <message>
        <source>Every review has what Google&apos;s fact-check result requires.</source>
        <translation>Кожен огляд має все, що потрібно результату перевірки фактів Google.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Фрагменти</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(zone unknown)</source>
        <translation>(часовий пояс невідомий)</translation>
    </message>
    <message>
        <source>%1 %2 (camera clock)</source>
        <translation>%1 %2 (годинник камери)</translation>
    </message>
    <message>
        <source>%1 camera-local (zone unknown)</source>
        <translation>%1 за місцевим часом камери (пояс невідомий)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete from this project:</source>
        <translation>Видалити з цього проєкту:</translation>
    </message>
    <message>
        <source>With them go the links and highlights that hang on them:</source>
        <translation>Разом із ними зникають зв&apos;язки й виділення, що на них тримаються:</translation>
    </message>
    <message>
        <source>A document open in the reader closes. Its original file stays in the project folder.</source>
        <translation>Документ, відкритий у читачі, закриється. Його оригінальний файл лишається в теці проєкту.</translation>
    </message>
    <message>
        <source>The next sync deletes them on the team&apos;s server too, for every analyst.</source>
        <translation>Наступна синхронізація видалить їх і на сервері команди, для кожного аналітика.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back in one step.</source>
        <translation>Скасувати (Ctrl+Z) повертає все одним кроком.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
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
        <translation>Видавець / сайт:</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD):</source>
        <translation>Опубліковано (РРРР-ММ-ДД):</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Camera make:</source>
        <translation>Виробник камери:</translation>
    </message>
    <message>
        <source>Camera model:</source>
        <translation>Модель камери:</translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation>Об&apos;єктив:</translation>
    </message>
    <message>
        <source>Taken (EXIF):</source>
        <translation>Знято (EXIF):</translation>
    </message>
    <message>
        <source>Modified (EXIF):</source>
        <translation>Змінено (EXIF):</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Програма:</translation>
    </message>
    <message>
        <source>Artist:</source>
        <translation>Автор знімка:</translation>
    </message>
    <message>
        <source>By-line (IPTC):</source>
        <translation>Підпис автора (IPTC):</translation>
    </message>
    <message>
        <source>Caption (IPTC):</source>
        <translation>Опис (IPTC):</translation>
    </message>
    <message>
        <source>Creator (XMP):</source>
        <translation>Творець (XMP):</translation>
    </message>
    <message>
        <source>Description (XMP):</source>
        <translation>Опис (XMP):</translation>
    </message>
    <message>
        <source>Edited with (XMP):</source>
        <translation>Оброблено в (XMP):</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-статус</translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation>Запитаний URL</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>Кінцевий URL</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип вмісту</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адреса сервера</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>Захоплено (місцевий час)</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Resources recorded</source>
        <translation>Записано ресурсів</translation>
    </message>
    <message>
        <source>Captured with</source>
        <translation>Захоплено за допомогою</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Переспрямування</translation>
    </message>
    <message>
        <source>Refused addresses</source>
        <translation>Відхилені адреси</translation>
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
        <translation>Дата як написано</translation>
    </message>
    <message>
        <source>Saved date as written</source>
        <translation>Дата збереження як написано</translation>
    </message>
    <message>
        <source>Data package hash</source>
        <translation>Хеш пакета даних</translation>
    </message>
    <message>
        <source>Frame of</source>
        <translation>Фрейм сторінки</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Відтворення</translation>
    </message>
    <message>
        <source>Rendered at</source>
        <translation>Відтворено</translation>
    </message>
    <message>
        <source>Rendered from</source>
        <translation>Відтворено з</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Браузер</translation>
    </message>
    <message>
        <source>Recorded for rendering</source>
        <translation>Записано для відтворення</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Без відповіді</translation>
    </message>
    <message>
        <source>Capture document</source>
        <translation>Документ захоплення</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Location (GPS):</source>
        <translation>Місце (GPS):</translation>
    </message>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation>
            <numerusform>Приховано, не ввійшло в текст (%Ln фрагмент):</numerusform>
            <numerusform>Приховано, не ввійшло в текст (%Ln фрагменти):</numerusform>
            <numerusform>Приховано, не ввійшло в текст (%Ln фрагментів):</numerusform>
        </translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Властивості документа</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Doubtful date: {date_doubt}.</source>
        <translation>Сумнівна дата: {date_doubt}.</translation>
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
        <translation>Відкрийте документ із проєкту, щоб читати й розмічати його.</translation>
    </message>
    <message>
        <source>This project has no documents yet.

Drop files here (PDF, web page, text, image, web archive), or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).</source>
        <translation>У цьому проєкті ще немає документів.

Перетягніть сюди файли (PDF, вебсторінка, текст, зображення, веб-архів) або скористайтеся «Файл › Додати документ…» (Ctrl+Shift+O) чи «Файл › Захопити вебсторінку…» (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>This document cannot be shown: {message}</source>
        <translation>Цей документ неможливо показати: {message}</translation>
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
        <translation>Фрагменти</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Search %1</source>
        <translation>Пошук: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Об&apos;єкти</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {name}: {exc}

Your project is safe: every change is saved as you make it.
Details were written to {path}</source>
        <translation>Щось пішло не так: {name}: {exc}

Ваш проєкт у безпеці: кожна зміна зберігається одразу.
Подробиці записано до {path}</translation>
    </message>
    <message>
        <source>Sourcemark – unexpected error</source>
        <translation>Sourcemark – непередбачена помилка</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>Відкрити теку, до якої записано файл</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>{what} written: {name} in {parent}</source>
        <translation>{what} записано: {name} у {parent}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Знайти в документі</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Попередній збіг (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Наступний збіг (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Select a claim, actor, source, document or highlight to see what it is linked to.</source>
        <translation>Виберіть твердження, актора, джерело, документ або виділення, щоб побачити його зв&apos;язки.</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>Кроки:</translation>
    </message>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation>
            <numerusform>Показати об'єкти на відстані до %Ln зв'язку</numerusform>
            <numerusform>Показати об'єкти на відстані до %Ln зв'язків</numerusform>
            <numerusform>Показати об'єкти на відстані до %Ln зв'язків</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Зменшити (Ctrl+коліщатко)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Збільшити (Ctrl+коліщатко)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>За шириною</translation>
    </message>
    <message>
        <source>Fit the whole graph in the panel</source>
        <translation>Вмістити весь граф у панель</translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation>
            <numerusform>{kind}: %Ln пов'язаний об'єкт</numerusform>
            <numerusform>{kind}: %Ln пов'язані об'єкти</numerusform>
            <numerusform>{kind}: %Ln пов'язаних об'єктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation>
            <numerusform> у межах %Ln кроку</numerusform>
            <numerusform> у межах %Ln кроків</numerusform>
            <numerusform> у межах %Ln кроків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation>
            <numerusform>, ще %Ln не показано (клацніть «+N ще»)</numerusform>
            <numerusform>, ще %Ln не показано (клацніть «+N ще»)</numerusform>
            <numerusform>, ще %Ln не показано (клацніть «+N ще»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source> (as written: {names})</source>
        <translation> (як написано: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation>
            <numerusform>Ще %Ln пов'язаний об'єкт: клацніть, щоб показати</numerusform>
            <numerusform>Ще %Ln пов'язані об'єкти: клацніть, щоб показати</numerusform>
            <numerusform>Ще %Ln пов'язаних об'єктів: клацніть, щоб показати</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Aliases: {aliases}</source>
        <translation>Псевдоніми: {aliases}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Оцінка &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rationale: how the verdict was reached, with the evidence…</source>
        <translation>Обґрунтування: як отримано вердикт, з доказами…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Опис…</translation>
    </message>
    <message>
        <source>Notes on this source…</source>
        <translation>Нотатки про це джерело…</translation>
    </message>
    <message>
        <source>Select a highlight or an object to see its details.</source>
        <translation>Виберіть виділення або об&apos;єкт, щоб побачити подробиці.</translation>
    </message>
    <message>
        <source>The claim, as you will check it…</source>
        <translation>Твердження в тому вигляді, в якому ви його перевірятимете…</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>Формулювання твердження</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Нотатка…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Відв&apos;язати</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Видалити виділення</translation>
    </message>
    <message>
        <source>Link source…</source>
        <translation>Пов&apos;язати з джерелом…</translation>
    </message>
    <message>
        <source>Link actor…</source>
        <translation>Пов&apos;язати з актором…</translation>
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
        <translation>Нотатка… (зберігається, коли ви залишаєте поле)</translation>
    </message>
    <message>
        <source>Delete {value}</source>
        <translation>Видалити: {value}</translation>
    </message>
    <message>
        <source>  (as written “{written}”)</source>
        <translation>  (як написано: «{written}»)</translation>
    </message>
    <message>
        <source> · page {pages}</source>
        <translation> · с. {pages}</translation>
    </message>
    <message>
        <source>anchor {state}</source>
        <translation>прив&apos;язка: {state}</translation>
    </message>
</context>
<context>
    <name>KeepTyped</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Відкинути введене?</translation>
    </message>
    <message>
        <source>You typed text in this dialog. Close it and discard the text?</source>
        <translation>Ви ввели текст у цьому вікні. Закрити його й відкинути текст?</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Project in use</source>
        <translation>Проєкт використовується</translation>
    </message>
    <message>
        <source>{exc}

Another Sourcemark is editing this project. Open it read-only?</source>
        <translation>{exc}

Цей проєкт редагує інший екземпляр Sourcemark. Відкрити його лише для читання?</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}</source>
        <translation>Не вдається відкрити {name}: {exc}</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>Проєкт пошкоджено</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}

Restore the newest good backup ({backup})? The damaged files are kept as a backup of their own.</source>
        <translation>Не вдається відкрити {name}: {exc}

Відновити останню справну резервну копію ({backup})? Пошкоджені файли збережуться як окрема резервна копія.</translation>
    </message>
    <message>
        <source>Cannot restore {name}: {exc}</source>
        <translation>Не вдається відновити {name}: {exc}</translation>
    </message>
    <message>
        <source>Cannot build the demo project: {exc}</source>
        <translation>Не вдається створити демо-проєкт: {exc}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>Тека нового проєкту</translation>
    </message>
    <message>
        <source>Cannot create the project: {exc}</source>
        <translation>Не вдається створити проєкт: {exc}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a claim</source>
        <translation>Пов&apos;язати з твердженням</translation>
    </message>
    <message>
        <source>Link to an actor</source>
        <translation>Пов&apos;язати з актором</translation>
    </message>
    <message>
        <source>Link to a source</source>
        <translation>Пов&apos;язати з джерелом</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Виділення:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Твердження:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Зв&apos;язок:</translation>
    </message>
    <message>
        <source>Verdict (new claim):</source>
        <translation>Вердикт (нове твердження):</translation>
    </message>
    <message>
        <source>Kind (new actor):</source>
        <translation>Вид (новий актор):</translation>
    </message>
    <message>
        <source>Name as written is:</source>
        <translation>Ім&apos;я написано як:</translation>
    </message>
    <message>
        <source>the usual form</source>
        <translation>звичайна форма</translation>
    </message>
    <message>
        <source>Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>Оцінка Адміралтейства: надійність джерела від A (цілком надійне) до F (неможливо оцінити), достовірність інформації від 1 (підтверджена) до 6 (неможливо оцінити)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Оцінка:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Видавець:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубліковано:</translation>
    </message>
    <message>
        <source>a letter A–F and a digit 1–6, e.g. B2</source>
        <translation>літера A–F і цифра 1–6, наприклад B2</translation>
    </message>
    <message>
        <source>Type a name, or pick one from the list.</source>
        <translation>Введіть ім&apos;я або виберіть його зі списку.</translation>
    </message>
    <message>
        <source>Links to the existing {value}.</source>
        <translation>Пов&apos;язує з наявним об&apos;єктом: {value}.</translation>
    </message>
    <message>
        <source>Creates a new {value}.</source>
        <translation>Створює новий об&apos;єкт: {value}.</translation>
    </message>
    <message>
        <source>Links to {name}; written here as “{selected_text}”.</source>
        <translation>Пов&apos;язує з {name}; тут написано «{selected_text}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search documents…</source>
        <translation>Пошук документів…</translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation>Пошук тверджень…</translation>
    </message>
    <message>
        <source>Search actors…</source>
        <translation>Пошук акторів…</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Mark this actor&apos;s unmarked mentions in every document (one undo step)</source>
        <translation>Позначити непозначені згадки цього актора в усіх документах (один крок скасування)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <source>Merge the selected actors</source>
        <translation>Об&apos;єднати вибраних акторів</translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation>Пошук джерел…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Проєкт</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Твердження</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Інспектор</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Актори</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Джерела</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>А&amp;нотації</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>&amp;Загублені</translation>
    </message>
    <message>
        <source>Evidence &amp;graph</source>
        <translation>&amp;Граф доказів</translation>
    </message>
    <message>
        <source>Sea&amp;rch project</source>
        <translation>Пош&amp;ук у проєкті</translation>
    </message>
    <message>
        <source>{name} (read-only) – Sourcemark</source>
        <translation>{name} (лише читання) – Sourcemark</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документи</numerusform>
            <numerusform>%Ln документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln актор</numerusform>
            <numerusform>%Ln актори</numerusform>
            <numerusform>%Ln акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln джерело</numerusform>
            <numerusform>%Ln джерела</numerusform>
            <numerusform>%Ln джерел</numerusform>
        </translation>
    </message>
    <message>
        <source> · saved in {folder}</source>
        <translation> · збережено в {folder}</translation>
    </message>
    <message>
        <source>Cancelling the sync; close the window again once it has stopped</source>
        <translation>Синхронізація скасовується; закрийте вікно ще раз, коли вона зупиниться</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Розпізнавання тексту (OCR)</translation>
    </message>
    <message>
        <source>A web capture</source>
        <translation>Захоплення вебсторінки</translation>
    </message>
    <message>
        <source>Close Sourcemark?</source>
        <translation>Закрити Sourcemark?</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it and close the window? Nothing of it is added to the project.</source>
        <translation>{what} ще виконується. Зупинити й закрити вікно? Нічого з цього не буде додано до проєкту.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <source>Keep this project&apos;s (A)</source>
        <translation>Залишити версію цього проєкту (A)</translation>
    </message>
    <message>
        <source>Take the other&apos;s (B)</source>
        <translation>Взяти версію іншого (B)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>Merge project “{other_name}”</source>
        <translation>Об&apos;єднати проєкт «{other_name}»</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Об&apos;єкт</translation>
    </message>
    <message>
        <source>This project (A)</source>
        <translation>Цей проєкт (A)</translation>
    </message>
    <message>
        <source>{other} (B)</source>
        <translation>{other} (B)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep for {kind} {title}</source>
        <translation>Залишити для {kind} {title}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <source>an unknown analyst</source>
        <translation>невідомого аналітика</translation>
    </message>
    <message>
        <source>From {project}, by {analysts}:</source>
        <translation>З {project}, від {analysts}:</translation>
    </message>
    <message>
        <source>  {kind}: {added} new, {updated} changed, {removed} removed</source>
        <translation>  {kind}: {added} нових, {updated} змінених, {removed} видалених</translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation>  нічого нового</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln object(s) you deleted stay deleted</source>
        <translation>
            <numerusform>  %Ln видалений вами об'єкт лишається видаленим</numerusform>
            <numerusform>  %Ln видалені вами об'єкти лишаються видаленими</numerusform>
            <numerusform>  %Ln видалених вами об'єктів лишаються видаленими</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation>
            <numerusform>%Ln конфлікт: обидва аналітики змінили це; виберіть, яку версію залишити.</numerusform>
            <numerusform>%Ln конфлікти: обидва аналітики змінили це; виберіть, яку версію залишити.</numerusform>
            <numerusform>%Ln конфліктів: обидва аналітики змінили це; виберіть, яку версію залишити.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфліктів немає.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>statement</source>
        <translation>формулювання</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>вердикт</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>обґрунтування</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>псевдоніми</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>видавець</translation>
    </message>
    <message>
        <source>published</source>
        <translation>опубліковано</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>оцінка</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>зв&apos;язок</translation>
    </message>
    <message>
        <source>as_written</source>
        <translation>як написано</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>змінено</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>OCR is already running.</source>
        <translation>OCR уже виконується.</translation>
    </message>
    <message>
        <source>Open an image or a scanned PDF first.</source>
        <translation>Спершу відкрийте зображення або сканований PDF.</translation>
    </message>
    <message>
        <source>OCR cannot start: {exc}</source>
        <translation>OCR не може розпочатися: {exc}</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Recognising the text of “{title}” ({lang})…</source>
        <translation>Розпізнається текст «{title}» ({lang})…</translation>
    </message>
    <message>
        <source>Recognising page {page} of {total}…</source>
        <translation>Розпізнається сторінка {page} з {total}…</translation>
    </message>
    <message>
        <source>OCR cancelled; nothing was changed.</source>
        <translation>OCR скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>OCR failed: {message}</source>
        <translation>OCR не вдалося: {message}</translation>
    </message>
    <message>
        <source>OCR could not be saved: {exc}</source>
        <translation>Не вдалося зберегти результат OCR: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}) розпізнало %n слово в {title}; виділення: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}) розпізнало %n слова в {title}; виділення: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}) розпізнало %n слів у {title}; виділення: {summary}.{findings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}): розпізнано %n слово; виділення: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}): розпізнано %n слова; виділення: {summary}.{findings}</numerusform>
            <numerusform>OCR ({lang}): розпізнано %n слів; виділення: {summary}.{findings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>Select the new place of an orphan in the document, then re-attach it.</source>
        <translation>Виділіть нове місце загубленого виділення в документі, потім прив&apos;яжіть його знову.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Загублені виділення</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Прив&apos;язати до виділеного</translation>
    </message>
    <message>
        <source>Pick an orphan in the list first.</source>
        <translation>Спершу виберіть загублене виділення у списку.</translation>
    </message>
    <message>
        <source>Select the new place of the highlight in the document first.</source>
        <translation>Спершу виділіть нове місце цього виділення в документі.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>Page number</source>
        <translation>Номер сторінки</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>з 0</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>За шириною</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>з {count}</translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Захоплено</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Choose pages to add</source>
        <translation>Виберіть сторінки для додавання</translation>
    </message>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation>
            <numerusform>{file_name} містить %n архівну вебсторінку. Кожна позначена сторінка стане документом; нічого з них не завантажується.</numerusform>
            <numerusform>{file_name} містить %n архівні вебсторінки. Кожна позначена сторінка стане документом; нічого з них не завантажується.</numerusform>
            <numerusform>{file_name} містить %n архівних вебсторінок. Кожна позначена сторінка стане документом; нічого з них не завантажується.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived pages</source>
        <translation>Архівні сторінки</translation>
    </message>
    <message>
        <source>(cannot be read: {problem})</source>
        <translation>(не читається: {problem})</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>↳ {title} (frame of {page})</source>
        <translation>↳ {title} (фрейм сторінки {page})</translation>
    </message>
    <message>
        <source>Add chosen pages</source>
        <translation>Додати вибрані сторінки</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Позначити всі</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Зняти всі</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Text of page %1 of %2</source>
        <translation>Текст сторінки %1 з %2</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Текст сторінки</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>Сторінки документа</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Actions on the selected rows</source>
        <translation>Дії з вибраними рядками</translation>
    </message>
    <message>
        <source>Show linked &amp;highlights</source>
        <translation>Показати пов&apos;&amp;язані виділення</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>Delete the selected rows and what hangs on them (Undo brings them back)</source>
        <translation>Видалити вибрані рядки й те, що на них тримається (Скасувати повертає їх)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Копіювати &amp;ID</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation>Документи (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Веб-захоплення (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Зображення (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Усі файли (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Додати документи</translation>
    </message>
    <message>
        <source>No text layer (a scan?) in {names}: the pages can be viewed, and their text quoted once it is recognised (OCR).</source>
        <translation>Немає текстового шару (скан?) у {names}: сторінки можна переглядати, а їхній текст — цитувати після розпізнавання (OCR).</translation>
    </message>
    <message>
        <source>The text of those pages can be quoted once it is recognised (OCR).</source>
        <translation>Текст цих сторінок можна буде цитувати після розпізнавання (OCR).</translation>
    </message>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation>
            <numerusform>Додано {added} з %n файлу.</numerusform>
            <numerusform>Додано {added} з %n файлів.</numerusform>
            <numerusform>Додано {added} з %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>Документи додано</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>Розпізнати &amp;текст (OCR)</translation>
    </message>
    <message>
        <source> of the first</source>
        <translation> для першого</translation>
    </message>
    <message>
        <source>Could not add {name}: {exc}</source>
        <translation>Не вдалося додати {name}: {exc}</translation>
    </message>
    <message>
        <source>Could not open {name}: wrong password.</source>
        <translation>Не вдалося відкрити {name}: неправильний пароль.</translation>
    </message>
    <message>
        <source>That password did not work. </source>
        <translation>Цей пароль не підійшов. </translation>
    </message>
    <message>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} зашифровано. Пароль:</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>Потрібен пароль</translation>
    </message>
    <message>
        <source>Open the document to replace first.</source>
        <translation>Спершу відкрийте документ, який треба замінити.</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Замінити новою версією</translation>
    </message>
    <message>
        <source>Could not replace the document with {name}: {exc}</source>
        <translation>Не вдалося замінити документ файлом {name}: {exc}</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>Експорт не вдався: {exc}</translation>
    </message>
    <message>
        <source>Open the PDF whose highlights you want to export first.</source>
        <translation>Спершу відкрийте PDF, виділення якого хочете експортувати.</translation>
    </message>
    <message>
        <source>Export PDF with highlights</source>
        <translation>Експорт PDF з виділеннями</translation>
    </message>
    <message>
        <source>PDF with highlights ({note})</source>
        <translation>PDF з виділеннями ({note})</translation>
    </message>
    <message>
        <source>PDF with highlights</source>
        <translation>PDF з виділеннями</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>Не вдалося побудувати звіт: {exc}</translation>
    </message>
    <message>
        <source>Could not save the report: {exc}</source>
        <translation>Не вдалося зберегти звіт: {exc}</translation>
    </message>
    <message>
        <source>Report ({format})</source>
        <translation>Звіт ({format})</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Спершу відкрийте документ.</translation>
    </message>
    <message>
        <source>Could not save the details: {exc}</source>
        <translation>Не вдалося зберегти властивості: {exc}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Імпорт анотацій</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation>Файли анотацій (*.json *.jsonld);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import failed: {exc}</source>
        <translation>Імпорт не вдався: {exc}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <source>Capture (as the archive states it)</source>
        <translation>Захоплення (за даними архіву)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не перевірено</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>запис {record}</translation>
    </message>
    <message>
        <source>Captured URL</source>
        <translation>URL захоплення</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>Захоплено</translation>
    </message>
    <message>
        <source>Time taken from</source>
        <translation>Джерело часу</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архів</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>Дайджест архіву</translation>
    </message>
    <message>
        <source>Digest check</source>
        <translation>Перевірка дайджесту</translation>
    </message>
    <message>
        <source>Page SHA-256</source>
        <translation>SHA-256 сторінки</translation>
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
        <translation>Видалити й стерти із сервера…</translation>
    </message>
    <message>
        <source>The list of objects to purge could not be saved: {exc}</source>
        <translation>Не вдалося зберегти список об&apos;єктів для остаточного видалення: {exc}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>і ще %Ln</numerusform>
            <numerusform>і ще %Ln</numerusform>
            <numerusform>і ще %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here, and purge from the team&apos;s server at the next sync:</source>
        <translation>Видалити тут і остаточно стерти із сервера команди під час наступної синхронізації:</translation>
    </message>
    <message>
        <source>With it go the links and highlights that hang on it:</source>
        <translation>Разом із ним зникають зв&apos;язки й виділення, що на ньому тримаються:</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Сервер: {url}</translation>
    </message>
    <message>
        <source>The next sync removes every revision of them from the server, where the server allows it (CouchDB&apos;s _purge, which CouchDB allows database admins only). A server without _purge keeps their earlier revisions until an admin compacts the database, and their ids for good; the sync then says so.</source>
        <translation>Наступна синхронізація прибере із сервера всі їхні ревізії, якщо сервер це дозволяє (_purge у CouchDB, дозволений лише адміністраторам бази даних). Сервер без _purge зберігає їхні попередні ревізії, доки адміністратор не ущільнить базу даних, а їхні ідентифікатори — назавжди; синхронізація тоді про це повідомить.</translation>
    </message>
    <message>
        <source>Only the server forgets them: each project that had them, this one included, keeps them in its audit log.</source>
        <translation>Забуває їх лише сервер: кожен проєкт, що їх мав, зокрема цей, зберігає їх у своєму журналі аудиту.</translation>
    </message>
    <message>
        <source>Undo brings them back here and cancels the purge, if the next sync has not run yet; after it, they go up to the server again.</source>
        <translation>Скасування повертає їх сюди й скасовує остаточне видалення, якщо наступна синхронізація ще не відбулася; після неї вони знову потраплять на сервер.</translation>
    </message>
    <message>
        <source>Delete and purge from the server</source>
        <translation>Видалити й остаточно стерти із сервера</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Delete and purge</source>
        <translation>Видалити й стерти</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first.</source>
        <translation>Спершу виділіть текст у документі (або обведіть прямокутник на зображенні).</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first.</source>
        <translation>Спершу виберіть актора на панелі «Актори».</translation>
    </message>
    <message>
        <source>Find all mentions</source>
        <translation>Знайти всі згадки</translation>
    </message>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation>
            <numerusform>Непозначених згадок {name} немає в %n документі цього проєкту.</numerusform>
            <numerusform>Непозначених згадок {name} немає в %n документах цього проєкту.</numerusform>
            <numerusform>Непозначених згадок {name} немає в %n документах цього проєкту.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation>
            <numerusform>Позначено %n нову згадку {name}</numerusform>
            <numerusform>Позначено %n нові згадки {name}</numerusform>
            <numerusform>Позначено %n нових згадок {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation>
            <numerusform> у %n документі:

{touched}

Скасування видалить їх усі.</numerusform>
            <numerusform> у %n документах:

{touched}

Скасування видалить їх усі.</numerusform>
            <numerusform> у %n документах:

{touched}

Скасування видалить їх усі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible misspellings</source>
        <translation>Можливі помилки написання</translation>
    </message>
    <message>
        <source>These look like misspellings of {name}:

{listed}

Mark them as mentions too (reason: misspelling)?</source>
        <translation>Схоже на помилки написання імені {name}:

{listed}

Позначити їх теж як згадки (причина: помилка написання)?</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them.</source>
        <translation>Виділіть двох або більше акторів на панелі «Актори» (Ctrl+клац), щоб об&apos;єднати їх.</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>Об&apos;єднати акторів</translation>
    </message>
    <message>
        <source>Keep this actor (the others become its aliases):</source>
        <translation>Залишити цього актора (решта стануть його псевдонімами):</translation>
    </message>
</context>
<context>
    <name>ReanchorBar</name>
    <message>
        <source>Show orphans</source>
        <translation>Показати загублені</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>“{short}” was replaced by a new version. Highlights re-anchored: {parts}.</source>
        <translation>«{short}» замінено новою версією. Виділення переприв&apos;язано: {parts}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>orphan: not found in the current version</source>
        <translation>загублене: не знайдено в поточній версії</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Нотатка:</translation>
    </message>
    <message>
        <source>The highlighted region of {title}</source>
        <translation>Виділена область документа «{title}»</translation>
    </message>
    <message>
        <source>({index} of {count})</source>
        <translation>({index} з {count})</translation>
    </message>
    <message>
        <source>Verification report – {project}</source>
        <translation>Звіт про перевірку – {project}</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Звіт про перевірку</translation>
    </message>
    <message>
        <source>Verification report – {project} · generated {when}</source>
        <translation>Звіт про перевірку – {project} · створено {when}</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>с. {number} з {count}</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>{when} by {generator}</source>
        <translation>{when}, {generator}</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Аналітики</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охоплення</translation>
    </message>
    <message numerus="yes">
        <source>%n selected claims</source>
        <translation>
            <numerusform>%n вибране твердження</numerusform>
            <numerusform>%n вибрані твердження</numerusform>
            <numerusform>%n вибраних тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n claims of the project</source>
        <translation>
            <numerusform>усі %n твердження проєкту</numerusform>
            <numerusform>усі %n твердження проєкту</numerusform>
            <numerusform>усі %n тверджень проєкту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n актор</numerusform>
            <numerusform>%n актори</numerusform>
            <numerusform>%n акторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Висновки</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитати</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source links</source>
        <translation>
            <numerusform>%n посилання на джерело</numerusform>
            <numerusform>%n посилання на джерела</numerusform>
            <numerusform>%n посилань на джерела</numerusform>
        </translation>
    </message>
    <message>
        <source>The project holds no claims yet.</source>
        <translation>У проєкті ще немає тверджень.</translation>
    </message>
    <message>
        <source>Claim {number}:</source>
        <translation>Твердження {number}:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Вердикт:</translation>
    </message>
    <message>
        <source>analyst:</source>
        <translation>аналітик:</translation>
    </message>
    <message>
        <source>Rationale.</source>
        <translation>Обґрунтування.</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Обґрунтування не записано.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Про кого:</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>Де стверджується</translation>
    </message>
    <message>
        <source>No highlighted passage states this claim.</source>
        <translation>Жоден виділений фрагмент не містить цього твердження.</translation>
    </message>
    <message>
        <source>No source is linked to this claim.</source>
        <translation>З цим твердженням не пов&apos;язано жодного джерела.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>опубліковано {date}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>переглянуто {date}</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Архів:</translation>
    </message>
    <message>
        <source>Copy in the project:</source>
        <translation>Копія в проєкті:</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>Джерел немає.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Актори</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Також відомий як:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Як написано:</translation>
    </message>
    <message>
        <source>No actors.</source>
        <translation>Акторів немає.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Загублені виділення</translation>
    </message>
    <message>
        <source>These highlights were not found in the current version of their document. They are kept with the words as highlighted.</source>
        <translation>Ці виділення не знайдено в поточній версії їхнього документа. Вони збережені зі словами, як їх було виділено.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методологія</translation>
    </message>
    <message>
        <source>Analysts highlighted passages of the documents listed in the appendix, linked each passage to the claims it states, the actors it names (keeping each name as written) and the sources that support, contradict or give context to it, and reached a verdict for each claim. Every change was recorded in the project&apos;s hash-chained audit log.</source>
        <translation>Аналітики виділяли фрагменти документів, перелічених у додатку, пов&apos;язували кожен фрагмент із твердженнями, які він містить, акторами, яких він називає (зберігаючи кожне ім&apos;я в написаному вигляді), і джерелами, які його підтверджують, спростовують або дають йому контекст, і виносили вердикт щодо кожного твердження. Кожну зміну записано до журналу аудиту проєкту, пов&apos;язаного ланцюжком хешів.</translation>
    </message>
    <message>
        <source>Analysts: {analysts}. Tool: {tool}; the text of each document was extracted by the tool named in the appendix, and every highlight&apos;s position counts in that text.</source>
        <translation>Аналітики: {analysts}. Інструмент: {tool}; текст кожного документа видобуто інструментом, зазначеним у додатку, і позиції всіх виділень відлічуються в цьому тексті.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Вердикти</translation>
    </message>
    <message>
        <source>Source grades (Admiralty system)</source>
        <translation>Оцінки джерел (система Адміралтейства)</translation>
    </message>
    <message>
        <source>A grade joins the reliability of the source (a letter) and the credibility of the information (a digit), e.g. B2.</source>
        <translation>Оцінка поєднує надійність джерела (літера) і достовірність інформації (цифра), наприклад B2.</translation>
    </message>
    <message>
        <source>Anchoring of highlights</source>
        <translation>Прив&apos;язка виділень</translation>
    </message>
    <message>
        <source>Page numbers count from 1. Images show the highlighted region of the PDF page as it is stored in the project.</source>
        <translation>Сторінки нумеруються з 1. Зображення показують виділену область сторінки PDF у тому вигляді, в якому вона зберігається в проєкті.</translation>
    </message>
    <message>
        <source>Appendix: documents examined</source>
        <translation>Додаток: досліджені документи</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>imported {date}</source>
        <translation>імпортовано {date}</translation>
    </message>
    <message>
        <source>text by {tool}</source>
        <translation>текст видобуто: {tool}</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>Захоплення:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 файлу:</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text:</source>
        <translation>SHA-256 канонічного тексту:</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Документів немає.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Ще не оцінено.</translation>
    </message>
    <message>
        <source>Accurate; nothing significant is missing.</source>
        <translation>Точно; нічого суттєвого не пропущено.</translation>
    </message>
    <message>
        <source>Accurate, but needs clarification or additional information.</source>
        <translation>Точно, але потребує уточнення або додаткової інформації.</translation>
    </message>
    <message>
        <source>Holds both accurate and inaccurate elements.</source>
        <translation>Містить як точні, так і неточні елементи.</translation>
    </message>
    <message>
        <source>Holds an element of truth but ignores facts that would change the impression.</source>
        <translation>Містить частку правди, але ігнорує факти, які змінили б враження.</translation>
    </message>
    <message>
        <source>Not accurate.</source>
        <translation>Неточно.</translation>
    </message>
    <message>
        <source>Accurate elements put together to give a false impression.</source>
        <translation>Точні елементи, складені так, що створюють хибне враження.</translation>
    </message>
    <message>
        <source>The evidence available cannot confirm or refute it.</source>
        <translation>Наявні докази не можуть ні підтвердити, ні спростувати це.</translation>
    </message>
    <message>
        <source>found at the position where it was highlighted</source>
        <translation>знайдено там, де було виділено</translation>
    </message>
    <message>
        <source>the same words found at another position of a new version of the document</source>
        <translation>ті самі слова знайдено в іншому місці нової версії документа</translation>
    </message>
    <message>
        <source>an approximate match of the words in a new version (the score says how close)</source>
        <translation>приблизний збіг слів у новій версії (оцінка показує, наскільки близький)</translation>
    </message>
    <message>
        <source>not found in the current version of the document; the quote is shown as it was highlighted</source>
        <translation>не знайдено в поточній версії документа; цитату показано так, як її було виділено</translation>
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
        <translation>зображення</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export verification report</source>
        <translation>Експорт звіту про перевірку</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Твердження:</translation>
    </message>
    <message>
        <source>All claims ({count})</source>
        <translation>Усі твердження ({count})</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Зберегти як:</translation>
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
        <translation>Зберегти…</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>Не вдалося побудувати звіт: {exc}</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>Зберегти звіт про перевірку</translation>
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
        <translation>Слова як написано; регістр, діакритика й тире не враховуються</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярний вираз</translation>
    </message>
    <message>
        <source>A Python regular expression, e.g. \b\d{1,3}(,\d{3})+ troops</source>
        <translation>Регулярний вираз Python, наприклад \b\d{1,3}(,\d{3})+ troops</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Актор</translation>
    </message>
    <message>
        <source>An actor&apos;s name or alias: finds every name, alias and confirmed misspelling</source>
        <translation>Ім&apos;я або псевдонім актора: знаходить усі імена, псевдоніми та підтверджені помилки написання</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>Пошук у всіх документах…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Пошук у всіх документах</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the search; the results found so far stay listed</source>
        <translation>Зупинити пошук; знайдені результати залишаться у списку</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (зупинено)</translation>
    </message>
    <message>
        <source>Searching… {count} so far</source>
        <translation>Пошук… поки знайдено: {count}</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Збігів немає.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln збіг</numerusform>
            <numerusform>%Ln збіги</numerusform>
            <numerusform>%Ln збігів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> у %Ln документі</numerusform>
            <numerusform> у %Ln документах</numerusform>
            <numerusform> у %Ln документах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation>
            <numerusform> (перші %Ln; уточніть запит)</numerusform>
            <numerusform> (перші %Ln; уточніть запит)</numerusform>
            <numerusform> (перші %Ln; уточніть запит)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Name recorded on your highlights and in the audit log</source>
        <translation>Ім&apos;я, що записується у ваші виділення та в журнал аудиту</translation>
    </message>
    <message>
        <source>Analyst name:</source>
        <translation>Ім&apos;я аналітика:</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1</source>
        <translation>Мовні пакети Tesseract через +, наприклад eng+rus+kor. Установлено: %1</translation>
    </message>
    <message>
        <source>none found (install tesseract-ocr)</source>
        <translation>не знайдено (установіть tesseract-ocr)</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>Мови OCR:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світле</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темне</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Оформлення:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>The language changes when Sourcemark is next started.</source>
        <translation>Мова зміниться під час наступного запуску Sourcemark.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>off (File &gt; Sync now)</source>
        <translation>вимк. (Файл &gt; Синхронізувати зараз)</translation>
    </message>
    <message>
        <source>Sync the open project with the team&apos;s server every N minutes (0: off)</source>
        <translation>Синхронізувати відкритий проєкт із сервером команди кожні N хвилин (0: вимк.)</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Синхронізувати кожні:</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>Типові кольори</translation>
    </message>
    <message>
        <source>Claim colour:</source>
        <translation>Колір тверджень:</translation>
    </message>
    <message>
        <source>Actor colour:</source>
        <translation>Колір акторів:</translation>
    </message>
    <message>
        <source>Source colour:</source>
        <translation>Колір джерел:</translation>
    </message>
    <message>
        <source>Highlight colour:</source>
        <translation>Колір виділень:</translation>
    </message>
    <message>
        <source>Question colour:</source>
        <translation>Колір запитань:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous pane (the reader and each panel on screen)</source>
        <translation>Наступна / попередня область (читач і кожна панель на екрані)</translation>
    </message>
    <message>
        <source>Next / previous field within a pane; leaving a text field saves it</source>
        <translation>Наступне / попереднє поле в області; вихід із текстового поля зберігає його</translation>
    </message>
    <message>
        <source>Save the inspector field being typed in, and stay in it</source>
        <translation>Зберегти поле інспектора, в якому триває введення, і залишитися в ньому</translation>
    </message>
    <message>
        <source>Edit the verdict in the Claims table</source>
        <translation>Змінити вердикт у таблиці тверджень</translation>
    </message>
    <message>
        <source>Close the Find bar or a dialog (a dialog with typed text asks first)</source>
        <translation>Закрити панель пошуку або діалог (діалог із введеним текстом спершу запитає)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Що вони роблять</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Цитується</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync: {exc}</source>
        <translation>Синхронізація: {exc}</translation>
    </message>
    <message>
        <source> (end-to-end encrypted)</source>
        <translation> (наскрізне шифрування)</translation>
    </message>
    <message>
        <source>File &gt; Sync now to sync with the team&apos;s server</source>
        <translation>Файл &gt; Синхронізувати зараз — синхронізація із сервером команди</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Підключення до сервера…</translation>
    </message>
    <message>
        <source>Sync failed: {exc}</source>
        <translation>Синхронізація не вдалася: {exc}</translation>
    </message>
    <message>
        <source>Could not sync: {outcome}</source>
        <translation>Не вдалося синхронізувати: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) left</source>
        <translation>
            <numerusform>; лишився %Ln конфлікт</numerusform>
            <numerusform>; лишилося %Ln конфлікти</numerusform>
            <numerusform>; лишилося %Ln конфліктів</numerusform>
        </translation>
    </message>
    <message>
        <source>; not purged: {note}</source>
        <translation>; не видалено остаточно: {note}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} з {total})</translation>
    </message>
    <message>
        <source>Syncing: {phase}{counts}</source>
        <translation>Синхронізація: {phase}{counts}</translation>
    </message>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation>Синхронізація: вирішіть конфлікти</translation>
    </message>
    <message>
        <source>Sync with this server?</source>
        <translation>Синхронізувати з цим сервером?</translation>
    </message>
    <message>
        <source>This project names a sync server you have not confirmed on this computer:

{url}

Syncing sends the project, and the sync credentials set on this computer, to it. Sync with it?</source>
        <translation>Цей проєкт вказує сервер синхронізації, який ви не підтвердили на цьому комп&apos;ютері:

{url}

Синхронізація надішле на нього проєкт і облікові дані синхронізації, задані на цьому комп&apos;ютері. Синхронізувати?</translation>
    </message>
    <message>
        <source> from {analysts}</source>
        <translation> від {analysts}</translation>
    </message>
    <message>
        <source>Synced with {url}: nothing else came in{by}.</source>
        <translation>Синхронізовано з {url}: більше нічого не надійшло{by}.</translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation>
            <numerusform>Синхронізовано з {url}: %Ln зміну{by} отримано, вона вже в проєкті.</numerusform>
            <numerusform>Синхронізовано з {url}: %Ln зміни{by} отримано, вони вже в проєкті.</numerusform>
            <numerusform>Синхронізовано з {url}: %Ln змін{by} отримано, вони вже в проєкті.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Не синхронізовано</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Синхронізовано {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Жодного разу не синхронізовано</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln зміна чекає надсилання</numerusform>
            <numerusform>%Ln зміни чекають надсилання</numerusform>
            <numerusform>%Ln змін чекають надсилання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln конфлікт</numerusform>
            <numerusform>%Ln конфлікти</numerusform>
            <numerusform>%Ln конфліктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to purge from the server</source>
        <translation>
            <numerusform>%Ln до остаточного видалення із сервера</numerusform>
            <numerusform>%Ln до остаточного видалення із сервера</numerusform>
            <numerusform>%Ln до остаточного видалення із сервера</numerusform>
        </translation>
    </message>
    <message>
        <source>server not confirmed: File &gt; Sync now</source>
        <translation>сервер не підтверджено: Файл &gt; Синхронізувати зараз</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln purged from the server</source>
        <translation>
            <numerusform>; остаточно видалено із сервера: %Ln</numerusform>
            <numerusform>; остаточно видалено із сервера: %Ln</numerusform>
            <numerusform>; остаточно видалено із сервера: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not support _purge: earlier revisions stay there until an admin compacts the database</source>
        <translation>сервер не підтримує _purge: попередні ревізії лишаються там, доки адміністратор не ущільнить базу даних</translation>
    </message>
    <message>
        <source>the server refused _purge (CouchDB allows it to database admins only): earlier revisions stay there until an admin purges or compacts the database</source>
        <translation>сервер відмовив у _purge (CouchDB дозволяє його лише адміністраторам бази даних): попередні ревізії лишаються там, доки адміністратор не виконає _purge або не ущільнить базу даних</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>Перевірка сервера</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Отримання змін</translation>
    </message>
    <message>
        <source>Comparing what came in</source>
        <translation>Порівняння отриманого</translation>
    </message>
    <message>
        <source>Fetching files</source>
        <translation>Завантаження файлів</translation>
    </message>
    <message>
        <source>Comparing with the last sync</source>
        <translation>Порівняння з останньою синхронізацією</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>Надсилання файлів</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Надсилання змін</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Sync with the team&apos;s server</source>
        <translation>Синхронізація із сервером команди</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL бази даних</translation>
    </message>
    <message>
        <source>Encrypt end to end (the server stores only ciphertext)</source>
        <translation>Наскрізне шифрування (сервер зберігає лише шифротекст)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольна фраза ще раз</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>URL бази даних:</translation>
    </message>
    <message>
        <source>http(s)://host:port/database; user:password@ is used, never stored</source>
        <translation>http(s)://хост:порт/база; user:password@ використовується, але не зберігається</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ще раз:</translation>
    </message>
    <message>
        <source>Type the database URL.</source>
        <translation>Введіть URL бази даних.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Парольна фраза має містити щонайменше %n символ.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символи.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Everyone in the team needs this passphrase. If it is forgotten, nobody can read the server&apos;s copy again.</source>
        <translation>Ця парольна фраза потрібна всій команді. Якщо її забути, копію на сервері більше ніхто не прочитає.</translation>
    </message>
    <message>
        <source>Encrypted team database</source>
        <translation>Зашифрована база даних команди</translation>
    </message>
    <message>
        <source>{url} is encrypted end to end. Its passphrase:</source>
        <translation>{url} зашифровано наскрізним шифруванням. Її парольна фраза:</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln change(s) in</source>
        <translation>
            <numerusform>отримано %Ln зміну</numerusform>
            <numerusform>отримано %Ln зміни</numerusform>
            <numerusform>отримано %Ln змін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) out</source>
        <translation>
            <numerusform>надіслано %Ln ревізію</numerusform>
            <numerusform>надіслано %Ln ревізії</numerusform>
            <numerusform>надіслано %Ln ревізій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in</source>
        <translation>
            <numerusform>отримано %Ln файл</numerusform>
            <numerusform>отримано %Ln файли</numerusform>
            <numerusform>отримано %Ln файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}, {files}</source>
        <translation>Синхронізовано з {url}: {changes}, {revisions}, {files}</translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}</source>
        <translation>Синхронізовано з {url}: {changes}, {revisions}</translation>
    </message>
    <message>
        <source>; from {analysts}</source>
        <translation>; від {analysts}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) decided</source>
        <translation>
            <numerusform>; вирішено %Ln конфлікт</numerusform>
            <numerusform>; вирішено %Ln конфлікти</numerusform>
            <numerusform>; вирішено %Ln конфліктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln deleted on the server, so here too</source>
        <translation>
            <numerusform>; видалено на сервері, тож і тут: %Ln</numerusform>
            <numerusform>; видалено на сервері, тож і тут: %Ln</numerusform>
            <numerusform>; видалено на сервері, тож і тут: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left out (unreadable or invalid)</source>
        <translation>
            <numerusform>; пропущено (нечитабельне або недійсне): %Ln</numerusform>
            <numerusform>; пропущено (нечитабельне або недійсне): %Ln</numerusform>
            <numerusform>; пропущено (нечитабельне або недійсне): %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here, the next sync starts again</source>
        <translation>Синхронізацію скасовано; тут нічого не змінено, наступна синхронізація почне спочатку</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) came in</source>
        <translation>
            <numerusform>надійшла %Ln зміна</numerusform>
            <numerusform>надійшли %Ln зміни</numerusform>
            <numerusform>надійшло %Ln змін</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent yet, the next sync sends what changed here</source>
        <translation>ще нічого не надіслано, наступна синхронізація надішле те, що змінилося тут</translation>
    </message>
    <message>
        <source>{sent} of {total} documents sent, the next sync sends the rest</source>
        <translation>надіслано {sent} з {total} документів, наступна синхронізація надішле решту</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln document(s) sent, the next sync completes the checkpoint</source>
        <translation>
            <numerusform>надіслано %Ln документ, наступна синхронізація завершить контрольну точку</numerusform>
            <numerusform>надіслано всі %Ln документи, наступна синхронізація завершить контрольну точку</numerusform>
            <numerusform>надіслано всі %Ln документів, наступна синхронізація завершить контрольну точку</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; {came_in}, {rest}</source>
        <translation>Синхронізацію скасовано; {came_in}, {rest}</translation>
    </message>
    <message>
        <source>Sync cancelled; {rest}</source>
        <translation>Синхронізацію скасовано; {rest}</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Merge another analyst&apos;s project</source>
        <translation>Об&apos;єднати проєкт іншого аналітика</translation>
    </message>
    <message>
        <source>Could not merge: {exc}</source>
        <translation>Не вдалося об&apos;єднати: {exc}</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Об&apos;єднати проєкт</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation>
            <numerusform>Об'єднано %n зміну з {other_name} за один крок (скасування поверне все).</numerusform>
            <numerusform>Об'єднано %n зміни з {other_name} за один крок (скасування поверне все).</numerusform>
            <numerusform>Об'єднано %n змін з {other_name} за один крок (скасування поверне все).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with another analyst&apos;s project</source>
        <translation>Порівняти з проєктом іншого аналітика</translation>
    </message>
    <message>
        <source>Could not compare: {exc}</source>
        <translation>Не вдалося порівняти: {exc}</translation>
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
        <translation>Твердження: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (as “{written}”)</source>
        <translation> (як «{written}»)</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>Актор: {name}</translation>
    </message>
    <message>
        <source>Source: {title} [{grade}] — {relation}</source>
        <translation>Джерело: {title} [{grade}] — {relation}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>unverified</source>
        <translation>не перевірено</translation>
    </message>
    <message>
        <source>true</source>
        <translation>правда</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>переважно правда</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>змішаний</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>переважно неправда</translation>
    </message>
    <message>
        <source>false</source>
        <translation>неправда</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>вводить в оману</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>не доведено</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>виділення</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>актор</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>question</source>
        <translation>запитання</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>анотація</translation>
    </message>
    <message>
        <source>link</source>
        <translation>зв&apos;язок</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точна</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>зміщена</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>нечітка</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>загублена</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>image</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>держорган</translation>
    </message>
    <message>
        <source>media outlet</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>states</source>
        <translation>стверджує</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>згадує</translation>
    </message>
    <message>
        <source>made-by</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>about</source>
        <translation>про кого</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>підтверджує</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>спростовує</translation>
    </message>
    <message>
        <source>context</source>
        <translation>контекст</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>цитує</translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation>помилка написання</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>транслітерація</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>псевдонім</translation>
    </message>
    <message>
        <source>title</source>
        <translation>титул</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>цілком надійне</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>зазвичай надійне</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>досить надійне</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>зазвичай ненадійне</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>ненадійне</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>надійність неможливо оцінити</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>підтверджено іншими джерелами</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>імовірно, правда</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>можливо, правда</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>сумнівно</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>малоймовірно</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>достовірність неможливо оцінити</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome – Sourcemark</source>
        <translation>Ласкаво просимо – Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Highlight articles and PDFs, link what they say to claims, actors and sources, and record your verdicts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Виділяйте фрагменти статей і PDF, пов&apos;язуйте сказане з твердженнями, акторами та джерелами й записуйте свої вердикти.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sourcemark logo</source>
        <translation>Логотип Sourcemark</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Відкрити &amp;демо</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Нещодавні проєкти</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Нещодавні проєкти:</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>Нещодавніх проєктів немає.</translation>
    </message>
</context>
</TS>
