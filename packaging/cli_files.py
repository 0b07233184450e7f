"""Write the man page and the shell completions of `sourcemark` from its one parser (build time, never committed):

    .venv/bin/python packaging/cli_files.py SHARE     # e.g. dist/sourcemark/share (packaging/build.sh)

SHARE/man/man1/sourcemark.1.gz               argparse-manpage, plus EXAMPLES and EXIT STATUS sections
SHARE/bash-completion/completions/sourcemark shtab
SHARE/zsh/site-functions/_sourcemark         shtab
SHARE/fish/vendor_completions.d/sourcemark.fish   shtab
"""

import argparse
import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402 - after the path: run as a script from anywhere
from app.cli import exit_codes, help_texts  # noqa: E402
from app.cli.main import build_parser  # noqa: E402

COMPLETIONS = {"bash": "bash-completion/completions/sourcemark", "zsh": "zsh/site-functions/_sourcemark",
               "fish": "fish/vendor_completions.d/sourcemark.fish"}


def roff(text: str) -> str:
    """Plain text safe in a man page: backslashes and leading dots or quotes escaped."""
    lines = []
    for line in text.replace("\\", "\\e").replace("-", "\\-").splitlines():
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return "\n".join(lines)


def include_text() -> str:
    """argparse-manpage's --include format: [SECTION] then roff."""
    [sub] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    out = ["[EXAMPLES]"]
    for name, (_, examples) in help_texts.TEXTS.items():
        if name not in sub.choices:  # a command another branch brings
            continue
        out += [".TP", f"\\fBsourcemark {name}\\fR", ".nf", roff(examples), ".fi"]
    out += ["", "[EXIT STATUS]"]
    for code, meaning in sorted(exit_codes.MEANINGS.items()):
        out += [".TP", f"\\fB{code}\\fR", roff(meaning)]
    out += ["", "[SEE ALSO]", roff("docs/user/cli-exit-codes-and-scripting.md: exit codes, --json fields, - for "
                                   "standard input and output, the CSV byte order mark.")]
    return "\n".join(out) + "\n"


def man_page(share: Path) -> Path:
    target = share / "man" / "man1" / "sourcemark.1.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        include, page = Path(tmp) / "extra.ini", Path(tmp) / "sourcemark.1"
        include.write_text(include_text(), encoding="utf-8")
        subprocess.run([sys.executable, "-c", "from argparse_manpage.cli import main; main()", "--module", "app.cli.main", "--function",
                        "build_parser", "--prog", "sourcemark", "--project-name", "Sourcemark",
                        "--version", __version__, "--description", "source verification workbench",
                        "--manual-title", "Sourcemark manual", "--include", str(include), "--output", str(page)],
                       check=True, cwd=ROOT)
        target.write_bytes(gzip.compress(page.read_bytes(), mtime=0))  # mtime 0: the same bytes every build
    return target


def completions(share: Path) -> list[Path]:
    import shtab

    parser = build_parser()
    _mark_paths(parser, shtab)
    written = []
    for shell, rel in COMPLETIONS.items():
        target = share / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(shtab.complete(parser, shell=shell), encoding="utf-8")
        written.append(target)
    return written


def _mark_paths(parser: argparse.ArgumentParser, shtab: object) -> None:
    """Files and folders complete as paths (shtab reads an action's `complete`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                _mark_paths(command, shtab)
        elif action.dest in ("project", "other") or action.metavar in ("A", "B"):
            action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
        elif action.type is Path or action.dest in ("file", "files", "screenshot"):
            action.complete = shtab.FILE  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    share = Path(argv[0])
    for path in [man_page(share), *completions(share)]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
