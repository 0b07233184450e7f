"""Which revision of Sourcemark's rules for making a document's canonical text is in force.

A document records the SHA-256 of the text it was imported with (`text_sha256`); annotations are anchored to
that text, and `check` and a merge make the text again from the original to prove it (app.services.evidence).
When a release reads a format better, the same original gives another text: checked with today's rules alone,
a document imported by an earlier release would look like a forged text cache. So each rule that changes the
text gets a revision number here, and a check that fails under today's rules tries the earlier ones: a text
made by an earlier release is proved as such, and the document keeps the text its annotations stand on.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

REVISIONS = {
    1: "the rules up to Sourcemark of 2026-12-07",
    2: "an Arabic ligature's letters put in logical order in PDF, EPUB and XPS pages (rtl_ligatures)",
    3: "a web page's lead set in a <div> named as one (class perex, standfirst, …) put back (article_lead)",
    4: "a web page's title: the stated og:title over a <title> that adds the site to it, the <h1> the <title> "
       "names among several, a banner <h1> passed over for the <h2> that is the <title> (page_titles)",
}
CURRENT = max(REVISIONS)
LIGATURES_IN_ORDER = 2
LEAD_IN_DIV = 3
TITLES_STATED = 4
_IN_FORCE: ContextVar[int] = ContextVar("text_rules", default=CURRENT)  # per thread and task: workers may check


def in_force() -> int:
    return _IN_FORCE.get()


def earlier() -> list[int]:
    """The earlier revisions, newest first (what a failed proof tries next)."""
    return sorted((r for r in REVISIONS if r < CURRENT), reverse=True)


@contextmanager
def text_rules(revision: int) -> Iterator[None]:
    """Make texts as revision `revision` of the rules made them, inside the block."""
    if revision not in REVISIONS:
        raise ValueError(f"no text rules revision {revision}")
    token = _IN_FORCE.set(revision)
    try:
        yield
    finally:
        _IN_FORCE.reset(token)
