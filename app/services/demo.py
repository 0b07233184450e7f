"""The demo project: a wire story and the defence-ministry newspaper it credits, already verified in part.

Built from the samples in resources/samples/ each time (the PDF is typeset at build time, so no
generated binary sits in git). Everything goes through the same builders the GUI uses, so the demo
is also a smoke test of the services. Qt-free.
"""

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.domain.actors import ActorKind
from app.domain.links import Kind, MentionReason, Relation
from app.resources import resource_dir
from app.services import annotate, entities, linking
from app.services.documents import add_document, document_text
from app.services.session import ProjectSession
from app.store.fsio import scratch_writes

SAMPLES = resource_dir() / "samples"
ARTICLE = "wire-story-northern-shield.html"
NEWSPAPER = "voyenny-vestnik-excerpt.txt"
DEMO_NAME = "Demo – Northern Shield"
# Who verified the demo: its highlights, links and audit entries are credited to this analyst, never to the user
# who just typed their name on first run (their own edits in the copy carry their name, as everywhere).
DEMO_ANALYST = "Demo analyst"

# name, kind, aliases, country, description
ACTORS = [
    ("Ilya Brandt", ActorKind.PERSON, ("Brandt",), "Arvenia", "Deputy Defence Minister, Colonel-General"),
    ("Marek Osolin", ActorKind.PERSON, (), "Dostrovia", "Chief of the General Staff"),
    ("Tomas Veliko", ActorKind.PERSON, (), "Dostrovia", "Defence Minister"),
    ("Lena Karsavina", ActorKind.PERSON, (), "Arvenia", "Ambassador to Dostrovia"),
    ("Petr Hladik", ActorKind.PERSON, (), "Dostrovia", "Foreign ministry spokesman"),
    ("Voyenny Vestnik", ActorKind.MEDIA_OUTLET, ("Military Herald",), "Arvenia", "Defence ministry newspaper"),
    ("Ministry of Defence of Arvenia", ActorKind.STATE_BODY, ("Arvenian Ministry of Defence", "Arvenian ministry"), "Arvenia", ""),
]
# key, statement, verdict, rationale
CLAIMS = [
    ("engineers", "About 1,200 Dostrovian military engineers completed mine-clearance training in Arvenia and work in Halsk.",
     "unproven", "Only the defence newspaper gives the figure; satellite images show a new camp but not who is in it."),
    ("exercise", "Northern Shield involved 14,000 troops, the largest exercise since 1991.",
     "misleading", "The ministry's own press release on the opening day said about 9,000 personnel."),
    ("no-troops", "Dostrovia has not sent a single combat soldier abroad.",
     "unverified", "A denial by the minister; no independent evidence either way yet."),
]


@contextmanager
def _temporary_pdf(title: str, body: str) -> Iterator[Path]:
    from app.documents.output.writer import text_to_pdf  # lazy: PyMuPDF only when the demo is built, not copied

    with tempfile.TemporaryDirectory(prefix="sourcemark-demo-") as tmp:
        path = Path(tmp) / "voyenny-vestnik-2024-11-14.pdf"
        path.write_bytes(text_to_pdf(title, body, author="Voyenny Vestnik", created="2024-11-14"))
        yield path


def build_demo_project(folder: Path, *, analyst: str = DEMO_ANALYST) -> Path:
    """Create the demo project in `folder` (which must not exist or be empty) and return the folder.

    Without fsync: the demo is rebuilt on every run, never recovered, and ~200 fsyncs were most of its start-up."""
    with scratch_writes(), ProjectSession.create(Path(folder), DEMO_NAME, analyst=analyst) as session:
        article = _add(session, SAMPLES / ARTICLE)
        title, _, body = (SAMPLES / NEWSPAPER).read_text(encoding="utf-8").partition("\n\n")
        with _temporary_pdf(title.strip(), body.strip()) as pdf:
            newspaper = _add(session, pdf)
        _populate(session, article, newspaper)
    return Path(folder)


def _add(session: ProjectSession, path: Path) -> str:
    result = add_document(session, path)
    if result.command is not None:
        session.execute(result.command)
    return result.document.id


def _populate(session: ProjectSession, article: str, newspaper: str) -> None:
    run = session.execute
    actors: dict[str, str] = {}
    for name, kind, aliases, country, description in ACTORS:
        command, actor = entities.create_actor(session, name, kind=kind, aliases=aliases, country=country, description=description)
        run(command)
        actors[name] = actor.id
    claims: dict[str, str] = {}
    for key, statement, verdict, rationale in CLAIMS:
        command, claim = entities.create_claim(session, statement, verdict=verdict, rationale=rationale)
        run(command)
        claims[key] = claim.id
    sources = _sources(session, newspaper)

    text = document_text(session, article).text

    def at(quote: str) -> tuple[int, int]:
        start = text.index(quote)
        return start, start + len(quote)

    # Spans stating the claims, and the credit to the newspaper.
    for quote, key in [
        ("About 1,200 military engineers from Dostrovia have completed mine-clearance training", "engineers"),
        ("involving 14,000 troops, \"the largest since 1991\"", "exercise"),
        ("\"has not sent a single combat soldier abroad\"", "no-troops"),
    ]:
        run(linking.annotate_and_link(session, article, *at(quote), (Kind.CLAIM, claims[key])))
    run(linking.annotate_and_link(session, article, *at("the official newspaper of the Arvenian Ministry of Defence"),
                                  (Kind.SOURCE, sources["vestnik"]), Relation.CITES))
    run(linking.annotate_and_link(session, article, *at("gave a figure of about 9,000 personnel from both countries"),
                                  (Kind.SOURCE, sources["release"]), Relation.CONTRADICTS))
    run(linking.annotate_and_link(session, article, *at("show fresh vehicle tracks and a new field camp"),
                                  (Kind.SOURCE, sources["observatory"]), Relation.CONTEXT))
    # The wire misspells the general's name: link it with the form as written and the reason.
    run(linking.annotate_and_link(session, article, *at("Marek Ossolin"), (Kind.ACTOR, actors["Marek Osolin"]),
                                  reason=MentionReason.MISSPELLING))
    for name in ("Ilya Brandt", "Tomas Veliko", "Lena Karsavina", "Petr Hladik", "Voyenny Vestnik"):
        mentions = linking.find_all_mentions(session, actors[name], article)
        if mentions is not None:
            run(mentions)
    for quote, note, category in [
        ("The newspaper did not say how the figure was counted", "Ask the ministry press office for the source of the figure.", "question"),
        ("Dostrovia's embassy in Korven did not respond to a request for comment", "Follow up by phone on Monday.", "highlight"),
    ]:
        run(annotate.create_annotation(session, article, *at(quote), category=category, note=note))
    # Claim-level evidence and attribution.
    run(linking.link(session, (Kind.CLAIM, claims["exercise"]), (Kind.SOURCE, sources["release"]), Relation.CONTRADICTS))
    run(linking.link(session, (Kind.CLAIM, claims["engineers"]), (Kind.SOURCE, sources["observatory"]), Relation.CONTEXT))
    run(linking.link(session, (Kind.CLAIM, claims["no-troops"]), (Kind.ACTOR, actors["Tomas Veliko"]), Relation.MADE_BY))
    run(linking.link(session, (Kind.CLAIM, claims["engineers"]), (Kind.ACTOR, actors["Voyenny Vestnik"]), Relation.MADE_BY))
    _mark_newspaper(session, newspaper, actors, claims)


def _sources(session: ProjectSession, newspaper: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, title, values in [
        ("vestnik", "Voyenny Vestnik, 14 Nov 2024: “Engineers of a fraternal army at work in Halsk”",
         dict(publisher="Voyenny Vestnik", published="2024-11-14", reliability="D", credibility=4, document_id=newspaper)),
        ("release", "Arvenian MoD press release on the opening of Northern Shield",
         dict(publisher="Ministry of Defence of Arvenia", published="2024-09-02", reliability="C", credibility=3)),
        ("observatory", "Northern Observatory: satellite images of Halsk district",
         dict(publisher="Northern Observatory", published="2024-11-07", reliability="B", credibility=2,
              url="https://example.org/northern-observatory/halsk")),
    ]:
        command, source = entities.create_source(session, title, **values)
        session.execute(command)
        out[key] = source.id
    return out


def _mark_newspaper(session: ProjectSession, newspaper: str, actors: dict[str, str], claims: dict[str, str]) -> None:
    """The primary source states the same claims; mark them there too, so both documents show highlights."""
    text = document_text(session, newspaper).text
    for quote, key in [("14,000 servicemen took part", "exercise"), ("1,200 Dostrovian military engineers", "engineers")]:
        start = text.find(quote)
        if start >= 0:  # the PDF's line breaks may split a quote; skip rather than fail the demo
            session.execute(linking.annotate_and_link(session, newspaper, start, start + len(quote), (Kind.CLAIM, claims[key])))
    for name in ("Ilya Brandt", "Marek Osolin", "Tomas Veliko"):
        command = linking.find_all_mentions(session, actors[name], newspaper)
        if command is not None:
            session.execute(command)
