"""A validator for W3C Web Annotation JSON built on the W3C test suite's own draft-04 schemas.

It runs the MUST assertions listed in annotations/annotationMusts.test (and, for collections and
pages, collectionMusts.test / pageMusts.test), resolving `$ref`s across definitions/*.json.
jsonschema only checks "uri" and "date-time" formats when optional packages are installed, so the
two formats the suite uses are checked here, strictly enough that "not a uri" and "yesterday" fail.

Two errata are applied to the suite's schemas (see `_patch`), each needed for the suite's own
`tools/samples/correct` files to pass; without them the validator rejects 6 of the 45 correct samples.
"""

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parents[1] / "data" / "w3c"  # a copy of the parts we use (see its SOURCE.txt)
CONTEXT = "http://www.w3.org/ns/anno.jsonld"

# RFC 3986 absolute URI: a scheme, then no whitespace or characters that are never allowed.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
# RFC 3339 date-time (xsd:dateTime with a time zone, as the model asks).
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

_formats = FormatChecker(formats=())


@_formats.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI.match(value))


@_formats.checks("date-time")
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(_DATE_TIME.match(value))


def available() -> bool:
    return (SUITE / "annotations" / "annotationMusts.test").is_file()


# The Set types of the Candidate Recommendation; samples anno11-13 (and collection1) use them.
_SET_TYPES = ["Choice", "Composite", "List", "Independents"]


def _patch(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Fix two defects of the suite's schemas, each contradicted by the suite's own correct samples.

    1. "Choice or Set" resources: `choiceOrSetTypeDefinition` lists only "Choice" and the body and
       target recognisers refer to `choiceDetected`, so a Composite/List/Independents target (samples
       anno11-13) is "not recognized", although the assertion's error message says "a Choice or Set".
    2. Page assertions written for an embedded collection description (`partOf` as an object, in the
       words of their titles) demand an object, so a page with `partOf` as an IRI (example42/43) fails
       them. A string `partOf` is left to 5.2-pagePartOfValidated, which checks it.
    """
    defs = schema.get("definitions", {})
    if name == "choiceSet.json":
        defs["choiceOrSetTypeDefinition"]["properties"]["type"]["enum"] = list(_SET_TYPES)
    if name == "bodyTarget.json":
        for key in ("targetResourcesFound", "bodyResourcesFound"):
            alternatives = defs[key].get("oneOf") or defs[key]["anyOf"]
            for alt in alternatives:
                if alt.get("$ref") == "choiceSet.json#/definitions/choiceDetected":
                    alt["$ref"] = "choiceSet.json#/definitions/choiceOrSetDetected"
    part_of = schema.get("properties", {}).get("partOf")
    if name.startswith("collections/pages/") and part_of is not None:
        schema["properties"]["partOf"] = {"anyOf": [{"type": "string"}, part_of]}
    return schema


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted((SUITE / "definitions").glob("*.json")):
        schema = _patch(path.name, json.loads(path.read_text(encoding="utf-8")))
        resources.append((schema["id"], Resource.from_contents(schema, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


@cache
def _assertions(test_file: str) -> tuple[tuple[str, Draft4Validator], ...]:
    listing = json.loads((SUITE / test_file).read_text(encoding="utf-8"))
    out = []
    for name in listing["assertions"]:
        schema = _patch(name, json.loads((SUITE / name).read_text(encoding="utf-8")))
        out.append((name, Draft4Validator(schema, registry=_registry(), format_checker=_formats)))
    return tuple(out)


def _failures(test_file: str, instance: Any, where: str) -> Iterator[str]:
    for name, validator in _assertions(test_file):
        if not validator.is_valid(instance):
            yield f"{where}: {Path(name).stem}"


def _types(value: Any) -> list[Any]:
    node = value.get("type") if isinstance(value, dict) else None
    return node if isinstance(node, list) else [node]


def validate(document: Any) -> list[str]:
    """Names of the MUST assertions `document` fails (empty when valid).

    Accepts an Annotation, an AnnotationPage or an AnnotationCollection; items of a page embedded
    in a collection inherit its @context (model section 5).
    """
    if not isinstance(document, dict):
        return ["top level: not a JSON object"]
    types = _types(document)
    if "AnnotationCollection" in types:
        errors = list(_failures("collections/collectionMusts.test", document, "collection"))
        first = document.get("first")
        if isinstance(first, dict):
            errors += _page(first, document.get("@context"), "collection.first")
        return errors
    if "AnnotationPage" in types:
        return _page(document, None, "page")
    return list(_failures("annotations/annotationMusts.test", document, "annotation"))


def _page(page: dict[str, Any], context: Any, where: str) -> list[str]:
    if context is not None and "@context" not in page:
        page = {"@context": context, **page}
    errors = list(_failures("collections/pages/pageMusts.test", page, where))
    items = page.get("items")
    for i, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict) and "@context" not in item and "@context" in page:
            item = {"@context": page["@context"], **item}
        errors += _failures("annotations/annotationMusts.test", item, f"{where}.items[{i}]")
    return errors
