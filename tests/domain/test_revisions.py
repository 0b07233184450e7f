"""Revision counters and the 'who edited it' rule of docs/reference/merge.md."""

from dataclasses import replace

from app.domain.claims import Claim, Verdict
from app.domain.links import Kind
from app.domain.records import from_record, to_record
from app.domain.revisions import (
    HISTORY_LIMIT,
    Edited,
    content_hash,
    joined_history,
    next_revision,
    record_hash,
    unchanged_since,
    who_edited,
)


def _claim(**kw) -> Claim:
    return Claim("c1", "The bridge reopens in May", **kw)


def test_a_new_object_is_revision_1_and_each_real_change_adds_one() -> None:
    base = _claim()
    assert base.rev == 1 and base.history == ()
    edited = next_revision(base, replace(base, verdict=Verdict.FALSE))
    assert edited.rev == 2 and edited.history == (content_hash(base),)
    again = next_revision(edited, replace(edited, rationale="the ministry denied it"))
    assert again.rev == 3 and again.history == (content_hash(base), content_hash(edited))
    same = next_revision(again, replace(again))
    assert same.rev == 3 and same.history == again.history  # no change in content, no new revision


def test_history_is_capped() -> None:
    obj = _claim()
    for i in range(HISTORY_LIMIT + 5):
        obj = next_revision(obj, replace(obj, rationale=str(i)))
    assert obj.rev == HISTORY_LIMIT + 6 and len(obj.history) == HISTORY_LIMIT


def test_rev_and_history_survive_the_record_round_trip() -> None:
    base = _claim()
    edited = next_revision(base, replace(base, verdict=Verdict.FALSE))
    assert from_record(Kind.CLAIM, to_record(edited)) == edited
    assert "history" not in to_record(base)  # never-edited objects keep short records
    assert to_record(base)["rev"] == 1


def test_who_edited_the_four_cases() -> None:
    base = _claim()
    mine = next_revision(base, replace(base, verdict=Verdict.FALSE))
    theirs = next_revision(base, replace(base, verdict=Verdict.TRUE))
    r = to_record
    assert who_edited(r(base), r(base)) is Edited.NEITHER
    assert who_edited(r(mine), r(base)) is Edited.MINE
    assert who_edited(r(base), r(theirs)) is Edited.THEIRS
    assert who_edited(r(mine), r(theirs)) is Edited.BOTH
    # the same edit made on both sides is no conflict
    twin = next_revision(base, replace(base, verdict=Verdict.FALSE))
    assert who_edited(r(mine), r(twin)) is Edited.NEITHER
    # several edits on one side are still a descendant of the other side's copy
    later = next_revision(mine, replace(mine, rationale="x"))
    assert who_edited(r(later), r(base)) is Edited.MINE


def test_unchanged_since_tells_a_plain_delete_from_an_edit_against_a_delete() -> None:
    base = _claim()
    edited = next_revision(base, replace(base, verdict=Verdict.FALSE))
    assert unchanged_since(to_record(base), to_record(base))
    assert unchanged_since(to_record(base), to_record(edited))  # base is an ancestor of what was deleted
    assert not unchanged_since(to_record(edited), to_record(base))  # edited after the other side's copy


def test_one_content_by_two_paths_joins_both_histories_the_same_way_on_either_side() -> None:
    start = to_record(Claim("c1", "The bridge reopens in May"))
    false, misleading, unproven = (
        to_record(replace(from_record(Kind.CLAIM, start), verdict=Verdict(v))) for v in ("false", "misleading", "unproven"))
    ana = {**unproven, "rev": 3, "history": [content_hash(from_record(Kind.CLAIM, start)), record_hash(false)]}
    dan = {**unproven, "rev": 3, "history": [ana["history"][0], record_hash(misleading)]}
    joined = joined_history(ana, dan)
    assert joined == joined_history(dan, ana) and joined[0] == ana["history"][0] and len(joined) == 3
    for version in (start, false, misleading):  # every version either path passed through stays an ancestor
        assert unchanged_since(version, {**unproven, "rev": 3, "history": joined})
    assert joined_history(ana, {**ana}) == ana["history"]  # one path: nothing to join
    long = {**unproven, "history": [f"{n:016x}" for n in range(HISTORY_LIMIT)]}
    assert len(joined_history(long, dan)) == HISTORY_LIMIT
