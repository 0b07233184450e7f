"""What a merge or sync conflict names: the fields an analyst decides on, not the bookkeeping that follows an edit."""

from app.domain.links import Kind
from app.exchange.project_merge import Conflict

BASE = {"id": "c1", "statement": "The bridge reopens in May", "verdict": "unproven", "rev": 2, "history": ["a", "b"]}


def test_an_edit_in_different_seconds_names_the_verdict_not_the_time() -> None:
    mine = {**BASE, "verdict": "false", "modified": "2026-12-07T10:00:00Z"}
    theirs = {**BASE, "verdict": "true", "modified": "2026-12-07T10:00:01Z", "history": ["a", "c"]}
    conflict = Conflict(Kind.CLAIM, "c1", mine, theirs)
    assert conflict.fields == ["verdict"]
    assert conflict.describe() == "claim c1: verdict: false | true"


def test_the_time_is_named_when_nothing_else_differs() -> None:
    mine = {**BASE, "modified": "2026-12-07T10:00:00Z"}
    theirs = {**BASE, "modified": "2026-12-07T10:00:05Z"}
    assert Conflict(Kind.CLAIM, "c1", mine, theirs).fields == ["modified"]


def test_a_deletion_against_an_edit_names_no_fields() -> None:
    assert Conflict(Kind.CLAIM, "c1", None, {**BASE}).fields == []
