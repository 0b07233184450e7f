<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcemark</source>
        <translation>Sourcemark 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sourcemark {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT licence</source>
        <translation>출처 검증을 위한 작업대: 기사와 PDF의 구간을 하이라이트하고 판정이 있는 주장, 행위자, 등급이 매겨진 출처에 연결합니다.&lt;br&gt;&lt;br&gt;Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}&lt;br&gt;MIT 라이선스</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear: %1</source>
        <translation>지우기: %1</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>도구 더 보기</translation>
    </message>
</context>
<context>
    <name>ActionStates</name>
    <message>
        <source>This project is open read-only (another window or process has it open)</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있습니다 (다른 창이나 프로세스가 열어 두고 있음)</translation>
    </message>
    <message>
        <source>Open a document from the Project panel first</source>
        <translation>먼저 프로젝트 패널에서 문서를 여십시오</translation>
    </message>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first</source>
        <translation>먼저 문서에서 텍스트를 선택하십시오 (또는 이미지에 사각형을 그리십시오)</translation>
    </message>
    <message>
        <source>Select some text in the document, or click a highlight to link it, first</source>
        <translation>먼저 문서에서 텍스트를 선택하거나, 연결할 하이라이트를 클릭하십시오</translation>
    </message>
    <message>
        <source>Click a highlight in the document or the Annotations panel first</source>
        <translation>먼저 문서나 주석 패널에서 하이라이트를 클릭하십시오</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first</source>
        <translation>먼저 행위자 패널에서 행위자를 고르십시오</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them</source>
        <translation>병합하려면 행위자 패널에서 행위자를 둘 이상 선택하십시오 (Ctrl+클릭)</translation>
    </message>
    <message>
        <source>OCR reads images and scanned PDFs; the open document is {kind}</source>
        <translation>OCR은 이미지와 스캔한 PDF를 읽습니다. 열린 문서는 {kind}입니다</translation>
    </message>
    <message>
        <source>Only a PDF can carry its highlights as PDF annotations; the open document is {kind}</source>
        <translation>PDF만 하이라이트를 PDF 주석으로 담을 수 있습니다. 열린 문서는 {kind}입니다</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>an HTML article</source>
        <translation>HTML 기사</translation>
    </message>
    <message>
        <source>an EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>This project does not sync with a server: there is nothing to purge</source>
        <translation>이 프로젝트는 서버와 동기화하지 않습니다: 영구 삭제할 것이 없습니다</translation>
    </message>
    <message>
        <source>Click a highlight, or pick a document, claim, actor or source, first</source>
        <translation>먼저 하이라이트를 클릭하거나 문서, 주장, 행위자 또는 출처를 고르십시오</translation>
    </message>
    <message>
        <source>Select one or more rows of this list first</source>
        <translation>먼저 이 목록에서 행을 하나 이상 선택하십시오</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open demo pro&amp;ject</source>
        <translation>데모 프로젝트 열기(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>문서 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a PDF, web page, text file or image</source>
        <translation>PDF, 웹 페이지, 텍스트 파일 또는 이미지 추가</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>&amp;Capture web page…</source>
        <translation>웹 페이지 캡처(&amp;C)…</translation>
    </message>
    <message>
        <source>Fetch a live page with its images and stylesheets into a WARC and add it</source>
        <translation>실시간 페이지를 이미지와 스타일시트와 함께 WARC로 가져와 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the open document</source>
        <translation>열린 문서에서 찾기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>이전 찾기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Search project…</source>
        <translation>프로젝트 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Search all documents: a quote, a regular expression or an actor with all its names</source>
        <translation>모든 문서 검색: 인용문, 정규식, 또는 모든 이름을 포함한 행위자</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>너비에 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>하이라이트(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text</source>
        <translation>선택한 텍스트를 하이라이트합니다</translation>
    </message>
    <message>
        <source>New &amp;claim from selection…</source>
        <translation>선택 영역에서 새 주장(&amp;C)…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Link &amp;actor…</source>
        <translation>행위자 연결(&amp;A)…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Link &amp;source…</source>
        <translation>출처 연결(&amp;S)…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>하이라이트 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected highlight and its links (Undo brings them back)</source>
        <translation>선택한 하이라이트와 그 연결을 삭제합니다 (실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Delete and purge from ser&amp;ver…</source>
        <translation>삭제하고 서버에서 영구 삭제(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete the selected highlight, document, claim, actor or source, and have the next sync remove it from the team&apos;s server (Undo brings it back and cancels the purge)</source>
        <translation>선택한 하이라이트, 문서, 주장, 행위자 또는 출처를 삭제하고, 다음 동기화 때 팀 서버에서 영구 삭제합니다 (실행 취소하면 되살아나고 영구 삭제도 취소됩니다)</translation>
    </message>
    <message>
        <source>Find all &amp;mentions of actor</source>
        <translation>행위자의 모든 언급 찾기(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the picked actor&apos;s unmarked mentions in every document of the project (one undo step); the reader stays where it is</source>
        <translation>고른 행위자의 표시되지 않은 언급을 프로젝트의 모든 문서에서 표시합니다 (실행 취소 한 단계). 읽던 위치는 그대로입니다</translation>
    </message>
    <message>
        <source>Merge ac&amp;tors…</source>
        <translation>행위자 병합(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;place document with new version…</source>
        <translation>문서를 새 버전으로 바꾸기(&amp;P)…</translation>
    </message>
    <message>
        <source>Import an edited article or corrected PDF and re-anchor its highlights</source>
        <translation>수정된 기사나 정정된 PDF를 가져와 하이라이트를 다시 고정합니다</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>문서 세부 정보(&amp;D)…</translation>
    </message>
    <message>
        <source>Title, author, publisher, date and URL of the open document (exports cite them)</source>
        <translation>열린 문서의 제목, 저자, 발행처, 날짜, URL (내보내기에서 인용됨)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview</source>
        <translation>검증 보고서 (주장, 판정, 인용문, 출처, 행위자)를 미리 보기와 함께 PDF 또는 HTML로</translation>
    </message>
    <message>
        <source>Recognise te&amp;xt (OCR)…</source>
        <translation>텍스트 인식(OCR)(&amp;X)…</translation>
    </message>
    <message>
        <source>Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; languages in Settings)</source>
        <translation>텍스트가 없는 이미지나 스캔한 PDF의 페이지에 텍스트 레이어를 만듭니다 (Tesseract, 언어는 설정에서)</translation>
    </message>
    <message>
        <source>&amp;Annotations file (JSON, W3C, Hypothesis)…</source>
        <translation>주석 파일(JSON, W3C, Hypothesis)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Merge project…</source>
        <translation>프로젝트 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring in another analyst&apos;s copy of this project; decide each conflict</source>
        <translation>다른 분석가의 이 프로젝트 사본을 가져오고, 충돌마다 결정합니다</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>지금 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>Pull and push changes with the team&apos;s CouchDB server (one undoable step); the status bar shows the last sync, changes waiting and conflicts</source>
        <translation>팀의 CouchDB 서버와 변경 사항을 주고받습니다 (실행 취소 한 단계). 상태 표시줄에 마지막 동기화, 대기 중인 변경, 충돌이 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Agreement with another project…</source>
        <translation>다른 프로젝트와의 일치도(&amp;A)…</translation>
    </message>
    <message>
        <source>Verdict kappa and highlight overlap F1 against another analyst&apos;s project</source>
        <translation>다른 분석가의 프로젝트에 대한 판정 카파와 하이라이트 겹침 F1</translation>
    </message>
    <message>
        <source>This PDF with its &amp;highlights…</source>
        <translation>이 PDF와 하이라이트(&amp;H)…</translation>
    </message>
    <message>
        <source>A copy of the open PDF with the highlights as annotations other PDF readers show</source>
        <translation>열린 PDF의 사본, 하이라이트를 다른 PDF 뷰어도 표시하는 주석으로 담습니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of this window, from its menus</source>
        <translation>이 창의 모든 키, 메뉴에서 모음</translation>
    </message>
    <message>
        <source>&amp;About Sourcemark</source>
        <translation>Sourcemark 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>버전과 라이선스</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>최근 프로젝트 열기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>주석(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Annotations as JSON (native)…</source>
        <translation>주석을 JSON으로(기본 형식)(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;nnotations as CSV…</source>
        <translation>주석을 CSV로(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Claims as CSV…</source>
        <translation>주장을 CSV로(&amp;C)…</translation>
    </message>
    <message>
        <source>Ac&amp;tors as CSV…</source>
        <translation>행위자를 CSV로(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sources as CSV…</source>
        <translation>출처를 CSV로(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Documents and their provenance as CSV…</source>
        <translation>문서와 출처 정보를 CSV로(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation>W3C 웹 주석(JSON-LD)(&amp;W)…</translation>
    </message>
    <message>
        <source>Claim&amp;Review (schema.org)…</source>
        <translation>ClaimReview(schema.org)(&amp;R)…</translation>
    </message>
    <message>
        <source>Evidence &amp;graph (GraphML)…</source>
        <translation>증거 그래프(GraphML)(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;FollowTheMoney entities for Aleph…</source>
        <translation>Aleph용 FollowTheMoney 개체(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>표기 그대로</translation>
    </message>
</context>
<context>
    <name>AddToProjectDialog</name>
    <message>
        <source>Add to project – Sourcemark</source>
        <translation>프로젝트에 추가 – Sourcemark</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;{name}&lt;/b&gt; to which project?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;을(를) 어느 프로젝트에 추가할까요?</translation>
    </message>
    <message>
        <source>No recent projects: add &lt;b&gt;{name}&lt;/b&gt; to a new one?</source>
        <translation>최근 프로젝트가 없습니다. &lt;b&gt;{name}&lt;/b&gt;을(를) 새 프로젝트에 추가할까요?</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>최근 프로젝트</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Agreement with “{project_b}”</source>
        <translation>“{project_b}”와(과)의 일치도</translation>
    </message>
    <message>
        <source>Claims judged by both</source>
        <translation>양쪽이 판정한 주장</translation>
    </message>
    <message>
        <source>Same verdict</source>
        <translation>같은 판정</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (verdicts)</source>
        <translation>코헨의 카파 (판정)</translation>
    </message>
    <message>
        <source>Documents compared</source>
        <translation>비교한 문서</translation>
    </message>
    <message>
        <source>Highlights A / B / overlapping</source>
        <translation>하이라이트 A / B / 겹침</translation>
    </message>
    <message>
        <source>Span overlap F1</source>
        <translation>구간 겹침 F1</translation>
    </message>
    <message>
        <source>Same category (overlapping)</source>
        <translation>같은 범주 (겹침)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (categories)</source>
        <translation>코헨의 카파 (범주)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Disagreements ({count})</source>
        <translation>불일치 ({count})</translation>
    </message>
</context>
<context>
    <name>AnalystNameDialog</name>
    <message>
        <source>Welcome to Sourcemark</source>
        <translation>Sourcemark에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Your name is recorded on every highlight, verdict and entry of the audit log. You can change it later in Settings.</source>
        <translation>이름은 모든 하이라이트, 판정, 감사 로그 항목에 기록됩니다. 나중에 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>분석가 이름</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>연결 대상</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter quotes and notes…</source>
        <translation>인용문과 메모 필터…</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>주석 필터</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 범주</translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation>모든 고정 상태</translation>
    </message>
    <message>
        <source>Linked to anything</source>
        <translation>무엇에든 연결됨</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>범주로 필터</translation>
    </message>
    <message>
        <source>Filter by anchor</source>
        <translation>고정 상태로 필터</translation>
    </message>
    <message>
        <source>Filter by linked object</source>
        <translation>연결 대상으로 필터</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
</context>
<context>
    <name>Bidi</name>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Capture web page</source>
        <translation>웹 페이지 캡처</translation>
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
        <translation> 초</translation>
    </message>
    <message>
        <source>How long a server may stay silent before the capture fails</source>
        <translation>캡처가 실패하기 전에 서버가 응답하지 않아도 되는 시간</translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation>시간 제한:</translation>
    </message>
    <message>
        <source>How long the whole capture may take (the page, its images and stylesheets, and Chromium), however slowly a server keeps sending</source>
        <translation>서버가 아무리 느리게 보내더라도 전체 캡처(페이지, 이미지와 스타일시트, Chromium)에 걸릴 수 있는 시간</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>전체 시간 제한:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Most bytes to read, the page and its images and stylesheets together</source>
        <translation>읽을 최대 바이트 수 (페이지와 이미지, 스타일시트 합계)</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>크기 제한:</translation>
    </message>
    <message>
        <source>The User-Agent sent to the server (empty: the default, naming Sourcemark)</source>
        <translation>서버에 보내는 User-Agent (비우면 Sourcemark를 밝히는 기본값)</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Also add a screenshot (PNG) and a PDF print (Chromium)</source>
        <translation>스크린샷(PNG)과 PDF 인쇄본(Chromium)도 추가</translation>
    </message>
    <message>
        <source>Time-stamp request file</source>
        <translation>타임스탬프 요청 파일</translation>
    </message>
    <message>
        <source>optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC</source>
        <translation>선택 사항: WARC에 대한 RFC 3161 타임스탬프 요청(.tsq) 파일</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Time-stamp request:</source>
        <translation>타임스탬프 요청:</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>캡처</translation>
    </message>
    <message>
        <source>Time-stamp request</source>
        <translation>타임스탬프 요청</translation>
    </message>
    <message>
        <source>RFC 3161 request (*.tsq)</source>
        <translation>RFC 3161 요청 (*.tsq)</translation>
    </message>
</context>
<context>
    <name>CaptureRunner</name>
    <message>
        <source>A capture is already running.</source>
        <translation>이미 캡처가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Cannot capture: {dialog_message}</source>
        <translation>캡처할 수 없습니다: {dialog_message}</translation>
    </message>
    <message>
        <source>Capture web page</source>
        <translation>웹 페이지 캡처</translation>
    </message>
    <message>
        <source>Capturing {url}…</source>
        <translation>{url} 캡처 중…</translation>
    </message>
    <message>
        <source>Capture failed: {message}</source>
        <translation>캡처 실패: {message}</translation>
    </message>
    <message>
        <source>The capture could not be saved: {message}</source>
        <translation>캡처를 저장할 수 없습니다: {message}</translation>
    </message>
</context>
<context>
    <name>ClaimReviewDialog</name>
    <message>
        <source>Export ClaimReview</source>
        <translation>ClaimReview 내보내기</translation>
    </message>
    <message>
        <source>the fact-checking organisation (default: each claim&apos;s analyst)</source>
        <translation>팩트체크 기관 (기본값: 각 주장의 분석가)</translation>
    </message>
    <message>
        <source>https://example.org/fact-checks/{id}  ({id}: one page per claim)</source>
        <translation>https://example.org/fact-checks/{id}  ({id}: 주장마다 한 페이지)</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>저자:</translation>
    </message>
    <message>
        <source>Published at (url):</source>
        <translation>게시 위치(url):</translation>
    </message>
    <message>
        <source>Claims lacking what ClaimReview requires</source>
        <translation>ClaimReview에 필요한 항목이 빠진 주장</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Google&apos;s fact-check result requires what is listed below; the file can be exported all the same.</source>
        <translation>Google 팩트체크 결과에는 아래에 나열된 항목이 필요합니다. 그래도 파일은 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Every review has what Google&apos;s fact-check result requires.</source>
        <translation>모든 검토에 Google 팩트체크 결과에 필요한 항목이 있습니다.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>구간</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(zone unknown)</source>
        <translation>(시간대 알 수 없음)</translation>
    </message>
    <message>
        <source>%1 %2 (camera clock)</source>
        <translation>%1 %2 (카메라 시계)</translation>
    </message>
    <message>
        <source>%1 camera-local (zone unknown)</source>
        <translation>%1 카메라 현지 시각 (시간대 알 수 없음)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete from this project:</source>
        <translation>이 프로젝트에서 삭제:</translation>
    </message>
    <message>
        <source>With them go the links and highlights that hang on them:</source>
        <translation>함께 삭제되는 연결과 하이라이트:</translation>
    </message>
    <message>
        <source>A document open in the reader closes. Its original file stays in the project folder.</source>
        <translation>리더에 열린 문서는 닫힙니다. 원본 파일은 프로젝트 폴더에 남습니다.</translation>
    </message>
    <message>
        <source>The next sync deletes them on the team&apos;s server too, for every analyst.</source>
        <translation>다음 동기화 때 팀 서버에서도 삭제되어 모든 분석가에게서 사라집니다.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back in one step.</source>
        <translation>실행 취소(Ctrl+Z)하면 한 번에 모두 되살아납니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Author:</source>
        <translation>저자:</translation>
    </message>
    <message>
        <source>Publisher / site:</source>
        <translation>발행처 / 사이트:</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD):</source>
        <translation>게시일 (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Camera make:</source>
        <translation>카메라 제조사:</translation>
    </message>
    <message>
        <source>Camera model:</source>
        <translation>카메라 모델:</translation>
    </message>
    <message>
        <source>Lens:</source>
        <translation>렌즈:</translation>
    </message>
    <message>
        <source>Taken (EXIF):</source>
        <translation>촬영 (EXIF):</translation>
    </message>
    <message>
        <source>Modified (EXIF):</source>
        <translation>수정 (EXIF):</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>소프트웨어:</translation>
    </message>
    <message>
        <source>Artist:</source>
        <translation>작가:</translation>
    </message>
    <message>
        <source>By-line (IPTC):</source>
        <translation>작성자 (IPTC):</translation>
    </message>
    <message>
        <source>Caption (IPTC):</source>
        <translation>설명문 (IPTC):</translation>
    </message>
    <message>
        <source>Creator (XMP):</source>
        <translation>작성자 (XMP):</translation>
    </message>
    <message>
        <source>Description (XMP):</source>
        <translation>설명 (XMP):</translation>
    </message>
    <message>
        <source>Edited with (XMP):</source>
        <translation>편집 도구 (XMP):</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 상태</translation>
    </message>
    <message>
        <source>Requested URL</source>
        <translation>요청한 URL</translation>
    </message>
    <message>
        <source>Final URL</source>
        <translation>최종 URL</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>콘텐츠 유형</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Captured at (local time)</source>
        <translation>캡처 시각 (현지 시간)</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Resources recorded</source>
        <translation>기록된 리소스</translation>
    </message>
    <message>
        <source>Captured with</source>
        <translation>캡처 도구</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>리디렉션</translation>
    </message>
    <message>
        <source>Refused addresses</source>
        <translation>거부된 주소</translation>
    </message>
    <message>
        <source>WARC SHA-256</source>
        <translation>WARC SHA-256</translation>
    </message>
    <message>
        <source>WARC file</source>
        <translation>WARC 파일</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>표기된 날짜</translation>
    </message>
    <message>
        <source>Saved date as written</source>
        <translation>표기된 저장 날짜</translation>
    </message>
    <message>
        <source>Data package hash</source>
        <translation>데이터 패키지 해시</translation>
    </message>
    <message>
        <source>Frame of</source>
        <translation>다음의 프레임</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>렌더링</translation>
    </message>
    <message>
        <source>Rendered at</source>
        <translation>렌더링 시각</translation>
    </message>
    <message>
        <source>Rendered from</source>
        <translation>렌더링 출처</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>브라우저</translation>
    </message>
    <message>
        <source>Recorded for rendering</source>
        <translation>렌더링용으로 기록됨</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Capture document</source>
        <translation>캡처 문서</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Location (GPS):</source>
        <translation>위치 (GPS):</translation>
    </message>
    <message numerus="yes">
        <source>Hidden, left out of the text (%Ln passage(s)):</source>
        <translation>
            <numerusform>숨겨져 텍스트에서 제외됨 (구절 %Ln개):</numerusform>
        </translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>문서 세부 정보</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Doubtful date: {date_doubt}.</source>
        <translation>의심스러운 날짜: {date_doubt}.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>텍스트:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Open a document from the project to read and annotate it.</source>
        <translation>읽고 주석을 달 문서를 프로젝트에서 여십시오.</translation>
    </message>
    <message>
        <source>This project has no documents yet.

Drop files here (PDF, web page, text, image, web archive), or use File › Add document… (Ctrl+Shift+O) or File › Capture web page… (Ctrl+Shift+U).</source>
        <translation>이 프로젝트에는 아직 문서가 없습니다.

파일을 여기에 끌어다 놓거나 (PDF, 웹 페이지, 텍스트, 이미지, 웹 아카이브), 파일 › 문서 추가… (Ctrl+Shift+O) 또는 파일 › 웹 페이지 캡처… (Ctrl+Shift+U)를 사용하십시오.</translation>
    </message>
    <message>
        <source>This document cannot be shown: {message}</source>
        <translation>이 문서를 표시할 수 없습니다: {message}</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %Ln p.</source>
        <translation>
            <numerusform>{kind}, %Ln쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>구간</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Search %1</source>
        <translation>%1 검색</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>개체</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {name}: {exc}

Your project is safe: every change is saved as you make it.
Details were written to {path}</source>
        <translation>문제가 발생했습니다: {name}: {exc}

프로젝트는 안전합니다. 모든 변경은 할 때마다 저장됩니다.
자세한 내용은 {path}에 기록되었습니다</translation>
    </message>
    <message>
        <source>Sourcemark – unexpected error</source>
        <translation>Sourcemark – 예기치 않은 오류</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Open the folder the file was written to</source>
        <translation>파일이 기록된 폴더 열기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{what} written: {name} in {parent}</source>
        <translation>{what} 기록됨: {parent}의 {name}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>문서에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 일치 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>다음 일치 (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <source>Select a claim, actor, source, document or highlight to see what it is linked to.</source>
        <translation>연결된 대상을 보려면 주장, 행위자, 출처, 문서 또는 하이라이트를 선택하십시오.</translation>
    </message>
    <message>
        <source>Hops:</source>
        <translation>단계:</translation>
    </message>
    <message numerus="yes">
        <source>Show objects up to %Ln link(s) away</source>
        <translation>
            <numerusform>%Ln단계 연결까지의 개체 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>축소 (Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>확대 (Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Fit the whole graph in the panel</source>
        <translation>그래프 전체를 패널에 맞춤</translation>
    </message>
    <message numerus="yes">
        <source>{kind}: %Ln linked object(s)</source>
        <translation>
            <numerusform>{kind}: 연결된 개체 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> within %Ln hop(s)</source>
        <translation>
            <numerusform> (%Ln단계 이내)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln more not drawn (click “+N more”)</source>
        <translation>
            <numerusform>, %Ln개 더 그리지 않음 (“+N개 더” 클릭)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source> (as written: {names})</source>
        <translation> (표기: {names})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more linked object(s): click to draw them</source>
        <translation>
            <numerusform>연결된 개체 %Ln개 더: 클릭하면 그립니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Aliases: {aliases}</source>
        <translation>별칭: {aliases}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>등급 &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rationale: how the verdict was reached, with the evidence…</source>
        <translation>근거: 판정에 이른 방법과 증거…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>설명…</translation>
    </message>
    <message>
        <source>Notes on this source…</source>
        <translation>이 출처에 대한 메모…</translation>
    </message>
    <message>
        <source>Select a highlight or an object to see its details.</source>
        <translation>세부 정보를 보려면 하이라이트나 개체를 선택하십시오.</translation>
    </message>
    <message>
        <source>The claim, as you will check it…</source>
        <translation>검증할 형태 그대로의 주장…</translation>
    </message>
    <message>
        <source>Claim wording</source>
        <translation>주장 문구</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>하이라이트 삭제</translation>
    </message>
    <message>
        <source>Link source…</source>
        <translation>출처 연결…</translation>
    </message>
    <message>
        <source>Link actor…</source>
        <translation>행위자 연결…</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>판정(&amp;V):</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Note… (saved when you leave the field)</source>
        <translation>메모… (필드를 벗어나면 저장됨)</translation>
    </message>
    <message>
        <source>Delete {value}</source>
        <translation>{value} 삭제</translation>
    </message>
    <message>
        <source>  (as written “{written}”)</source>
        <translation>  (표기 “{written}”)</translation>
    </message>
    <message>
        <source> · page {pages}</source>
        <translation> · {pages}쪽</translation>
    </message>
    <message>
        <source>anchor {state}</source>
        <translation>고정 {state}</translation>
    </message>
</context>
<context>
    <name>KeepTyped</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>입력한 내용을 버릴까요?</translation>
    </message>
    <message>
        <source>You typed text in this dialog. Close it and discard the text?</source>
        <translation>이 대화 상자에 텍스트를 입력했습니다. 닫고 텍스트를 버릴까요?</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Project in use</source>
        <translation>사용 중인 프로젝트</translation>
    </message>
    <message>
        <source>{exc}

Another Sourcemark is editing this project. Open it read-only?</source>
        <translation>{exc}

다른 Sourcemark가 이 프로젝트를 편집하고 있습니다. 읽기 전용으로 열까요?</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}</source>
        <translation>{name}을(를) 열 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>손상된 프로젝트</translation>
    </message>
    <message>
        <source>Cannot open {name}: {exc}

Restore the newest good backup ({backup})? The damaged files are kept as a backup of their own.</source>
        <translation>{name}을(를) 열 수 없습니다: {exc}

가장 최근의 정상 백업({backup})을 복원할까요? 손상된 파일은 별도의 백업으로 보관됩니다.</translation>
    </message>
    <message>
        <source>Cannot restore {name}: {exc}</source>
        <translation>{name}을(를) 복원할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Cannot build the demo project: {exc}</source>
        <translation>데모 프로젝트를 만들 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>New project folder</source>
        <translation>새 프로젝트 폴더</translation>
    </message>
    <message>
        <source>Cannot create the project: {exc}</source>
        <translation>프로젝트를 만들 수 없습니다: {exc}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to a claim</source>
        <translation>주장에 연결</translation>
    </message>
    <message>
        <source>Link to an actor</source>
        <translation>행위자에 연결</translation>
    </message>
    <message>
        <source>Link to a source</source>
        <translation>출처에 연결</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>선택 영역:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>주장:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>관계:</translation>
    </message>
    <message>
        <source>Verdict (new claim):</source>
        <translation>판정 (새 주장):</translation>
    </message>
    <message>
        <source>Kind (new actor):</source>
        <translation>종류 (새 행위자):</translation>
    </message>
    <message>
        <source>Name as written is:</source>
        <translation>표기된 이름:</translation>
    </message>
    <message>
        <source>the usual form</source>
        <translation>일반적인 형태</translation>
    </message>
    <message>
        <source>Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), credibility of the information 1 (confirmed) to 6 (cannot be judged)</source>
        <translation>해군성 등급: 출처의 신뢰도 A(완전히 신뢰할 수 있음)~F(판단할 수 없음), 정보의 신빙성 1(확인됨)~6(판단할 수 없음)</translation>
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
        <translation>등급:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>발행처:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>게시일:</translation>
    </message>
    <message>
        <source>a letter A–F and a digit 1–6, e.g. B2</source>
        <translation>A–F 문자 하나와 1–6 숫자 하나, 예: B2</translation>
    </message>
    <message>
        <source>Type a name, or pick one from the list.</source>
        <translation>이름을 입력하거나 목록에서 고르십시오.</translation>
    </message>
    <message>
        <source>Links to the existing {value}.</source>
        <translation>기존 {value}에 연결합니다.</translation>
    </message>
    <message>
        <source>Creates a new {value}.</source>
        <translation>새 {value}을(를) 만듭니다.</translation>
    </message>
    <message>
        <source>Links to {name}; written here as “{selected_text}”.</source>
        <translation>{name}에 연결합니다. 여기서는 “{selected_text}”(으)로 표기됨.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search documents…</source>
        <translation>문서 검색…</translation>
    </message>
    <message>
        <source>Search claims…</source>
        <translation>주장 검색…</translation>
    </message>
    <message>
        <source>Search actors…</source>
        <translation>행위자 검색…</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>Mark this actor&apos;s unmarked mentions in every document (one undo step)</source>
        <translation>이 행위자의 표시되지 않은 언급을 모든 문서에서 표시합니다 (실행 취소 한 단계)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Merge the selected actors</source>
        <translation>선택한 행위자 병합</translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation>출처 검색…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>프로젝트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>주장(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>검사기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>행위자(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>출처(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>주석(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>고아(&amp;O)</translation>
    </message>
    <message>
        <source>Evidence &amp;graph</source>
        <translation>증거 그래프(&amp;G)</translation>
    </message>
    <message>
        <source>Sea&amp;rch project</source>
        <translation>프로젝트 검색(&amp;R)</translation>
    </message>
    <message>
        <source>{name} (read-only) – Sourcemark</source>
        <translation>{name} (읽기 전용) – Sourcemark</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>문서 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>하이라이트 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>주장 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>행위자 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>출처 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source> · saved in {folder}</source>
        <translation> · {folder}에 저장됨</translation>
    </message>
    <message>
        <source>Cancelling the sync; close the window again once it has stopped</source>
        <translation>동기화를 취소하는 중입니다. 멈춘 뒤 창을 다시 닫으십시오</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>텍스트 인식(OCR)</translation>
    </message>
    <message>
        <source>A web capture</source>
        <translation>웹 캡처</translation>
    </message>
    <message>
        <source>Close Sourcemark?</source>
        <translation>Sourcemark를 닫을까요?</translation>
    </message>
    <message>
        <source>{what} is still running. Stop it and close the window? Nothing of it is added to the project.</source>
        <translation>{what}이(가) 아직 실행 중입니다. 중지하고 창을 닫을까요? 그 결과는 프로젝트에 추가되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <source>Keep this project&apos;s (A)</source>
        <translation>이 프로젝트의 것 유지 (A)</translation>
    </message>
    <message>
        <source>Take the other&apos;s (B)</source>
        <translation>상대의 것 받기 (B)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <source>Merge project “{other_name}”</source>
        <translation>프로젝트 “{other_name}” 병합</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>This project (A)</source>
        <translation>이 프로젝트 (A)</translation>
    </message>
    <message>
        <source>{other} (B)</source>
        <translation>{other} (B)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Keep for {kind} {title}</source>
        <translation>{kind} {title}에 대해 유지</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>an unknown analyst</source>
        <translation>알 수 없는 분석가</translation>
    </message>
    <message>
        <source>From {project}, by {analysts}:</source>
        <translation>{project}에서, {analysts} 작성:</translation>
    </message>
    <message>
        <source>  {kind}: {added} new, {updated} changed, {removed} removed</source>
        <translation>  {kind}: 새로 {added}, 변경 {updated}, 삭제 {removed}</translation>
    </message>
    <message>
        <source>  nothing new</source>
        <translation>  새로운 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>  %Ln object(s) you deleted stay deleted</source>
        <translation>
            <numerusform>  삭제한 개체 %Ln개는 삭제된 채로 남습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s): both analysts changed these; choose which version to keep.</source>
        <translation>
            <numerusform>충돌 %Ln건: 두 분석가가 모두 변경했습니다. 유지할 버전을 고르십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>충돌 없음.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>statement</source>
        <translation>문구</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>published</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>as_written</source>
        <translation>표기</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>수정됨</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message>
        <source>OCR is already running.</source>
        <translation>이미 OCR이 실행 중입니다.</translation>
    </message>
    <message>
        <source>Open an image or a scanned PDF first.</source>
        <translation>먼저 이미지나 스캔한 PDF를 여십시오.</translation>
    </message>
    <message>
        <source>OCR cannot start: {exc}</source>
        <translation>OCR을 시작할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Recognising the text of “{title}” ({lang})…</source>
        <translation>“{title}”의 텍스트 인식 중 ({lang})…</translation>
    </message>
    <message>
        <source>Recognising page {page} of {total}…</source>
        <translation>{total}쪽 중 {page}쪽 인식 중…</translation>
    </message>
    <message>
        <source>OCR cancelled; nothing was changed.</source>
        <translation>OCR을 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>OCR failed: {message}</source>
        <translation>OCR 실패: {message}</translation>
    </message>
    <message>
        <source>OCR could not be saved: {exc}</source>
        <translation>OCR 결과를 저장할 수 없습니다: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang})이 {title}에서 단어 %n개를 인식했습니다. 하이라이트: {summary}.{findings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR ({lang}): %n words recognised; highlights: {summary}.{findings}</source>
        <translation>
            <numerusform>OCR ({lang}): 단어 %n개 인식. 하이라이트: {summary}.{findings}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>Select the new place of an orphan in the document, then re-attach it.</source>
        <translation>문서에서 고아 하이라이트의 새 위치를 선택한 뒤 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>고아 하이라이트</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>선택 영역에 다시 연결</translation>
    </message>
    <message>
        <source>Pick an orphan in the list first.</source>
        <translation>먼저 목록에서 고아 하이라이트를 고르십시오.</translation>
    </message>
    <message>
        <source>Select the new place of the highlight in the document first.</source>
        <translation>먼저 문서에서 하이라이트의 새 위치를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>Page number</source>
        <translation>쪽 번호</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>/ 0</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
</context>
<context>
    <name>PagePickerDialog</name>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>캡처 시각</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Choose pages to add</source>
        <translation>추가할 페이지 선택</translation>
    </message>
    <message numerus="yes">
        <source>{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.</source>
        <translation>
            <numerusform>{file_name}에 보관된 웹 페이지가 %n개 있습니다. 체크한 페이지마다 문서가 되며, 그 안의 어떤 것도 가져오지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived pages</source>
        <translation>보관된 페이지</translation>
    </message>
    <message>
        <source>(cannot be read: {problem})</source>
        <translation>(읽을 수 없음: {problem})</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>↳ {title} (frame of {page})</source>
        <translation>↳ {title} ({page}의 프레임)</translation>
    </message>
    <message>
        <source>Add chosen pages</source>
        <translation>선택한 페이지 추가</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>모두 체크</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>모두 해제</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>Text of page %1 of %2</source>
        <translation>%2쪽 중 %1쪽의 텍스트</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>페이지 텍스트</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Document pages</source>
        <translation>문서 페이지</translation>
    </message>
</context>
<context>
    <name>PanelMenus</name>
    <message>
        <source>Actions on the selected rows</source>
        <translation>선택한 행에 대한 작업</translation>
    </message>
    <message>
        <source>Show linked &amp;highlights</source>
        <translation>연결된 하이라이트 보기(&amp;H)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected rows and what hangs on them (Undo brings them back)</source>
        <translation>선택한 행과 거기에 딸린 것을 삭제합니다 (실행 취소하면 되살아납니다)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>ID 복사(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ProjectIO</name>
    <message>
        <source>Documents (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;Web captures (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;Images (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation>문서 (*.pdf *.epub *.html *.htm *.txt *.md *.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz *.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;웹 캡처 (*.mhtml *.mht *.warc *.warc.gz *.arc *.arc.gz *.wacz);;이미지 (*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff *.heic *.heif *.avif);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>문서 추가</translation>
    </message>
    <message>
        <source>No text layer (a scan?) in {names}: the pages can be viewed, and their text quoted once it is recognised (OCR).</source>
        <translation>{names}에 텍스트 레이어가 없습니다 (스캔?): 페이지는 볼 수 있으며, 텍스트는 인식(OCR)되면 인용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The text of those pages can be quoted once it is recognised (OCR).</source>
        <translation>해당 페이지의 텍스트는 인식(OCR)되면 인용할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added {added} of %n file(s).</source>
        <translation>
            <numerusform>파일 %n개 중 {added}개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents added</source>
        <translation>문서 추가됨</translation>
    </message>
    <message>
        <source>Recognise &amp;text (OCR)</source>
        <translation>텍스트 인식(OCR)(&amp;T)</translation>
    </message>
    <message>
        <source> of the first</source>
        <translation> (첫 번째 문서)</translation>
    </message>
    <message>
        <source>Could not add {name}: {exc}</source>
        <translation>{name}을(를) 추가할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Could not open {name}: wrong password.</source>
        <translation>{name}을(를) 열 수 없습니다: 암호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>That password did not work. </source>
        <translation>그 암호로는 열리지 않았습니다. </translation>
    </message>
    <message>
        <source>{name} is encrypted. Password:</source>
        <translation>{name}은(는) 암호화되어 있습니다. 암호:</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>암호 필요</translation>
    </message>
    <message>
        <source>Open the document to replace first.</source>
        <translation>먼저 바꿀 문서를 여십시오.</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>새 버전으로 바꾸기</translation>
    </message>
    <message>
        <source>Could not replace the document with {name}: {exc}</source>
        <translation>문서를 {name}(으)로 바꿀 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Export failed: {exc}</source>
        <translation>내보내기 실패: {exc}</translation>
    </message>
    <message>
        <source>Open the PDF whose highlights you want to export first.</source>
        <translation>먼저 하이라이트를 내보낼 PDF를 여십시오.</translation>
    </message>
    <message>
        <source>Export PDF with highlights</source>
        <translation>하이라이트가 있는 PDF 내보내기</translation>
    </message>
    <message>
        <source>PDF with highlights ({note})</source>
        <translation>하이라이트가 있는 PDF ({note})</translation>
    </message>
    <message>
        <source>PDF with highlights</source>
        <translation>하이라이트가 있는 PDF</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>보고서를 만들 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Could not save the report: {exc}</source>
        <translation>보고서를 저장할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Report ({format})</source>
        <translation>보고서 ({format})</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>먼저 문서를 여십시오.</translation>
    </message>
    <message>
        <source>Could not save the details: {exc}</source>
        <translation>세부 정보를 저장할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>주석 가져오기</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.jsonld);;All files (*)</source>
        <translation>주석 파일 (*.json *.jsonld);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import failed: {exc}</source>
        <translation>가져오기 실패: {exc}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <source>Capture (as the archive states it)</source>
        <translation>캡처 (아카이브에 기록된 대로)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>레코드 {record}</translation>
    </message>
    <message>
        <source>Captured URL</source>
        <translation>캡처한 URL</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>캡처 시각</translation>
    </message>
    <message>
        <source>Time taken from</source>
        <translation>시각의 출처</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>아카이브</translation>
    </message>
    <message>
        <source>Archive digest</source>
        <translation>아카이브 다이제스트</translation>
    </message>
    <message>
        <source>Digest check</source>
        <translation>다이제스트 확인</translation>
    </message>
    <message>
        <source>Page SHA-256</source>
        <translation>페이지 SHA-256</translation>
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
        <translation>삭제 및 영구 삭제…</translation>
    </message>
    <message>
        <source>The list of objects to purge could not be saved: {exc}</source>
        <translation>영구 삭제할 객체 목록을 저장할 수 없습니다: {exc}</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>외 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here, and purge from the team&apos;s server at the next sync:</source>
        <translation>여기서 삭제하고, 다음 동기화 때 팀 서버에서 영구 삭제합니다:</translation>
    </message>
    <message>
        <source>With it go the links and highlights that hang on it:</source>
        <translation>함께 삭제되는 연결과 하이라이트:</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>서버: {url}</translation>
    </message>
    <message>
        <source>The next sync removes every revision of them from the server, where the server allows it (CouchDB&apos;s _purge, which CouchDB allows database admins only). A server without _purge keeps their earlier revisions until an admin compacts the database, and their ids for good; the sync then says so.</source>
        <translation>다음 동기화는 서버가 허용하는 경우 서버에서 이들의 모든 리비전을 제거합니다 (CouchDB의 _purge, CouchDB에서는 데이터베이스 관리자만 허용). _purge가 없는 서버는 관리자가 데이터베이스를 압축할 때까지 이전 리비전을, ID는 영구히 보관합니다. 그 경우 동기화가 알려 줍니다.</translation>
    </message>
    <message>
        <source>Only the server forgets them: each project that had them, this one included, keeps them in its audit log.</source>
        <translation>서버만 이들을 잊습니다: 이들을 가졌던 모든 프로젝트는 (이 프로젝트 포함) 감사 로그에 이들을 보관합니다.</translation>
    </message>
    <message>
        <source>Undo brings them back here and cancels the purge, if the next sync has not run yet; after it, they go up to the server again.</source>
        <translation>실행 취소하면 여기에서 되살아나고, 다음 동기화 전이라면 영구 삭제도 취소됩니다. 동기화 후라면 서버에 다시 올라갑니다.</translation>
    </message>
    <message>
        <source>Delete and purge from the server</source>
        <translation>삭제하고 서버에서 영구 삭제</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Delete and purge</source>
        <translation>삭제 및 영구 삭제</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Select some text in the document (or drag a rectangle on an image) first.</source>
        <translation>먼저 문서에서 텍스트를 선택하십시오 (또는 이미지에 사각형을 그리십시오).</translation>
    </message>
    <message>
        <source>Pick an actor in the Actors panel first.</source>
        <translation>먼저 행위자 패널에서 행위자를 고르십시오.</translation>
    </message>
    <message>
        <source>Find all mentions</source>
        <translation>모든 언급 찾기</translation>
    </message>
    <message numerus="yes">
        <source>No unmarked mentions of {name} in the %n document(s) of this project.</source>
        <translation>
            <numerusform>이 프로젝트의 문서 %n개에 {name}의 표시되지 않은 언급이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n new mention(s) of {name}</source>
        <translation>
            <numerusform>{name}의 새 언급 %n개를 표시했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s):

{touched}

Undo removes them all.</source>
        <translation>
            <numerusform> (문서 %n개):

{touched}

실행 취소하면 모두 제거됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible misspellings</source>
        <translation>철자 오류 가능성</translation>
    </message>
    <message>
        <source>These look like misspellings of {name}:

{listed}

Mark them as mentions too (reason: misspelling)?</source>
        <translation>{name}의 철자 오류로 보입니다:

{listed}

이것들도 언급으로 표시할까요 (이유: 철자 오류)?</translation>
    </message>
    <message>
        <source>Select two or more actors in the Actors panel (Ctrl+click) to merge them.</source>
        <translation>병합하려면 행위자 패널에서 행위자를 둘 이상 선택하십시오 (Ctrl+클릭).</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>행위자 병합</translation>
    </message>
    <message>
        <source>Keep this actor (the others become its aliases):</source>
        <translation>이 행위자를 유지 (나머지는 별칭이 됨):</translation>
    </message>
</context>
<context>
    <name>ReanchorBar</name>
    <message>
        <source>Show orphans</source>
        <translation>고아 보기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>“{short}” was replaced by a new version. Highlights re-anchored: {parts}.</source>
        <translation>“{short}”이(가) 새 버전으로 바뀌었습니다. 다시 고정된 하이라이트: {parts}.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>orphan: not found in the current version</source>
        <translation>고아: 현재 버전에서 찾을 수 없음</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>The highlighted region of {title}</source>
        <translation>{title}의 하이라이트된 영역</translation>
    </message>
    <message>
        <source>({index} of {count})</source>
        <translation>({count} 중 {index})</translation>
    </message>
    <message>
        <source>Verification report – {project}</source>
        <translation>검증 보고서 – {project}</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>검증 보고서</translation>
    </message>
    <message>
        <source>Verification report – {project} · generated {when}</source>
        <translation>검증 보고서 – {project} · {when} 생성</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>{count}쪽 중 {number}쪽</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>{when} by {generator}</source>
        <translation>{when}, {generator}</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>분석가</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message numerus="yes">
        <source>%n selected claims</source>
        <translation>
            <numerusform>선택한 주장 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n claims of the project</source>
        <translation>
            <numerusform>프로젝트의 모든 주장 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>출처 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>행위자 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>문서 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>인용문 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source links</source>
        <translation>
            <numerusform>출처 연결 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The project holds no claims yet.</source>
        <translation>프로젝트에 아직 주장이 없습니다.</translation>
    </message>
    <message>
        <source>Claim {number}:</source>
        <translation>주장 {number}:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>판정:</translation>
    </message>
    <message>
        <source>analyst:</source>
        <translation>분석가:</translation>
    </message>
    <message>
        <source>Rationale.</source>
        <translation>근거.</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>기록된 근거가 없습니다.</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>작성자:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>관련 대상:</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>진술된 곳</translation>
    </message>
    <message>
        <source>No highlighted passage states this claim.</source>
        <translation>이 주장을 진술하는 하이라이트된 구절이 없습니다.</translation>
    </message>
    <message>
        <source>No source is linked to this claim.</source>
        <translation>이 주장에 연결된 출처가 없습니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>{date} 게시</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>{date} 접속</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>보관본:</translation>
    </message>
    <message>
        <source>Copy in the project:</source>
        <translation>프로젝트 내 사본:</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>출처가 없습니다.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>다른 이름:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>표기:</translation>
    </message>
    <message>
        <source>No actors.</source>
        <translation>행위자가 없습니다.</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>고아 하이라이트</translation>
    </message>
    <message>
        <source>These highlights were not found in the current version of their document. They are kept with the words as highlighted.</source>
        <translation>이 하이라이트들은 문서의 현재 버전에서 찾을 수 없습니다. 하이라이트한 당시의 단어 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>방법론</translation>
    </message>
    <message>
        <source>Analysts highlighted passages of the documents listed in the appendix, linked each passage to the claims it states, the actors it names (keeping each name as written) and the sources that support, contradict or give context to it, and reached a verdict for each claim. Every change was recorded in the project&apos;s hash-chained audit log.</source>
        <translation>분석가들은 부록에 나열된 문서의 구절을 하이라이트하고, 각 구절을 그것이 진술하는 주장, 그것이 지칭하는 행위자(각 이름은 표기 그대로 유지), 그리고 그것을 뒷받침하거나 반박하거나 맥락을 주는 출처에 연결한 뒤, 각 주장에 판정을 내렸습니다. 모든 변경은 프로젝트의 해시 체인 감사 로그에 기록되었습니다.</translation>
    </message>
    <message>
        <source>Analysts: {analysts}. Tool: {tool}; the text of each document was extracted by the tool named in the appendix, and every highlight&apos;s position counts in that text.</source>
        <translation>분석가: {analysts}. 도구: {tool}. 각 문서의 텍스트는 부록에 명시된 도구로 추출되었으며, 모든 하이라이트의 위치는 그 텍스트 기준입니다.</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Source grades (Admiralty system)</source>
        <translation>출처 등급 (해군성 체계)</translation>
    </message>
    <message>
        <source>A grade joins the reliability of the source (a letter) and the credibility of the information (a digit), e.g. B2.</source>
        <translation>등급은 출처의 신뢰도(문자)와 정보의 신빙성(숫자)을 결합합니다. 예: B2.</translation>
    </message>
    <message>
        <source>Anchoring of highlights</source>
        <translation>하이라이트의 고정</translation>
    </message>
    <message>
        <source>Page numbers count from 1. Images show the highlighted region of the PDF page as it is stored in the project.</source>
        <translation>쪽 번호는 1부터 셉니다. 이미지는 프로젝트에 저장된 PDF 페이지의 하이라이트된 영역을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Appendix: documents examined</source>
        <translation>부록: 검토한 문서</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>imported {date}</source>
        <translation>{date} 가져옴</translation>
    </message>
    <message>
        <source>text by {tool}</source>
        <translation>{tool}(으)로 텍스트 추출</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>캡처:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>파일의 SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical text:</source>
        <translation>정규 텍스트의 SHA-256:</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>문서가 없습니다.</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>아직 평가하지 않음.</translation>
    </message>
    <message>
        <source>Accurate; nothing significant is missing.</source>
        <translation>정확함. 중요한 누락이 없음.</translation>
    </message>
    <message>
        <source>Accurate, but needs clarification or additional information.</source>
        <translation>정확하지만 설명이나 추가 정보가 필요함.</translation>
    </message>
    <message>
        <source>Holds both accurate and inaccurate elements.</source>
        <translation>정확한 요소와 부정확한 요소가 모두 있음.</translation>
    </message>
    <message>
        <source>Holds an element of truth but ignores facts that would change the impression.</source>
        <translation>일부 사실을 담고 있으나 인상을 바꿀 사실을 무시함.</translation>
    </message>
    <message>
        <source>Not accurate.</source>
        <translation>정확하지 않음.</translation>
    </message>
    <message>
        <source>Accurate elements put together to give a false impression.</source>
        <translation>정확한 요소들을 조합해 잘못된 인상을 줌.</translation>
    </message>
    <message>
        <source>The evidence available cannot confirm or refute it.</source>
        <translation>현재의 증거로는 확인도 반박도 할 수 없음.</translation>
    </message>
    <message>
        <source>found at the position where it was highlighted</source>
        <translation>하이라이트한 위치에서 찾음</translation>
    </message>
    <message>
        <source>the same words found at another position of a new version of the document</source>
        <translation>같은 단어를 문서의 새 버전의 다른 위치에서 찾음</translation>
    </message>
    <message>
        <source>an approximate match of the words in a new version (the score says how close)</source>
        <translation>새 버전에서 단어가 근사하게 일치함 (점수가 얼마나 가까운지 나타냄)</translation>
    </message>
    <message>
        <source>not found in the current version of the document; the quote is shown as it was highlighted</source>
        <translation>문서의 현재 버전에서 찾을 수 없음. 인용문은 하이라이트한 그대로 표시됨</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
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
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export verification report</source>
        <translation>검증 보고서 내보내기</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>주장:</translation>
    </message>
    <message>
        <source>All claims ({count})</source>
        <translation>모든 주장 ({count})</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>저장 형식:</translation>
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
        <translation>저장…</translation>
    </message>
    <message>
        <source>Could not build the report: {exc}</source>
        <translation>보고서를 만들 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Save verification report</source>
        <translation>검증 보고서 저장</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Quote</source>
        <translation>인용문</translation>
    </message>
    <message>
        <source>Words as written; case, accents and dashes ignored</source>
        <translation>표기 그대로의 단어. 대소문자, 악센트, 대시는 무시</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>A Python regular expression, e.g. \b\d{1,3}(,\d{3})+ troops</source>
        <translation>Python 정규식, 예: \b\d{1,3}(,\d{3})+ troops</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>An actor&apos;s name or alias: finds every name, alias and confirmed misspelling</source>
        <translation>행위자의 이름이나 별칭: 모든 이름, 별칭, 확인된 철자 오류를 찾습니다</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>모든 문서 검색…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>모든 문서 검색</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>검색 대상</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the search; the results found so far stay listed</source>
        <translation>검색을 중지합니다. 지금까지 찾은 결과는 목록에 남습니다</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (중지됨)</translation>
    </message>
    <message>
        <source>Searching… {count} so far</source>
        <translation>검색 중… 지금까지 {count}개</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>일치 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>일치 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> (문서 %Ln개에서)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln; narrow the search)</source>
        <translation>
            <numerusform> (처음 %Ln개, 검색 범위를 좁히십시오)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Name recorded on your highlights and in the audit log</source>
        <translation>하이라이트와 감사 로그에 기록되는 이름</translation>
    </message>
    <message>
        <source>Analyst name:</source>
        <translation>분석가 이름:</translation>
    </message>
    <message>
        <source>eng</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1</source>
        <translation>+로 이은 Tesseract 언어 팩, 예: eng+rus+kor. 설치됨: %1</translation>
    </message>
    <message>
        <source>none found (install tesseract-ocr)</source>
        <translation>찾을 수 없음 (tesseract-ocr 설치)</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>OCR 언어:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정 따름</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>모양:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>The language changes when Sourcemark is next started.</source>
        <translation>언어는 Sourcemark를 다음에 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>off (File &gt; Sync now)</source>
        <translation>끔 (파일 &gt; 지금 동기화)</translation>
    </message>
    <message>
        <source>Sync the open project with the team&apos;s server every N minutes (0: off)</source>
        <translation>열린 프로젝트를 N분마다 팀 서버와 동기화 (0: 끔)</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>동기화 간격:</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>기본 색상</translation>
    </message>
    <message>
        <source>Claim colour:</source>
        <translation>주장 색상:</translation>
    </message>
    <message>
        <source>Actor colour:</source>
        <translation>행위자 색상:</translation>
    </message>
    <message>
        <source>Source colour:</source>
        <translation>출처 색상:</translation>
    </message>
    <message>
        <source>Highlight colour:</source>
        <translation>하이라이트 색상:</translation>
    </message>
    <message>
        <source>Question colour:</source>
        <translation>질문 색상:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous pane (the reader and each panel on screen)</source>
        <translation>다음 / 이전 창 (읽기 화면과 화면의 각 패널)</translation>
    </message>
    <message>
        <source>Next / previous field within a pane; leaving a text field saves it</source>
        <translation>창 안의 다음 / 이전 필드. 텍스트 필드를 벗어나면 저장됨</translation>
    </message>
    <message>
        <source>Save the inspector field being typed in, and stay in it</source>
        <translation>입력 중인 검사기 필드를 저장하고 그대로 머무름</translation>
    </message>
    <message>
        <source>Edit the verdict in the Claims table</source>
        <translation>주장 표에서 판정 편집</translation>
    </message>
    <message>
        <source>Close the Find bar or a dialog (a dialog with typed text asks first)</source>
        <translation>찾기 막대나 대화 상자 닫기 (입력한 텍스트가 있는 대화 상자는 먼저 물어봄)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>기능</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>신빙성</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>인용한 항목</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>하이라이트 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>주장 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Sync: {exc}</source>
        <translation>동기화: {exc}</translation>
    </message>
    <message>
        <source> (end-to-end encrypted)</source>
        <translation> (종단 간 암호화됨)</translation>
    </message>
    <message>
        <source>File &gt; Sync now to sync with the team&apos;s server</source>
        <translation>팀 서버와 동기화하려면 파일 &gt; 지금 동기화</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>서버에 연결 중…</translation>
    </message>
    <message>
        <source>Sync failed: {exc}</source>
        <translation>동기화 실패: {exc}</translation>
    </message>
    <message>
        <source>Could not sync: {outcome}</source>
        <translation>동기화할 수 없습니다: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) left</source>
        <translation>
            <numerusform>; 남은 충돌 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>; not purged: {note}</source>
        <translation>; 영구 삭제되지 않음: {note}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({total} 중 {done})</translation>
    </message>
    <message>
        <source>Syncing: {phase}{counts}</source>
        <translation>동기화 중: {phase}{counts}</translation>
    </message>
    <message>
        <source>Sync: decide the conflicts</source>
        <translation>동기화: 충돌 결정</translation>
    </message>
    <message>
        <source>Sync with this server?</source>
        <translation>이 서버와 동기화할까요?</translation>
    </message>
    <message>
        <source>This project names a sync server you have not confirmed on this computer:

{url}

Syncing sends the project, and the sync credentials set on this computer, to it. Sync with it?</source>
        <translation>이 프로젝트는 이 컴퓨터에서 확인하지 않은 동기화 서버를 지정합니다:

{url}

동기화하면 프로젝트와 이 컴퓨터에 설정된 동기화 자격 증명을 그 서버로 보냅니다. 동기화할까요?</translation>
    </message>
    <message>
        <source> from {analysts}</source>
        <translation> ({analysts}에게서)</translation>
    </message>
    <message>
        <source>Synced with {url}: nothing else came in{by}.</source>
        <translation>{url}와(과) 동기화됨: 더 들어온 것이 없습니다{by}.</translation>
    </message>
    <message numerus="yes">
        <source>Synced with {url}: %Ln change(s){by} came in and are already in this project.</source>
        <translation>
            <numerusform>{url}와(과) 동기화됨: 변경 %Ln건{by}이(가) 들어와 이미 이 프로젝트에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>동기화 안 됨</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>{when} 동기화됨</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>동기화한 적 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>대기 중인 변경 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>충돌 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to purge from the server</source>
        <translation>
            <numerusform>서버에서 영구 삭제 대기 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>server not confirmed: File &gt; Sync now</source>
        <translation>서버 미확인: 파일 &gt; 지금 동기화</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln purged from the server</source>
        <translation>
            <numerusform>; 서버에서 %Ln건 영구 삭제됨</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not support _purge: earlier revisions stay there until an admin compacts the database</source>
        <translation>서버가 _purge를 지원하지 않음: 관리자가 데이터베이스를 압축할 때까지 이전 리비전이 남습니다</translation>
    </message>
    <message>
        <source>the server refused _purge (CouchDB allows it to database admins only): earlier revisions stay there until an admin purges or compacts the database</source>
        <translation>서버가 _purge를 거부함 (CouchDB는 데이터베이스 관리자에게만 허용): 관리자가 영구 삭제하거나 데이터베이스를 압축할 때까지 이전 리비전이 남습니다</translation>
    </message>
    <message>
        <source>Checking the server</source>
        <translation>서버 확인 중</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>변경 사항 받는 중</translation>
    </message>
    <message>
        <source>Comparing what came in</source>
        <translation>받은 내용 비교 중</translation>
    </message>
    <message>
        <source>Fetching files</source>
        <translation>파일 가져오는 중</translation>
    </message>
    <message>
        <source>Comparing with the last sync</source>
        <translation>마지막 동기화와 비교 중</translation>
    </message>
    <message>
        <source>Sending files</source>
        <translation>파일 보내는 중</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>변경 사항 보내는 중</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Sync with the team&apos;s server</source>
        <translation>팀 서버와 동기화</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>데이터베이스 URL</translation>
    </message>
    <message>
        <source>Encrypt end to end (the server stores only ciphertext)</source>
        <translation>종단 간 암호화 (서버에는 암호문만 저장됨)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>암호 문구 다시</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>데이터베이스 URL:</translation>
    </message>
    <message>
        <source>http(s)://host:port/database; user:password@ is used, never stored</source>
        <translation>http(s)://호스트:포트/데이터베이스, user:password@는 사용되지만 저장되지 않음</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>다시:</translation>
    </message>
    <message>
        <source>Type the database URL.</source>
        <translation>데이터베이스 URL을 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>암호 문구는 %n자 이상이어야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
    <message>
        <source>Everyone in the team needs this passphrase. If it is forgotten, nobody can read the server&apos;s copy again.</source>
        <translation>팀원 모두에게 이 암호 문구가 필요합니다. 잊어버리면 누구도 서버의 사본을 다시 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Encrypted team database</source>
        <translation>암호화된 팀 데이터베이스</translation>
    </message>
    <message>
        <source>{url} is encrypted end to end. Its passphrase:</source>
        <translation>{url}은(는) 종단 간 암호화되어 있습니다. 암호 문구:</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln change(s) in</source>
        <translation>
            <numerusform>변경 %Ln건 받음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) out</source>
        <translation>
            <numerusform>리비전 %Ln개 보냄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in</source>
        <translation>
            <numerusform>파일 %Ln개 받음</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}, {files}</source>
        <translation>{url}와(과) 동기화됨: {changes}, {revisions}, {files}</translation>
    </message>
    <message>
        <source>Synced with {url}: {changes}, {revisions}</source>
        <translation>{url}와(과) 동기화됨: {changes}, {revisions}</translation>
    </message>
    <message>
        <source>; from {analysts}</source>
        <translation>; 보낸 사람: {analysts}</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln conflict(s) decided</source>
        <translation>
            <numerusform>; 결정된 충돌 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln deleted on the server, so here too</source>
        <translation>
            <numerusform>; 서버에서 삭제되어 여기서도 삭제됨: %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln left out (unreadable or invalid)</source>
        <translation>
            <numerusform>; 제외됨(읽을 수 없거나 잘못됨): %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here, the next sync starts again</source>
        <translation>동기화 취소됨. 여기서는 아무것도 바뀌지 않았으며 다음 동기화가 처음부터 다시 시작합니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) came in</source>
        <translation>
            <numerusform>변경 %Ln건 들어옴</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent yet, the next sync sends what changed here</source>
        <translation>아직 보낸 것이 없으며 다음 동기화가 여기서 바뀐 것을 보냅니다</translation>
    </message>
    <message>
        <source>{sent} of {total} documents sent, the next sync sends the rest</source>
        <translation>문서 {total}개 중 {sent}개를 보냈으며 다음 동기화가 나머지를 보냅니다</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln document(s) sent, the next sync completes the checkpoint</source>
        <translation>
            <numerusform>문서 %Ln개를 모두 보냈으며 다음 동기화가 체크포인트를 마무리합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; {came_in}, {rest}</source>
        <translation>동기화 취소됨. {came_in}, {rest}</translation>
    </message>
    <message>
        <source>Sync cancelled; {rest}</source>
        <translation>동기화 취소됨. {rest}</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>Merge another analyst&apos;s project</source>
        <translation>다른 분석가의 프로젝트 병합</translation>
    </message>
    <message>
        <source>Could not merge: {exc}</source>
        <translation>병합할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>프로젝트 병합</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n change(s) from {other_name} in one step (Undo reverts it).</source>
        <translation>
            <numerusform>{other_name}의 변경 %n건을 한 단계로 병합했습니다 (실행 취소로 되돌림).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with another analyst&apos;s project</source>
        <translation>다른 분석가의 프로젝트와 비교</translation>
    </message>
    <message>
        <source>Could not compare: {exc}</source>
        <translation>비교할 수 없습니다: {exc}</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <source>Document text</source>
        <translation>문서 텍스트</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>Claim: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>주장: {statement} — &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (as “{written}”)</source>
        <translation> (“{written}”(으)로 표기)</translation>
    </message>
    <message>
        <source>Actor: {name}</source>
        <translation>행위자: {name}</translation>
    </message>
    <message>
        <source>Source: {title} [{grade}] — {relation}</source>
        <translation>출처: {title} [{grade}] — {relation}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>unverified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <source>true</source>
        <translation>사실</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>대체로 사실</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>혼재</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>대체로 거짓</translation>
    </message>
    <message>
        <source>false</source>
        <translation>거짓</translation>
    </message>
    <message>
        <source>misleading</source>
        <translation>오해의 소지</translation>
    </message>
    <message>
        <source>unproven</source>
        <translation>입증되지 않음</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>행위자</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>정확</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>이동됨</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>근사</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>고아</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>person</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>state body</source>
        <translation>국가 기관</translation>
    </message>
    <message>
        <source>media outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>states</source>
        <translation>진술함</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>언급함</translation>
    </message>
    <message>
        <source>made-by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>about</source>
        <translation>관련 대상</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>뒷받침함</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>반박함</translation>
    </message>
    <message>
        <source>context</source>
        <translation>맥락</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>인용함</translation>
    </message>
    <message>
        <source>misspelling</source>
        <translation>철자 오류</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>음역</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>title</source>
        <translation>직함</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>완전히 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>대체로 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>꽤 신뢰할 수 있음</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>대체로 신뢰할 수 없음</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>신뢰할 수 없음</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>신뢰도를 판단할 수 없음</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>다른 출처로 확인됨</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>아마도 사실</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>사실일 수도 있음</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>의심스러움</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>가능성 낮음</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>진위를 판단할 수 없음</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome – Sourcemark</source>
        <translation>환영합니다 – Sourcemark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;Highlight articles and PDFs, link what they say to claims, actors and sources, and record your verdicts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sourcemark&lt;/h2&gt;&lt;p&gt;기사와 PDF를 하이라이트하고, 그 내용을 주장, 행위자, 출처에 연결하고, 판정을 기록하십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sourcemark logo</source>
        <translation>Sourcemark 로고</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>데모 사용해 보기(&amp;D)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>최근 프로젝트</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>최근 프로젝트:</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>최근 프로젝트가 없습니다.</translation>
    </message>
</context>
</TS>
