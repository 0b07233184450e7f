"""Page rendering for the GUI's worker thread, without handing it PyMuPDF types.

`renderer_factory` captures what a worker needs (the stored file, kind, password) on the GUI thread;
the worker calls the factory to get its own PageRenderer with its own document handle (PyMuPDF
handles must not be shared between threads). The bytes are read by the factory, on the worker: the
read releases the interpreter lock, so it overlaps with the GUI thread's own work on opening a
document instead of adding to it.
"""

from collections.abc import Callable

from app.documents.output.render import PageRenderer
from app.domain.errors import DocumentError
from app.services.labels import short
from app.services.session import ProjectSession
from app.store import safe_files

RendererFactory = Callable[[], PageRenderer]


def renderer_factory(session: ProjectSession, document_id: str) -> RendererFactory:
    doc = session.project.documents[document_id]
    missing = f"the stored copy of “{short(doc.title)}” is missing from the project folder"
    path = session.store.original_path(doc.sha256)
    if path is None:
        raise DocumentError(missing)  # the same message as original_bytes, before any thread starts
    password, folder = session.passwords.get(document_id), session.folder

    def make() -> PageRenderer:
        try:
            data = safe_files.read(path, folder, safe_files.MAX_ORIGINAL)  # a regular file, never a pipe or /dev/zero
        except FileNotFoundError:
            raise DocumentError(missing) from None
        return PageRenderer(data, doc.kind, password)

    return make


def page_size(session: ProjectSession, document_id: str, page: int) -> tuple[float, float]:
    """Width and height of a page in points (an image's pixels), read from the stored file."""
    with renderer_factory(session, document_id)() as renderer:
        return renderer.page_size(page)
