"""The tabs of the last session come back in the order they stood in the tab bar, reports,
comparisons and scorecards mixed, with the one shown; a session saved by an earlier version
(three separate lists) is still read."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings

from core.library import find_report
from gui.main_window import MainWindow
from gui.session import SESSION_KEY, ComparisonOf, ReaderPlace, ScorecardOf, restore_session
from gui.workers import LibraryWriter

CZ2024 = "长治市2024年政府工作报告"
JC2024 = "晋城市2024年政府工作报告"


def _started(qtbot: Any, store: Any, db: str, settings: QSettings) -> MainWindow:
    window = MainWindow(store, LibraryWriter(db), settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def _keys(window: MainWindow) -> list[str]:
    return [window.tabs.widget(i).tab_key() for i in range(window.tabs.count())]


def test_mixed_tabs_come_back_in_their_order_with_the_one_shown(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    changzhi = find_report(store, CZ2024)
    jincheng = find_report(store, JC2024)
    first = _started(qtbot, store, library_db, settings)
    first.open_report(changzhi)
    assert first.comparisons.open(changzhi, jincheng) is not None
    first.open_scorecard("长治市")
    first.open_scorecard("晋城市")
    first.open_report(jincheng)
    first.tabs.tabBar().moveTab(4, 2)  # moved by hand between the comparison and a scorecard
    first.tabs.setCurrentIndex(1)  # the comparison shown
    before = _keys(first)
    assert before[1].startswith("compare:") and before[2] == f"report:{jincheng}"
    first.close()

    second = _started(qtbot, store, library_db, settings)
    assert _keys(second) == before
    assert second.tabs.currentIndex() == 1
    second.close()


def test_a_session_saved_by_an_earlier_version_is_read(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    changzhi = find_report(store, CZ2024)
    jincheng = find_report(store, JC2024)
    earlier = {
        "tabs": [[int(changzhi), 0]],
        "current": "scorecard:晋城市",
        "comparisons": [[int(changzhi), int(jincheng)]],
        "scorecards": ["长治市", "晋城市"],
        "hidden_kinds": ["commitment"],
    }
    settings.setValue(SESSION_KEY, json.dumps(earlier))
    state = restore_session(settings)
    assert state.tabs == (
        ReaderPlace(int(changzhi), 0),
        ScorecardOf("长治市"),
        ScorecardOf("晋城市"),
        ComparisonOf(int(changzhi), int(jincheng)),
    )
    assert state.hidden_kinds == ("commitment",)

    window = _started(qtbot, store, library_db, settings)
    assert _keys(window) == [
        f"report:{changzhi}",
        "scorecard:长治市",
        "scorecard:晋城市",
        f"compare:{changzhi}:{jincheng}",
    ]
    assert window.tabs.currentWidget().tab_key() == "scorecard:晋城市"
    assert not window.highlights.is_shown("commitment")
    window.close()


def test_a_tab_of_a_kind_not_known_is_left_out_and_the_others_come_back(
    settings: QSettings,
) -> None:
    saved = {"open": [{"report": 3, "offset": 40}, {"notebook": "x"}, {"scorecard": "长治市"}]}
    settings.setValue(SESSION_KEY, json.dumps(saved))
    assert restore_session(settings).tabs == (ReaderPlace(3, 40), ScorecardOf("长治市"))
