"""The reading session kept between starts: the window's layout, the open reports, scorecards
and comparisons in the tab bar's order, which was shown, and the kinds of numbers switched
off."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from core.model import ReportId
from gui.comparison_tabs import is_comparison
from gui.reading_area import is_reader

if TYPE_CHECKING:
    from gui.main_window import MainWindow

SESSION_KEY = "session/tabs"

SCORECARD_KEY = "scorecard:"  # how a scorecard tab's key starts (the region follows)


class ReaderPlace(NamedTuple):
    """A report's tab, with the offset at the top of its view."""

    report_id: int
    offset: int = 0


class ScorecardOf(NamedTuple):
    """A region's scorecard tab."""

    region: str


class ComparisonOf(NamedTuple):
    """A comparison tab of two library reports (left, right)."""

    left: int
    right: int


OpenTab = ReaderPlace | ScorecardOf | ComparisonOf


class SessionState(NamedTuple):
    """The open tabs in the tab bar's order, the key of the tab shown, and the kinds of
    numbers whose highlights are switched off."""

    tabs: tuple[OpenTab, ...]
    current_key: str = ""
    hidden_kinds: tuple[str, ...] = ()


def save_session(settings: QSettings, state: SessionState) -> None:
    """Write ``state`` to ``settings``: one list of tabs, so that their order is kept."""
    payload = {
        "open": [_entry_of(tab) for tab in state.tabs],
        "current": state.current_key,
        "hidden_kinds": list(state.hidden_kinds),
    }
    settings.setValue(SESSION_KEY, json.dumps(payload))


def _entry_of(tab: OpenTab) -> dict[str, object]:
    if isinstance(tab, ReaderPlace):
        return {"report": tab.report_id, "offset": tab.offset}
    if isinstance(tab, ScorecardOf):
        return {"scorecard": tab.region}
    return {"compare": [tab.left, tab.right]}


def _tab_of(entry: dict[str, Any]) -> OpenTab | None:
    """The tab an entry of the saved list names (None: a kind this version does not know)."""
    if "report" in entry:
        return ReaderPlace(int(entry["report"]), int(entry.get("offset", 0)))
    if "scorecard" in entry:
        return ScorecardOf(str(entry["scorecard"]))
    if "compare" in entry:
        left, right = entry["compare"]
        return ComparisonOf(int(left), int(right))
    return None


def _earlier_tabs(payload: dict[str, Any]) -> list[OpenTab]:
    """The tabs as earlier versions saved them, in three lists (reports, scorecards,
    comparisons): their order among kinds was not kept, so they come back in the order
    those versions reopened them."""
    tabs: list[OpenTab] = [ReaderPlace(int(rid), int(at)) for rid, at in payload.get("tabs", [])]
    tabs += [ScorecardOf(str(region)) for region in payload.get("scorecards", [])]
    tabs += [ComparisonOf(int(left), int(right)) for left, right in payload.get("comparisons", [])]
    return tabs


def restore_session(settings: QSettings) -> SessionState:
    """The state last saved, by this version or an earlier one (empty when none, or when it
    cannot be read)."""
    raw = settings.value(SESSION_KEY, "")
    try:
        payload = json.loads(str(raw)) if raw else {}
        if "open" in payload:
            tabs = [tab for entry in payload["open"] if (tab := _tab_of(entry)) is not None]
        else:
            tabs = _earlier_tabs(payload)
        hidden = tuple(str(kind) for kind in payload.get("hidden_kinds", []))
        return SessionState(tuple(tabs), str(payload.get("current", "")), hidden)
    except (ValueError, TypeError, AttributeError, KeyError):
        return SessionState(())


def _tab_key(widget: object) -> str:
    return str(widget.tab_key()) if widget is not None and hasattr(widget, "tab_key") else ""


def _open_tab_of(widget: QWidget) -> OpenTab | None:
    """What reopens ``widget`` next time (None: a comparison of files, not reopened unasked)."""
    if is_reader(widget):
        return ReaderPlace(int(widget.report_id), widget.current_offset())
    if is_comparison(widget):
        left, right = widget.left_report().report_id, widget.right_report().report_id
        if left is not None and right is not None:
            return ComparisonOf(int(left), int(right))
        return None
    key = _tab_key(widget)
    return ScorecardOf(key.removeprefix(SCORECARD_KEY)) if key.startswith(SCORECARD_KEY) else None


def session_of(window: MainWindow) -> SessionState:
    """What to restore next time: open tabs in their order with their places, the current
    tab, the kinds of numbers switched off."""
    widgets = (window.tabs.widget(index) for index in range(window.tabs.count()))
    tabs = tuple(tab for widget in widgets if (tab := _open_tab_of(widget)) is not None)
    hidden = tuple(
        kind for kind in window.highlights.all_kinds() if not window.highlights.is_shown(kind)
    )
    return SessionState(tabs, _tab_key(window.tabs.currentWidget()), hidden)


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
    """Reopen the tabs of the last session in their order, each reader at its place, and
    show the one shown; switch off again the kinds of numbers switched off. A tab whose
    reports were removed since is left out."""
    state = restore_session(window.settings)
    for kind in state.hidden_kinds:
        window.highlights.set_shown(kind, False)
    summaries = window.library_panel.model.summaries()
    known = {int(s.id) for s in summaries}
    regions = {s.meta.region for s in summaries}
    for tab in state.tabs:
        if isinstance(tab, ReaderPlace) and tab.report_id in known:
            reader = window.open_report(ReportId(tab.report_id))
            if reader is not None and tab.offset:
                QTimer.singleShot(
                    0, reader, lambda r=reader, o=tab.offset: r.view.scroll_to_offset(o)
                )
        elif isinstance(tab, ScorecardOf) and tab.region in regions:
            window.open_scorecard(tab.region)
        elif isinstance(tab, ComparisonOf) and {tab.left, tab.right} <= known:
            window.comparisons.open(ReportId(tab.left), ReportId(tab.right))
    index = window.tab_index(state.current_key)
    if index >= 0:
        window.tabs.setCurrentIndex(index)
