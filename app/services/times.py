"""Times as people read them, with their zone: "15 Mar 2024, 10:00 UTC".

Stored and exported times stay ISO 8601; this is only for what the GUI shows. EXIF times are the camera's clock,
in whatever zone it was set to: they are marked so, never passed off as UTC.
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
        return _camera(text, offset.strip())
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return value
    if len(text) <= 10:  # a date alone
        return _day(when)
    return f"{_day(when)}, {_clock(when)} {_zone(when.utcoffset()) if when.tzinfo else '(zone unknown)'}"


def _camera(text: str, offset: str) -> str:
    m = _EXIF.match(text)
    if m is None:
        return text
    try:
        year, month, day, hour, minute, second = (int(g) for g in m.groups())
        when = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return text
    if _OFFSET.match(offset):
        sign = -1 if offset[0] == "-" else 1
        zone = _zone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
        return f"{_day(when)}, {_clock(when)} {zone} (camera clock)"
    return f"{_day(when)}, {_clock(when)} camera-local (zone unknown)"


def _day(when: datetime) -> str:
    return f"{when.day} {when:%b %Y}"


def _clock(when: datetime) -> str:
    return f"{when:%H:%M}" + (f":{when:%S}" if when.second else "")


def _zone(delta: timedelta | None) -> str:
    if not delta:
        return "UTC"
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
