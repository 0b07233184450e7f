"""Render the main window to a PNG for `--screenshot`: a document open, highlights visible, one selected."""

from collections.abc import Callable
from pathlib import Path

from app.domain.annotations import Annotation
from app.ui.main_window import MainWindow

SETTLE_MS = 700  # long enough for the PDF render worker to deliver the visible pages


def showcase_annotation(window: MainWindow) -> Annotation | None:
    """The highlight that shows the idea best: a claim in the most annotated document, else any."""
    project = window.bridge.session.project
    if not project.documents:
        return None
    doc = max(project.documents, key=lambda d: len(project.annotations_by_document.get(d, ())))
    annotations = project.annotations_of(doc)
    claims = [a for a in annotations if a.category == "claim"]
    return (claims or annotations)[0] if annotations else None


def take_screenshot(window: MainWindow, path: Path, settle: Callable[[int], None]) -> bool:
    ann = showcase_annotation(window)
    if ann is not None:
        window.select_annotation(ann.id)
    settle(SETTLE_MS)
    pixmap = window.grab()
    if pixmap.isNull():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    return bool(pixmap.save(str(path), "PNG"))
