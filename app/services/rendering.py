"""Page rendering for the GUI's worker thread, without handing it PyMuPDF types.

`renderer_factory` captures what a worker needs (bytes, kind, password) on the GUI thread; the
worker calls the factory to get its own PageRenderer with its own document handle (PyMuPDF
handles must not be shared between threads).
"""

from collections.abc import Callable

from app.documents.render import PageRenderer
from app.services.documents import original_bytes
from app.services.session import ProjectSession

RendererFactory = Callable[[], PageRenderer]


def renderer_factory(session: ProjectSession, document_id: str) -> RendererFactory:
    doc = session.project.documents[document_id]
    data = original_bytes(session, document_id)
    password = session.passwords.get(document_id)

    def make() -> PageRenderer:
        return PageRenderer(data, doc.kind, password)

    return make
