"""Timestamps are ISO 8601 strings in UTC with seconds precision."""

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
