"""Helpers shared by the main-window tests."""

from pathlib import Path

from app.services.documents import document_text
from app.services.session import ProjectSession

ARTICLE = (
    "Minister Anna Kovac said on Monday that the new bridge over the Sava will open in May.\n\n"
    "The ministry newspaper Vjesnik Obrane reported that 4,000 workers had built it in two years.\n\n"
    "Critics, among them the engineer Ivo Markic, disputed the figure. Ana Kovač did not reply.\n"
)


def write_article(folder: Path, name: str = "article.txt", text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def span(session: ProjectSession, document_id: str, quote: str) -> tuple[str, int, int]:
    text = document_text(session, document_id).text
    start = text.index(quote)
    return document_id, start, start + len(quote)
