"""One sync's run between its stages (`SyncRun`), the checks and state it starts from (`prepare`), and the
exception a failed stage raises (`failed`). Kept apart from app.services.sync.replicator, which runs the stages
and re-exports these names."""

from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.exchange.project_merge import ProjectMergePlan
from app.net.couch import Blocking, CouchClient, SyncError, parse_remote
from app.services import commands as c
from app.services.merge import merging
from app.services.session import ProjectSession
from app.services.sync import encryption
from app.services.sync.decide import PullDecision
from app.services.sync.progress import Cancelled, Progress, SyncCancelled, Ticker
from app.services.sync.report import SyncReport
from app.services.sync.state import SyncStateSession
from app.services.sync.view import SessionView
from app.store import trusted_servers
from app.store.sync_state import SyncState

CHOICES = merging.CHOICES


@dataclass
class SyncRun:
    """One sync between its stages: `sync` runs them in a row (CLI); the GUI runs `plan_pull` and `push_changes` on a
    worker, which reads only `view` (services.sync.view), this run's state and its client."""

    session: ProjectSession
    client: CouchClient
    state: SyncState
    prefer: str | None
    choices: dict[tuple[Kind, str], str]
    ticker: Ticker
    threaded: bool  # the stages run on two threads: the worker's stages read a snapshot
    view: ProjectSession = field(init=False)
    report: SyncReport = field(init=False)
    decision: PullDecision | None = None
    plan: ProjectMergePlan | None = None
    files: list[c.StoredFile] = field(default_factory=list)
    last_seq: Any = 0
    edits: list[object] = field(default_factory=list)  # commands run here while the sync waits on the server
    book: SyncStateSession | None = None  # the one owner of sync.json (services.sync.state): every save goes there
    candidates: list[str] | None = None  # agreed objects our deletions store lists (sync.scope); None: look at all
    secrecy: tuple[bool, encryption.Passphrase | None] = (False, None)  # --encrypt, and where a passphrase comes from

    def __post_init__(self) -> None:
        self.report = SyncReport(self.client.remote.url)
        self.take_view()
        self.session.subscribe(self.edits.append)

    def close(self) -> None:  # done with the server and with hearing of edits (session's thread; twice is harmless)
        self.session.unsubscribe(self.edits.append)
        self.client.close()

    def save(self) -> None:
        assert self.book is not None and self.book.state is self.state
        self.book.save()

    def take_view(self) -> None:  # what the next worker stage reads: the session as it is now (GUI thread)
        self.view = SessionView(self.session).as_session() if self.threaded else self.session



def prepare(session: ProjectSession, url: str | None = None, *, prefer: str | None = None,
            choices: dict[tuple[Kind, str], str] | None = None, progress: Progress | None = None,
            cancelled: Cancelled | None = None, blocking: Blocking | None = None, threaded: bool = False,
            encrypt: bool = False, passphrase: encryption.Passphrase | None = None) -> SyncRun:
    """The checks and the state a sync starts from (on the thread that owns the session); nothing is sent yet."""
    if prefer is not None and prefer not in CHOICES:
        raise DomainError(f"--prefer takes mine or theirs, not {prefer!r}")
    if session.read_only:
        raise DomainError("this project is open read-only; it cannot sync")
    book = SyncStateSession(session.folder)
    state = book.state
    if url is None and not state.url:
        raise DomainError("no server for this project yet: give the database URL once (sourcemark sync PROJECT URL)")
    if url is None and not trusted_servers.confirmed(session.folder, state.url):
        raise SyncError(f"this project's sync.json names {state.url}, which was not confirmed on this machine, so "
                        f"nothing was sent; to sync with it, name it once: sourcemark sync PROJECT {state.url}")
    remote = parse_remote(url or state.url)
    if url is not None:
        trusted_servers.confirm(session.folder, remote.url)  # named by the user: the one confirmation
    state = book.for_server(remote.url)
    return SyncRun(session, CouchClient(remote, blocking=blocking), state, prefer, choices or {},
                   Ticker(progress, cancelled), threaded, book=book, secrecy=(encrypt, passphrase))



def failed(run: SyncRun, exc: BaseException) -> BaseException:
    """The exception a failed stage raises; a cancel keeps what the server acknowledged and says what went through."""
    if isinstance(exc, SyncCancelled):
        if run.ticker.pushing:
            run.save()
        exc = SyncCancelled(run.ticker.outcome(), run.ticker.stopped())
    assert run.book is not None
    run.book.abandon()
    return exc
