"""One parser for the commands and the GUI launch; help for every command; "did you mean" on a typo."""

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import build_parser, main
from tests.fixtures.run import run_cli as run


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The GUI's launch replaced by a recorder (no Qt needed): what main would have opened."""
    calls: list[dict[str, Any]] = []

    def launch(project: str | None, **kwargs: Any) -> int:
        calls.append({"project": project, **kwargs})
        return 0

    monkeypatch.setitem(sys.modules, "app.ui.shell.launch", types.SimpleNamespace(launch=launch))
    return calls


@pytest.mark.parametrize("argv, project, demo, screenshot", [
    ([], None, False, None),
    (["--demo"], None, True, None),
    (["Kursk.sourcemark"], "Kursk.sourcemark", False, None),
    (["Kursk.sourcemark", "--screenshot", "out.png"], "Kursk.sourcemark", False, "out.png"),
    (["--screenshot", "out.png", "Kursk.sourcemark"], "Kursk.sourcemark", False, "out.png"),
    (["--demo", "--screenshot", "out.png"], None, True, "out.png"),
    (["--analyst", "ana", "story.pdf"], "story.pdf", False, None),  # a document from a file manager
])
def test_the_gui_launch_goes_through_the_same_parser(capsys, launched, argv, project, demo, screenshot) -> None:
    assert run(capsys, *argv)[0] == 0
    [call] = launched
    assert (call["project"], call["demo"], call["screenshot"]) == (project, demo, screenshot)


def test_a_folder_named_like_a_command_opens_in_the_app(capsys, launched, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").mkdir()
    assert run(capsys, "chek")[0] == 0 and launched[0]["project"] == "chek"


@pytest.mark.parametrize("argv, expected", [
    (["chek", "P"], "unknown command 'chek'; did you mean 'check'?"),
    (["lst", "P", "documents"], "unknown command 'lst'; did you mean 'list'?"),
    (["exprot"], "unknown command 'exprot'; did you mean 'export'?"),
    (["frobnicate", "P"], "unknown command 'frobnicate' (see"),
    (["list", "P", "documents", "--jsn"], "unrecognized arguments: --jsn; did you mean '--json'?"),
    (["--demo", "list", "P", "documents"], "--demo and --screenshot open the desktop app; they take no COMMAND"),
])
def test_a_typo_is_one_line_exit_2_with_a_suggestion(capsys, launched, argv, expected) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "") and err.count("\n") == 1 and expected in err and launched == []


def test_every_command_has_a_description_examples_and_positional_help() -> None:
    parser = build_parser()
    [sub] = [a for a in parser._actions if a.dest == "command"]
    assert len(sub.choices) >= 27
    for name, command in sub.choices.items():
        assert command.description and command.epilog.startswith("examples:\n  "), name
        assert f"sourcemark {name} " in command.epilog, f"no example of {name} runs it"
        for action in command._actions:
            if not action.option_strings:
                assert action.help, f"{name} {action.dest} has no help"


def test_help_of_a_command_shows_its_examples(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["merge", "--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0 and "examples:\n  sourcemark merge P ../boris/P --dry-run" in out
    assert "usage: sourcemark merge [-h]" in out and " PROJECT OTHER_PROJECT" in " ".join(out.split())
    assert "OTHER_PROJECT the other project folder" in " ".join(out.split())


def test_no_flag_in_use_went_away() -> None:
    parser = build_parser()
    [sub] = [a for a in parser._actions if a.dest == "command"]
    now = {f"- {o}" for a in parser._actions for o in a.option_strings}
    now |= {f"{name} {o}" for name, command in sub.choices.items() for a in command._actions for o in a.option_strings}
    before = Path(__file__).with_name("data") / "flags-2026-12.txt"
    kept = [line for line in before.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert len(kept) > 100 and sorted(set(kept) - now) == []


@pytest.mark.parametrize("argv, dest, value", [
    (["add", "P", "a.warc", "--page", "u1", "--page-url", "u2"], "page", ["u1", "u2"]),
    (["history", "P", "-n", "3"], "n", 3),
    (["history", "P", "--limit", "4"], "n", 4),
    (["search", "P", "q", "--limit", "5"], "limit", 5),
    (["search", "P", "q", "-n", "6"], "limit", 6),
])
def test_old_and_new_flag_names_mean_the_same(argv, dest, value) -> None:
    assert getattr(build_parser().parse_args(argv), dest) == value
