"""The reading session kept between starts: open reports and comparisons, which was shown."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QSettings

SESSION_KEY = "session/tabs"


@dataclass(frozen=True)
class SessionState:
    """Open report tabs as (report id, offset at the top of the view), the current tab, and
    open comparisons as (left report id, right report id)."""

    tabs: tuple[tuple[int, int], ...]
    current_key: str = ""
    comparisons: tuple[tuple[int, int], ...] = ()


def save_session(settings: QSettings, state: SessionState) -> None:
    """Write ``state`` to ``settings``."""
    payload = {
        "tabs": [list(tab) for tab in state.tabs],
        "current": state.current_key,
        "comparisons": [list(pair) for pair in state.comparisons],
    }
    settings.setValue(SESSION_KEY, json.dumps(payload))


def restore_session(settings: QSettings) -> SessionState:
    """The state last saved (empty when none, or when it cannot be read)."""
    raw = settings.value(SESSION_KEY, "")
    try:
        payload = json.loads(str(raw)) if raw else {}
        tabs = tuple((int(rid), int(offset)) for rid, offset in payload.get("tabs", []))
        comparisons = tuple(
            (int(left), int(right)) for left, right in payload.get("comparisons", [])
        )
        return SessionState(tabs, str(payload.get("current", "")), comparisons)
    except (ValueError, TypeError, AttributeError):
        return SessionState(())
