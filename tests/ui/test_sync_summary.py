"""The status bar's sentence after a sync is the GUI's own, in the interface's language with plural forms, built
from the report's fields; the CLI's English lines stay as they were (ui.jobs.sync_summary)."""



from app.domain.links import Kind
from app.exchange.project_merge import Conflict
from app.services.sync.progress import Stopped, SyncCancelled, Ticker
from app.services.sync.report import SyncReport
from app.ui.jobs.sync_summary import cancelled, summary

URL = "http://127.0.0.1:5984/team"
FSI, PDI = "\u2068", "\u2069"


def _report(**fields: object) -> SyncReport:
    return SyncReport(URL, **fields)  # type: ignore[arg-type]


def test_english_counts_take_their_plural_forms_and_the_cli_lines_stay(qapp) -> None:  # noqa: ANN001
    report = _report(pulled=1, pushed=8)
    assert summary(report) == f"Synced with {URL}: 1 change in, 8 revisions out"
    assert report.lines() == [f"synced with {URL}: 1 change(s) in, 8 revision(s) out"]  # the CLI's contract
    conflict = Conflict(Kind.CLAIM, "c1", {"statement": "a"}, {"statement": "b"})
    busy = _report(pulled=3, pushed=0, files_in=1, analysts=["me", "Olena", "Karim"], settled=[conflict],
                   deleted=["claim “x”", "actor “y”"], dropped=["link L1: no subject"], bad={"claim:c9": "unreadable"})
    assert summary(busy) == (f"Synced with {URL}: 3 changes in, 0 revisions out, 1 file in; from Olena and Karim"
                             "; 1 conflict decided; 2 deleted on the server, so here too"
                             "; 2 left out (unreadable or invalid)")


def test_in_arabic_the_summary_is_arabic_with_the_url_and_names_isolated(arabic) -> None:
    said = summary(_report(pulled=0, pushed=8, analysts=["me", "Olena"], deleted=["claim “x”"]))
    assert said.startswith(f"تمت المزامنة مع {FSI}{URL}{PDI}: ")
    assert "٨" in said and "8" not in said.replace(URL, "")  # the counts in the locale's digits
    assert f"؛ من {FSI}Olena{PDI}" in said and "synced" not in said.lower() and "deleted" not in said


def test_a_cancel_is_worded_from_where_it_stopped(qapp, arabic) -> None:  # noqa: ANN001
    ticker = Ticker(pulled=2, sent=3, to_send=6)
    exc = SyncCancelled(ticker.outcome(), ticker.stopped())
    assert str(exc) == "Sync cancelled; 2 change(s) in, 3 of 6 documents sent, the next sync sends the rest"  # CLI
    assert cancelled(exc) == "أُلغيت المزامنة؛ وصل ٢ تغييران، أُرسل ٣ من ٦ من المستندات، وسترسل المزامنة التالية الباقي"
    assert cancelled(SyncCancelled("cancelled")) == "أُلغيت المزامنة؛ لم يتغير شيء هنا، وستبدأ المزامنة التالية من جديد"


def test_every_cancel_line_in_english(qapp) -> None:  # noqa: ANN001
    def said(pulled: int, sent: int, to_send: int) -> str:
        return cancelled(SyncCancelled("", Stopped(pulled, sent, to_send)))

    assert said(-1, 0, -1) == "Sync cancelled; nothing was changed here, the next sync starts again"
    assert said(0, 0, -1) == "Sync cancelled; nothing sent yet, the next sync sends what changed here"
    assert said(1, 0, -1) == "Sync cancelled; 1 change came in, nothing sent yet, the next sync sends what changed here"
    assert said(0, 0, 6) == "Sync cancelled; 0 of 6 documents sent, the next sync sends the rest"
    assert said(0, 6, 6) == "Sync cancelled; all 6 documents sent, the next sync completes the checkpoint"


def test_the_conflict_dialog_names_fields_and_values_in_the_interface_language(qapp, arabic) -> None:  # noqa: ANN001
    from app.services.sync import replicator
    from app.ui.dialogs.merge_dialog import MergeDialog

    mine = {"statement": "4,000 workers built the bridge.", "verdict": "false"}
    report = _report(pulled=2, analysts=["me", "Olena"],
                     conflicts=[Conflict(Kind.CLAIM, "c1", mine, {**mine, "verdict": "mostly false"}),
                                Conflict(Kind.CLAIM, "c2", None, mine)])
    dialog = MergeDialog(replicator.conflict_preview(report))
    cells = [[dialog.table.item(row, col).text() for col in range(3)] for row in range(2)]
    assert cells[0] == [f"ادعاء «{FSI}4,000 workers built the bridge.{PDI}»", "الحكم: خاطئ", "الحكم: خاطئ في معظمه"]
    assert cells[1][1:] == ["محذوف", "معدَّل"]
    assert "٢ تعارضان" in "\n".join(dialog._summary())  # the count in the locale's digits
