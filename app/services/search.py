"""Corpus search: a quote, a regular expression or an actor's names over every document of a project.

Runs over the cached canonical texts (the text all offsets count in), so a hit is a range that can be
highlighted as is. Quote search ignores case, diacritics and dash/space variants, compatibility forms
(Arabic presentation forms) and spaces between CJK characters, as mention matching does
(match_text.matchable maps every match back to offsets in the text). Actor search looks for the actor's name, its aliases and every form as written of its
confirmed mentions (misspellings, transliterations), as whole words.
"""

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.domain.anchoring import describe
from app.domain.annotations import CONTEXT, Quad
from app.domain.errors import DomainError
from app.domain.geometry import DocumentText
from app.domain.links import Kind, Relation
from app.domain.match_text import JOIN, Matchable, compiled, match_key, matchable, words_regex
from app.domain.mentions import find_mentions
from app.domain.normalize import name_key
from app.services.documents import document_text
from app.services.session import ProjectSession

MODES = ("quote", "regex", "actor")
MAX_QUERY = 1000  # characters of a query or pattern
MAX_HITS = 100_000  # a pattern like "." would otherwise list every character of the corpus
FOLDED_CHARS = 64_000_000  # folded texts kept between searches (a GUI session searches again and again)
REGEX_SECONDS = 10.0  # for the whole search, all documents together


@dataclass(frozen=True, slots=True)
class Hit:
    document_id: str
    title: str
    start: int
    end: int
    pages: tuple[int, ...]  # 0-based; empty for unpaged documents
    exact: str
    prefix: str
    suffix: str

    def as_json(self) -> dict[str, object]:
        return {"document_id": self.document_id, "title": self.title, "start": self.start, "end": self.end,
                "pages": list(self.pages), "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}

    def snippet(self, width: int = CONTEXT) -> str:
        """The hit in its context on one line, the match between brackets."""
        text = f"{self.prefix[-width:]}[{self.exact}]{self.suffix[:width]}"
        return " ".join(text.split())


@dataclass
class ProjectSearch:
    """Searches one session's documents; keeps the folded texts it made, for the next query."""

    session: ProjectSession
    _folded: dict[str, Matchable] = field(default_factory=dict)  # text sha256 -> matchable(text)

    def search(self, query: str, *, mode: str = "quote", document_ids: list[str] | None = None,
               limit: int | None = None) -> list[Hit]:
        cap = MAX_HITS if limit is None else min(max(limit, 0), MAX_HITS)
        hits: list[Hit] = []
        for hit in self.hits(query, mode=mode, document_ids=document_ids):
            if len(hits) >= cap:
                break
            hits.append(hit)
        return hits

    def hits(self, query: str, *, mode: str = "quote", document_ids: list[str] | None = None) -> Iterator[Hit]:
        """The hits one by one, as they are found (the GUI streams them into its list from a worker thread).

        The query's shape is checked now (DomainError); a bad pattern or an unknown actor raises when
        the iteration starts. The documents are the ones in the project now: a worker iterating this
        never reads the project's collections again, only those documents' cached texts.
        """
        if mode not in MODES:
            raise DomainError(f"unknown search mode {mode!r}; use one of: {', '.join(MODES)}")
        if not query.strip():
            raise DomainError("the search is empty")
        if len(query) > MAX_QUERY:
            raise DomainError(f"the search is too long (over {MAX_QUERY} characters)")
        docs = self._documents(document_ids)
        titles = {doc_id: self.session.project.documents[doc_id].title for doc_id in docs}
        finder = {"quote": self._quote, "regex": self._regex, "actor": self._actor}[mode]
        ranges = finder(query, docs)  # a bad pattern or an unknown actor raises here, not in a worker
        return (_hit(doc_id, titles[doc_id], text, start, end) for doc_id, text, start, end in ranges)

    def quads(self, hit: Hit) -> tuple[Quad, ...]:
        """Where a hit sits on its pages (PDF points), for the view to scroll to and flash."""
        return document_text(self.session, hit.document_id).quads(hit.start, hit.end)

    # -- finders: (document id, text, start, end) in document order, then text order ---------------------------
    def _quote(self, query: str, docs: list[str]) -> Iterator[tuple[str, DocumentText, int, int]]:
        if quote_pattern(query, Matchable("")) is None:
            raise DomainError("nothing to search for once dashes and spaces are ignored; search a regular expression instead")

        def found() -> Iterator[tuple[str, DocumentText, int, int]]:
            for doc_id, sha in docs_and_keys:
                text = document_text(self.session, doc_id)
                folded = self._folded_text(sha, text)
                pattern = quote_pattern(query, folded)
                assert pattern is not None  # checked above: the query has words
                for m in pattern.finditer(folded.text):
                    yield doc_id, text, *folded.span(m.start(), m.end())

        docs_and_keys = self._keys(docs)
        return found()

    def _regex(self, query: str, docs: list[str]) -> Iterator[tuple[str, DocumentText, int, int]]:
        pattern = compile_pattern(query)

        def found() -> Iterator[tuple[str, DocumentText, int, int]]:
            deadline = time.monotonic() + REGEX_SECONDS
            for doc_id in docs:
                text = document_text(self.session, doc_id)
                try:
                    for m in pattern.finditer(text.text, timeout=max(0.01, deadline - time.monotonic())):
                        if m.end() > m.start():  # an empty match highlights nothing
                            yield doc_id, text, m.start(), m.end()
                except TimeoutError:
                    raise DomainError(f"the regular expression took longer than {REGEX_SECONDS:g} s; "
                                      "make it more specific") from None

        return found()

    def _actor(self, query: str, docs: list[str]) -> Iterator[tuple[str, DocumentText, int, int]]:
        names = actor_names(self.session, find_actor(self.session, query))

        def found() -> Iterator[tuple[str, DocumentText, int, int]]:
            for doc_id, sha in docs_and_keys:
                text = document_text(self.session, doc_id)
                for m in find_mentions(text.text, names, folded=self._folded_text(sha, text)):
                    yield doc_id, text, m.start, m.end

        docs_and_keys = self._keys(docs)
        return found()

    # -- helpers -------------------------------------------------------------------------------------------------
    def _documents(self, document_ids: list[str] | None) -> list[str]:
        project = self.session.project
        for doc_id in document_ids or ():
            if doc_id not in project.documents:
                raise DomainError(f"no document with id {doc_id}")
        ids = document_ids or list(project.documents)
        return sorted(ids, key=lambda d: (project.documents[d].title.casefold(), d))

    def _keys(self, docs: list[str]) -> list[tuple[str, str]]:
        documents = self.session.project.documents
        return [(doc_id, documents[doc_id].text_sha256) for doc_id in docs]

    def _folded_text(self, key: str, text: DocumentText) -> Matchable:
        folded = self._folded.get(key)
        if folded is None:
            folded = self._folded[key] = matchable(text.text)
            while sum(map(len, self._folded.values())) > FOLDED_CHARS and len(self._folded) > 1:
                del self._folded[next(iter(self._folded))]  # the oldest first (dicts keep insertion order)
        return folded



def _hit(doc_id: str, title: str, text: DocumentText, start: int, end: int) -> Hit:
    sel = describe(text.text, start, end)  # the domain cuts quote and context, as for annotations
    return Hit(doc_id, title, start, end, _pages(text, start, end), sel.exact, sel.prefix, sel.suffix)


def search(session: ProjectSession, query: str, *, mode: str = "quote", document_ids: list[str] | None = None,
           limit: int | None = None) -> list[Hit]:
    return ProjectSearch(session).search(query, mode=mode, document_ids=document_ids, limit=limit)


def quote_pattern(query: str, form: Matchable) -> "re.Pattern[str] | None":
    """The pattern quote search runs over the matchable text `form` (it depends on whether the text has
    hyphens between letters, see match_text); None when nothing but spaces and dashes is left."""
    key = match_key(query)
    if not key.replace(JOIN, ""):
        return None
    return compiled(words_regex(key, form))  # fold turns newlines and tabs into spaces


def quote_ranges(folded: Matchable, query: str, limit: int = MAX_HITS) -> list[tuple[int, int]]:
    """Every match of a quote in matchable(text), as (start, end) offsets of the original text.

    What Find in the open document runs: the same matching as project search (case, accents, dashes).
    """
    pattern = quote_pattern(query, folded) if len(query) <= MAX_QUERY else None
    if pattern is None:
        return []
    ranges: list[tuple[int, int]] = []
    for m in pattern.finditer(folded.text):
        ranges.append(folded.span(m.start(), m.end()))
        if len(ranges) >= limit:
            break
    return ranges


def compile_pattern(query: str) -> Any:
    """A regular expression (Python `re` syntax), or one line saying what is wrong with it.

    Compiled with the `regex` package, which reads the same syntax and, unlike `re`, can stop a match
    after a time limit: a pattern like (a|aa)+$ can otherwise run for hours on some texts.
    """
    import regex  # lazily: the CLI starts without it

    try:
        return regex.compile(query, regex.MULTILINE | regex.VERSION0)
    except (regex.error, OverflowError, RecursionError, ValueError) as exc:
        raise DomainError(f"bad regular expression: {exc}") from None


def find_actor(session: ProjectSession, query: str) -> str:
    """An actor by id, or by its name or an alias (ignoring case and diacritics) when exactly one has it."""
    actors = session.project.actors
    if query in actors:
        return query
    key = name_key(query)
    found = [a.id for a in actors.values() if key in {name_key(n) for n in a.names}]
    if not found:
        raise DomainError(f"no actor with id or name {query!r}")
    if len(found) > 1:
        raise DomainError(f"{len(found)} actors are called {query!r}; give the actor's id")
    return found[0]


def actor_names(session: ProjectSession, actor_id: str) -> tuple[str, ...]:
    """The name, the aliases and each form as written of the actor's confirmed mentions ("No Gun Chol")."""
    project = session.project
    actor = project.actors[actor_id]
    written = [link.as_written for link, _ann in project.linked(actor_id, Kind.ANNOTATION)
               if link.relation is Relation.MENTIONS and link.as_written]
    return tuple(dict.fromkeys([*actor.names, *written]))


def _pages(text: DocumentText, start: int, end: int) -> tuple[int, ...]:
    """The pages a hit touches; a hit in the blank between two pages counts on the page before it."""
    if not text.pages:
        return ()
    found = text.pages_of(start, end)
    if found:
        return found
    page = text.page_at(start)  # an int: the text has pages
    return () if page is None else (page,)
