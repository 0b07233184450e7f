"""Small checks shared by the dataclasses; each raises DomainError with a user-facing message."""

import re
from enum import Enum
from typing import Any, TypeVar

from app.domain.errors import DomainError

MAX_TEXT = 100_000  # longest free-text field (notes, rationale); guards hostile imports
E = TypeVar("E", bound=Enum)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")


def require(condition: bool, message: str) -> None:
    if not condition:
        raise DomainError(message)


def text(value: Any, field: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DomainError(f"{field} must be text, not {type(value).__name__}")
    if required and not value.strip():
        raise DomainError(f"{field} must not be empty")
    if len(value) > limit:
        raise DomainError(f"{field} is too long ({len(value)} characters, at most {limit})")
    return value


def date(value: Any, field: str) -> str:
    """An ISO 8601 date or date-time, or "" when unknown."""
    checked = text(value, field, limit=64)
    if checked and not _DATE.match(checked):
        raise DomainError(f"{field} must be an ISO date like 2024-11-06, not {checked!r}")
    return checked


def choice(enum: type[E], value: object, what: str) -> E:
    """`value` as a member of `enum`, or a DomainError listing the choices ("unknown verdict 'sort of'; …")."""
    try:
        return enum(value)
    except ValueError:
        options = ", ".join(str(m.value) for m in enum if m.value)
        raise DomainError(f"unknown {what} {value!r}; use one of: {options}") from None


def integer(value: Any, field: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DomainError(f"{field} must be a whole number, not {value!r}")
    if value < minimum:
        raise DomainError(f"{field} must be at least {minimum}, not {value}")
    return value
