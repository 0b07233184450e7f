"""Domain objects <-> plain JSON-ready dicts, the one mapping the store and the exchange formats share.

`from_record` accepts untrusted input (imports, a hand-edited project) and turns every problem into a
DomainError that names the field.
"""

import dataclasses
from enum import Enum
from typing import Any

from app.domain.annotations import Annotation, Quad
from app.domain.documents import DocumentMetadata, Provenance
from app.domain.errors import DomainError
from app.domain.links import Kind
from app.domain.project import Obj
from app.domain.record_constructors import CHECKED, JSON_TYPES, from_trusted, json_name
from app.domain.record_schema import CLASSES, ENUMS, KIND_ENUM, OMIT_DEFAULT, SAFE_ID
from app.domain.sources import Source

__all__ = ["CLASSES", "from_record", "from_record_as_opened", "from_trusted", "to_record"]


def to_record(obj: Obj) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in OMIT_DEFAULT and value == OMIT_DEFAULT[f.name]:
            continue  # most objects were never edited, imaged or OCR'd: keep their records short
        out[f.name] = _plain(value)
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Quad):
        return value.as_list()
    if isinstance(value, (DocumentMetadata, Provenance)):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, tuple):
        return [_plain(x) for x in value]
    return value


def from_record(kind: Kind, record: Any) -> Any:
    checked = CHECKED.get(kind)  # annotations and links: `check` and merge validate 50,000 of each
    if checked is not None:
        obj = checked(record)
        if obj is not None:
            return obj
    return _from_fields(kind, record)


def from_record_as_opened(kind: Kind, record: Any) -> tuple[Any, bool]:
    """from_record's object, and whether from_trusted (a project's own open) loads the record too. A record
    can pass from_record and still be refused on open: from_record drops what it does not know inside
    `metadata` and `provenance`, the open refuses it (wrong JSON types no longer pass either path). `check`
    must not take such a file for one the open reads."""
    checked = CHECKED.get(kind)
    if checked is not None:
        obj = checked(record)
        if obj is not None:
            return obj, True  # built by the trusted constructor itself
    obj = _from_fields(kind, record)
    try:
        from_trusted(kind, record)
    except DomainError:
        return obj, False
    return obj, True


def _from_fields(kind: Kind, record: Any) -> Any:
    """from_record field by field: every value converted and checked, every problem named."""
    cls = CLASSES[kind]
    if not isinstance(record, dict):
        raise DomainError(f"a {kind} must be an object, not {type(record).__name__}")
    names, plain, required = _LAYOUT[cls]
    values: dict[str, Any] = {}
    for name, value in record.items():
        if name in plain:  # text fields the dataclass checks itself: nothing to convert
            values[name] = value
        elif name in names:
            values[name] = _field(cls, name, value)
    missing = [name for name in required if name not in values]
    if missing:
        raise DomainError(f"a {kind} needs {', '.join(missing)}")
    try:
        obj = cls(**values)
    except DomainError as exc:
        raise DomainError(f"{kind} {record.get('id', '?')}: {exc}") from None
    except (TypeError, ValueError) as exc:
        raise DomainError(f"{kind} {record.get('id', '?')}: {exc}") from None
    # Then what the dataclass lets through but the project's own open refuses (its `_json_test`s), such as
    # `"created": 7` or `"note": null`: merged in, such a record made every later command fail.
    first_wrong, wants = JSON_TYPES[cls]
    name = first_wrong(record)
    if name is not None:
        raise DomainError(f"{kind} {record.get('id', '?')}: field {name!r} must be {wants[name]}, not {json_name(record[name])}")
    return obj


def _required(f: dataclasses.Field[Any]) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _is_plain(cls: type, name: str) -> bool:
    """Whether `_field` passes this field's value through unchanged (decided once per class, not per record)."""
    special = ("kind", "metadata", "quads", "aliases", "previous_sha256", "history", "hidden_passages")
    return not (name == "id" or name.endswith("_id") or name in special or name in ENUMS or name in _CHECKS
                or name == "pages" and cls is Annotation)


def _layout(cls: type) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    fields = dataclasses.fields(cls)
    return (frozenset(f.name for f in fields), frozenset(f.name for f in fields if _is_plain(cls, f.name)),
            tuple(f.name for f in fields if _required(f)))


def _field(cls: type, name: str, value: Any) -> Any:
    try:
        if name == "id" or name.endswith("_id") and name not in ("wikidata_id",):
            if value is None and name == "document_id" and cls is Source:
                return None
            if not isinstance(value, str) or not SAFE_ID.match(value):
                raise DomainError("must be an id of letters, digits and . _ : - (at most 200, not starting with a dot)")
            return value
        if name == "kind":
            return _member(KIND_ENUM[cls], value)
        if name in ENUMS:
            return _member(ENUMS[name], value)
        if name == "metadata":
            if not isinstance(value, dict):
                raise DomainError("must be an object")
            known = {f.name for f in dataclasses.fields(DocumentMetadata)}
            return DocumentMetadata(**{k: v for k, v in value.items() if k in known})
        if name == "quads":
            return tuple(_quad(q) for q in _list(value))
        if name in ("pages",) and cls is Annotation:
            return tuple(_int(p) for p in _list(value))
        if name in ("aliases", "previous_sha256", "history", "hidden_passages"):
            items = _list(value)
            if not all(isinstance(x, str) for x in items):
                raise DomainError("must be a list of text")
            return tuple(items)
        if name in _CHECKS:
            return _CHECKS[name](value)
        return value
    except DomainError as exc:
        raise DomainError(f"field {name!r} {exc}") from None
    except ValueError:
        raise DomainError(f"field {name!r} has an unknown value {value!r}") from None


_MEMBERS: dict[type[Enum], dict[Any, Enum]] = {}


def _member(enum: type[Enum], value: Any) -> Enum:
    """enum(value), through a dict for the values that exist (Enum's own call is slow per record)."""
    members = _MEMBERS.get(enum)
    if members is None:
        members = _MEMBERS[enum] = {m.value: m for m in enum}
    try:
        return members[value]
    except (KeyError, TypeError):
        return enum(value)  # raises ValueError as before


def _text_object(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(x, str) for x in (*value, *value.values())):
        raise DomainError("must be an object of text fields")
    return dict(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise DomainError("must be true or false")
    return value


def _number_or_none(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DomainError("must be a number")
    return float(value)


def _rev(value: Any) -> int:
    rev = _int(value)
    if rev < 1:
        raise DomainError("must be 1 or more")
    return rev


def _provenance(value: Any) -> Provenance | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise DomainError("must be an object or null")
    known = {f.name for f in dataclasses.fields(Provenance)}
    facts = {k: v for k, v in value.items() if k in known}
    extra = facts.get("extra", {})
    if not isinstance(extra, dict) or not all(isinstance(k, str) and isinstance(x, str) for k, x in extra.items()):
        raise DomainError("extra must be an object of text values")
    facts["extra"] = dict(extra)
    return Provenance(**facts)


_CHECKS = {"exif": _text_object, "ocr": _boolean, "score": _number_or_none, "ocr_confidence": _number_or_none,
           "rev": _rev, "provenance": _provenance}
_LAYOUT = {cls: _layout(cls) for cls in CLASSES.values()}


def _list(value: Any) -> list[Any]:
    if not isinstance(value, (list, tuple)):
        raise DomainError("must be a list")
    return list(value)


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError("must be a whole number")
    return value


_NUMBER = (int, float)  # exact types: bool is not a number here


def _quad(value: Any) -> Quad:
    if type(value) is list and len(value) == 5:  # the usual case, without the generic checks below
        page, x0, y0, x1, y1 = value
        if type(page) in _NUMBER and type(x0) in _NUMBER and type(y0) in _NUMBER and type(x1) in _NUMBER and type(y1) in _NUMBER:
            return Quad(int(page), float(x0), float(y0), float(x1), float(y1))
    items = _list(value)
    if len(items) != 5 or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in items):
        raise DomainError("quads must be [page, x0, y0, x1, y1]")
    return Quad(int(items[0]), float(items[1]), float(items[2]), float(items[3]), float(items[4]))
