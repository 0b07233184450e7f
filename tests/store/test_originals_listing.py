"""originals.listed: inside the block find() answers from one listing of originals/, exactly as its glob does."""

import hashlib
import os
from pathlib import Path

from app.store import originals


def _sha(n: int) -> str:
    return hashlib.sha256(str(n).encode()).hexdigest()


def test_find_in_a_listed_block_answers_as_the_glob_does(tmp_path: Path) -> None:
    folder = tmp_path / "P.sourcemark"
    root = folder / "originals"
    root.mkdir(parents=True)
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(b"x")
    (root / _sha(0)).write_bytes(b"plain")  # no extension
    (root / f"{_sha(1)}.pdf").write_bytes(b"pdf")
    (root / f"{_sha(2)}.pdf.tmp").write_bytes(b"half")  # a copy being written: never found
    os.symlink(outside, root / f"{_sha(3)}.pdf")  # leads outside the project: never found
    (root / f"{_sha(4)}.html").mkdir()  # a folder: never found
    (root / f"{_sha(5)}.tmp").write_bytes(b"half")
    (root / f"{_sha(5)}.warc.gz").write_bytes(b"warc")  # found past the temporary one
    (root / _sha(6)).write_bytes(b"first")  # both forms: the plain name first, as find() tries it first
    (root / f"{_sha(6)}.txt").write_bytes(b"second")
    names = [_sha(n) for n in range(8)]  # 7: missing
    globbed = [originals.find(folder, name) for name in names]
    assert globbed == [root / _sha(0), root / f"{_sha(1)}.pdf", None, None, None, root / f"{_sha(5)}.warc.gz",
                       root / _sha(6), None]
    with originals.listed(folder):
        assert [originals.find(folder, name) for name in names] == globbed
        with originals.listed(folder):  # nested: the same listing
            assert originals.find(folder, _sha(1)) == root / f"{_sha(1)}.pdf"
        stored = originals.put(folder, b"new", hashlib.sha256(b"new").hexdigest(), ".txt")  # drops the listing
        assert originals.find(folder, hashlib.sha256(b"new").hexdigest()) == stored
    assert originals.find(folder, hashlib.sha256(b"new").hexdigest()) == stored


def test_a_listed_block_sees_the_folder_as_it_was_on_entry(tmp_path: Path) -> None:
    folder = tmp_path / "P.sourcemark"
    with originals.listed(folder):  # no originals folder yet
        assert originals.find(folder, _sha(1)) is None
        (folder / "originals").mkdir(parents=True)
        (folder / "originals" / f"{_sha(1)}.pdf").write_bytes(b"pdf")  # by someone else, meanwhile
        assert originals.find(folder, _sha(1)) is None
    assert originals.find(folder, _sha(1)) == folder / "originals" / f"{_sha(1)}.pdf"
