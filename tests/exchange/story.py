"""A realistic project built in code: a wire story crediting a defence ministry newspaper, five
officials (one misspelled in the text), three claims and graded sources."""

import hashlib
import uuid

from app.domain.actors import Actor, ActorKind
from app.domain.annotations import CONTEXT, Annotation, Quad
from app.domain.claims import Claim, Verdict
from app.domain.documents import Document, DocumentKind, DocumentMetadata
from app.domain.links import Kind, Link, MentionReason, Relation
from app.domain.project import Project
from app.domain.sources import Source

WIRE_TEXT = (
    "MOSCOW, Nov 6 (Wire) - North Korea's defence minister No Gun Chol told Krasnaya Zvezda, the "
    "newspaper of the Russian Defence Ministry, that \"not a single soldier\" of the Korean People's Army "
    "was in Russia.\n"
    "The minister spoke after talks with Russian Defence Minister Andrei Belousov, Krasnaya Zvezda "
    "reported on Wednesday. Marshal Pak Jong Chon and Kim Jong Sik, a vice director of the party's "
    "Munitions Industry Department, also attended.\n"
    "Ri Pyong Chol was quoted as saying the two sides had signed a plan of military cooperation for "
    "2025. South Korea's intelligence service said about 10,000 North Korean troops were in Russia.\n"
)
PAPER_PAGES = (
    "КРАСНАЯ ЗВЕЗДА\nВыпуск № 124\n",
    "Министр обороны КНДР Но Гван Чхоль заявил: «Ни одного солдата».\n"
    "Стороны подписали план военного сотрудничества на 2025 год.\n",
)
PAPER_TEXT = "".join(PAPER_PAGES)


def oid(name: str) -> str:
    """Stable uuid-shaped ids, so failures name the same objects every run."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"sourcemark-test:{name}"))


def sha(text: str, salt: str = "") -> str:
    return hashlib.sha256((salt + text).encode("utf-8")).hexdigest()


def span(doc: Document, text: str, quote: str, name: str, **extra: object) -> Annotation:
    start = text.index(quote)
    end = start + len(quote)
    return Annotation(
        id=oid(name),
        document_id=doc.id,
        start=start,
        end=end,
        exact=quote,
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        analyst="A. Checker",
        created="2024-11-06T10:00:00Z",
        modified="2024-11-06T10:05:00Z",
        **extra,  # type: ignore[arg-type]
    )


def link(name: str, subject: object, obj: object, relation: Relation, **extra: object) -> Link:
    kinds = {Annotation: Kind.ANNOTATION, Claim: Kind.CLAIM, Actor: Kind.ACTOR, Source: Kind.SOURCE}
    return Link(
        id=oid(name),
        subject_kind=kinds[type(subject)],
        subject_id=subject.id,  # type: ignore[attr-defined]
        object_kind=kinds[type(obj)],
        object_id=obj.id,  # type: ignore[attr-defined]
        relation=relation,
        **extra,  # type: ignore[arg-type]
    )


def documents() -> tuple[Document, Document]:
    wire = Document(
        id=oid("doc-wire"),
        title="N.Korea defence minister denies troops in Russia",
        kind=DocumentKind.HTML,
        original_name="wire-2024-11-06.html",
        sha256=sha(WIRE_TEXT, "file:"),
        text_sha256=sha(WIRE_TEXT),
        metadata=DocumentMetadata(
            author="Wire staff", publisher="Wire", published="2024-11-06", url="https://wire.example/nk-minister"
        ),
        imported_at="2024-11-06T09:00:00Z",
    )
    paper = Document(
        id=oid("doc-paper"),
        title="Красная звезда № 124",
        kind=DocumentKind.PDF,
        original_name="kz-124.pdf",
        sha256=sha(PAPER_TEXT, "file:"),
        text_sha256=sha(PAPER_TEXT),
        pages=2,
        metadata=DocumentMetadata(publisher="Krasnaya Zvezda", published="2024-11-06", language="ru"),
    )
    return wire, paper


def build_project() -> Project:
    p = Project(name="NK minister story")
    wire, paper = documents()
    for d in (wire, paper):
        p.put(d)
    officials = {
        "no": Actor(oid("no"), "No Kwang Chol", aliases=("Но Гван Чхоль",), wikidata_id="Q56235690", country="KP"),
        "belousov": Actor(oid("belousov"), "Andrei Belousov", wikidata_id="Q4119580", country="RU"),
        "pak": Actor(oid("pak"), "Pak Jong Chon", country="KP"),
        "kim": Actor(oid("kim"), "Kim Jong Sik", country="KP"),
        "ri": Actor(oid("ri"), "Ri Pyong Chol", country="KP"),
    }
    paper_outlet = Actor(oid("kz"), "Krasnaya Zvezda", kind=ActorKind.MEDIA_OUTLET, country="RU")
    claims = {
        "no-troops": Claim(oid("no-troops"), "No North Korean soldier is in Russia", Verdict.FALSE, "NIS estimate"),
        "plan": Claim(oid("plan"), "The two sides signed a military cooperation plan for 2025", Verdict.MOSTLY_TRUE),
        "nis": Claim(oid("nis"), "About 10,000 North Korean troops are in Russia", Verdict.UNVERIFIED),
    }
    sources = {
        "kz": Source(oid("src-kz"), "Krasnaya Zvezda", publisher="Russian Defence Ministry", reliability="F",
                     credibility=6, published="2024-11-06", document_id=paper.id),
        "wire": Source(oid("src-wire"), "Wire report", url="https://wire.example/nk-minister", reliability="B",
                       credibility=2),
        "nis": Source(oid("src-nis"), "NIS briefing to lawmakers", reliability="B", credibility=3),
    }
    for obj in [*officials.values(), paper_outlet, *claims.values(), *sources.values()]:
        p.put(obj)

    anns = [
        span(wire, WIRE_TEXT, "No Gun Chol", "a-no", category="actor"),
        span(wire, WIRE_TEXT, "Krasnaya Zvezda", "a-kz", category="source", note="=HYPERLINK(\"x\") credited"),
        span(wire, WIRE_TEXT, "\"not a single soldier\" of the Korean People's Army was in Russia", "a-claim",
             category="claim", note="Contradicted by NIS; see briefing."),
        span(wire, WIRE_TEXT, "Andrei Belousov", "a-belousov", category="actor"),
        span(wire, WIRE_TEXT, "Pak Jong Chon", "a-pak", category="actor"),
        span(wire, WIRE_TEXT, "Kim Jong Sik", "a-kim", category="actor"),
        span(wire, WIRE_TEXT, "Ri Pyong Chol", "a-ri", category="actor"),
        span(wire, WIRE_TEXT, "signed a plan of military cooperation for 2025", "a-plan", category="claim"),
        span(wire, WIRE_TEXT, "about 10,000 North Korean troops were in Russia", "a-nis", category="claim"),
        span(wire, WIRE_TEXT, "Wednesday", "a-plain"),
        span(paper, PAPER_TEXT, "Но Гван Чхоль", "p-no", category="actor", pages=(1,),
             quads=(Quad(1, 72.0, 100.5, 160.25, 112.0),)),
        span(paper, PAPER_TEXT, "Стороны подписали план военного сотрудничества на 2025 год", "p-plan",
             category="claim", pages=(1,), quads=(Quad(1, 72.0, 120.0, 400.0, 132.0),)),
    ]
    for a in anns:
        p.put(a)
    by = {a.id: a for a in anns}

    def a(name: str) -> Annotation:
        return by[oid(name)]

    links = [
        link("l-no", a("a-no"), officials["no"], Relation.MENTIONS, as_written="No Gun Chol",
             reason=MentionReason.MISSPELLING),
        link("l-belousov", a("a-belousov"), officials["belousov"], Relation.MENTIONS),
        link("l-pak", a("a-pak"), officials["pak"], Relation.MENTIONS),
        link("l-kim", a("a-kim"), officials["kim"], Relation.MENTIONS),
        link("l-ri", a("a-ri"), officials["ri"], Relation.MENTIONS),
        link("l-kz-outlet", a("a-kz"), paper_outlet, Relation.MENTIONS),
        link("l-kz-cites", a("a-kz"), sources["kz"], Relation.CITES),
        link("l-claim", a("a-claim"), claims["no-troops"], Relation.STATES),
        link("l-claim-src", a("a-claim"), sources["wire"], Relation.CONTEXT),
        link("l-plan", a("a-plan"), claims["plan"], Relation.STATES),
        link("l-nis", a("a-nis"), claims["nis"], Relation.STATES),
        link("l-p-no", a("p-no"), officials["no"], Relation.MENTIONS, as_written="Но Гван Чхоль"),
        link("l-p-plan", a("p-plan"), claims["plan"], Relation.STATES),
        link("l-made-no", claims["no-troops"], officials["no"], Relation.MADE_BY),
        link("l-made-ri", claims["plan"], officials["ri"], Relation.MADE_BY),
        link("l-contra", claims["no-troops"], sources["nis"], Relation.CONTRADICTS),
        link("l-plan-kz", claims["plan"], sources["kz"], Relation.SUPPORTS),
    ]
    for link_ in links:
        p.put(link_)
    return p


def with_documents_only(project: Project) -> Project:
    """A fresh project holding the same files under other ids, as a colleague's copy would."""
    fresh = Project(name="colleague")
    for doc in project.documents.values():
        fresh.put(Document(**{**_fields(doc), "id": oid("copy-" + doc.id)}))
    return fresh


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}  # type: ignore[attr-defined]
