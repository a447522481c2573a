"""The reading session kept between starts: which reports were open, where, which was shown."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QSettings

SESSION_KEY = "session/tabs"


@dataclass(frozen=True)
class SessionState:
    """Open report tabs as (report id, offset at the top of the view), and the current tab."""

    tabs: tuple[tuple[int, int], ...]
    current_key: str = ""


def save_session(settings: QSettings, state: SessionState) -> None:
    """Write ``state`` to ``settings``."""
    payload = {"tabs": [list(tab) for tab in state.tabs], "current": state.current_key}
    settings.setValue(SESSION_KEY, json.dumps(payload))


def restore_session(settings: QSettings) -> SessionState:
    """The state last saved (empty when none, or when it cannot be read)."""
    raw = settings.value(SESSION_KEY, "")
    try:
        payload = json.loads(str(raw)) if raw else {}
        tabs = tuple((int(rid), int(offset)) for rid, offset in payload.get("tabs", []))
        return SessionState(tabs, str(payload.get("current", "")))
    except (ValueError, TypeError, AttributeError):
        return SessionState(())
