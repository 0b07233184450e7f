"""Start-up: pick the project (argument, demo, last one or the welcome screen), open it, show the window.

`launch` is what `sourcemark [PROJECT|DOCUMENT] [--demo] [--screenshot OUT.png]` calls. In screenshot mode
nothing may block, so errors go to stderr with exit code 2 instead of a message box. A document (what a file
manager passes) is added to a project the user picks; a project's project.json opens the project. A launch
while a Sourcemark window is already running hands its request to that process (single_instance).
"""

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.domain.errors import ProjectLocked, SourcemarkError
from app.services import desktop_recent, project_files
from app.services.demo_cache import demo_copy, is_run, new_run, remove_run
from app.services.session import ProjectSession
from app.ui import i18n
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import Button, ask, install_excepthook, show_error
from app.ui.main_window import MainWindow
from app.ui.palette import CategoryColors
from app.ui.screenshot import take_screenshot
from app.ui.shell import single_instance, startup_probe
from app.ui.shell.add_to_project import NEW_PROJECT, choose_project
from app.ui.shell.application import apply_scheme, make_application
from app.ui.shell.settings import AppSettings
from app.ui.shell.welcome import WelcomeWindow

EXIT_OK, EXIT_FAILED = 0, 2


class Launcher:
    """Owns the open session and its window; replaces them when the user opens another project."""

    def __init__(self, settings: AppSettings, analyst: str, *, headless: bool = False) -> None:
        self.settings = settings
        self.analyst = analyst
        self.headless = headless
        self.colors = CategoryColors(settings.colors())
        self.window: MainWindow | None = None
        self.welcome: WelcomeWindow | None = None
        self.error: str | None = None

    def active_window(self) -> QWidget | None:
        return self.window or self.welcome

    # -- opening -------------------------------------------------------------------------------------------------
    def open(self, folder: Path) -> MainWindow | None:
        previous = self.window.bridge.session.folder if self.window is not None else None
        # The open project closes first, so two big projects never sit in memory together (a desk's year is
        # ~750 MB); if the other one cannot be opened, the user is put back where they were.
        self._close_window()
        session = self._open_session(Path(folder))
        if session is None:
            if previous is not None and self._reopen(previous) is None and not self.headless:
                self.show_welcome()
            return None
        return self._show(session)

    def _show(self, session: ProjectSession) -> MainWindow:
        if not is_run(session.folder, demo_cache_dir()):  # a demo copy is gone after the run: never "recent"
            self.settings.add_recent(session.folder)
            if not self.headless:
                desktop_recent.add_project(session.folder)
        self.window = window = MainWindow(SessionBridge(session), self.settings, self.colors)
        window.openProjectRequested.connect(self.ask_open)
        window.newProjectRequested.connect(self.ask_new)
        window.demoRequested.connect(self.open_demo)
        if not self.headless:
            window.restore_layout()
        window.show()
        last = self.settings.last_document(session.folder)
        first = next(iter(sorted(session.project.documents.values(), key=lambda d: d.imported_at)), None)
        window.open_document(last if last in session.project.documents else first.id if first else None)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None
        return window

    def _reopen(self, folder: Path) -> MainWindow | None:
        """Back to the project that was open before a failed open (it was fine a moment ago)."""
        session = self._open_session(folder)
        return None if session is None else self._show(session)

    def _open_session(self, folder: Path) -> ProjectSession | None:
        try:
            return project_files.open_project(folder, analyst=self.analyst)
        except ProjectLocked as exc:
            if self.headless:
                self._fail(str(exc))
                return None
            answer = ask(self.active_window(), QCoreApplication.translate("Launcher", "Project in use"),
                         QCoreApplication.translate("Launcher", "{exc}\n\nAnother Sourcemark is editing this project. Open it read-only?").format(exc=exc))
            if answer != Button.Yes:
                return None
            try:
                return project_files.open_project(folder, analyst=self.analyst, read_only=True)
            except SourcemarkError as again:
                self._fail(str(again))
                return None
        except SourcemarkError as exc:
            if not self.headless and project_files.looks_like_project(folder):
                return self._offer_backup(folder, exc)
            self._fail(QCoreApplication.translate("Launcher", "Cannot open {name}: {exc}").format(name=folder.name, exc=exc))
            return None

    def _offer_backup(self, folder: Path, exc: SourcemarkError) -> ProjectSession | None:
        """A damaged project: offer its newest good backup (the damaged state is itself kept as a backup)."""
        backup = project_files.newest_good_backup(folder)
        if backup is None:
            self._fail(QCoreApplication.translate("Launcher", "Cannot open {name}: {exc}").format(name=folder.name, exc=exc))
            return None
        answer = ask(self.active_window(), QCoreApplication.translate("Launcher", "Project damaged"),
                     QCoreApplication.translate("Launcher", "Cannot open {name}: {exc}\n\nRestore the newest good backup ({backup})? The damaged files are kept as a backup of their own.").format(name=folder.name, exc=exc, backup=backup))
        if answer != Button.Yes:
            return None
        try:
            project_files.restore_project(folder, backup)
            return project_files.open_project(folder, analyst=self.analyst)
        except SourcemarkError as again:
            self._fail(QCoreApplication.translate("Launcher", "Cannot restore {name}: {exc}").format(name=folder.name, exc=again))
            return None

    def _fail(self, message: str) -> None:
        self.error = message
        if self.headless:
            print(f"sourcemark: error: {' '.join(message.split())}", file=sys.stderr)
        else:
            show_error(self.active_window(), message)

    def open_demo(self) -> MainWindow | None:
        target = demo_folder()
        try:
            folder = demo_copy(target, cache_root=demo_cache_dir())  # credited to the demo's analyst, not the user
        except SourcemarkError as exc:
            remove_run(target, demo_cache_dir())
            self._fail(QCoreApplication.translate("Launcher", "Cannot build the demo project: {exc}").format(exc=exc))
            return None
        window = self.open(folder)
        if window is None:
            remove_run(folder, demo_cache_dir())
        return window

    def add_document(self, document: Path, choose: Callable[[Path, list[str]], str | None] | None = None
                     ) -> MainWindow | None:
        """A document opened from the file manager: into the project the user picks (the open one is offered
        first), or a new one. `choose` stands in for the dialog in tests."""
        current = self.window.bridge.session.folder if self.window is not None else None
        recent = [p for p in self.settings.recent_projects() if Path(p).is_dir()]
        if current is not None and not is_run(current, demo_cache_dir()):
            recent = [str(Path(current).resolve())] + [p for p in recent if p != str(Path(current).resolve())]
        choice = (choose or (lambda d, r: choose_project(d, r, self.active_window())))(document, recent)
        if choice == NEW_PROJECT:
            window = self.ask_new()
        elif choice and current is not None and Path(choice).resolve() == Path(current).resolve():
            window = self.window
        else:
            window = self.open(Path(choice)) if choice else None
        if window is None:
            return None  # cancelled, or the project did not open (the user was told why)
        added = window.io.add_files([document])
        if added:
            window.open_document(added[-1])
        return window

    def handle_request(self, request: dict[str, Any]) -> None:
        """What a later launch handed over (single_instance): open, add or demo, then come to the front."""
        if request.get("open"):
            self.open(Path(str(request["open"])))
        elif request.get("add"):
            self.add_document(Path(str(request["add"])))
        elif request.get("demo"):
            self.open_demo()
        window = self.active_window()
        if window is None:
            self.show_welcome()
            window = self.welcome
        if window is not None:
            window.showNormal() if window.isMinimized() else window.show()
            window.raise_()
            window.activateWindow()

    def ask_open(self, folder: str = "") -> None:
        if not folder:
            folder = QFileDialog.getExistingDirectory(self.active_window(), QCoreApplication.translate("Launcher", "Open project"),
                                                      self.settings.last_folder("projects"))
            if folder:
                self.settings.set_last_folder("projects", Path(folder).parent)  # where projects are kept
        if folder:
            self.open(Path(folder))

    def ask_new(self) -> MainWindow | None:
        start = Path(self.settings.last_folder("projects") or ".") / (QCoreApplication.translate("Launcher", "Untitled") + ".sourcemark")
        target, _ = QFileDialog.getSaveFileName(self.active_window(), QCoreApplication.translate("Launcher", "New project folder"),
                                                str(start) if self.settings.last_folder("projects") else start.name)
        if not target:
            return None
        self.settings.set_last_folder("projects", Path(target).parent)
        try:
            project_files.create_project(Path(target), analyst=self.analyst).close()
        except SourcemarkError as exc:
            self._fail(QCoreApplication.translate("Launcher", "Cannot create the project: {exc}").format(exc=exc))
            return None
        return self.open(Path(target))

    def show_welcome(self) -> None:
        self.welcome = WelcomeWindow(self.settings.recent_projects())
        self.welcome.newRequested.connect(self.ask_new)
        self.welcome.openRequested.connect(self.ask_open)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.show()

    def _close_window(self) -> None:
        if self.window is None:
            return
        window, self.window = self.window, None
        window.close()
        window.bridge.detach()
        window.bridge.session.close()
        folder = window.bridge.session.folder
        window.bridge.session.release()  # its memory is free for the next project at once, not when Qt deletes the window
        window.forget_project()
        remove_run(folder, demo_cache_dir())  # a demo copy lives only as long as its run
        window.destroyed.connect(_collect_soon)
        window.deleteLater()

    def shutdown(self) -> None:
        self._close_window()
        self.settings.sync()


def _collect_soon() -> None:
    """Once a closed window is gone, free its project now: the window's closures form cycles that only the
    collector frees, and with a big project already in the oldest generation no collection would come soon."""
    QTimer.singleShot(0, gc.collect)


def demo_folder() -> Path:
    """A fresh folder for each demo run, in the cache: a copy of the pristine demo, never an old edited one;
    removed when the run closes it."""
    return new_run(demo_cache_dir()) / "Northern Shield demo"


def demo_cache_dir() -> Path:
    """Where the pristine demo is kept between runs (copied, never opened itself)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("sourcemark"))


def settle(milliseconds: int) -> None:
    """Let queued events (layout, render worker results) arrive before a screenshot."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def first_run_analyst(settings: AppSettings, fallback: str,
                      ask: Callable[[str], str | None] | None = None) -> str:
    """Ask the analyst's name (prefilled from the account's full name) and keep it in the settings."""
    from app.ui.shell.first_run import account_full_name, ask_analyst_name

    name = (ask or ask_analyst_name)(account_full_name(fallback) or fallback)
    if name:
        settings.set_analyst(name)
        return name
    return fallback  # closed without a name: asked again next time


def launch_request(argument: str | None, demo: bool) -> dict[str, Any]:
    """What the command line asks for, in absolute paths (it may be handed to another process): {"open": folder},
    {"add": document}, {"demo": True} or {} (just the window). A file manager passes a document, or a project's
    project.json (its MIME type is ours); the desktop's recent list passes a file:// URI."""
    if demo:
        return {"demo": True}
    if not argument:
        return {}
    path = Path(QUrl(argument).toLocalFile() if argument.startswith("file:") else argument).absolute()
    folder = project_files.project_folder_of(path)
    return {"open": str(folder)} if folder is not None else {"add": str(path)}


def launch(project: str | None, *, demo: bool, screenshot: str | None, analyst: str, ask_analyst: bool = False) -> int:
    """ask_analyst: no name was given (--analyst, SOURCEMARK_ANALYST); the first run asks for one."""
    if not _has_display():
        if screenshot is None:
            # Qt would abort with a page of plugin errors; say it in one line instead.
            print("sourcemark: error: no display found (set DISPLAY, or use the command-line subcommands; "
                  "--screenshot works without one)", file=sys.stderr)
            return EXIT_FAILED
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    app = make_application()
    request = launch_request(project, demo)
    headless = screenshot is not None or startup_probe.enabled()
    if not headless and single_instance.hand_over(request):
        return EXIT_OK  # the running Sourcemark took it and came to the front
    settings = AppSettings()
    i18n.apply(app, i18n.choose(settings.language()))  # before any window: texts are set when widgets are built
    if ask_analyst and not headless and not settings.has_analyst():
        analyst = first_run_analyst(settings, analyst)
    launcher = Launcher(settings, settings.analyst(analyst) or analyst, headless=headless)
    install_excepthook(launcher.active_window)
    app.aboutToQuit.connect(launcher.shutdown)
    apply_scheme(app, settings.color_scheme())  # the user's light/dark choice, before any window shows
    if not headless:  # later launches hand their requests to this process
        server = single_instance.InstanceServer(parent=app)
        server.listen()
        server.requestReceived.connect(launcher.handle_request)
    if demo:
        window = launcher.open_demo()
    elif request.get("add") and headless:
        print(f"sourcemark: error: {project} is not a project (to add a document to one: "
              f"sourcemark add PROJECT {project})", file=sys.stderr)
        return EXIT_FAILED
    elif request.get("add"):
        window = launcher.add_document(Path(request["add"]))
    elif request.get("open"):
        window = launcher.open(Path(request["open"]))
    elif screenshot is None and settings.last_project():
        window = launcher.open(Path(settings.last_project() or ""))
    else:
        window = None
    if screenshot is not None:
        if window is None:
            if launcher.error is None:
                print("sourcemark: error: --screenshot needs a PROJECT or --demo", file=sys.stderr)
            return EXIT_FAILED
        settle(300)
        ok = take_screenshot(window, Path(screenshot), settle)
        launcher.shutdown()
        return EXIT_OK if ok else EXIT_FAILED
    if startup_probe.enabled():
        if window is None:
            return startup_probe.report_failure()
        startup_probe.report_when_shown(window, app)
    elif window is None:
        launcher.show_welcome()
    code = app.exec()
    # what shutdown posted (queued signals) is delivered now; no input or timer runs, so nothing re-enters
    QApplication.sendPostedEvents()
    return code
