"""What a sync says when it ends (`SyncReport`: the CLI's lines and JSON, the GUI's summary and merge dialog) and
what the status bar shows between syncs (`SyncStatus`). Kept apart from the replicator, which re-exports both."""

from dataclasses import dataclass, field

from app.domain.links import Kind
from app.exchange.project_merge import Conflict


@dataclass
class SyncReport:
    url: str
    pulled: int = 0  # objects added, changed or deleted here
    pushed: int = 0  # revisions the server took (objects, deletions, files)
    files_in: int = 0
    conflicts: list[Conflict] = field(default_factory=list)  # left for the analyst (sync without --prefer)
    analysts: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    settled: list[Conflict] = field(default_factory=list)  # decided by this sync's --prefer or choices
    bad: dict[str, str] = field(default_factory=dict)  # server document id -> why it was left out
    deleted: list[str] = field(default_factory=list)  # "annotation A (with link L1)": deleted there, so here
    choices: dict[tuple[Kind, str], str] = field(default_factory=dict, repr=False)  # settled -> mine|theirs
    purged: list[str] = field(default_factory=list)  # deleted with --purge, now gone from the server
    purge_note: str = ""  # why the server kept what was to be purged
    encrypted: bool = False  # the database is end-to-end encrypted (sync.encryption)

    @property
    def unfinished(self) -> bool:
        """Something is left for a person: a conflict, or a server document that could not be read (exit 1)."""
        return bool(self.conflicts or self.bad)

    def lines(self) -> list[str]:
        out = [f"synced with {self.url}: {self.pulled} change(s) in, {self.pushed} revision(s) out"
               + (f", {self.files_in} file(s) in" if self.files_in else "")]
        if len(self.analysts) > 1:
            out.append(f"  from: {', '.join(self.analysts[1:])}")
        out += [f"  decided ({choice}): {cf.describe()}" for cf, choice in self._decisions()]
        out += [f"  deleted there: {line}" for line in self.deleted]
        out += [f"  purged from the server: {doc_id}" for doc_id in self.purged]
        out += [f"  not purged: {self.purge_note}"] if self.purge_note else []
        out += [f"  left out: {line}" for line in self.dropped]
        out += [f"  left out: {doc_id} on the server: {why}" for doc_id, why in sorted(self.bad.items())]
        if self.conflicts:
            out.append(f"{len(self.conflicts)} conflict(s) left as they are (this project | server)")
            out += [f"  {cf.describe()}" for cf in self.conflicts]
        return out

    def _decisions(self) -> list[tuple[Conflict, str]]:
        return [(cf, self.choices.get((cf.kind, cf.oid), "")) for cf in self.settled]


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    url: str
    last_sync: str
    waiting: int  # local changes not on the server yet
    conflicts: int
    confirmed: bool = True  # the user of this machine named `url` for this project (else it came with the folder)
    encrypted: bool = False  # end-to-end encrypted when last synced
    purging: int = 0  # deleted objects the next sync is to purge from the server (services.sync.purge)
