"""WACZ (Web Archive Collection Zipped): a zip of archive/*.warc[.gz], pages/pages.jsonl and datapackage.json.

Pages are the HTML records of the WARC files; when pages/pages.jsonl lists entry pages, only those
are offered, each followed by the archived documents it shows in frames (frames.py); other HTML
records are sub-resources. datapackage.json's sha256 of each WARC file is
checked and the result kept. The zip is guarded like an EPUB: member count and declared sizes are
bounded before anything is read, and every member is then inflated in chunks against a real byte limit:
zipfile's read() inflates a whole member in one call before cutting it to the declared size, so a member
that declares 1 MB and inflates to 600 MB would otherwise cost 600 MB.
"""

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, replace

from app.documents.archives.frames import with_frames
from app.documents.archives.warc import WarcPage, warc_pages
from app.domain.errors import DocumentError

MAX_UNZIPPED = 512 * 2**20
MAX_MEMBERS = 20_000
_CHUNK = 2**20
_WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class WaczPage:
    page: WarcPage
    title: str  # from pages.jsonl
    package_check: str  # "verified" / "mismatch" for the WARC file's hash in datapackage.json, else ""


def is_wacz(data: bytes, suffix: str) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    if suffix == ".wacz":
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist()[:MAX_MEMBERS])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return False
    return "datapackage.json" in names and any(n.startswith("archive/") for n in names)


def wacz_pages(data: bytes, name: str) -> list[WaczPage]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = _guard(archive, name)
            budget = _Budget(name)
            titles = _entry_pages(archive, members, budget)
            hashes = _package_hashes(archive, members, budget)
            out: list[WaczPage] = []
            for member in sorted(m for m in members if m.endswith(_WARC_SUFFIXES)):
                blob = budget.read(archive, member)
                check = _check(hashes.get(member), blob)
                for page in warc_pages(blob, f"{name} ({member})", member=member):
                    out.append(WaczPage(page, titles.get(page.url, ""), check))
    except DocumentError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError, KeyError) as exc:
        raise DocumentError(f"{name} is not a readable WACZ archive ({type(exc).__name__}).") from exc
    if titles:  # the entry pages pages.jsonl lists, each followed by the archived pages it shows as frames
        listed = [p.page for p in out if p.page.url in titles]
        if listed:
            about = {p.page.record_id: p for p in out}
            out = [replace(about[page.record_id], page=page) for page in with_frames([p.page for p in out], listed)]
    return out


def _guard(archive: zipfile.ZipFile, name: str) -> set[str]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise DocumentError(f"{name} holds too many files ({len(infos)}); refused.")
    if sum(info.file_size for info in infos) > MAX_UNZIPPED:
        raise DocumentError(f"{name} inflates to more than {MAX_UNZIPPED // 2**20} MB; refused (a zip bomb?).")
    members = {info.filename for info in infos}
    if not any(m.startswith("archive/") and m.endswith(_WARC_SUFFIXES) for m in members):
        raise DocumentError(f"{name} is not a WACZ archive (no archive/*.warc.gz inside).")
    return members


class _Budget:
    """Bytes actually inflated from the archive so far, against MAX_UNZIPPED (declared sizes are not trusted)."""

    def __init__(self, name: str) -> None:
        self.name, self.left = name, MAX_UNZIPPED

    def read(self, archive: zipfile.ZipFile, member: str) -> bytes:
        parts: list[bytes] = []
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):  # read(n) inflates at most n bytes per call
                self.left -= len(chunk)
                if self.left < 0:
                    raise DocumentError(f"{self.name} inflates to more than {MAX_UNZIPPED // 2**20} MB; "
                                        "refused (a zip bomb?).")
                parts.append(chunk)
        return b"".join(parts)


def _entry_pages(archive: zipfile.ZipFile, members: set[str], budget: _Budget) -> dict[str, str]:
    """url -> title from pages/pages.jsonl (its first line is a format header without a url)."""
    if "pages/pages.jsonl" not in members:
        return {}
    pages: dict[str, str] = {}
    for line in budget.read(archive, "pages/pages.jsonl").decode("utf-8", "replace").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("url"), str):
            title = entry.get("title")
            pages[entry["url"]] = title[:200] if isinstance(title, str) else ""
    return pages


def _package_hashes(archive: zipfile.ZipFile, members: set[str], budget: _Budget) -> dict[str, str]:
    if "datapackage.json" not in members:
        return {}
    try:
        package = json.loads(budget.read(archive, "datapackage.json"))
    except ValueError:
        return {}
    resources = package.get("resources") if isinstance(package, dict) else None
    out: dict[str, str] = {}
    for item in resources if isinstance(resources, list) else []:
        if isinstance(item, dict) and isinstance(item.get("path"), str) and isinstance(item.get("hash"), str):
            out[item["path"]] = item["hash"]
    return out


def _check(stated: str | None, blob: bytes) -> str:
    if not stated or not stated.startswith("sha256:"):
        return ""
    return "verified" if hashlib.sha256(blob).hexdigest() == stated[len("sha256:"):].lower() else "mismatch"
