"""The reading session kept between starts: the window's layout, open reports, scorecards
and comparisons, which was shown, and the kinds of numbers switched off."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QTimer

from core.model import ReportId

if TYPE_CHECKING:
    from gui.main_window import MainWindow

SESSION_KEY = "session/tabs"


SCORECARD_KEY = "scorecard:"  # how a scorecard tab's key starts (the region follows)


class SessionState(NamedTuple):
    """Open report tabs as (report id, offset at the top of the view), the current tab, open
    comparisons as (left report id, right report id), the regions of open scorecard tabs, and
    the kinds of numbers whose highlights are switched off."""

    tabs: tuple[tuple[int, int], ...]
    current_key: str = ""
    comparisons: tuple[tuple[int, int], ...] = ()
    scorecards: tuple[str, ...] = ()
    hidden_kinds: tuple[str, ...] = ()


def save_session(settings: QSettings, state: SessionState) -> None:
    """Write ``state`` to ``settings``."""
    payload = {
        "tabs": [list(tab) for tab in state.tabs],
        "current": state.current_key,
        "comparisons": [list(pair) for pair in state.comparisons],
        "scorecards": list(state.scorecards),
        "hidden_kinds": list(state.hidden_kinds),
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
        scorecards = tuple(str(region) for region in payload.get("scorecards", []))
        hidden = tuple(str(kind) for kind in payload.get("hidden_kinds", []))
        return SessionState(tabs, str(payload.get("current", "")), comparisons, scorecards, hidden)
    except (ValueError, TypeError, AttributeError):
        return SessionState(())


def _tab_key(widget: object) -> str:
    return str(widget.tab_key()) if widget is not None and hasattr(widget, "tab_key") else ""


def session_of(window: MainWindow) -> SessionState:
    """What to restore next time: open tabs with their places, the current tab, the kinds of
    numbers switched off."""
    tabs = [(int(tab.report_id), tab.current_offset()) for tab in window.reader_tabs()]
    current_key = _tab_key(window.tabs.currentWidget())
    keys = [_tab_key(window.tabs.widget(index)) for index in range(window.tabs.count())]
    scorecards = [key.removeprefix(SCORECARD_KEY) for key in keys if key.startswith(SCORECARD_KEY)]
    hidden = [
        kind for kind in window.highlights.all_kinds() if not window.highlights.is_shown(kind)
    ]
    comparisons = []
    for view in window.comparisons.views():
        left, right = view.left_report().report_id, view.right_report().report_id
        if left is not None and right is not None:  # files are not reopened unasked
            comparisons.append((int(left), int(right)))
    return SessionState(
        tuple(tabs), current_key, tuple(comparisons), tuple(scorecards), tuple(hidden)
    )


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
    """Reopen the tabs of the last session, each at its place, and show the one shown; switch
    off again the kinds of numbers switched off."""
    state = restore_session(window.settings)
    for kind in state.hidden_kinds:
        window.highlights.set_shown(kind, False)
    summaries = window.library_panel.model.summaries()
    known = {int(s.id) for s in summaries}
    regions = {s.meta.region for s in summaries}
    for report_id, offset in state.tabs:
        if report_id in known:
            tab = window.open_report(ReportId(report_id))
            if tab is not None and offset:
                QTimer.singleShot(0, tab, lambda t=tab, o=offset: t.view.scroll_to_offset(o))
    for region in state.scorecards:
        if region in regions:  # a region whose reports were all removed has no scorecard
            window.open_scorecard(region)
    for left, right in state.comparisons:
        if left in known and right in known:
            window.comparisons.open(ReportId(left), ReportId(right))
    index = window.tab_index(state.current_key)
    if index >= 0:
        window.tabs.setCurrentIndex(index)
