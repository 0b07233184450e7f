"""safe_files: what a read of a project file refuses before reading a byte, and what it accepts."""

import hashlib
import os
from pathlib import Path

import pytest

from app.store import safe_files
from app.store.safe_files import UnsafeFile


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "P.sourcemark"
    (folder / "texts").mkdir(parents=True)
    (folder / "project.json").write_bytes(b"{}")
    return folder


def test_a_regular_file_and_a_link_inside_the_folder_are_read(root: Path) -> None:
    (root / "texts" / "alias.json").symlink_to(root / "project.json")
    assert safe_files.read(root / "project.json", root, 10) == b"{}"
    assert safe_files.read(root / "texts" / "alias.json", root, 10) == b"{}"
    assert safe_files.sha256(root / "project.json", root, 10) == hashlib.sha256(b"{}").hexdigest()


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(root: Path) -> None:
    os.mkfifo(root / "audit.jsonl")
    with pytest.raises(UnsafeFile, match="audit.jsonl is not a regular file"):
        safe_files.read(root / "audit.jsonl", root, 1 << 20)
    assert not safe_files.is_regular(root / "audit.jsonl", root)


def test_devices_and_links_out_of_the_folder_are_refused(root: Path, tmp_path: Path) -> None:
    (root / "zero").symlink_to("/dev/zero")
    with pytest.raises(UnsafeFile, match="outside the project folder"):
        safe_files.sha256(root / "zero", root, 1 << 20)
    outside = tmp_path / "elsewhere.json"
    outside.write_bytes(b"{}")
    (root / "texts" / "out.json").symlink_to(outside)
    with pytest.raises(UnsafeFile, match="outside the project folder"):
        safe_files.read(root / "texts" / "out.json", root, 10)
    (root / "sub").symlink_to(tmp_path)  # a folder link: everything through it is outside too
    with pytest.raises(UnsafeFile, match="outside the project folder"):
        safe_files.read(root / "sub" / "elsewhere.json", root, 10)
    assert not safe_files.is_regular(root / "sub" / "elsewhere.json", root)


def test_a_sparse_huge_file_is_refused_by_its_size_before_reading(root: Path) -> None:
    huge = root / "original.pdf"
    with open(huge, "wb") as f:
        f.truncate(64 << 30)  # 64 GiB of hole: reading it would take minutes and all memory
    with pytest.raises(UnsafeFile, match="over the limit"):
        safe_files.read(huge, root, 1 << 20)
    with pytest.raises(UnsafeFile, match="over the limit"):
        safe_files.sha256(huge, root, 1 << 20)


def test_a_missing_file_is_reported_as_missing(root: Path) -> None:
    with pytest.raises(FileNotFoundError):
        safe_files.read(root / "nothing.json", root, 10)


