"""What the status bar says when a sync ends, worded here in the interface's language from the report's fields.

The services keep their English lines (`SyncReport.lines()`, `SyncCancelled`'s message): they are the CLI's
output, a contract. The GUI composes its own sentence from the counts, with plural forms, and isolates the
analysts' words (the URL, the analysts' names: ui.bidi) so it reads in order in Arabic.
"""

from PySide6.QtCore import QCoreApplication

from app.services.sync.progress import Stopped, SyncCancelled
from app.services.sync.report import SyncReport
from app.ui import bidi
from app.ui.locale_format import format_number


def summary(report: SyncReport) -> str:
    """The first part of the status bar's message: where, what came in and went out, from whom, and what this
    sync decided, deleted or left out (the conflicts and the purge follow: SyncRunner._end)."""
    pulled, pushed, files = report.pulled, report.pushed, report.files_in  # plain names: lupdate reads the counts
    changes = QCoreApplication.translate("SyncSummary", "%Ln change(s) in", "", pulled)
    revisions = QCoreApplication.translate("SyncSummary", "%Ln revision(s) out", "", pushed)
    url = bidi.isolate(report.url)
    if files:
        files_in = QCoreApplication.translate("SyncSummary", "%Ln file(s) in", "", files)
        said = QCoreApplication.translate("SyncSummary", "Synced with {url}: {changes}, {revisions}, {files}").format(
            url=url, changes=changes, revisions=revisions, files=files_in)
    else:
        said = QCoreApplication.translate("SyncSummary", "Synced with {url}: {changes}, {revisions}").format(url=url, changes=changes, revisions=revisions)
    if len(report.analysts) > 1:  # the first is this analyst
        said += QCoreApplication.translate("SyncSummary", "; from {analysts}").format(analysts=bidi.listed(report.analysts[1:]))
    decided, deleted, left_out = len(report.settled), len(report.deleted), len(report.dropped) + len(report.bad)
    if decided:
        said += QCoreApplication.translate("SyncSummary", "; %Ln conflict(s) decided", "", decided)
    if deleted:
        said += QCoreApplication.translate("SyncSummary", "; %Ln deleted on the server, so here too", "", deleted)
    if left_out:
        said += QCoreApplication.translate("SyncSummary", "; %Ln left out (unreadable or invalid)", "", left_out)
    return said


def cancelled(exc: SyncCancelled) -> str:
    """A cancelled sync's one line: what went through and what the next sync does (progress.Ticker.outcome's
    branches, in the interface's language)."""
    stopped = exc.stopped or Stopped()
    if stopped.pulled < 0:
        return QCoreApplication.translate("SyncSummary", "Sync cancelled; nothing was changed here, the next sync starts again")
    pulled = stopped.pulled
    came_in = QCoreApplication.translate("SyncSummary", "%Ln change(s) came in", "", pulled) if pulled else ""
    if stopped.to_send < 0:
        rest = QCoreApplication.translate("SyncSummary", "nothing sent yet, the next sync sends what changed here")
    elif stopped.sent < stopped.to_send:
        rest = QCoreApplication.translate("SyncSummary", "{sent} of {total} documents sent, the next sync sends the rest").format(
            sent=format_number(stopped.sent), total=format_number(stopped.to_send))
    else:
        total = stopped.to_send
        rest = QCoreApplication.translate(
            "SyncSummary", "all %Ln document(s) sent, the next sync completes the checkpoint", "", total)
    if came_in:
        return QCoreApplication.translate("SyncSummary", "Sync cancelled; {came_in}, {rest}").format(came_in=came_in, rest=rest)
    return QCoreApplication.translate("SyncSummary", "Sync cancelled; {rest}").format(rest=rest)
