"""Hostile titles, names, claims and page titles reach the terminal visible and inert: no raw ESC, CR, BEL or
bidi override in human-readable output, one row per record; `--json` keeps them exact."""

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from app.cli.terminal import inert, row
from app.services.session import ProjectSession
from tests.fixtures import archives as cap

from .helpers import ARTICLE, cli, new_text_project

EVIL = "Bridge\x1b]0;pwned\x07\x1b[2J\rforged\trow\nsecond line\u202e"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # anything but tab and newline


def _inert(text: str) -> None:
    assert not RAW.search(text), repr(text)  # CR included: it would let a title overwrite its own row


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    root = tmp_path_factory.mktemp("term")
    mine, other = root / "Mine.sourcemark", root / "Other.sourcemark"
    doc_id = new_text_project(mine)
    with ProjectSession.create(other, EVIL, analyst="colleague"):  # its name is printed by merge and agreement
        pass
    for folder in (mine, other):
        assert cli("claim", folder, EVIL).code == 0
        assert cli("actor", folder, EVIL).code == 0
    assert cli("document", mine, doc_id, "--title", EVIL).code == 0
    return mine, other, doc_id


def test_the_helper_makes_controls_visible() -> None:
    assert inert("a\x1b[2Jb\r\n\t\x07\x9b\u202e") == "a\\x1b[2Jb\\r\\n\\t\\x07\\x9b\\u202e"
    assert inert("Київ «quoted» café") == "Київ «quoted» café"  # ordinary text untouched
    assert row("id", "a\tb", 3) == "id\ta\\tb\t3"


@pytest.mark.parametrize("kind", ["documents", "claims", "actors"])
def test_list_is_inert_one_row_per_record_and_json_is_exact(hostile: tuple[Path, Path, str], kind: str) -> None:
    mine, _, _ = hostile
    listed = json.loads(cli("list", mine, kind, "--json").out)
    field = {"documents": "title", "claims": "statement", "actors": "name"}[kind]
    assert EVIL in [r[field] for r in listed]
    result = cli("list", mine, kind)
    assert result.code == 0
    _inert(result.out)
    assert len(result.out.splitlines()) == len(listed)
    assert inert(EVIL) in result.out


def test_history_search_and_add_are_inert(hostile: tuple[Path, Path, str], tmp_path: Path) -> None:
    mine, _, _ = hostile
    for args in (["history", mine], ["search", mine, "bridge"]):
        result = cli(*args)
        assert result.code == 0, result.err
        _inert(result.out + result.err)
    page = tmp_path / "evil.html"
    page.write_text("<!doctype html><html><head><title>Evil&#27;]0;pwned&#7; &#13;forged</title></head><body>"
                    "<article><p>The council voted on Tuesday to close the central library for two years.</p>"
                    "<p>Residents said the closure would hurt students who rely on the reading rooms.</p>"
                    "</article></body></html>")
    result = cli("add", mine, page)
    assert result.code == 0, result.err
    _inert(result.out + result.err)
    assert len(result.out.splitlines()) == 1


def test_merge_and_agreement_are_inert(hostile: tuple[Path, Path, str]) -> None:
    mine, other, _ = hostile
    for args in (["merge", mine, other, "--dry-run"], ["agreement", mine, other]):
        result = cli(*args)
        assert result.code in (0, 1), result.err
        _inert(result.out + result.err)
        assert "\\x1b]0;pwned" in result.out


def test_capture_page_titles_are_inert(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(cap.wacz()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "pages/pages.jsonl":
                body = body.replace(b"Bridge reopens in May", json.dumps(EVIL)[1:-1].encode())
            archive.writestr(info, body)
    path = tmp_path / "evil.wacz"
    path.write_bytes(out.getvalue())
    listed = json.loads(cli("pages", path, "--json").out)
    result = cli("pages", path)
    assert result.code == 0, result.err
    _inert(result.out)
    assert len(result.out.splitlines()) == len(listed)
    if any(p["title"] == EVIL for p in listed):
        assert inert(EVIL) in result.out


def test_an_error_naming_hostile_input_is_one_inert_line(hostile: tuple[Path, Path, str]) -> None:
    mine, _, _ = hostile
    result = cli("text", mine, "\x1b]0;pwned\x07")
    assert result.code == 2 and result.err.count("\n") == 1
    _inert(result.err)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_text_is_exact_in_a_pipe_and_inert_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from app.cli.main import main

    folder = tmp_path / "P.sourcemark"
    body = ARTICLE + "The council voted\x1b]0;pwned\x07 to close the library.\nSecond line\tof text.\n"
    doc_id = new_text_project(folder, body)
    piped = cli("text", folder, doc_id).out
    assert "\x1b]0;pwned\x07" in piped  # a pipe gets the text as stored (offsets are into it)
    screen = _Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    assert main(["text", str(folder), doc_id]) == 0
    shown = screen.getvalue()
    _inert(shown)
    assert "\\x1b]0;pwned\\x07" in shown and shown.count("\n") == piped.count("\n") and "\tof text" in shown
