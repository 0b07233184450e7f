"""Subcommands that record verification work from scripts: claims, verdicts, actors, sources, links.

Each prints the id of what it made (or changed) on stdout, so a script can chain them:
    C=$(sourcemark claim P "Engineers clear mines near Kursk" --verdict unproven)
    A=$(sourcemark annotate P DOC --start 120 --end 188 | cut -f1)
    sourcemark link P "$A" "$C"            # annotation -> claim: states
"""

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import add_json_flag, emit
from app.domain.errors import DomainError
from app.domain.links import Kind
from app.domain.sources import parse_grade
from app.services import entities, linking, project_files
from app.services.documents import METADATA_FIELDS, edit_document
from app.services.session import ProjectSession

NAMES = ("claim", "verdict", "actor", "source", "link", "document", "delete")
ID_COMMANDS = ("claim", "verdict", "actor", "source", "link", "document")  # those printing the one id they made


def register(sub: Any) -> None:
    p = sub.add_parser("claim", help="add a claim; prints its id")
    p.add_argument("project", type=Path)
    p.add_argument("statement")
    p.add_argument("--verdict", default="unverified", help="unverified, true, mostly true, mixed, mostly false, false, misleading, unproven")
    p.add_argument("--rationale", default="")
    p.set_defaults(run=cmd_claim)

    p = sub.add_parser("verdict", help="set a claim's verdict (and rationale)")
    p.add_argument("project", type=Path)
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("verdict")
    p.add_argument("--rationale", default=None)
    p.set_defaults(run=cmd_verdict)

    p = sub.add_parser("actor", help="add an actor; prints its id")
    p.add_argument("project", type=Path)
    p.add_argument("name")
    p.add_argument("--kind", default="person", help="person, organisation, state body, media outlet, other")
    p.add_argument("--alias", action="append", default=[], help="another name (repeatable)")
    p.add_argument("--wikidata", default="", help="Wikidata id, e.g. Q42")
    p.add_argument("--description", default="")
    p.set_defaults(run=cmd_actor)

    p = sub.add_parser("source", help="add a source; prints its id")
    p.add_argument("project", type=Path)
    p.add_argument("title")
    p.add_argument("--url", default="")
    p.add_argument("--publisher", default="")
    p.add_argument("--published", default="", help="ISO date")
    p.add_argument("--accessed", default="", help="ISO date")
    p.add_argument("--archive-url", default="")
    p.add_argument("--grade", default="F6", help="Admiralty grade: reliability A-F and credibility 1-6, e.g. B2")
    p.add_argument("--notes", default="")
    p.add_argument("--document", default=None, metavar="DOCUMENT_ID", help="the project's copy of this source, if imported")
    p.set_defaults(run=cmd_source)

    p = sub.add_parser("link", help="link an annotation or claim to a claim, actor or source; prints the link id")
    p.add_argument("project", type=Path)
    p.add_argument("subject_id", metavar="SUBJECT_ID", help="an annotation or claim")
    p.add_argument("object_id", metavar="OBJECT_ID", help="a claim, actor or source")
    p.add_argument("--relation", default=None, help="states, mentions, made-by, about, supports, contradicts, context, cites")
    p.add_argument("--as-written", default=None, help="for mentions: the name as the document writes it (default: the quote)")
    p.add_argument("--reason", default="", help="for mentions: misspelling, transliteration, alias, title")
    p.set_defaults(run=cmd_link)

    _register_document(sub)
    for name in ID_COMMANDS:  # each prints one id; {"id": …} for a script that parses JSON everywhere
        add_json_flag(sub.choices[name], '{"id": the id made or changed}')
    p = sub.add_parser("delete", help="delete objects of any kind by id (one undoable step); lists every object "
                                      "it removes, with the links and annotations that hang on them")
    p.add_argument("project", type=Path)
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--purge", action="store_true",
                   help="also purge them from the team's sync server: the next sync removes every revision there "
                        "(where the server allows _purge; else it says what stays)")
    p.set_defaults(run=cmd_delete)


def cmd_delete(args: argparse.Namespace) -> int:
    """Prints one line per removed object: kind, id, and "with ID" for what went because it hung on another."""
    from app.cli.terminal import row, say

    with project_files.open_project(args.project, analyst=args.analyst) as session:
        if args.purge:  # "Delete and purge …", the ids to purge in its audit entry (as the GUI's)
            from app.services.sync import purge

            wish = purge.deletion(session, args.ids)
            session.execute(command := wish.command)
            waiting = purge.want(session, wish.objects)
        else:
            session.execute(command := entities.delete_objects(session, args.ids))
    for op in command.ops:
        print(row(op.kind, op.oid, "" if op.oid in args.ids else "went with what it hung on"))
    if args.purge:
        say(f"{waiting} deleted object(s) will be purged from the team's sync server by the next sync" if waiting
            else "nothing to purge: this project does not sync with a server", err=True)
    return 0


def _register_document(sub: Any) -> None:
    p = sub.add_parser("document", help="correct a document's title or metadata (what exports cite)")
    p.add_argument("project", type=Path)
    p.add_argument("document_id", metavar="DOCUMENT_ID")
    p.add_argument("--title", default=None)
    for name in METADATA_FIELDS:
        p.add_argument(f"--{name}", default=None, help="ISO date" if name == "published" else None)
    p.set_defaults(run=cmd_document)


def cmd_document(args: argparse.Namespace) -> int:
    def build(session: ProjectSession) -> tuple[Any, str]:
        metadata = {name: getattr(args, name) for name in METADATA_FIELDS if getattr(args, name) is not None}
        return edit_document(session, args.document_id, title=args.title, **metadata), args.document_id
    return _run(args, build)


def _run(args: argparse.Namespace, build: Any, documents: tuple[str, ...] | None = ()) -> int:
    """Open (by default without any annotation: these commands change documents, claims, actors and sources),
    build the command, run it and print the id."""
    with project_files.open_project(args.project, analyst=args.analyst, documents=documents) as session:
        command, made_id = build(session)
        session.execute(command)
        if args.json:
            emit({"id": made_id})
        else:
            print(made_id)
    return 0


def cmd_claim(args: argparse.Namespace) -> int:
    def build(session: ProjectSession) -> tuple[Any, str]:
        command, claim = entities.create_claim(session, args.statement, verdict=args.verdict, rationale=args.rationale)
        return command, claim.id
    return _run(args, build)


def cmd_verdict(args: argparse.Namespace) -> int:
    def build(session: ProjectSession) -> tuple[Any, str]:
        changes: dict[str, str] = {"verdict": args.verdict}
        if args.rationale is not None:
            changes["rationale"] = args.rationale
        return entities.edit_claim(session, args.claim_id, **changes), args.claim_id
    return _run(args, build)


def cmd_actor(args: argparse.Namespace) -> int:
    def build(session: ProjectSession) -> tuple[Any, str]:
        command, actor = entities.create_actor(session, args.name, kind=args.kind, aliases=tuple(args.alias),
                                               wikidata_id=args.wikidata, description=args.description)
        return command, actor.id
    return _run(args, build)


def cmd_source(args: argparse.Namespace) -> int:
    reliability, credibility = parse_grade(args.grade)

    def build(session: ProjectSession) -> tuple[Any, str]:
        command, source = entities.create_source(
            session, args.title, url=args.url, publisher=args.publisher, published=args.published,
            accessed=args.accessed, archive_url=args.archive_url, reliability=reliability, credibility=credibility,
            notes=args.notes, document_id=args.document,
        )
        return command, source.id
    return _run(args, build)


def cmd_link(args: argparse.Namespace) -> int:
    def build(session: ProjectSession) -> tuple[Any, str]:
        if args.subject_id not in session.project.claims:
            session.load_all()  # an annotation's link: its document is known only once every annotation is read
        subject = (_kind_of(session, args.subject_id, (Kind.ANNOTATION, Kind.CLAIM)), args.subject_id)
        obj = (_kind_of(session, args.object_id, (Kind.CLAIM, Kind.ACTOR, Kind.SOURCE)), args.object_id)
        command = linking.link(session, subject, obj, args.relation, as_written=args.as_written, reason=args.reason)
        return command, command.ops[0].oid
    return _run(args, build)


def _kind_of(session: ProjectSession, oid: str, kinds: tuple[Kind, ...]) -> Kind:
    found = [kind for kind in Kind if session.project.find(kind, oid) is not None]
    if len(found) > 1:  # only in a project damaged by hand: ids are unique across kinds
        raise DomainError(f"id {oid} names two kinds of object ({found[0]} and {found[1]}); run 'sourcemark check'")
    if found and found[0] in kinds:
        return found[0]
    raise DomainError(f"no {' or '.join(k.value for k in kinds)} with id {oid}")
