"""Dates and numbers as the interface's locale writes them (QLocale's default, set by app.ui.i18n at start-up).

Only for what the GUI shows: the status bar, the inspector, dialogs and tables then agree on digits and order.
Stored and exported times stay ISO 8601 (services and exchange never call this).
"""

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from app.services.times import parse_camera, parse_iso, zone_label

_SHORT = QLocale.FormatType.ShortFormat


def format_number(n: float, decimals: int | None = None) -> str:
    """`n` with the locale's digits and separators (1,234 / 1 234 / ١٬٢٣٤)."""
    locale = QLocale()
    if isinstance(n, int) and decimals is None:
        return locale.toString(n)
    return locale.toString(float(n), "f", 1 if decimals is None else decimals)


def format_datetime(value: str | datetime | date, *, seconds: bool = False) -> str:
    """An ISO 8601 time (or a datetime) in the locale's short date and time, with its zone ("UTC", "UTC+02:00");
    a date alone as the locale's date; text that is no ISO time comes back unchanged."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return ""
        parsed = parse_iso(text)
        if parsed is None:
            return value
        when = parsed
        if len(text) <= 10:
            return format_date(when.date())
    elif isinstance(value, datetime):
        when = value
    else:
        return format_date(value)
    if when.tzinfo is None:
        return _clock_text(when, seconds) + " " + QCoreApplication.translate("Dates", "(zone unknown)")
    return _clock_text(when, seconds) + " " + zone_label(when.utcoffset())


def format_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), _full_year(QLocale().dateFormat(_SHORT)))


def _full_year(pattern: str) -> str:
    """The locale's short pattern with a four-digit year: "11/30/26" is ambiguous in a source's date."""
    return pattern if "yyyy" in pattern else re.sub(r"\byy\b", "yyyy", pattern)


def format_camera_time(value: str, offset: str = "") -> str:
    """An EXIF time ("YYYY:MM:DD HH:MM:SS", the camera's clock) with its zone only if the camera recorded one."""
    parsed = parse_camera(value, offset)
    if parsed is None:
        return value
    when, delta = parsed
    if delta is not None:
        return QCoreApplication.translate("Dates", "%1 %2 (camera clock)").replace(
            "%1", _clock_text(when, True)).replace("%2", zone_label(delta))
    return QCoreApplication.translate("Dates", "%1 camera-local (zone unknown)").replace("%1", _clock_text(when, True))


def _clock_text(when: datetime, seconds: bool) -> str:
    locale = QLocale()
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second),
                       QTimeZone(QTimeZone.Initialization.UTC))
    pattern = _full_year(locale.dateTimeFormat(_SHORT))
    if (seconds or when.second) and ":ss" not in pattern:
        pattern = pattern.replace(":mm", ":mm:ss", 1)
    return locale.toString(moment, pattern)
