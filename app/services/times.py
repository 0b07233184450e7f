"""Times as people read them, with their zone: "15 Mar 2024, 10:00 UTC".

Stored and exported times stay ISO 8601; this is only for display. EXIF times are the camera's clock, in
whatever zone it was set to: they are marked so, never passed off as UTC. The parsing and the zone label are
shared with the GUI's locale formatting (app.ui.locale_format), which words the rest in the interface's language.
"""

import re
from datetime import datetime, timedelta

_EXIF = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")


def readable_time(value: str, *, camera: bool = False, offset: str = "") -> str:
    """`value` (ISO 8601, or EXIF "YYYY:MM:DD HH:MM:SS" when camera=True) for people; unknown forms unchanged.

    `offset` is EXIF's OffsetTime ("+02:00") for a camera time, when the camera recorded it.
    """
    text = value.strip()
    if not text:
        return ""
    if camera:
        return _camera(text, offset)
    when = parse_iso(text)
    if when is None:
        return value
    if len(text) <= 10:  # a date alone
        return _day(when)
    return f"{_day(when)}, {_clock(when)} {zone_label(when.utcoffset()) if when.tzinfo else '(zone unknown)'}"


def parse_iso(text: str) -> datetime | None:
    """An ISO 8601 time or date ("Z" for UTC as well), or None."""
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None


def parse_camera(text: str, offset: str = "") -> tuple[datetime, timedelta | None] | None:
    """An EXIF time ("YYYY:MM:DD HH:MM:SS", the camera's clock) and its zone offset if the camera recorded one
    (OffsetTime "+02:00"), or None for anything else."""
    m = _EXIF.match(text.strip())
    if m is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in m.groups())
        when = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    offset = offset.strip()
    if not _OFFSET.match(offset):
        return when, None
    sign = -1 if offset[0] == "-" else 1
    return when, sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))


def zone_label(delta: timedelta | None) -> str:
    """"UTC" or "UTC±hh:mm": the same in every language."""
    if not delta:
        return "UTC"
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _camera(text: str, offset: str) -> str:
    parsed = parse_camera(text, offset)
    if parsed is None:
        return text
    when, delta = parsed
    if delta is not None:
        return f"{_day(when)}, {_clock(when)} {zone_label(delta)} (camera clock)"
    return f"{_day(when)}, {_clock(when)} camera-local (zone unknown)"


def _day(when: datetime) -> str:
    return f"{when.day} {when:%b %Y}"


def _clock(when: datetime) -> str:
    return f"{when:%H:%M}" + (f":{when:%S}" if when.second else "")
