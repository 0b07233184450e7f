"""FollowTheMoney export, checked against the schema facts of followthemoney 4.11 (see ftm_schema.py)."""

import json
import re

from app.domain.actors import Actor, ActorKind
from app.exchange.ftm import export_ftm

from .ftm_schema import SCHEMATA
from .story import build_project, oid

COUNTRY = re.compile(r"^[a-z]{2}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _entities(text: str) -> list[dict]:
    lines = text.splitlines()
    assert text.endswith("\n") and all(lines)
    return [json.loads(line) for line in lines]


def validate(entities: list[dict]) -> None:
    """What followthemoney's model would refuse: unknown schema or property, missing required, bad refs."""
    by_id = {e["id"]: e for e in entities}
    assert len(by_id) == len(entities), "entity ids must be unique"
    for e in entities:
        assert set(e) == {"id", "schema", "properties"} and isinstance(e["id"], str) and e["id"]
        schema = SCHEMATA[e["schema"]]
        assert not schema["abstract"]
        for name in schema["required"]:
            assert e["properties"].get(name), f"{e['schema']} needs {name}"
        for name, values in e["properties"].items():
            assert name in schema["properties"], f"{e['schema']} has no property {name}"
            assert isinstance(values, list) and values and all(isinstance(v, str) and v for v in values)
            kind, range_ = schema["properties"][name]
            for value in values:
                if kind == "entity":
                    assert value in by_id, f"{name} points at a missing entity"
                    assert range_ in SCHEMATA[by_id[value]["schema"]]["ancestors"], f"{name} must be a {range_}"
                elif kind == "country":
                    assert COUNTRY.match(value)
                elif kind == "date":
                    assert DATE.match(value)


def test_valid_entities_for_the_whole_project() -> None:
    entities = _entities(export_ftm(build_project()))
    validate(entities)
    schemas = [e["schema"] for e in entities]
    assert schemas.count("Document") == 2 and schemas.count("Person") == 5 and schemas.count("Organization") == 1


def test_actor_names_aliases_and_misspellings_as_written() -> None:
    by_id = {e["id"]: e for e in _entities(export_ftm(build_project()))}
    no = by_id[oid("no")]
    assert no["schema"] == "Person"
    assert no["properties"]["name"] == ["No Kwang Chol"]
    assert no["properties"]["alias"] == ["Но Гван Чхоль"]
    assert no["properties"]["weakAlias"] == ["No Gun Chol"]  # the misspelling the wire story uses
    assert no["properties"]["wikidataId"] == ["Q56235690"] and no["properties"]["country"] == ["kp"]


def test_mentions_and_documentation_tie_actors_to_documents() -> None:
    entities = _entities(export_ftm(build_project()))
    mentions = {(e["properties"]["document"][0], e["properties"]["name"][0]): e for e in entities if e["schema"] == "Mention"}
    m = mentions[(oid("doc-wire"), "No Gun Chol")]
    assert m["properties"]["resolved"] == [oid("no")] and m["properties"]["detectedSchema"] == ["Person"]
    assert (oid("doc-paper"), "Но Гван Чхоль") in mentions
    docs = {(e["properties"]["document"][0], e["properties"]["entity"][0]) for e in entities if e["schema"] == "Documentation"}
    assert (oid("doc-wire"), oid("no")) in docs and (oid("doc-paper"), oid("no")) in docs


def test_documents_and_claims() -> None:
    by_id = {e["id"]: e for e in _entities(export_ftm(build_project()))}
    wire = by_id[oid("doc-wire")]["properties"]
    assert wire["fileName"] == ["wire-2024-11-06.html"] and wire["mimeType"] == ["text/html"]
    assert wire["sourceUrl"] == ["https://wire.example/nk-minister"] and wire["publishedAt"] == ["2024-11-06"]
    note = by_id[oid("no-troops")]
    assert note["schema"] == "Note"
    assert note["properties"]["summary"] == ["Verdict: False. NIS estimate"]
    assert set(note["properties"]["entity"]) == {oid("no"), oid("doc-wire")}


def test_kinds_map_to_schemata_and_free_text_country_is_left_out() -> None:
    p = build_project()
    p.put(Actor("mod", "Ministry of Defence", kind=ActorKind.STATE_BODY, country="Arvenia"))
    p.put(Actor("other", "Unnamed group", kind=ActorKind.OTHER))
    entities = _entities(export_ftm(p))
    validate(entities)
    by_id = {e["id"]: e for e in entities}
    assert by_id["mod"]["schema"] == "PublicBody" and "country" not in by_id["mod"]["properties"]
    assert by_id["other"]["schema"] == "LegalEntity"


def test_one_document_and_stable_output() -> None:
    p = build_project()
    text = export_ftm(p, document_ids={oid("doc-paper")})
    assert text == export_ftm(p, document_ids={oid("doc-paper")})
    entities = _entities(text)
    validate(entities)
    assert {e["id"] for e in entities if e["schema"] in ("Person", "Organization")} == {oid("no")}
