"""The reading session kept between starts: the window's layout, open reports and
comparisons, which was shown."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QTimer

from core.model import ReportId

if TYPE_CHECKING:
    from gui.main_window import MainWindow

SESSION_KEY = "session/tabs"


class SessionState(NamedTuple):
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


def session_of(window: MainWindow) -> SessionState:
    """What to restore next time: open tabs with their places, the current tab."""
    tabs = [(int(tab.report_id), tab.current_offset()) for tab in window.reader_tabs()]
    current = window.tabs.currentWidget()
    current_key = current.tab_key() if current is not None and hasattr(current, "tab_key") else ""
    comparisons = []
    for view in window.comparisons.views():
        left, right = view.left_report().report_id, view.right_report().report_id
        if left is not None and right is not None:  # files are not reopened unasked
            comparisons.append((int(left), int(right)))
    return SessionState(tuple(tabs), current_key, tuple(comparisons))


def remember_window(window: MainWindow) -> None:
    """Keep the window's geometry, its docks' layout and its session in its settings."""
    settings = window.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    save_session(settings, session_of(window))
    settings.sync()


def restore_layout(window: MainWindow) -> None:
    """Window geometry and dock layout as they were."""
    geometry = window.settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = window.settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def reopen_tabs(window: MainWindow) -> None:
    """Reopen the tabs of the last session, each at its place, and show the one shown."""
    state = restore_session(window.settings)
    known = {int(s.id) for s in window.library_panel.model.summaries()}
    for report_id, offset in state.tabs:
        if report_id in known:
            tab = window.open_report(ReportId(report_id))
            if tab is not None and offset:
                QTimer.singleShot(0, tab, lambda t=tab, o=offset: t.view.scroll_to_offset(o))
    for left, right in state.comparisons:
        if left in known and right in known:
            window.comparisons.open(ReportId(left), ReportId(right))
    index = window.tab_index(state.current_key)
    if index >= 0:
        window.tabs.setCurrentIndex(index)
