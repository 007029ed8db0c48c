"""Errors that carry a message for the user (in Vietnamese), never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix. ``message`` says what is wrong and what to do."""

    def __init__(self, message: str, *, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    """A named record (unit, plan, period…) does not exist."""


class ValidationError(UserError):
    """Input breaks a rule. ``problems`` maps a field name to its message."""

    def __init__(self, message: str, problems: dict[str, str] | None = None):
        super().__init__(message, details=list((problems or {}).values()))
        self.problems = problems or {}


class NotInitialisedError(UserError):
    """The data folder has no installation yet (run ``init`` or the first-run dialog)."""
