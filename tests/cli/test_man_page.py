"""The man page and the shell completions packaging/build.sh generates (packaging/cli_files.py) from the parser."""

import gzip
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import exit_codes
from app.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("share")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "cli_files.py"), str(out)], check=True, timeout=120,
                   capture_output=True)
    return out


def commands() -> list[str]:
    [sub] = [a for a in build_parser()._actions if a.dest == "command"]
    return list(sub.choices)


def test_the_man_page_lists_every_command_its_examples_and_exit_codes(share: Path) -> None:
    page = gzip.decompress((share / "man/man1/sourcemark.1.gz").read_bytes()).decode("utf-8")
    listed = set(re.findall(r"^\.SH COMMAND \\fI\\,'sourcemark ([a-z-]+)'", page, flags=re.M))
    assert listed == set(commands()) and len(listed) >= 27
    examples = page.split(".SH EXAMPLES", 1)[1].split(".SH ", 1)[0]
    assert all(f"\\fBsourcemark {name}\\fR" in examples for name in commands())
    status = page.split(".SH EXIT STATUS", 1)[1].split(".SH ", 1)[0]
    assert [int(code) for code in re.findall(r"^\\fB(\d+)\\fR$", status, flags=re.M)] == sorted(exit_codes.MEANINGS)
    if shutil.which("man"):  # it renders: man -l reads it without a warning
        shown = subprocess.run(["man", "-l", "-"], input=page, capture_output=True, text=True, timeout=60,
                               env={"MANWIDTH": "100", "PATH": "/usr/bin:/bin", "MAN_KEEP_STDERR": "1"})
        assert shown.returncode == 0 and "sourcemark merge" in shown.stdout and "EXIT STATUS" in shown.stdout


def test_bash_completes_commands_and_flags(share: Path) -> None:
    script = share / "bash-completion/completions/sourcemark"

    def complete(*words: str) -> list[str]:
        code = (f"source {script}; COMP_WORDS=({' '.join(words)}); COMP_CWORD={len(words) - 1}; "
                "_shtab_sourcemark; printf '%s\\n' \"${COMPREPLY[@]}\"")
        return subprocess.run(["bash", "-c", code], capture_output=True, text=True, timeout=60).stdout.split()

    assert complete("sourcemark", "ch") == ["check"]
    assert complete("sourcemark", "list", "P", "documents", "--js") == ["--json"]
    assert "--page-url" in complete("sourcemark", "add", "P", "f.warc", "--page")


def test_zsh_and_fish_scripts_name_every_command(share: Path) -> None:
    for rel in ("zsh/site-functions/_sourcemark", "fish/vendor_completions.d/sourcemark.fish"):
        text = (share / rel).read_text(encoding="utf-8")
        assert all(name in text for name in commands()), rel
