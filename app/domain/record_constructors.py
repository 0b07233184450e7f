"""The fast path for the project's own files: a constructor generated (`exec`) per class, and from_record's
fast checks of annotations and links built on it.

Records the store wrote were validated when they were created; re-running every check on open costs
about a second per 100,000 objects. `from_trusted` converts types (which still fails loudly on a
damaged file) but skips the dataclass checks; `sourcemark check` runs the full `records.from_record`.
A constructor is generated per class: a straight-line function is about twice as fast as a loop
over the fields, and opening a 50,000-annotation project must take under a second.
"""

import dataclasses
import typing
from enum import Enum
from typing import Any

from app.domain.annotations import Annotation, Quad
from app.domain.documents import Document, DocumentMetadata, Provenance
from app.domain.errors import DomainError
from app.domain.links import Kind, Link
from app.domain.record_schema import CLASSES, ENUMS, KIND_ENUM, OMIT_DEFAULT, SAFE_ID


def _quads(value: list[list[float]]) -> tuple[Quad, ...]:
    return tuple(map(Quad._make, value))


def _enum_lookup(enum: type[Enum]) -> Any:
    members = {m.value: m for m in enum}
    return members.__getitem__


def _metadata(value: dict[str, str]) -> DocumentMetadata:
    return DocumentMetadata(**value)


def _trusted_provenance(value: dict[str, Any]) -> Provenance:
    return Provenance(**{**value, "extra": dict(value.get("extra") or {})})


_NUM = (int, float)


class _WrongType(TypeError):
    """A field of a stored record holds a value of another JSON type than the field's."""


def _bad(name: str, value: Any) -> None:
    raise _WrongType(f"field {name!r} has a value of the wrong type ({type(value).__name__})")


def _texts(value: Any) -> bool:
    return type(value) in (list, tuple) and all(type(x) is str for x in value)


def _text_dict(value: Any) -> bool:
    return type(value) is dict and all(type(x) is str for x in value.values())


def _provenance_dict(value: Any) -> bool:
    return type(value) is dict and all(type(x) is str or k == "extra" and _text_dict(x) for k, x in value.items())


def _json_test(hint: Any) -> str:
    """A Python expression over `v` that is true when a JSON value has the field's type (enums and ids
    are checked by their own conversion); '' when there is nothing cheap to check."""
    optional = type(None) in typing.get_args(hint)
    if optional:
        hint = next(h for h in typing.get_args(hint) if h is not type(None))
    hint = getattr(hint, "__supertype__", hint)  # NewType ids are text
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        test = "type(v) is str"
    elif hint is bool:
        test = "type(v) is bool"
    elif hint is int:
        test = "type(v) is int"
    elif hint is float:
        test = "type(v) in NUM"
    elif origin is tuple and args[:1] == (str,):
        test = "texts(v)"
    elif origin is tuple:  # pages and quads: their numbers are checked by from_record (check, other projects)
        test = "type(v) in (list, tuple)"
    elif origin is dict or hint is DocumentMetadata:
        test = "text_dict(v)"
    elif hint is Provenance:
        test = "prov(v)"
    else:
        return ""
    return f"v is None or {test}" if optional else test


_TEST_NAMES = {"type(v) is str": "text", "type(v) is bool": "true or false", "type(v) is int": "a whole number",
               "type(v) in NUM": "a number", "texts(v)": "a list of text", "type(v) in (list, tuple)": "a list",
               "text_dict(v)": "an object of text values", "prov(v)": "an object of text values"}


def _json_types(cls: type) -> tuple[Any, dict[str, str]]:
    """For `cls`: a function returning the first field of a record whose value fails the fast open's own
    JSON type test (`_json_test`, compiled the same way; None if all pass), and what each field asks for in
    words. from_record applies it, so the full path never accepts a record the project's own open refuses
    (a colleague's `"created": 7` merged in made every later command fail). Straight-line code, as
    _make_trusted's: a loop calling one test per field doubled the cost of from_record for a claim."""
    env: dict[str, Any] = {"NUM": _NUM, "texts": _texts, "text_dict": _text_dict, "prov": _provenance_dict,
                           "absent": object()}
    lines = ["def first_wrong(r, type=type, str=str, int=int, bool=bool, list=list, tuple=tuple, NUM=NUM):",
             "    g = r.get"]
    wants: dict[str, str] = {}
    for name, hint in typing.get_type_hints(cls).items():
        test = _json_test(hint)
        if test:
            core = test.removeprefix("v is None or ")
            wants[name] = _TEST_NAMES[core] + (" or null" if core != test else "")
            lines += [f"    v = g({name!r}, absent)", f"    if v is not absent and not ({test}): return {name!r}"]
    lines.append("    return None")
    exec("\n".join(lines), env)  # noqa: S102 - code built from our own dataclass fields only
    return env["first_wrong"], wants


def json_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    names: dict[type, str] = {str: "text", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _make_trusted(cls: type) -> Any:
    """A constructor for `cls` from a trusted record. Two variants are generated: `fast` subscripts the
    fields every record the store writes has and `get`s the ones to_record leaves out when they hold their
    default; a record without one of the former (written by an older version) goes through `slow`, which
    merges the defaults under it first. A bound `get` per field, or the merge per record, cost a third.
    Both check each field's JSON type (`_json_test`): a damaged or hand-edited file must not put a number
    where text belongs; a default is ready as is and needs neither the check nor the conversion."""
    defaults: dict[str, Any] = {}
    env: dict[str, Any] = {"new": object.__new__, "sa": object.__setattr__, "cls": cls, "defaults": defaults,
                           "bad": _bad, "NUM": _NUM, "texts": _texts, "text_dict": _text_dict, "prov": _provenance_dict}
    hints = typing.get_type_hints(cls)
    # the names the type checks use are bound as defaults: fast locals, not global and builtin look-ups
    params = "r, type=type, str=str, int=int, bool=bool, list=list, tuple=tuple, NUM=NUM"
    env["twin"] = twin = _twin(cls)
    born = "new(twin)" if twin is not cls else "new(cls)"
    fast = [f"def fast({params}):", f"    o = {born}", "    g = r.get"]
    slow = [f"def slow({params}):", f"    o = {born}", "    r = {**defaults, **r}"]
    for i, f in enumerate(dataclasses.fields(cls)):
        name = f.name
        if f.default is not dataclasses.MISSING:
            env["defaults"][name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            env["defaults"][name] = f.default_factory()
        if name == "kind" and cls in KIND_ENUM:
            conv: Any = _enum_lookup(KIND_ENUM[cls])
        elif name in ENUMS and name != "kind":
            conv = _enum_lookup(ENUMS[name])
        elif name == "metadata":
            conv = _metadata
        elif name == "provenance":
            conv = _trusted_provenance
        elif name == "quads":
            conv = _quads
        elif name in ("pages", "aliases", "previous_sha256", "history", "hidden_passages") and not (name == "pages" and cls is Document):
            conv = tuple
        else:
            conv = None
        env[f"d{i}"] = defaults.get(name)
        test = _json_test(hints[name])
        for lines, get in ((fast, f"g({name!r}, d{i})" if name in OMIT_DEFAULT else f"r[{name!r}]"), (slow, f"r[{name!r}]")):
            lines.append(f"    v = {get}")
            if test:
                lines.append(f"    if {f'v is not d{i} and ' if name in defaults else ''}not ({test}): bad({name!r}, v)")
            value = "v" if conv is None else f"v if v is None or v is d{i} else c{i}(v)"
            env[f"c{i}"] = conv
            lines.append(f"    o.{name} = {value}" if twin is not cls else f"    sa(o, {name!r}, {value})")
    for lines in (fast, slow):
        lines += ["    o.__class__ = cls", "    return o"] if twin is not cls else ["    return o"]
    build = ["def build(r):", "    try:", "        return fast(r)", "    except KeyError:", "        return slow(r)"]
    exec("\n".join(fast + slow + build), env)  # noqa: S102 - code built from our own dataclass fields only
    return env["build"]


def _twin(cls: type) -> type:
    """A plain class with `cls`'s slots: the constructor fills one with ordinary attribute stores (no frozen
    __setattr__, no object.__setattr__ call per field: a fifth of an open) and then makes it a `cls` by
    assigning __class__, which Python allows between classes of the same slot layout. `cls` itself (set
    through object.__setattr__) when the layouts do not match."""
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": getattr(cls, "__slots__", ())})
    try:
        probe: object = object.__new__(twin)
        probe.__class__ = cls
    except TypeError:
        return cls
    return twin


_TRUSTED = {kind: _make_trusted(cls) for kind, cls in CLASSES.items()}
JSON_TYPES = {cls: _json_types(cls) for cls in CLASSES.values()}


def from_trusted(kind: Kind, record: dict[str, Any]) -> Any:
    try:
        return _TRUSTED[kind](record)
    except _WrongType as exc:
        raise DomainError(f"{kind} {record.get('id', '?')}: damaged record: {exc}") from None
    except (TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:
        raise DomainError(f"{kind} {record.get('id', '?')}: damaged record ({exc!r})") from None


def _trusted_with_invariants(kind: Kind, record: Any) -> Any:
    """The trusted constructor plus the dataclass invariants it skips; None when either refuses the record."""
    if type(record) is not dict:
        return None
    try:
        obj = _TRUSTED[kind](record)
        obj.__post_init__()
    except (DomainError, TypeError, ValueError, KeyError, IndexError, AttributeError):
        return None
    return obj


def _checked_annotation(record: Any) -> Annotation | None:
    """from_record's annotation for a well-formed record, built by the trusted constructor plus every check
    from_record makes (ids, whole page numbers, quad numbers, scores, revision, the dataclass invariants),
    at a third of the cost; None when anything is off, and the full path below then names the problem. It
    accepts only values from_record would keep as they are (a float score, float quad coordinates), so the
    object is the same one from_record builds."""
    ann: Annotation | None = _trusted_with_invariants(Kind.ANNOTATION, record)
    if ann is None:
        return None
    float_ = float
    if not (SAFE_ID.match(ann.id) and SAFE_ID.match(ann.document_id) and ann.rev >= 1
            and all(type(p) is int for p in ann.pages)
            and all(type(q.page) is int and type(q.x0) is float_ and type(q.y0) is float_ and type(q.x1) is float_
                    and type(q.y1) is float_ for q in ann.quads)
            and (ann.score is None or type(ann.score) is float_)
            and (ann.ocr_confidence is None or type(ann.ocr_confidence) is float_)):
        return None
    return ann


def _checked_link(record: Any) -> Link | None:
    """from_record's link for a well-formed record, as _checked_annotation does it for annotations: the trusted
    constructor (JSON types, enum values), the dataclass invariants, and the ids from_record checks (6.5 µs
    per link field by field); None when anything is off, and the full path then names the problem."""
    link: Link | None = _trusted_with_invariants(Kind.LINK, record)
    if link is None:
        return None
    if not (SAFE_ID.match(link.id) and SAFE_ID.match(link.subject_id) and SAFE_ID.match(link.object_id)
            and link.rev >= 1):
        return None
    return link


CHECKED = {Kind.ANNOTATION: _checked_annotation, Kind.LINK: _checked_link}
