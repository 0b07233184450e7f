"""Capture times carry a zone (RFC 3339), and a publication date later than the capture is doubtful.

A page cannot have been published after it was captured: such a date came from somewhere else on the
page (a cookie's expiry, a "last updated" widget, an event date). It is kept as extracted, but flagged.
"""

from datetime import date, datetime, timedelta, timezone

from app.domain.documents import Document

# A date without a time is a calendar day somewhere on Earth: zones run from UTC-12 to UTC+14, so a day
# is "later than the capture" only once it has begun everywhere the capture's instant could be that day.
_EARLIEST_ZONE = timedelta(hours=14)


def rfc3339(value: str, *, naive_is_utc: bool = True) -> str:
    """`value` (ISO 8601) as RFC 3339 with its zone ("Z" for UTC); "" when it is not a readable time.

    A time without a zone is UTC when its format says so (WARC-Date, an email date ending in -0000),
    the default; else it cannot be placed and gives "".
    """
    stamp = parse_time(value)
    if stamp is None:
        return ""
    if stamp.tzinfo is None:
        if not naive_is_utc:
            return ""
        stamp = stamp.replace(tzinfo=timezone.utc)
    return format_time(stamp)


def format_time(stamp: datetime) -> str:
    """An aware datetime as RFC 3339: seconds (fractions only when present), "Z" for UTC."""
    text = stamp.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_time(value: str) -> datetime | None:
    text = value.strip()
    if len(text) < 10 or len(text) > 64 or not text[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None


def published_after_capture(published: str, captured_at: str) -> bool:
    """True when the publication date (a day or a time) is later than the capture time."""
    captured = parse_time(captured_at)
    if captured is None or captured.tzinfo is None or not published:
        return False
    stamp = parse_time(published)
    if stamp is not None and stamp.tzinfo is not None and len(published.strip()) > 10:
        return stamp > captured
    try:
        day = date.fromisoformat(published.strip()[:10])
    except ValueError:
        return False
    return day > (captured.astimezone(timezone.utc) + _EARLIEST_ZONE).date()


def doubtful_published(document: Document) -> str:
    """Why the document's publication date is doubtful (one sentence), or "" when nothing is wrong."""
    published = document.metadata.published
    captured = document.provenance.captured_at if document.provenance else ""
    if not published_after_capture(published, captured):
        return ""
    return published_doubt(published, captured)


def published_doubt(published: str, captured_at: str) -> str:
    return (f"the publication date {published} is later than the capture time {captured_at}: "
            f"it was probably taken from something else on the page")
