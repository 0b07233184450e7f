"""The interface's catalogues: `update` refreshes the .ts sources from the code, `release` compiles them.

    python packaging/translations.py update     # pyside6-lupdate over app/ui -> resources/translations/*.ts
    python packaging/translations.py release    # pyside6-lrelease: *.ts -> *.qm beside them (generated, not in git)

The .ts files are sources (committed, translated with Qt Linguist or by hand); sourcemark_en.ts holds only the
English plural forms (lupdate -pluralonly). dev.sh setup and build.sh run `release`; an install with only the
.ts compiles the one it needs at first run (app/ui/i18n.py).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("uk", "ru", "es", "fr", "ko", "ar")
SOURCES = ("app/ui",)  # every user-visible text of the GUI lives there


def tool(name: str) -> str:
    """PySide6's lupdate/lrelease: the package's own binary (the pyside6-* wrappers may not be on PATH)."""
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / name)


def source_files(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for folder in SOURCES for p in (root / folder).rglob("*.py"))


def update(out: Path = TRANSLATIONS, *extra: str) -> None:
    """Refresh every .ts in `out` from the code (obsolete entries dropped, translations kept)."""
    out.mkdir(parents=True, exist_ok=True)
    files = source_files()
    targets = [str(out / f"sourcemark_{lang}.ts") for lang in LANGUAGES]
    for args in ([*files, "-no-obsolete", "-locations", "none", "-ts", *targets],
                 [*files, "-no-obsolete", "-locations", "none", "-pluralonly", "-source-language", "en",
                  "-target-language", "en", "-ts", str(out / "sourcemark_en.ts")]):
        subprocess.run([tool("lupdate"), "-silent", *extra, *args], cwd=ROOT, check=True)


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    made = []
    for ts in sorted(folder.glob("sourcemark_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        print(f"compiled {len(release())} catalogues into {TRANSLATIONS.relative_to(ROOT)}")
    else:
        sys.exit("usage: python packaging/translations.py update|release")
