"""A moment the library keeps (ISO 8601, UTC) as the user's clock shows it."""

from __future__ import annotations

from datetime import datetime


def local_time(moment: str) -> str:
    """``moment`` in the computer's time zone, to the minute: ``2026-11-25 07:05``.

    Args:
        moment: an ISO 8601 time with its offset, as the library keeps it; one that does
            not read as such (none, or written by hand) is returned as it is.
    """
    try:
        when = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if when.tzinfo is None:
        return moment
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
