"""SingleFile pages: ordinary HTML with every image inlined as a data: URI and a comment at the top

    <!--
     Page saved with SingleFile
     url: https://news.example/story
     saved date: Mon Nov 30 2026 09:15:00 GMT+0100 (Central European Standard Time)
    -->

which is the only record of where and when the page was captured. The data: URIs (often megabytes)
are cut before parsing: they are never text, and they would make the parser slow.
"""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from app.domain.capture_times import format_time

_MARK = re.compile(rb"<!--\s*Page saved with SingleFile")
_COMMENT = re.compile(r"<!--\s*Page saved with SingleFile(?P<body>.{0,4000}?)-->", re.S)
_FIELD = re.compile(r"^\s*(url|saved date)\s*:\s*(.+?)\s*$", re.M)
_JS_DATE = re.compile(r"(?:\w{3} )?(\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                       "Dec"), start=1)}
_DATA_URI = re.compile(rb"data:[a-zA-Z0-9.+/-]{1,100}(;[^,\"'\s)]{0,200})?,[^\"'\s)]{64,}")


@dataclass(frozen=True, slots=True)
class SingleFileFacts:
    url: str
    saved_date: str  # RFC 3339 when the comment's date could be read, else ""
    saved_date_raw: str


def is_singlefile(data: bytes) -> bool:
    return _MARK.search(data[:4096]) is not None


def facts(data: bytes) -> SingleFileFacts:
    match = _COMMENT.search(data[:8192].decode("utf-8", "replace"))
    fields = dict(_FIELD.findall(match.group("body"))) if match else {}
    raw = fields.get("saved date", "")[:200]
    return SingleFileFacts(url=fields.get("url", "")[:2000], saved_date=_iso(raw), saved_date_raw=raw)


def without_inline_data(data: bytes) -> bytes:
    """The page with long data: URIs replaced by an empty one (images, fonts: never part of the text)."""
    return _DATA_URI.sub(b"data:,", data)


def _iso(value: str) -> str:
    """JavaScript's Date.toString() ("Mon Nov 30 2026 09:15:00 GMT+0100 (...)") as RFC 3339; "" if unreadable."""
    match = _JS_DATE.search(value)
    if not match or match.group(1) not in _MONTHS:
        return ""
    month, day, year, hour, minute, second, sign, zh, zm = match.groups()
    offset = timedelta(hours=int(zh), minutes=int(zm)) * (1 if sign == "+" else -1)
    try:
        stamp = datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second),
                         tzinfo=timezone(offset))
    except ValueError:
        return ""
    return format_time(stamp)
