"""The demo template: built once, copied fresh for each run, rebuilt when what shapes it changes."""

from pathlib import Path

import pytest

from app.services import demo_cache, entities
from app.services.project_files import open_project


def _counts(folder: Path) -> tuple[int, ...]:
    with open_project(folder, analyst="reader", read_only=True) as session:
        p = session.project
        annotations = sum(len(p.annotations_of(d)) for d in p.documents)
        return (len(p.documents), len(p.claims), len(p.actors), len(p.sources), annotations)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    made: list[Path] = []
    real = demo_cache.build_demo_project

    def counting(folder: Path, *, analyst: str) -> Path:
        made.append(Path(folder))
        return real(folder, analyst=analyst)

    monkeypatch.setattr(demo_cache, "build_demo_project", counting)
    return made


def test_copies_are_fresh_and_equal_to_a_build(tmp_path: Path, builds: list[Path]) -> None:
    cache = tmp_path / "cache"
    first = demo_cache.demo_copy(tmp_path / "one" / "demo", analyst="ana", cache_root=cache)
    assert len(builds) == 1  # the template
    assert not (first / "lock").exists()  # the builder's lock (its pid) stays behind
    with open_project(first, analyst="ana") as session:  # the user edits the first copy...
        session.execute(entities.create_claim(session, "An edit of the demo")[0])
    second = demo_cache.demo_copy(tmp_path / "two" / "demo", analyst="ana", cache_root=cache)
    assert len(builds) == 1  # ...and the second run copies the untouched template, without building
    direct = demo_cache.build_demo_project(tmp_path / "direct" / "demo", analyst="ana")
    assert _counts(second) == _counts(direct) != _counts(first)
    assert [p.name for p in cache.iterdir()] == [f"demo-{demo_cache.cache_key('ana')}"]


def test_another_analyst_or_changed_code_gets_its_own_template(tmp_path: Path, builds: list[Path],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    demo_cache.demo_copy(tmp_path / "a" / "demo", analyst="ana", cache_root=cache)
    demo_cache.demo_copy(tmp_path / "b" / "demo", analyst="bob", cache_root=cache)
    assert len(builds) == 2
    assert [p.name for p in cache.iterdir()] == [f"demo-{demo_cache.cache_key('bob')}"]  # the old one is pruned
    monkeypatch.setattr(demo_cache, "_code_stamp", lambda: "edited demo builder")
    demo_cache.demo_copy(tmp_path / "c" / "demo", analyst="bob", cache_root=cache)
    assert len(builds) == 3


def test_an_unusable_cache_falls_back_to_building_in_place(tmp_path: Path, builds: list[Path]) -> None:
    blocked = tmp_path / "not a folder"
    blocked.write_text("x")
    folder = demo_cache.demo_copy(tmp_path / "x" / "demo", analyst="ana", cache_root=blocked / "cache")
    assert builds == [tmp_path / "x" / "demo"]
    assert _counts(folder)[0] == 2


def test_demo_runs_live_in_the_cache_and_only_abandoned_ones_are_swept(tmp_path: Path) -> None:
    import os

    from app.services.project_files import create_project

    cache = tmp_path / "cache"
    open_run = demo_cache.new_run(cache)
    abandoned = demo_cache.new_run(cache)
    fresh = demo_cache.new_run(cache)
    assert open_run.parent == abandoned.parent == cache / "runs" and len({open_run, abandoned, fresh}) == 3
    session = create_project(open_run / "demo")  # holds its lock, as a running demo does
    create_project(abandoned / "demo").close()  # its process died: the lock is free
    create_project(fresh / "demo").close()
    for run in (open_run, abandoned):
        os.utime(run, (0, 0))  # long ago
    try:
        assert demo_cache.sweep_runs(cache) == [abandoned]
        assert open_run.is_dir() and fresh.is_dir()  # in use; just made (not locked yet)
        assert demo_cache.is_run(open_run / "demo", cache) and not demo_cache.is_run(tmp_path / "x" / "demo", cache)
    finally:
        session.close()
    demo_cache.remove_run(open_run / "demo", cache)
    assert not open_run.exists()
    demo_cache.remove_run(tmp_path / "cache" / "demo", cache)  # not a run: nothing happens
    assert (cache / "runs").is_dir()
