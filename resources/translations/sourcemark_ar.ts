<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcemark</source>
        <translation>حول Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT licence</source>
        <translation>منضدة عمل للتحقق من المصادر: ظلّل مقاطع من المقالات وملفات PDF واربطها بادعاءات وأحكامها وبفاعلين ومصادر مصنّفة.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;رخصة MIT</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear: %1</source>
        <translation>مسح: %1</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>أدوات أخرى</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>This project is open read-only (another window or process has it open)</source>
        <translation>هذا المشروع مفتوح للقراءة فقط (نافذة أو عملية أخرى تفتحه)</translation>
    </message>
    <message>
        <source>Open a document from the Project panel first</source>
        <translation>افتح مستندًا من لوحة المشروع أولًا</translation>
    </message>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first</source>
        <translation>حدّد نصًا في المستند أولًا (أو ارسم مستطيلًا على صورة)</translation>
    </message>
    <message>
        <source>Select some text in the document, or click a highlight to link it, first</source>
        <translation>حدّد نصًا في المستند، أو انقر تظليلًا لربطه، أولًا</translation>
    </message>
    <message>
        <source>Click a highlight in the document or the Annotations panel first</source>
        <translation>انقر تظليلًا في المستند أو في لوحة التعليقات التوضيحية أولًا</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first</source>
        <translation>اختر فاعلًا في لوحة الفاعلين أولًا</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them</source>
        <translation>حدّد فاعلَين أو أكثر في لوحة الفاعلين (Ctrl+نقرة) لدمجهم</translation>
    </message>
    <message>
        <source>OCR reads images and scanned PDFs; the open document is {kind}</source>
        <translation>يقرأ التعرف الضوئي (OCR) الصور وملفات PDF الممسوحة؛ المستند المفتوح هو {kind}</translation>
    </message>
    <message>
        <source>Only a PDF can carry its highlights as PDF annotations; the open document is {kind}</source>
        <translation>وحده ملف PDF يمكنه حمل تظليلاته كتعليقات PDF؛ المستند المفتوح هو {kind}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>an HTML article</source>
        <translation>مقالة HTML</translation>
    </message>
    <message>
        <source>an EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>This project does not sync with a server: there is nothing to purge</source>
        <translation>هذا المشروع لا يُزامَن مع خادم: لا شيء لإزالته نهائيًا</translation>
    </message>
    <message>
        <source>Click a highlight, or pick a document, claim, actor or source, first</source>
        <translation>انقر تظليلًا، أو اختر مستندًا أو ادعاءً أو فاعلًا أو مصدرًا، أولًا</translation>
    </message>
    <message>
        <source>Select one or more rows of this list first</source>
        <translation>حدّد صفًا واحدًا أو أكثر من هذه القائمة أولًا</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;مشروع جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open demo pro&amp;ject</source>
        <translation>فتح المشروع ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>إ&amp;ضافة مستند…</translation>
    </message>
    <message>
        <source>Add a PDF, web page, text file or image</source>
        <translation>إضافة ملف PDF أو صفحة ويب أو ملف نصي أو صورة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>&amp;Capture web page…</source>
        <translation>&amp;التقاط صفحة ويب…</translation>
    </message>
    <message>
        <source>Fetch a live page with its images and stylesheets into a WARC and add it</source>
        <translation>جلب صفحة حية مع صورها وأوراق أنماطها إلى ملف WARC وإضافتها</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find in the open document</source>
        <translation>البحث في المستند المفتوح</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation>البحث في ال&amp;مشروع…</translation>
    </message>
    <message>
        <source>Search all documents: a quote, a regular expression or an actor with all its names</source>
        <translation>البحث في كل المستندات: اقتباس أو تعبير نمطي أو فاعل بكل أسمائه</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>ملاءمة الع&amp;رض</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;تظليل</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>تظليل النص المحدد</translation>
    </message>
    <message>
        <source>New &amp;claim from selection…</source>
        <translation>ا&amp;دعاء جديد من التحديد…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Link &amp;actor…</source>
        <translation>ربط &amp;فاعل…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>Link &amp;source…</source>
        <translation>ربط م&amp;صدر…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;حذف التظليل</translation>
    </message>
    <message>
        <source>Delete the selected highlight and its links (Undo brings them back)</source>
        <translation>حذف التظليل المحدد وروابطه (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>Delete and purge from ser&amp;ver…</source>
        <translation>&amp;حذف وإزالة نهائية من الخادم…</translation>
    </message>
    <message>
        <source>Delete the selected highlight, document, claim, actor or source, and have the next sync remove it from the team&apos;s server (Undo brings it back and cancels the purge)</source>
        <translation>يحذف التظليل أو المستند أو الادعاء أو الفاعل أو المصدر المحدد، وتزيله المزامنة التالية نهائيًا من خادم الفريق (التراجع يعيده ويلغي الإزالة النهائية)</translation>
    </message>
    <message>
        <source>Find all &amp;mentions of actor</source>
        <translation>إيجاد كل إ&amp;شارات الفاعل</translation>
    </message>
    <message>
        <source>Mark the picked actor&apos;s unmarked mentions in every document of the project (one undo step); the reader stays where it is</source>
        <translation>وسم الإشارات غير الموسومة إلى الفاعل المختار في كل مستندات المشروع (خطوة تراجع واحدة)؛ يبقى القارئ في مكانه</translation>
    </message>
    <message>
        <source>Merge ac&amp;tors…</source>
        <translation>د&amp;مج الفاعلين…</translation>
    </message>
    <message>
        <source>Re&amp;place document with new version…</source>
        <translation>است&amp;بدال المستند بنسخة جديدة…</translation>
    </message>
    <message>
        <source>Import an edited article or corrected PDF and re-anchor its highlights</source>
        <translation>استيراد مقالة معدّلة أو PDF مصحّح وإعادة تثبيت تظليلاته</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>تفاص&amp;يل المستند…</translation>
    </message>
    <message>
        <source>Title, author, publisher, date and URL of the open document (exports cite them)</source>
        <translation>عنوان المستند المفتوح ومؤلفه وناشره وتاريخه وعنوان URL (تستشهد بها الصادرات)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>تصدير الت&amp;قرير…</translation>
    </message>
    <message>
        <source>A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview</source>
        <translation>تقرير تحقق (الادعاءات والأحكام والاقتباسات والمصادر والفاعلون) بصيغة PDF أو HTML، مع معاينة</translation>
    </message>
    <message>
        <source>Recognise te&amp;xt (OCR)…</source>
        <translation>التعرف على ال&amp;نص (OCR)…</translation>
    </message>
    <message>
        <source>Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; languages in Settings)</source>
        <translation>إعطاء صفحات الصورة أو ملف PDF الممسوح التي لا نص فيها طبقة نصية (Tesseract؛ اللغات في الإعدادات)</translation>
    </message>
    <message>
        <source>&amp;Annotations file (JSON, W3C, Hypothesis)…</source>
        <translation>&amp;ملف تعليقات توضيحية (JSON، W3C، Hypothesis)…</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>&amp;دمج مشروع…</translation>
    </message>
    <message>
        <source>Bring in another analyst&apos;s copy of this project; decide each conflict</source>
        <translation>إدخال نسخة محلل آخر من هذا المشروع؛ والبت في كل تعارض</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>Pull and push changes with the team&apos;s CouchDB server (one undoable step); the status bar shows the last sync, changes waiting and conflicts</source>
        <translation>سحب التغييرات ودفعها مع خادم CouchDB الخاص بالفريق (خطوة تراجع واحدة)؛ يعرض شريط الحالة آخر مزامنة والتغييرات المنتظرة والتعارضات</translation>
    </message>
    <message>
        <source>&amp;Agreement with another project…</source>
        <translation>&amp;الاتفاق مع مشروع آخر…</translation>
    </message>
    <message>
        <source>Verdict kappa and highlight overlap F1 against another analyst&apos;s project</source>
        <translation>معامل كابا للأحكام وF1 لتداخل التظليلات مقارنةً بمشروع محلل آخر</translation>
    </message>
    <message>
        <source>This PDF with its &amp;highlights…</source>
        <translation>ملف PDF هذا مع ت&amp;ظليلاته…</translation>
    </message>
    <message>
        <source>A copy of the open PDF with the highlights as annotations other PDF readers show</source>
        <translation>نسخة من ملف PDF المفتوح مع التظليلات كتعليقات تعرضها برامج قراءة PDF الأخرى</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every key of this window, from its menus</source>
        <translation>كل مفاتيح هذه النافذة، من قوائمها</translation>
    </message>
    <message>
        <source>&amp;About Sourcemark</source>
        <translation>&amp;حول Sourcemark</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>الإصدار والرخصة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>فتح مشروع &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>الل&amp;وحات</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>تعلي&amp;ق</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Annotations as JSON (native)…</source>
        <translation>ال&amp;تعليقات التوضيحية بصيغة JSON (الأصلية)…</translation>
    </message>
    <message>
        <source>A&amp;nnotations as CSV…</source>
        <translation>التعليقات التوضيحية بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Claims as CSV…</source>
        <translation>الا&amp;دعاءات بصيغة CSV…</translation>
    </message>
    <message>
        <source>Ac&amp;tors as CSV…</source>
        <translation>ال&amp;فاعلون بصيغة CSV…</translation>
    </message>
    <message>
        <source>&amp;Sources as CSV…</source>
        <translation>ال&amp;مصادر بصيغة CSV…</translation>
    </message>
    <message>
        <source>&amp;Documents and their provenance as CSV…</source>
        <translation>المستندات وم&amp;نشؤها بصيغة CSV…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation>تعليقات الويب &amp;W3C (JSON-LD)…</translation>
    </message>
    <message>
        <source>Claim&amp;Review (schema.org)…</source>
        <translation>Claim&amp;Review (schema.org)…</translation>
    </message>
    <message>
        <source>Evidence &amp;graph (GraphML)…</source>
        <translation>م&amp;خطط الأدلة (GraphML)…</translation>
    </message>
    <message>
        <source>&amp;FollowTheMoney entities for Aleph…</source>
        <translation>كيانات &amp;FollowTheMoney لـ Aleph…</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتب</translation>
    </message>
</context>
<context>
    <name>AddToProjectDialog</name>
    <message>
        <source>Add to project – Sourcemark</source>
        <translation>إضافة إلى مشروع – Sourcemark</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;{name}&lt;/b&gt; to which project?</source>
        <translation>إلى أي مشروع تُضاف &lt;b&gt;{name}&lt;/b&gt;؟</translation>
    </message>
    <message>
        <source>No recent projects: add &lt;b&gt;{name}&lt;/b&gt; to a new one?</source>
        <translation>لا مشاريع حديثة: هل تُضاف &lt;b&gt;{name}&lt;/b&gt; إلى مشروع جديد؟</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>المشاريع الحديثة</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;مشروع جديد…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Agreement with “{project_b}”</source>
        <translation>الاتفاق مع «{project_b}»</translation>
    </message>
    <message>
        <source>Claims judged by both</source>
        <translation>ادعاءات حكم عليها كلاهما</translation>
    </message>
    <message>
        <source>Same verdict</source>
        <translation>الحكم نفسه</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (verdicts)</source>
        <translation>معامل كوهين كابا (الأحكام)</translation>
    </message>
    <message>
        <source>Documents compared</source>
        <translation>المستندات المقارنة</translation>
    </message>
    <message>
        <source>Highlights A / B / overlapping</source>
        <translation>التظليلات A / B / المتداخلة</translation>
    </message>
    <message>
        <source>Span overlap F1</source>
        <translation>F1 لتداخل المقاطع</translation>
    </message>
    <message>
        <source>Same category (overlapping)</source>
        <translation>الفئة نفسها (المتداخلة)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (categories)</source>
        <translation>معامل كوهين كابا (الفئات)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Disagreements ({count})</source>
        <translation>الاختلافات ({count})</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Welcome to Sourcemark</source>
        <translation>مرحبًا بك في Sourcemark</translation>
    </message>
    <message>
        <source>Your name is recorded on every highlight, verdict and entry of the audit log. You can change it later in Settings.</source>
        <translation>يُسجَّل اسمك على كل تظليل وحكم وقيد في سجل التدقيق. يمكنك تغييره لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>اسم المحلل</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>مرتبط بـ</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>التثبيت</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter quotes and notes…</source>
        <translation>تصفية الاقتباسات والملاحظات…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>تصفية التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation>أي تثبيت</translation>
    </message>
    <message>
        <source>Linked to anything</source>
        <translation>مرتبط بأي شيء</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>التصفية حسب الفئة</translation>
    </message>
    <message>
        <source>Filter by anchor</source>
        <translation>التصفية حسب التثبيت</translation>
    </message>
    <message>
        <source>Filter by linked object</source>
        <translation>التصفية حسب العنصر المرتبط</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
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
        <translation>التقاط صفحة ويب</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>عنوان URL:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>How long a server may stay silent before the capture fails</source>
        <translation>المدة التي يمكن أن يصمت فيها الخادم قبل أن يفشل الالتقاط</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>مهلة الانتظار:</translation>
    </message>
    <message>
        <source>How long the whole capture may take (the page, its images and stylesheets, and Chromium), however slowly a server keeps sending</source>
        <translation>المدة التي يمكن أن يستغرقها الالتقاط كله (الصفحة وصورها وأوراق أنماطها وChromium) مهما أبطأ الخادم في الإرسال</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>الحد الزمني:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> م.ب</translation>
    </message>
    <message>
        <source>Most bytes to read, the page and its images and stylesheets together</source>
        <translation>أقصى عدد من البايتات يُقرأ، للصفحة وصورها وأوراق أنماطها معًا</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>حد الحجم:</translation>
    </message>
    <message>
        <source>The User-Agent sent to the server (empty: the default, naming Sourcemark)</source>
        <translation>قيمة User-Agent المرسلة إلى الخادم (فارغ: الافتراضية، التي تذكر Sourcemark)</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Also add a screenshot (PNG) and a PDF print (Chromium)</source>
        <translation>إضافة لقطة شاشة (PNG) ونسخة مطبوعة PDF أيضًا (Chromium)</translation>
    </message>
    <message>
        <source>Time-stamp request file</source>
        <translation>ملف طلب الختم الزمني</translation>
    </message>
    <message>
        <source>optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC</source>
        <translation>اختياري: ملف لطلب ختم زمني RFC 3161 (.tsq) لملف WARC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Time-stamp request:</source>
        <translation>طلب الختم الزمني:</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>التقاط</translation>
    </message>
    <message>
        <source>Time-stamp request</source>
        <translation>طلب الختم الزمني</translation>
    </message>
    <message>
        <source>RFC 3161 request (*.tsq)</source>
        <translation>طلب RFC 3161 (*.tsq)</translation>
    </message>
</context>
<context>
    <name>CaptureRunner</name>
    <message>
        <source>A capture is already running.</source>
        <translation>هناك التقاط جارٍ بالفعل.</translation>
    </message>
    <message>
        <source>Cannot capture: {dialog_message}</source>
        <translation>تعذّر الالتقاط: {dialog_message}</translation>
    </message>
    <message>
        <source>Capture web page</source>
        <translation>التقاط صفحة ويب</translation>
    </message>
    <message>
        <source>Capturing {url}…</source>
        <translation>جارٍ التقاط {url}…</translation>
    </message>
    <message>
        <source>Capture failed: {message}</source>
        <translation>فشل الالتقاط: {message}</translation>
    </message>
    <message>
        <source>The capture could not be saved: {message}</source>
        <translation>تعذّر حفظ الالتقاط: {message}</translation>
    </message>
</context>
<context>
    <name>ClaimReviewDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation>تصدير ClaimReview</translation>
    </message>
    <message>
        <source>the fact-checking organisation (default: each claim&apos;s analyst)</source>
        <translation>مؤسسة تدقيق الحقائق (الافتراضي: محلل كل ادعاء)</translation>
    </message>
    <message>
        <source>https://example.org/fact-checks/{id}  ({id}: one page per claim)</source>
        <translation>https://example.org/fact-checks/{id}  ({id}: صفحة لكل ادعاء)</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>المؤلف:</translation>
    </message>
    <message>
        <source>Published at (url):</source>
        <translation>منشور في (url):</translation>
    </message>
    <message>
        <source>Claims lacking what ClaimReview requires</source>
        <translation>ادعاءات ينقصها ما يتطلبه ClaimReview</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Google&apos;s fact-check result requires what is listed below; the file can be exported all the same.</source>
        <translation>تتطلب نتيجة تدقيق الحقائق في Google ما هو مذكور أدناه؛ ويمكن تصدير الملف مع ذلك.</translation>
    </message>
    <message>
        <source>Every review has what Google&apos;s fact-check result requires.</source>
        <translation>كل مراجعة فيها ما تتطلبه نتيجة تدقيق الحقائق في Google.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(zone unknown)</source>
        <translation>(المنطقة الزمنية مجهولة)</translation>
    </message>
    <message>
        <source>%1 %2 (camera clock)</source>
        <translation>%1 %2 (ساعة الكاميرا)</translation>
    </message>
    <message>
        <source>%1 camera-local (zone unknown)</source>
        <translation>%1 بالتوقيت المحلي للكاميرا (المنطقة مجهولة)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete from this project:</source>
        <translation>الحذف من هذا المشروع:</translation>
    </message>
    <message>
        <source>With them go the links and highlights that hang on them:</source>
        <translation>ومعها تذهب الروابط والتظليلات المعلّقة بها:</translation>
    </message>
    <message>
        <source>A document open in the reader closes. Its original file stays in the project folder.</source>
        <translation>يُغلق المستند المفتوح في القارئ. يبقى ملفه الأصلي في مجلد المشروع.</translation>
    </message>
    <message>
        <source>The next sync deletes them on the team&apos;s server too, for every analyst.</source>
        <translation>تحذفها المزامنة التالية من خادم الفريق أيضًا، لدى كل المحللين.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back in one step.</source>
        <translation>التراجع (Ctrl+Z) يعيد كل شيء في خطوة واحدة.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Author:</source>
        <translation>المؤلف:</translation>
    </message>
    <message>
        <source>Publisher / site:</source>
        <translation>الناشر / الموقع:</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD):</source>
        <translation>تاريخ النشر (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>عنوان URL:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Camera make:</source>
        <translation>صانع الكاميرا:</translation>
    </message>
    <message>
        <source>Camera model:</source>
        <translation>طراز الكاميرا:</translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation>العدسة:</translation>
    </message>
    <message>
        <source>Taken (EXIF):</source>
        <translation>التُقطت (EXIF):</translation>
    </message>
    <message>
        <source>Modified (EXIF):</source>
        <translation>عُدّلت (EXIF):</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Artist:</source>
        <translation>الفنان:</translation>
    </message>
    <message>
        <source>By-line (IPTC):</source>
        <translation>التوقيع (IPTC):</translation>
    </message>
    <message>
        <source>Caption (IPTC):</source>
        <translation>الشرح (IPTC):</translation>
    </message>
    <message>
        <source>Creator (XMP):</source>
        <translation>المنشئ (XMP):</translation>
    </message>
    <message>
        <source>Description (XMP):</source>
        <translation>الوصف (XMP):</translation>
    </message>
    <message>
        <source>Edited with (XMP):</source>
        <translation>حُرّرت بـ (XMP):</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>حالة HTTP</translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation>عنوان URL المطلوب</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>عنوان URL النهائي</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>وقت الالتقاط (التوقيت المحلي)</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Resources recorded</source>
        <translation>الموارد المسجلة</translation>
    </message>
    <message>
        <source>Captured with</source>
        <translation>التُقط بواسطة</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>عمليات إعادة التوجيه</translation>
    </message>
    <message>
        <source>Refused addresses</source>
        <translation>العناوين المرفوضة</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>SHA-256 لملف WARC</translation>
    </message>
    <message>
        <source>WARC file</source>
        <translation>ملف WARC</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>التاريخ كما كُتب</translation>
    </message>
    <message>
        <source>Saved date as written</source>
        <translation>تاريخ الحفظ كما كُتب</translation>
    </message>
    <message>
        <source>Data package hash</source>
        <translation>بصمة حزمة البيانات</translation>
    </message>
    <message>
        <source>Frame of</source>
        <translation>إطار من</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Rendered at</source>
        <translation>عُرض في</translation>
    </message>
    <message>
        <source>Rendered from</source>
        <translation>عُرض من</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>المتصفح</translation>
    </message>
    <message>
        <source>Recorded for rendering</source>
        <translation>مسجَّل للعرض</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <source>Capture document</source>
        <translation>مستند الالتقاط</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Location (GPS):</source>
        <translation>الموقع (GPS):</translation>
    </message>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation>
            <numerusform>مخفي، مستبعد من النص (%Ln مقطع):</numerusform>
            <numerusform>مخفي، مستبعد من النص (%Ln مقطع):</numerusform>
            <numerusform>مخفي، مستبعد من النص (%Ln مقطعان):</numerusform>
            <numerusform>مخفي، مستبعد من النص (%Ln مقاطع):</numerusform>
            <numerusform>مخفي، مستبعد من النص (%Ln مقطعًا):</numerusform>
            <numerusform>مخفي، مستبعد من النص (%Ln مقطع):</numerusform>
        </translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>تفاصيل المستند</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Doubtful date: {date_doubt}.</source>
        <translation>تاريخ مشكوك فيه: {date_doubt}.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a document from the project to read and annotate it.</source>
        <translation>افتح مستندًا من المشروع لقراءته والتعليق عليه.</translation>
    </message>
    <message>
        <source>This project has no documents yet.

Drop files here (PDF, web page, text, image, web archive), or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).</source>
        <translation>لا مستندات في هذا المشروع بعد.

أفلت الملفات هنا (PDF، صفحة ويب، نص، صورة، أرشيف ويب)، أو استخدم ملف › إضافة مستند… (Ctrl+Shift+O) أو ملف › التقاط صفحة ويب… (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>This document cannot be shown: {message}</source>
        <translation>تعذّر عرض هذا المستند: {message}</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %Ln p.</source>
        <translation>
            <numerusform>{kind}، %Ln صفحة</numerusform>
            <numerusform>{kind}، %Ln صفحة</numerusform>
            <numerusform>{kind}، %Ln صفحتان</numerusform>
            <numerusform>{kind}، %Ln صفحات</numerusform>
            <numerusform>{kind}، %Ln صفحة</numerusform>
            <numerusform>{kind}، %Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Search %1</source>
        <translation>بحث في %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>العناصر</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {name}: {exc}

Your project is safe: every change is saved as you make it.
Details were written to {path}</source>
        <translation>حدث خطأ ما: {name}: {exc}

مشروعك بأمان: يُحفظ كل تغيير فور إجرائه.
كُتبت التفاصيل في {path}</translation>
    </message>
    <message>
        <source>Sourcemark – unexpected error</source>
        <translation>Sourcemark – خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>فتح المجلد الذي كُتب فيه الملف</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>{what} written: {name} in {parent}</source>
        <translation>كُتب {what}: {name} في {parent}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>البحث في المستند</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>التطابق السابق (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>التطابق التالي (Enter، F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Select a claim, actor, source, document or highlight to see what it is linked to.</source>
        <translation>اختر ادعاءً أو فاعلًا أو مصدرًا أو مستندًا أو تظليلًا لترى ما يرتبط به.</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>الخطوات:</translation>
    </message>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation>
            <numerusform>إظهار العناصر حتى %Ln رابط</numerusform>
            <numerusform>إظهار العناصر حتى %Ln رابط</numerusform>
            <numerusform>إظهار العناصر حتى %Ln رابطين</numerusform>
            <numerusform>إظهار العناصر حتى %Ln روابط</numerusform>
            <numerusform>إظهار العناصر حتى %Ln رابطًا</numerusform>
            <numerusform>إظهار العناصر حتى %Ln رابط</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>تصغير (Ctrl+العجلة)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>تكبير (Ctrl+العجلة)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit the whole graph in the panel</source>
        <translation>ملاءمة المخطط كله في اللوحة</translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation>
            <numerusform>{kind}: %Ln عنصر مرتبط</numerusform>
            <numerusform>{kind}: %Ln عنصر مرتبط</numerusform>
            <numerusform>{kind}: %Ln عنصران مرتبطان</numerusform>
            <numerusform>{kind}: %Ln عناصر مرتبطة</numerusform>
            <numerusform>{kind}: %Ln عنصرًا مرتبطًا</numerusform>
            <numerusform>{kind}: %Ln عنصر مرتبط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation>
            <numerusform> ضمن %Ln خطوة</numerusform>
            <numerusform> ضمن %Ln خطوة</numerusform>
            <numerusform> ضمن %Ln خطوتين</numerusform>
            <numerusform> ضمن %Ln خطوات</numerusform>
            <numerusform> ضمن %Ln خطوة</numerusform>
            <numerusform> ضمن %Ln خطوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation>
            <numerusform>، و%Ln غير مرسوم (انقر «+N أخرى»)</numerusform>
            <numerusform>، و%Ln غير مرسوم (انقر «+N أخرى»)</numerusform>
            <numerusform>، و%Ln غير مرسومَين (انقر «+N أخرى»)</numerusform>
            <numerusform>، و%Ln غير مرسومة (انقر «+N أخرى»)</numerusform>
            <numerusform>، و%Ln غير مرسوم (انقر «+N أخرى»)</numerusform>
            <numerusform>، و%Ln غير مرسوم (انقر «+N أخرى»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source> (as written: {names})</source>
        <translation> (كما كُتب: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation>
            <numerusform>%Ln عنصر مرتبط آخر: انقر لرسمه</numerusform>
            <numerusform>%Ln عنصر مرتبط آخر: انقر لرسمه</numerusform>
            <numerusform>%Ln عنصران مرتبطان آخران: انقر لرسمهما</numerusform>
            <numerusform>%Ln عناصر مرتبطة أخرى: انقر لرسمها</numerusform>
            <numerusform>%Ln عنصرًا مرتبطًا آخر: انقر لرسمها</numerusform>
            <numerusform>%Ln عنصر مرتبط آخر: انقر لرسمها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Aliases: {aliases}</source>
        <translation>الأسماء البديلة: {aliases}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>الدرجة &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rationale: how the verdict was reached, with the evidence…</source>
        <translation>المسوّغ: كيف توصلت إلى الحكم، مع الأدلة…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>الوصف…</translation>
    </message>
    <message>
        <source>Notes on this source…</source>
        <translation>ملاحظات عن هذا المصدر…</translation>
    </message>
    <message>
        <source>Select a highlight or an object to see its details.</source>
        <translation>اختر تظليلًا أو عنصرًا لترى تفاصيله.</translation>
    </message>
    <message>
        <source>The claim, as you will check it…</source>
        <translation>الادعاء كما ستتحقق منه…</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>صياغة الادعاء</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>حذف التظليل</translation>
    </message>
    <message>
        <source>Link source…</source>
        <translation>ربط مصدر…</translation>
    </message>
    <message>
        <source>Link actor…</source>
        <translation>ربط فاعل…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>ال&amp;حكم:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Note… (saved when you leave the field)</source>
        <translation>ملاحظة… (تُحفظ عند مغادرة الحقل)</translation>
    </message>
    <message>
        <source>Delete {value}</source>
        <translation>حذف {value}</translation>
    </message>
    <message>
        <source>  (as written “{written}”)</source>
        <translation>  (مكتوب «{written}»)</translation>
    </message>
    <message>
        <source> · page {pages}</source>
        <translation> · الصفحة {pages}</translation>
    </message>
    <message>
        <source>anchor {state}</source>
        <translation>التثبيت {state}</translation>
    </message>
</context>
<context>
    <name>KeepTyped</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>تجاهل ما كتبته؟</translation>
    </message>
    <message>
        <source>You typed text in this dialog. Close it and discard the text?</source>
        <translation>كتبت نصًا في مربع الحوار هذا. هل تغلقه وتتجاهل النص؟</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <source>{exc}

Another Sourcemark is editing this project. Open it read-only?</source>
        <translation>{exc}

نسخة أخرى من Sourcemark تحرر هذا المشروع. هل تفتحه للقراءة فقط؟</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}</source>
        <translation>تعذّر فتح {name}: {exc}</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>المشروع تالف</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}

Restore the newest good backup ({backup})? The damaged files are kept as a backup of their own.</source>
        <translation>تعذّر فتح {name}: {exc}

هل تستعيد أحدث نسخة احتياطية سليمة ({backup})؟ تُحفظ الملفات التالفة كنسخة احتياطية مستقلة.</translation>
    </message>
    <message>
        <source>Cannot restore {name}: {exc}</source>
        <translation>تعذّرت استعادة {name}: {exc}</translation>
    </message>
    <message>
        <source>Cannot build the demo project: {exc}</source>
        <translation>تعذّر بناء المشروع التجريبي: {exc}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>مجلد المشروع الجديد</translation>
    </message>
    <message>
        <source>Cannot create the project: {exc}</source>
        <translation>تعذّر إنشاء المشروع: {exc}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a claim</source>
        <translation>ربط بادعاء</translation>
    </message>
    <message>
        <source>Link to an actor</source>
        <translation>ربط بفاعل</translation>
    </message>
    <message>
        <source>Link to a source</source>
        <translation>ربط بمصدر</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>التحديد:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>الادعاء:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>العلاقة:</translation>
    </message>
    <message>
        <source>Verdict (new claim):</source>
        <translation>الحكم (ادعاء جديد):</translation>
    </message>
    <message>
        <source>Kind (new actor):</source>
        <translation>النوع (فاعل جديد):</translation>
    </message>
    <message>
        <source>Name as written is:</source>
        <translation>الاسم كما كُتب:</translation>
    </message>
    <message>
        <source>the usual form</source>
        <translation>الصيغة المعتادة</translation>
    </message>
    <message>
        <source>Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>تصنيف الأميرالية: موثوقية المصدر من A (موثوق تمامًا) إلى F (يتعذر الحكم)، ومصداقية المعلومة من 1 (مؤكدة) إلى 6 (يتعذر الحكم)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>الدرجة:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>عنوان URL:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>الناشر:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>a letter A–F and a digit 1–6, e.g. B2</source>
        <translation>حرف من A إلى F ورقم من 1 إلى 6، مثل B2</translation>
    </message>
    <message>
        <source>Type a name, or pick one from the list.</source>
        <translation>اكتب اسمًا أو اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <source>Links to the existing {value}.</source>
        <translation>يربط بالعنصر الموجود: {value}.</translation>
    </message>
    <message>
        <source>Creates a new {value}.</source>
        <translation>ينشئ عنصرًا جديدًا: {value}.</translation>
    </message>
    <message>
        <source>Links to {name}; written here as “{selected_text}”.</source>
        <translation>يربط بـ {name}؛ مكتوب هنا «{selected_text}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search documents…</source>
        <translation>البحث في المستندات…</translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation>البحث في الادعاءات…</translation>
    </message>
    <message>
        <source>Search actors…</source>
        <translation>البحث في الفاعلين…</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Mark this actor&apos;s unmarked mentions in every document (one undo step)</source>
        <translation>وسم الإشارات غير الموسومة إلى هذا الفاعل في كل المستندات (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge the selected actors</source>
        <translation>دمج الفاعلين المحددين</translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation>البحث في المصادر…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;المشروع</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>الا&amp;دعاءات</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>ال&amp;مفتش</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>ال&amp;فاعلون</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>الم&amp;صادر</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>ال&amp;تعليقات التوضيحية</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>&amp;يتيمة</translation>
    </message>
    <message>
        <source>Evidence &amp;graph</source>
        <translation>مخ&amp;طط الأدلة</translation>
    </message>
    <message>
        <source>Sea&amp;rch project</source>
        <translation>ب&amp;حث في المشروع</translation>
    </message>
    <message>
        <source>{name} (read-only) – Sourcemark</source>
        <translation>{name} (للقراءة فقط) – Sourcemark</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln مستند</numerusform>
            <numerusform>%Ln مستند</numerusform>
            <numerusform>%Ln مستندان</numerusform>
            <numerusform>%Ln مستندات</numerusform>
            <numerusform>%Ln مستندًا</numerusform>
            <numerusform>%Ln مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln تظليل</numerusform>
            <numerusform>%Ln تظليل</numerusform>
            <numerusform>%Ln تظليلان</numerusform>
            <numerusform>%Ln تظليلات</numerusform>
            <numerusform>%Ln تظليلًا</numerusform>
            <numerusform>%Ln تظليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>%Ln ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln فاعل</numerusform>
            <numerusform>%Ln فاعل</numerusform>
            <numerusform>%Ln فاعلان</numerusform>
            <numerusform>%Ln فاعلين</numerusform>
            <numerusform>%Ln فاعلًا</numerusform>
            <numerusform>%Ln فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln مصدر</numerusform>
            <numerusform>%Ln مصدر</numerusform>
            <numerusform>%Ln مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدرًا</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source> · saved in {folder}</source>
        <translation> · محفوظ في {folder}</translation>
    </message>
    <message>
        <source>Cancelling the sync; close the window again once it has stopped</source>
        <translation>جارٍ إلغاء المزامنة؛ أغلق النافذة مرة أخرى بعد توقفها</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>التعرف على النص (OCR)</translation>
    </message>
    <message>
        <source>A web capture</source>
        <translation>التقاط ويب</translation>
    </message>
    <message>
        <source>Close Sourcemark?</source>
        <translation>إغلاق Sourcemark؟</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it and close the window? Nothing of it is added to the project.</source>
        <translation>{what} ما زال قيد التشغيل. هل توقفه وتغلق النافذة؟ لن يُضاف شيء منه إلى المشروع.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Keep this project&apos;s (A)</source>
        <translation>الإبقاء على ما في هذا المشروع (A)</translation>
    </message>
    <message>
        <source>Take the other&apos;s (B)</source>
        <translation>أخذ ما لدى الآخر (B)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Merge project “{other_name}”</source>
        <translation>دمج المشروع «{other_name}»</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>This project (A)</source>
        <translation>هذا المشروع (A)</translation>
    </message>
    <message>
        <source>{other} (B)</source>
        <translation>{other} (B)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <source>Keep for {kind} {title}</source>
        <translation>الإبقاء لـ {kind} {title}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>an unknown analyst</source>
        <translation>محلل مجهول</translation>
    </message>
    <message>
        <source>From {project}, by {analysts}:</source>
        <translation>من {project}، بواسطة {analysts}:</translation>
    </message>
    <message>
        <source>  {kind}: {added} new, {updated} changed, {removed} removed</source>
        <translation>  {kind}: {added} جديد، {updated} معدّل، {removed} محذوف</translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation>  لا جديد</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln object(s) you deleted stay deleted</source>
        <translation>
            <numerusform>  %Ln عنصر حذفته يبقى محذوفًا</numerusform>
            <numerusform>  %Ln عنصر حذفته يبقى محذوفًا</numerusform>
            <numerusform>  %Ln عنصران حذفتهما يبقيان محذوفين</numerusform>
            <numerusform>  %Ln عناصر حذفتها تبقى محذوفة</numerusform>
            <numerusform>  %Ln عنصرًا حذفته يبقى محذوفًا</numerusform>
            <numerusform>  %Ln عنصر حذفته يبقى محذوفًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation>
            <numerusform>%Ln تعارض: غيّر المحللان كلاهما هذا؛ اختر النسخة التي تبقيها.</numerusform>
            <numerusform>%Ln تعارض: غيّر المحللان كلاهما هذا؛ اختر النسخة التي تبقيها.</numerusform>
            <numerusform>%Ln تعارضان: غيّر المحللان كلاهما هذه؛ اختر النسخة التي تبقيها.</numerusform>
            <numerusform>%Ln تعارضات: غيّر المحللان كلاهما هذه؛ اختر النسخة التي تبقيها.</numerusform>
            <numerusform>%Ln تعارضًا: غيّر المحللان كلاهما هذه؛ اختر النسخة التي تبقيها.</numerusform>
            <numerusform>%Ln تعارض: غيّر المحللان كلاهما هذه؛ اختر النسخة التي تبقيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>لا تعارضات.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>المسوّغ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>url</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>as_written</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>عُدّل</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>OCR is already running.</source>
        <translation>التعرف الضوئي (OCR) قيد التشغيل بالفعل.</translation>
    </message>
    <message>
        <source>Open an image or a scanned PDF first.</source>
        <translation>افتح صورة أو ملف PDF ممسوحًا أولًا.</translation>
    </message>
    <message>
        <source>OCR cannot start: {exc}</source>
        <translation>تعذّر بدء التعرف الضوئي: {exc}</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Recognising the text of “{title}” ({lang})…</source>
        <translation>جارٍ التعرف على نص «{title}» ({lang})…</translation>
    </message>
    <message>
        <source>Recognising page {page} of {total}…</source>
        <translation>جارٍ التعرف على الصفحة {page} من {total}…</translation>
    </message>
    <message>
        <source>OCR cancelled; nothing was changed.</source>
        <translation>أُلغي التعرف الضوئي؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>OCR failed: {message}</source>
        <translation>فشل التعرف الضوئي: {message}</translation>
    </message>
    <message>
        <source>OCR could not be saved: {exc}</source>
        <translation>تعذّر حفظ نتيجة التعرف الضوئي: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>التعرف الضوئي ({lang}): %n كلمة في {title}؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): كلمة واحدة (%n) في {title}؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): كلمتان (%n) في {title}؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): %n كلمات في {title}؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): %n كلمة في {title}؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): %n كلمة في {title}؛ التظليلات: {summary}.{findings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>التعرف الضوئي ({lang}): %n كلمة معروفة؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): كلمة واحدة (%n) معروفة؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): كلمتان (%n) معروفتان؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): %n كلمات معروفة؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): %n كلمة معروفة؛ التظليلات: {summary}.{findings}</numerusform>
            <numerusform>التعرف الضوئي ({lang}): %n كلمة معروفة؛ التظليلات: {summary}.{findings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>Select the new place of an orphan in the document, then re-attach it.</source>
        <translation>حدّد الموضع الجديد للتظليل اليتيم في المستند، ثم أعد تثبيته.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>التظليلات اليتيمة</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>إعادة التثبيت على التحديد</translation>
    </message>
    <message>
        <source>Pick an orphan in the list first.</source>
        <translation>اختر تظليلًا يتيمًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Select the new place of the highlight in the document first.</source>
        <translation>حدّد الموضع الجديد للتظليل في المستند أولًا.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>Page number</source>
        <translation>رقم الصفحة</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>من 0</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>من {count}</translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Choose pages to add</source>
        <translation>اختر الصفحات المراد إضافتها</translation>
    </message>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation>
            <numerusform>يحوي {file_name} %n صفحة ويب مؤرشفة. تصبح كل صفحة تؤشّر عليها مستندًا؛ ولا يُجلب منها شيء.</numerusform>
            <numerusform>يحوي {file_name} %n صفحة ويب مؤرشفة. تصبح كل صفحة تؤشّر عليها مستندًا؛ ولا يُجلب منها شيء.</numerusform>
            <numerusform>يحوي {file_name} %n صفحتَي ويب مؤرشفتين. تصبح كل صفحة تؤشّر عليها مستندًا؛ ولا يُجلب منها شيء.</numerusform>
            <numerusform>يحوي {file_name} %n صفحات ويب مؤرشفة. تصبح كل صفحة تؤشّر عليها مستندًا؛ ولا يُجلب منها شيء.</numerusform>
            <numerusform>يحوي {file_name} %n صفحة ويب مؤرشفة. تصبح كل صفحة تؤشّر عليها مستندًا؛ ولا يُجلب منها شيء.</numerusform>
            <numerusform>يحوي {file_name} %n صفحة ويب مؤرشفة. تصبح كل صفحة تؤشّر عليها مستندًا؛ ولا يُجلب منها شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived pages</source>
        <translation>الصفحات المؤرشفة</translation>
    </message>
    <message>
        <source>(cannot be read: {problem})</source>
        <translation>(تتعذر قراءتها: {problem})</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>↳ {title} (frame of {page})</source>
        <translation>↳ {title} (إطار من {page})</translation>
    </message>
    <message>
        <source>Add chosen pages</source>
        <translation>إضافة الصفحات المختارة</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تأشير الكل</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>إلغاء تأشير الكل</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Text of page %1 of %2</source>
        <translation>نص الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>نص الصفحة</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>صفحات المستند</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Actions on the selected rows</source>
        <translation>إجراءات على الصفوف المحددة</translation>
    </message>
    <message>
        <source>Show linked &amp;highlights</source>
        <translation>إظهار التظليلات المرتب&amp;طة</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>ح&amp;ذف…</translation>
    </message>
    <message>
        <source>Delete the selected rows and what hangs on them (Undo brings them back)</source>
        <translation>يحذف الصفوف المحددة وما يتعلق بها (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>نسخ المع&amp;رّف</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation>المستندات (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;التقاطات الويب (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;الصور (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>إضافة مستندات</translation>
    </message>
    <message>
        <source>No text layer (a scan?) in {names}: the pages can be viewed, and their text quoted once it is recognised (OCR).</source>
        <translation>لا طبقة نصية (مسح ضوئي؟) في {names}: يمكن عرض الصفحات، واقتباس نصها بعد التعرف عليه (OCR).</translation>
    </message>
    <message>
        <source>The text of those pages can be quoted once it is recognised (OCR).</source>
        <translation>يمكن اقتباس نص تلك الصفحات بعد التعرف عليه (OCR).</translation>
    </message>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation>
            <numerusform>أُضيف {added} من %n ملف.</numerusform>
            <numerusform>أُضيف {added} من %n ملف.</numerusform>
            <numerusform>أُضيف {added} من %n ملفين.</numerusform>
            <numerusform>أُضيف {added} من %n ملفات.</numerusform>
            <numerusform>أُضيف {added} من %n ملفًا.</numerusform>
            <numerusform>أُضيف {added} من %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>أُضيفت المستندات</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>التعرف على ال&amp;نص (OCR)</translation>
    </message>
    <message>
        <source> of the first</source>
        <translation> للأول</translation>
    </message>
    <message>
        <source>Could not add {name}: {exc}</source>
        <translation>تعذّرت إضافة {name}: {exc}</translation>
    </message>
    <message>
        <source>Could not open {name}: wrong password.</source>
        <translation>تعذّر فتح {name}: كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>That password did not work. </source>
        <translation>لم تنجح كلمة المرور تلك. </translation>
    </message>
    <message>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} مشفّر. كلمة المرور:</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>كلمة المرور مطلوبة</translation>
    </message>
    <message>
        <source>Open the document to replace first.</source>
        <translation>افتح المستند المراد استبداله أولًا.</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>الاستبدال بنسخة جديدة</translation>
    </message>
    <message>
        <source>Could not replace the document with {name}: {exc}</source>
        <translation>تعذّر استبدال المستند بـ {name}: {exc}</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>فشل التصدير: {exc}</translation>
    </message>
    <message>
        <source>Open the PDF whose highlights you want to export first.</source>
        <translation>افتح ملف PDF الذي تريد تصدير تظليلاته أولًا.</translation>
    </message>
    <message>
        <source>Export PDF with highlights</source>
        <translation>تصدير PDF مع التظليلات</translation>
    </message>
    <message>
        <source>PDF with highlights ({note})</source>
        <translation>PDF مع التظليلات ({note})</translation>
    </message>
    <message>
        <source>PDF with highlights</source>
        <translation>PDF مع التظليلات</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>تعذّر بناء التقرير: {exc}</translation>
    </message>
    <message>
        <source>Could not save the report: {exc}</source>
        <translation>تعذّر حفظ التقرير: {exc}</translation>
    </message>
    <message>
        <source>Report ({format})</source>
        <translation>التقرير ({format})</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>افتح مستندًا أولًا.</translation>
    </message>
    <message>
        <source>Could not save the details: {exc}</source>
        <translation>تعذّر حفظ التفاصيل: {exc}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>استيراد تعليقات توضيحية</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation>ملفات التعليقات التوضيحية (*.json *.jsonld);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import failed: {exc}</source>
        <translation>فشل الاستيراد: {exc}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <source>Capture (as the archive states it)</source>
        <translation>الالتقاط (كما يذكره الأرشيف)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>السجل {record}</translation>
    </message>
    <message>
        <source>Captured URL</source>
        <translation>عنوان URL الملتقط</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <source>Time taken from</source>
        <translation>الوقت مأخوذ من</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>بصمة الأرشيف</translation>
    </message>
    <message>
        <source>Digest check</source>
        <translation>فحص البصمة</translation>
    </message>
    <message>
        <source>Page SHA-256</source>
        <translation>SHA-256 للصفحة</translation>
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
        <translation>حذف وإزالة نهائية…</translation>
    </message>
    <message>
        <source>The list of objects to purge could not be saved: {exc}</source>
        <translation>تعذّر حفظ قائمة العناصر المراد إزالتها نهائيًا: {exc}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>وعناصر أخرى: %Ln</numerusform>
            <numerusform>وعناصر أخرى: %Ln</numerusform>
            <numerusform>وعناصر أخرى: %Ln</numerusform>
            <numerusform>وعناصر أخرى: %Ln</numerusform>
            <numerusform>وعناصر أخرى: %Ln</numerusform>
            <numerusform>وعناصر أخرى: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here, and purge from the team&apos;s server at the next sync:</source>
        <translation>الحذف هنا، والإزالة النهائية من خادم الفريق عند المزامنة التالية:</translation>
    </message>
    <message>
        <source>With it go the links and highlights that hang on it:</source>
        <translation>ومعه تذهب الروابط والتظليلات المعلّقة به:</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>الخادم: {url}</translation>
    </message>
    <message>
        <source>The next sync removes every revision of them from the server, where the server allows it (CouchDB&apos;s _purge, which CouchDB allows database admins only). A server without _purge keeps their earlier revisions until an admin compacts the database, and their ids for good; the sync then says so.</source>
        <translation>تزيل المزامنة التالية كل مراجعاتها من الخادم حيث يسمح الخادم بذلك (_purge في CouchDB، ولا يسمح به CouchDB إلا لمسؤولي قاعدة البيانات). والخادم الذي لا يدعم _purge يحتفظ بمراجعاتها السابقة إلى أن يضغط مسؤولٌ قاعدة البيانات، وبمعرّفاتها إلى الأبد؛ وعندها تذكر المزامنة ذلك.</translation>
    </message>
    <message>
        <source>Only the server forgets them: each project that had them, this one included, keeps them in its audit log.</source>
        <translation>الخادم وحده ينساها: كل مشروع كانت فيه، ومنها هذا المشروع، يحتفظ بها في سجل التدقيق الخاص به.</translation>
    </message>
    <message>
        <source>Undo brings them back here and cancels the purge, if the next sync has not run yet; after it, they go up to the server again.</source>
        <translation>التراجع يعيدها هنا ويلغي الإزالة النهائية إن لم تجرِ المزامنة التالية بعد؛ وبعدها تُرفع إلى الخادم من جديد.</translation>
    </message>
    <message>
        <source>Delete and purge from the server</source>
        <translation>الحذف والإزالة النهائية من الخادم</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Delete and purge</source>
        <translation>حذف وإزالة نهائية</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first.</source>
        <translation>حدّد نصًا في المستند أولًا (أو ارسم مستطيلًا على صورة).</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first.</source>
        <translation>اختر فاعلًا في لوحة الفاعلين أولًا.</translation>
    </message>
    <message>
        <source>Find all mentions</source>
        <translation>إيجاد كل الإشارات</translation>
    </message>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation>
            <numerusform>لا إشارات غير موسومة إلى {name} في %n مستند من هذا المشروع.</numerusform>
            <numerusform>لا إشارات غير موسومة إلى {name} في %n مستند من هذا المشروع.</numerusform>
            <numerusform>لا إشارات غير موسومة إلى {name} في مستندَي هذا المشروع (%n).</numerusform>
            <numerusform>لا إشارات غير موسومة إلى {name} في %n مستندات من هذا المشروع.</numerusform>
            <numerusform>لا إشارات غير موسومة إلى {name} في %n مستندًا من هذا المشروع.</numerusform>
            <numerusform>لا إشارات غير موسومة إلى {name} في %n مستند من هذا المشروع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation>
            <numerusform>وُسمت %n إشارة جديدة إلى {name}</numerusform>
            <numerusform>وُسمت %n إشارة جديدة إلى {name}</numerusform>
            <numerusform>وُسمت %n إشارتان جديدتان إلى {name}</numerusform>
            <numerusform>وُسمت %n إشارات جديدة إلى {name}</numerusform>
            <numerusform>وُسمت %n إشارة جديدة إلى {name}</numerusform>
            <numerusform>وُسمت %n إشارة جديدة إلى {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation>
            <numerusform> في %n مستند:

{touched}

التراجع يزيلها كلها.</numerusform>
            <numerusform> في %n مستند:

{touched}

التراجع يزيلها كلها.</numerusform>
            <numerusform> في %n مستندين:

{touched}

التراجع يزيلها كلها.</numerusform>
            <numerusform> في %n مستندات:

{touched}

التراجع يزيلها كلها.</numerusform>
            <numerusform> في %n مستندًا:

{touched}

التراجع يزيلها كلها.</numerusform>
            <numerusform> في %n مستند:

{touched}

التراجع يزيلها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible misspellings</source>
        <translation>أخطاء إملائية محتملة</translation>
    </message>
    <message>
        <source>These look like misspellings of {name}:

{listed}

Mark them as mentions too (reason: misspelling)?</source>
        <translation>تبدو هذه أخطاء إملائية في {name}:

{listed}

هل توسم أيضًا كإشارات (السبب: خطأ إملائي)؟</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them.</source>
        <translation>حدّد فاعلَين أو أكثر في لوحة الفاعلين (Ctrl+نقرة) لدمجهم.</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>دمج الفاعلين</translation>
    </message>
    <message>
        <source>Keep this actor (the others become its aliases):</source>
        <translation>الإبقاء على هذا الفاعل (يصبح الآخرون أسماءه البديلة):</translation>
    </message>
</context>
<context>
    <name>ReanchorBar</name>
    <message>
        <source>Show orphans</source>
        <translation>إظهار اليتيمة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>“{short}” was replaced by a new version. Highlights re-anchored: {parts}.</source>
        <translation>استُبدل «{short}» بنسخة جديدة. التظليلات المعاد تثبيتها: {parts}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>orphan: not found in the current version</source>
        <translation>يتيم: غير موجود في النسخة الحالية</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>The highlighted region of {title}</source>
        <translation>المنطقة المظللة من {title}</translation>
    </message>
    <message>
        <source>({index} of {count})</source>
        <translation>({index} من {count})</translation>
    </message>
    <message>
        <source>Verification report – {project}</source>
        <translation>تقرير التحقق – {project}</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>تقرير التحقق</translation>
    </message>
    <message>
        <source>Verification report – {project} · generated {when}</source>
        <translation>تقرير التحقق – {project} · أُنشئ {when}</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>الصفحة {number} من {count}</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>{when} by {generator}</source>
        <translation>{when} بواسطة {generator}</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>المحللون</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message numerus="yes">
        <source>%n selected claims</source>
        <translation>
            <numerusform>%n ادعاء محدد</numerusform>
            <numerusform>%n ادعاء محدد</numerusform>
            <numerusform>%n ادعاءان محددان</numerusform>
            <numerusform>%n ادعاءات محددة</numerusform>
            <numerusform>%n ادعاءً محددًا</numerusform>
            <numerusform>%n ادعاء محدد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n claims of the project</source>
        <translation>
            <numerusform>كل ادعاءات المشروع (%n)</numerusform>
            <numerusform>كل ادعاءات المشروع (%n)</numerusform>
            <numerusform>كل ادعاءات المشروع (%n)</numerusform>
            <numerusform>كل ادعاءات المشروع (%n)</numerusform>
            <numerusform>كل ادعاءات المشروع (%n)</numerusform>
            <numerusform>كل ادعاءات المشروع (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n مصدر</numerusform>
            <numerusform>%n مصدر</numerusform>
            <numerusform>%n مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n فاعل</numerusform>
            <numerusform>%n فاعل</numerusform>
            <numerusform>%n فاعلان</numerusform>
            <numerusform>%n فاعلين</numerusform>
            <numerusform>%n فاعلًا</numerusform>
            <numerusform>%n فاعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n مستند</numerusform>
            <numerusform>%n مستند</numerusform>
            <numerusform>%n مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n اقتباس</numerusform>
            <numerusform>%n اقتباس</numerusform>
            <numerusform>%n اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source links</source>
        <translation>
            <numerusform>%n رابط مصدر</numerusform>
            <numerusform>%n رابط مصدر</numerusform>
            <numerusform>%n رابطا مصدر</numerusform>
            <numerusform>%n روابط مصادر</numerusform>
            <numerusform>%n رابطًا لمصادر</numerusform>
            <numerusform>%n رابط مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>The project holds no claims yet.</source>
        <translation>لا ادعاءات في المشروع بعد.</translation>
    </message>
    <message>
        <source>Claim {number}:</source>
        <translation>الادعاء {number}:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>الحكم:</translation>
    </message>
    <message>
        <source>analyst:</source>
        <translation>المحلل:</translation>
    </message>
    <message>
        <source>Rationale.</source>
        <translation>المسوّغ.</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>لم يُسجَّل مسوّغ.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>صادر عن:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>بشأن:</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>ورد في</translation>
    </message>
    <message>
        <source>No highlighted passage states this claim.</source>
        <translation>لا يذكر أي مقطع مظلل هذا الادعاء.</translation>
    </message>
    <message>
        <source>No source is linked to this claim.</source>
        <translation>لا مصدر مرتبط بهذا الادعاء.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>نُشر في {date}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>اطُّلع عليه في {date}</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>عنوان URL:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>مؤرشف:</translation>
    </message>
    <message>
        <source>Copy in the project:</source>
        <translation>نسخة في المشروع:</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>لا مصادر.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>يُعرف أيضًا باسم:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>كما كُتب:</translation>
    </message>
    <message>
        <source>No actors.</source>
        <translation>لا فاعلين.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>التظليلات اليتيمة</translation>
    </message>
    <message>
        <source>These highlights were not found in the current version of their document. They are kept with the words as highlighted.</source>
        <translation>لم يُعثر على هذه التظليلات في النسخة الحالية من مستندها. وهي محفوظة بالكلمات كما ظُلّلت.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>Analysts highlighted passages of the documents listed in the appendix, linked each passage to the claims it states, the actors it names (keeping each name as written) and the sources that support, contradict or give context to it, and reached a verdict for each claim. Every change was recorded in the project&apos;s hash-chained audit log.</source>
        <translation>ظلّل المحللون مقاطع من المستندات المذكورة في الملحق، وربطوا كل مقطع بالادعاءات التي يذكرها والفاعلين الذين يسمّيهم (مع الإبقاء على كل اسم كما كُتب) والمصادر التي تدعمه أو تناقضه أو تعطيه سياقًا، وأصدروا حكمًا على كل ادعاء. سُجّل كل تغيير في سجل تدقيق المشروع المتسلسل بالبصمات.</translation>
    </message>
    <message>
        <source>Analysts: {analysts}. Tool: {tool}; the text of each document was extracted by the tool named in the appendix, and every highlight&apos;s position counts in that text.</source>
        <translation>المحللون: {analysts}. الأداة: {tool}؛ استُخرج نص كل مستند بالأداة المذكورة في الملحق، ويُحسب موضع كل تظليل في ذلك النص.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>Source grades (Admiralty system)</source>
        <translation>درجات المصادر (نظام الأميرالية)</translation>
    </message>
    <message>
        <source>A grade joins the reliability of the source (a letter) and the credibility of the information (a digit), e.g. B2.</source>
        <translation>تجمع الدرجة بين موثوقية المصدر (حرف) ومصداقية المعلومة (رقم)، مثل B2.</translation>
    </message>
    <message>
        <source>Anchoring of highlights</source>
        <translation>تثبيت التظليلات</translation>
    </message>
    <message>
        <source>Page numbers count from 1. Images show the highlighted region of the PDF page as it is stored in the project.</source>
        <translation>تُرقَّم الصفحات بدءًا من 1. تُظهر الصور المنطقة المظللة من صفحة PDF كما هي محفوظة في المشروع.</translation>
    </message>
    <message>
        <source>Appendix: documents examined</source>
        <translation>الملحق: المستندات المفحوصة</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>imported {date}</source>
        <translation>استُورد في {date}</translation>
    </message>
    <message>
        <source>text by {tool}</source>
        <translation>النص مستخرج بـ {tool}</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>الالتقاط:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 للملف:</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text:</source>
        <translation>SHA-256 للنص القانوني:</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>لا مستندات.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>لم يُقيَّم بعد.</translation>
    </message>
    <message>
        <source>Accurate; nothing significant is missing.</source>
        <translation>دقيق؛ لا ينقصه شيء مهم.</translation>
    </message>
    <message>
        <source>Accurate, but needs clarification or additional information.</source>
        <translation>دقيق، لكنه يحتاج إلى توضيح أو معلومات إضافية.</translation>
    </message>
    <message>
        <source>Holds both accurate and inaccurate elements.</source>
        <translation>يجمع عناصر دقيقة وأخرى غير دقيقة.</translation>
    </message>
    <message>
        <source>Holds an element of truth but ignores facts that would change the impression.</source>
        <translation>فيه شيء من الحقيقة لكنه يتجاهل وقائع كانت ستغيّر الانطباع.</translation>
    </message>
    <message>
        <source>Not accurate.</source>
        <translation>غير دقيق.</translation>
    </message>
    <message>
        <source>Accurate elements put together to give a false impression.</source>
        <translation>عناصر دقيقة جُمعت لتعطي انطباعًا خاطئًا.</translation>
    </message>
    <message>
        <source>The evidence available cannot confirm or refute it.</source>
        <translation>الأدلة المتاحة لا تؤكده ولا تدحضه.</translation>
    </message>
    <message>
        <source>found at the position where it was highlighted</source>
        <translation>وُجد في الموضع الذي ظُلّل فيه</translation>
    </message>
    <message>
        <source>the same words found at another position of a new version of the document</source>
        <translation>الكلمات نفسها وُجدت في موضع آخر من نسخة جديدة من المستند</translation>
    </message>
    <message>
        <source>an approximate match of the words in a new version (the score says how close)</source>
        <translation>تطابق تقريبي للكلمات في نسخة جديدة (تبيّن الدرجة مدى القرب)</translation>
    </message>
    <message>
        <source>not found in the current version of the document; the quote is shown as it was highlighted</source>
        <translation>غير موجود في النسخة الحالية من المستند؛ يُعرض الاقتباس كما ظُلّل</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
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
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export verification report</source>
        <translation>تصدير تقرير التحقق</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>الادعاءات:</translation>
    </message>
    <message>
        <source>All claims ({count})</source>
        <translation>كل الادعاءات ({count})</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>الحفظ بصيغة:</translation>
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
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>تعذّر بناء التقرير: {exc}</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>حفظ تقرير التحقق</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Words as written; case, accents and dashes ignored</source>
        <translation>الكلمات كما كُتبت؛ مع تجاهل حالة الأحرف والتشكيل والشرطات</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>A Python regular expression, e.g. \b\d{1,3}(,\d{3})+ troops</source>
        <translation>تعبير نمطي بلغة Python، مثل \b\d{1,3}(,\d{3})+ troops</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>An actor&apos;s name or alias: finds every name, alias and confirmed misspelling</source>
        <translation>اسم فاعل أو اسمه البديل: يجد كل اسم واسم بديل وخطأ إملائي مؤكد</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>البحث في كل المستندات…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>البحث في كل المستندات</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>البحث عن</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the search; the results found so far stay listed</source>
        <translation>إيقاف البحث؛ تبقى النتائج التي وُجدت حتى الآن في القائمة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (متوقف)</translation>
    </message>
    <message>
        <source>Searching… {count} so far</source>
        <translation>جارٍ البحث… {count} حتى الآن</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>لا تطابقات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln تطابق</numerusform>
            <numerusform>%Ln تطابق</numerusform>
            <numerusform>%Ln تطابقان</numerusform>
            <numerusform>%Ln تطابقات</numerusform>
            <numerusform>%Ln تطابقًا</numerusform>
            <numerusform>%Ln تطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> في %Ln مستند</numerusform>
            <numerusform> في %Ln مستند</numerusform>
            <numerusform> في %Ln مستندين</numerusform>
            <numerusform> في %Ln مستندات</numerusform>
            <numerusform> في %Ln مستندًا</numerusform>
            <numerusform> في %Ln مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation>
            <numerusform> (أول %Ln؛ ضيّق البحث)</numerusform>
            <numerusform> (أول %Ln؛ ضيّق البحث)</numerusform>
            <numerusform> (أول %Ln؛ ضيّق البحث)</numerusform>
            <numerusform> (أول %Ln؛ ضيّق البحث)</numerusform>
            <numerusform> (أول %Ln؛ ضيّق البحث)</numerusform>
            <numerusform> (أول %Ln؛ ضيّق البحث)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Name recorded on your highlights and in the audit log</source>
        <translation>الاسم المسجّل على تظليلاتك وفي سجل التدقيق</translation>
    </message>
    <message>
        <source>Analyst name:</source>
        <translation>اسم المحلل:</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1</source>
        <translation>حزم لغات Tesseract موصولة بـ +، مثل eng+rus+kor. المثبّتة: %1</translation>
    </message>
    <message>
        <source>none found (install tesseract-ocr)</source>
        <translation>لم يُعثر على شيء (ثبّت tesseract-ocr)</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>لغات التعرف الضوئي:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>كالنظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>المظهر:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>The language changes when Sourcemark is next started.</source>
        <translation>تتغير اللغة عند تشغيل Sourcemark في المرة القادمة.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>off (File &gt; Sync now)</source>
        <translation>متوقفة (ملف &gt; مزامنة الآن)</translation>
    </message>
    <message>
        <source>Sync the open project with the team&apos;s server every N minutes (0: off)</source>
        <translation>مزامنة المشروع المفتوح مع خادم الفريق كل N دقيقة (0: متوقفة)</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>المزامنة كل:</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>الألوان الافتراضية</translation>
    </message>
    <message>
        <source>Claim colour:</source>
        <translation>لون الادعاءات:</translation>
    </message>
    <message>
        <source>Actor colour:</source>
        <translation>لون الفاعلين:</translation>
    </message>
    <message>
        <source>Source colour:</source>
        <translation>لون المصادر:</translation>
    </message>
    <message>
        <source>Highlight colour:</source>
        <translation>لون التظليلات:</translation>
    </message>
    <message>
        <source>Question colour:</source>
        <translation>لون الأسئلة:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous pane (the reader and each panel on screen)</source>
        <translation>الجزء التالي / السابق (القارئ وكل لوحة على الشاشة)</translation>
    </message>
    <message>
        <source>Next / previous field within a pane; leaving a text field saves it</source>
        <translation>الحقل التالي / السابق داخل الجزء؛ مغادرة حقل نصي تحفظه</translation>
    </message>
    <message>
        <source>Save the inspector field being typed in, and stay in it</source>
        <translation>حفظ حقل المفتش الجاري الكتابة فيه والبقاء فيه</translation>
    </message>
    <message>
        <source>Edit the verdict in the Claims table</source>
        <translation>تحرير الحكم في جدول الادعاءات</translation>
    </message>
    <message>
        <source>Close the Find bar or a dialog (a dialog with typed text asks first)</source>
        <translation>إغلاق شريط البحث أو مربع حوار (مربع الحوار الذي فيه نص مكتوب يسأل أولًا)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>ما تفعله</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>يستشهد به</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln تظليل</numerusform>
            <numerusform>%Ln تظليل</numerusform>
            <numerusform>%Ln تظليلان</numerusform>
            <numerusform>%Ln تظليلات</numerusform>
            <numerusform>%Ln تظليلًا</numerusform>
            <numerusform>%Ln تظليل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>%Ln ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync: {exc}</source>
        <translation>المزامنة: {exc}</translation>
    </message>
    <message>
        <source> (end-to-end encrypted)</source>
        <translation> (مشفّرة من طرف إلى طرف)</translation>
    </message>
    <message>
        <source>File &gt; Sync now to sync with the team&apos;s server</source>
        <translation>ملف &gt; مزامنة الآن للمزامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>Sync failed: {exc}</source>
        <translation>فشلت المزامنة: {exc}</translation>
    </message>
    <message>
        <source>Could not sync: {outcome}</source>
        <translation>تعذّرت المزامنة: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) left</source>
        <translation>
            <numerusform>؛ بقي %Ln تعارض</numerusform>
            <numerusform>؛ بقي %Ln تعارض</numerusform>
            <numerusform>؛ بقي %Ln تعارضان</numerusform>
            <numerusform>؛ بقيت %Ln تعارضات</numerusform>
            <numerusform>؛ بقي %Ln تعارضًا</numerusform>
            <numerusform>؛ بقي %Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>; not purged: {note}</source>
        <translation>؛ لم يُحذف نهائيًا: {note}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} من {total})</translation>
    </message>
    <message>
        <source>Syncing: {phase}{counts}</source>
        <translation>جارٍ المزامنة: {phase}{counts}</translation>
    </message>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation>المزامنة: البت في التعارضات</translation>
    </message>
    <message>
        <source>Sync with this server?</source>
        <translation>هل تزامن مع هذا الخادم؟</translation>
    </message>
    <message>
        <source>This project names a sync server you have not confirmed on this computer:

{url}

Syncing sends the project, and the sync credentials set on this computer, to it. Sync with it?</source>
        <translation>يذكر هذا المشروع خادم مزامنة لم تؤكده على هذا الحاسوب:

{url}

ترسل المزامنة إليه المشروع وبيانات اعتماد المزامنة المضبوطة على هذا الحاسوب. هل تزامن معه؟</translation>
    </message>
    <message>
        <source> from {analysts}</source>
        <translation> من {analysts}</translation>
    </message>
    <message>
        <source>Synced with {url}: nothing else came in{by}.</source>
        <translation>تمت المزامنة مع {url}: لم يصل شيء آخر{by}.</translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation>
            <numerusform>تمت المزامنة مع {url}: وصل %Ln تغيير{by} وهو موجود في هذا المشروع.</numerusform>
            <numerusform>تمت المزامنة مع {url}: وصل %Ln تغيير{by} وهو موجود في هذا المشروع.</numerusform>
            <numerusform>تمت المزامنة مع {url}: وصل %Ln تغييران{by} وهما موجودان في هذا المشروع.</numerusform>
            <numerusform>تمت المزامنة مع {url}: وصلت %Ln تغييرات{by} وهي موجودة في هذا المشروع.</numerusform>
            <numerusform>تمت المزامنة مع {url}: وصل %Ln تغييرًا{by} وهي موجودة في هذا المشروع.</numerusform>
            <numerusform>تمت المزامنة مع {url}: وصل %Ln تغيير{by} وهي موجودة في هذا المشروع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>غير متزامن</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>تمت المزامنة {when}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln تغيير منتظر</numerusform>
            <numerusform>%Ln تغيير منتظر</numerusform>
            <numerusform>%Ln تغييران منتظران</numerusform>
            <numerusform>%Ln تغييرات منتظرة</numerusform>
            <numerusform>%Ln تغييرًا منتظرًا</numerusform>
            <numerusform>%Ln تغيير منتظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>%Ln تعارض</numerusform>
            <numerusform>%Ln تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to purge from the server</source>
        <translation>
            <numerusform>%Ln للإزالة النهائية من الخادم</numerusform>
            <numerusform>%Ln للإزالة النهائية من الخادم</numerusform>
            <numerusform>%Ln للإزالة النهائية من الخادم</numerusform>
            <numerusform>%Ln للإزالة النهائية من الخادم</numerusform>
            <numerusform>%Ln للإزالة النهائية من الخادم</numerusform>
            <numerusform>%Ln للإزالة النهائية من الخادم</numerusform>
        </translation>
    </message>
    <message>
        <source>server not confirmed: File &gt; Sync now</source>
        <translation>الخادم غير مؤكد: ملف &gt; مزامنة الآن</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln purged from the server</source>
        <translation>
            <numerusform>؛ أُزيل نهائيًا من الخادم: %Ln</numerusform>
            <numerusform>؛ أُزيل نهائيًا من الخادم: %Ln</numerusform>
            <numerusform>؛ أُزيل نهائيًا من الخادم: %Ln</numerusform>
            <numerusform>؛ أُزيل نهائيًا من الخادم: %Ln</numerusform>
            <numerusform>؛ أُزيل نهائيًا من الخادم: %Ln</numerusform>
            <numerusform>؛ أُزيل نهائيًا من الخادم: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not support _purge: earlier revisions stay there until an admin compacts the database</source>
        <translation>الخادم لا يدعم _purge: تبقى المراجعات السابقة عليه إلى أن يضغط مسؤولٌ قاعدة البيانات</translation>
    </message>
    <message>
        <source>the server refused _purge (CouchDB allows it to database admins only): earlier revisions stay there until an admin purges or compacts the database</source>
        <translation>رفض الخادم _purge (لا يسمح به CouchDB إلا لمسؤولي قاعدة البيانات): تبقى المراجعات السابقة عليه إلى أن يزيلها مسؤولٌ نهائيًا أو يضغط قاعدة البيانات</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>جارٍ فحص الخادم</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>جارٍ استلام التغييرات</translation>
    </message>
    <message>
        <source>Comparing what came in</source>
        <translation>جارٍ مقارنة ما وصل</translation>
    </message>
    <message>
        <source>Fetching files</source>
        <translation>جارٍ جلب الملفات</translation>
    </message>
    <message>
        <source>Comparing with the last sync</source>
        <translation>جارٍ المقارنة بآخر مزامنة</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>جارٍ إرسال الملفات</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>جارٍ إرسال التغييرات</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Sync with the team&apos;s server</source>
        <translation>المزامنة مع خادم الفريق</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>عنوان URL لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Encrypt end to end (the server stores only ciphertext)</source>
        <translation>التشفير من طرف إلى طرف (لا يخزن الخادم إلا نصًا مشفّرًا)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>عنوان URL لقاعدة البيانات:</translation>
    </message>
    <message>
        <source>http(s)://host:port/database; user:password@ is used, never stored</source>
        <translation>http(s)://host:port/database؛ تُستخدم user:password@ ولا تُحفظ أبدًا</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <source>Type the database URL.</source>
        <translation>اكتب عنوان URL لقاعدة البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>تحتاج عبارة المرور إلى %n حرف على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n حرف على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n حرفين على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n أحرف على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Everyone in the team needs this passphrase. If it is forgotten, nobody can read the server&apos;s copy again.</source>
        <translation>يحتاج كل أعضاء الفريق إلى عبارة المرور هذه. إن نُسيت فلن يتمكن أحد من قراءة نسخة الخادم مرة أخرى.</translation>
    </message>
    <message>
        <source>Encrypted team database</source>
        <translation>قاعدة بيانات فريق مشفّرة</translation>
    </message>
    <message>
        <source>{url} is encrypted end to end. Its passphrase:</source>
        <translation>{url} مشفّرة من طرف إلى طرف. عبارة مرورها:</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln change(s) in</source>
        <translation>
            <numerusform>وصل %Ln تغيير</numerusform>
            <numerusform>وصل %Ln تغيير</numerusform>
            <numerusform>وصل %Ln تغييران</numerusform>
            <numerusform>وصلت %Ln تغييرات</numerusform>
            <numerusform>وصل %Ln تغييرًا</numerusform>
            <numerusform>وصل %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) out</source>
        <translation>
            <numerusform>أُرسلت %Ln مراجعة</numerusform>
            <numerusform>أُرسلت %Ln مراجعة</numerusform>
            <numerusform>أُرسلت %Ln مراجعتان</numerusform>
            <numerusform>أُرسلت %Ln مراجعات</numerusform>
            <numerusform>أُرسلت %Ln مراجعةً</numerusform>
            <numerusform>أُرسلت %Ln مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in</source>
        <translation>
            <numerusform>وصل %Ln ملف</numerusform>
            <numerusform>وصل %Ln ملف</numerusform>
            <numerusform>وصل %Ln ملفان</numerusform>
            <numerusform>وصلت %Ln ملفات</numerusform>
            <numerusform>وصل %Ln ملفًا</numerusform>
            <numerusform>وصل %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}, {files}</source>
        <translation>تمت المزامنة مع {url}: {changes}، {revisions}، {files}</translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}</source>
        <translation>تمت المزامنة مع {url}: {changes}، {revisions}</translation>
    </message>
    <message>
        <source>; from {analysts}</source>
        <translation>؛ من {analysts}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) decided</source>
        <translation>
            <numerusform>؛ حُسم %Ln تعارض</numerusform>
            <numerusform>؛ حُسم %Ln تعارض</numerusform>
            <numerusform>؛ حُسم %Ln تعارضان</numerusform>
            <numerusform>؛ حُسمت %Ln تعارضات</numerusform>
            <numerusform>؛ حُسم %Ln تعارضًا</numerusform>
            <numerusform>؛ حُسم %Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln deleted on the server, so here too</source>
        <translation>
            <numerusform>؛ حُذف من الخادم ومن هنا أيضًا: %Ln</numerusform>
            <numerusform>؛ حُذف من الخادم ومن هنا أيضًا: %Ln</numerusform>
            <numerusform>؛ حُذف من الخادم ومن هنا أيضًا: %Ln</numerusform>
            <numerusform>؛ حُذف من الخادم ومن هنا أيضًا: %Ln</numerusform>
            <numerusform>؛ حُذف من الخادم ومن هنا أيضًا: %Ln</numerusform>
            <numerusform>؛ حُذف من الخادم ومن هنا أيضًا: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left out (unreadable or invalid)</source>
        <translation>
            <numerusform>؛ تُرك جانبًا (غير مقروء أو غير صالح): %Ln</numerusform>
            <numerusform>؛ تُرك جانبًا (غير مقروء أو غير صالح): %Ln</numerusform>
            <numerusform>؛ تُرك جانبًا (غير مقروء أو غير صالح): %Ln</numerusform>
            <numerusform>؛ تُرك جانبًا (غير مقروء أو غير صالح): %Ln</numerusform>
            <numerusform>؛ تُرك جانبًا (غير مقروء أو غير صالح): %Ln</numerusform>
            <numerusform>؛ تُرك جانبًا (غير مقروء أو غير صالح): %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here, the next sync starts again</source>
        <translation>أُلغيت المزامنة؛ لم يتغير شيء هنا، وستبدأ المزامنة التالية من جديد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) came in</source>
        <translation>
            <numerusform>وصل %Ln تغيير</numerusform>
            <numerusform>وصل %Ln تغيير</numerusform>
            <numerusform>وصل %Ln تغييران</numerusform>
            <numerusform>وصلت %Ln تغييرات</numerusform>
            <numerusform>وصل %Ln تغييرًا</numerusform>
            <numerusform>وصل %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent yet, the next sync sends what changed here</source>
        <translation>لم يُرسل شيء بعد، وسترسل المزامنة التالية ما تغيّر هنا</translation>
    </message>
    <message>
        <source>{sent} of {total} documents sent, the next sync sends the rest</source>
        <translation>أُرسل {sent} من {total} من المستندات، وسترسل المزامنة التالية الباقي</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln document(s) sent, the next sync completes the checkpoint</source>
        <translation>
            <numerusform>أُرسلت المستندات كلها (%Ln)، وستُكمل المزامنة التالية نقطة التحقق</numerusform>
            <numerusform>أُرسلت المستندات كلها (%Ln)، وستُكمل المزامنة التالية نقطة التحقق</numerusform>
            <numerusform>أُرسلت المستندات كلها (%Ln)، وستُكمل المزامنة التالية نقطة التحقق</numerusform>
            <numerusform>أُرسلت المستندات كلها (%Ln)، وستُكمل المزامنة التالية نقطة التحقق</numerusform>
            <numerusform>أُرسلت المستندات كلها (%Ln)، وستُكمل المزامنة التالية نقطة التحقق</numerusform>
            <numerusform>أُرسلت المستندات كلها (%Ln)، وستُكمل المزامنة التالية نقطة التحقق</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; {came_in}, {rest}</source>
        <translation>أُلغيت المزامنة؛ {came_in}، {rest}</translation>
    </message>
    <message>
        <source>Sync cancelled; {rest}</source>
        <translation>أُلغيت المزامنة؛ {rest}</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Merge another analyst&apos;s project</source>
        <translation>دمج مشروع محلل آخر</translation>
    </message>
    <message>
        <source>Could not merge: {exc}</source>
        <translation>تعذّر الدمج: {exc}</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>دمج مشروع</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation>
            <numerusform>دُمج %n تغيير من {other_name} في خطوة واحدة (التراجع يلغيه).</numerusform>
            <numerusform>دُمج %n تغيير من {other_name} في خطوة واحدة (التراجع يلغيه).</numerusform>
            <numerusform>دُمج %n تغييران من {other_name} في خطوة واحدة (التراجع يلغيهما).</numerusform>
            <numerusform>دُمجت %n تغييرات من {other_name} في خطوة واحدة (التراجع يلغيها).</numerusform>
            <numerusform>دُمج %n تغييرًا من {other_name} في خطوة واحدة (التراجع يلغيها).</numerusform>
            <numerusform>دُمج %n تغيير من {other_name} في خطوة واحدة (التراجع يلغيها).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with another analyst&apos;s project</source>
        <translation>المقارنة بمشروع محلل آخر</translation>
    </message>
    <message>
        <source>Could not compare: {exc}</source>
        <translation>تعذّرت المقارنة: {exc}</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Document text</source>
        <translation>نص المستند</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Claim: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>ادعاء: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (as “{written}”)</source>
        <translation> (مكتوب «{written}»)</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>فاعل: {name}</translation>
    </message>
    <message>
        <source>Source: {title} [{grade}] — {relation}</source>
        <translation>مصدر: {title} [{grade}] — {relation}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>unverified</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>true</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>صحيح في معظمه</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>خاطئ في معظمه</translation>
    </message>
    <message>
        <source>false</source>
        <translation>خاطئ</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>مضلِّل</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>غير مثبت</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>تعليق توضيحي</translation>
    </message>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>يتيم</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>media outlet</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>states</source>
        <translation>يذكر</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>يشير إلى</translation>
    </message>
    <message>
        <source>made-by</source>
        <translation>صادر عن</translation>
    </message>
    <message>
        <source>about</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <source>context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>يستشهد بـ</translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation>خطأ إملائي</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>نقل حرفي</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>اسم بديل</translation>
    </message>
    <message>
        <source>title</source>
        <translation>لقب</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>موثوق تمامًا</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>موثوق عادةً</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>موثوق إلى حد ما</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>غير موثوق عادةً</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>يتعذر الحكم على الموثوقية</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>مؤكدة من مصادر أخرى</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>صحيحة على الأرجح</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>ربما صحيحة</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>مشكوك فيها</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>غير مرجحة</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>يتعذر الحكم على الصحة</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome – Sourcemark</source>
        <translation>مرحبًا – Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Highlight articles and PDFs, link what they say to claims, actors and sources, and record your verdicts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;ظلّل المقالات وملفات PDF، واربط ما تقوله بادعاءات وفاعلين ومصادر، وسجّل أحكامك.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sourcemark logo</source>
        <translation>شعار Sourcemark</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;مشروع جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>جرّب المشروع ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>المشاريع الحديثة</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>المشاريع الحديثة:</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>لا مشاريع حديثة.</translation>
    </message>
</context>
</TS>
