"""File > Export > ClaimReview…: author and url asked first; claims lacking what Google requires are listed."""

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app.services import entities
from app.ui.dialogs.claimreview_dialog import ClaimReviewDialog


def test_gaps_follow_the_url_and_the_export_carries_it(main_window, ui_session, tmp_path: Path, monkeypatch,
                                                       message_boxes) -> None:
    claim = next(iter(ui_session.project.claims.values()))
    ui_session.execute(entities.edit_claim(ui_session, claim.id, verdict="false"))
    dialog = main_window.io.claimreview_dialog()
    lines = [dialog.gap_list.item(i).text() for i in range(dialog.gap_list.count())]
    assert lines[0].startswith("no url") and claim.id in lines[1] and "itemReviewed.author" in lines[1]
    dialog.url.setText("https://checks.example/{id}")
    lines = [dialog.gap_list.item(i).text() for i in range(dialog.gap_list.count())]
    assert len(lines) == 1 and claim.id in lines[0]  # the url is given; the claim still lacks its author

    def accept(self: ClaimReviewDialog) -> int:
        self.url.setText("https://checks.example/{id}")
        self.author.setText("Desk <b>")
        return ClaimReviewDialog.DialogCode.Accepted.value

    target = tmp_path / "reviews.json"
    monkeypatch.setattr(ClaimReviewDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert main_window.io.export("claimreview", "annotations", ".json") == target
    text = target.read_text(encoding="utf-8")
    [review] = json.loads(text)
    assert review["url"] == f"https://checks.example/{claim.id}" and review["author"]["name"] == "Desk <b>"
    assert "<b>" not in text and not message_boxes
