"""Comparing from the app: two selected reports, "Compare with", the command line, kept pairings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from core.compare.candidates import compare_candidates
from core.compare.engine_process import ENGINE
from core.compare.records import CompareInput, PairLevel, PairOverride
from core.library import find_report, load_report, open_library
from core.model import ReportId
from gui.app import parse_options, run_app
from gui.compare.compare_job import SHARED_CACHE
from gui.compare.compare_view import CompareView
from gui.library.library_panel import HOVER_PREPARE_MS
from gui.main_window import FIRST_SIZE, MainWindow
from gui.workers import LibraryWriter

CZ2024 = "长治市2024年政府工作报告"
CZ2026 = "长治市2026年政府工作报告（报纸版）"
WAIT_MS = 120_000


def _window(qtbot: Any, store: Any, db: str, settings: QSettings) -> MainWindow:
    window = MainWindow(store, LibraryWriter(db), settings)
    qtbot.addWidget(window)
    window.resize(FIRST_SIZE)  # wide enough for every dock (the test screen is 800×600)
    window.show()
    window.start()
    return window


def _compared(qtbot: Any, view: CompareView) -> CompareView:
    qtbot.waitUntil(
        lambda: view.comparison() is not None and not view.is_comparing(), timeout=WAIT_MS
    )
    return view


def _click_row(qtbot: Any, window: MainWindow, report_id: ReportId, ctrl: bool) -> None:
    panel = window.library_panel
    index = panel.proxy.mapFromSource(panel.model.index_of(report_id))
    rect = panel.tree.visualRect(index)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_two_selected_reports_compare_in_a_tab_older_on_the_left(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    window = _window(qtbot, store, library_db, settings)
    newer, older = find_report(store, CZ2026), find_report(store, CZ2024)
    action = window.library_panel.compare_action
    assert window.numbers_dock.isVisible()
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    ENGINE.close()  # as at start: no engine process yet, nothing compared
    SHARED_CACHE.clear()
    _click_row(qtbot, window, newer, ctrl=False)
    assert not action.isEnabled()  # one report is not a comparison
    assert not ENGINE.is_ready()
    _click_row(qtbot, window, older, ctrl=True)
    assert window.library_panel.selected_reports() == [newer, older]
    assert action.isEnabled()
    qtbot.waitUntil(ENGINE.is_ready, timeout=WAIT_MS)  # started by the choice of two
    # and given them to compare ahead of need, into the app's comparisons
    inputs = [CompareInput.from_loaded(load_report(store, r)) for r in (older, newer)]
    qtbot.waitUntil(lambda: SHARED_CACHE.peek(*inputs) is not None, timeout=WAIT_MS)
    index = window.library_panel.proxy.mapFromSource(window.library_panel.model.index_of(newer))
    assert action in window.library_panel.build_menu(index).actions()
    action.trigger()
    view = window.comparisons.current()
    assert view is not None and window.tabs.count() == 1
    assert (view.left_report().report_id, view.right_report().report_id) == (older, newer)
    assert window.tabs.tabText(0) == view.title()
    assert window.current_reader() is None
    # The changes come with the texts: nothing is left to compute.
    assert view.comparison() is SHARED_CACHE.peek(*inputs) and not view.is_comparing()
    assert view.comparison().changes
    # The panes get the room: every dock steps aside, the library's tab neighbour too.
    assert not any(dock.isVisible() for dock in window.docks())
    action.trigger()  # the same two again: the open tab is shown, not a second one
    assert window.tabs.count() == 1
    window.close_tab(0)
    assert window.numbers_dock.isVisible() and window.sections_dock.isVisible()
    assert window.library_dock.isVisible()  # back as it was: the search its tab neighbour
    assert window.tabifiedDockWidgets(window.library_dock) == [window.search_dock]
    window.close()


def test_compare_chosen_at_once_after_selecting_waits_for_the_comparison_ahead(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    window = _window(qtbot, store, library_db, settings)
    older, newer = find_report(store, CZ2024), find_report(store, CZ2026)
    ENGINE.warm_up().result(timeout=60)
    ENGINE.forget()  # nothing kept in the engine's process
    SHARED_CACHE.clear()
    _click_row(qtbot, window, older, ctrl=False)
    _click_row(qtbot, window, newer, ctrl=True)  # compared ahead from the next turn
    qtbot.waitUntil(lambda: window.comparisons.ahead() is not None)  # the pair is with it
    ahead = window.comparisons.ahead()
    assert ahead is not None
    window.library_panel.compare_action.trigger()  # at once, as a quick user does
    view = window.comparisons.current()
    assert view is not None
    if not view.is_comparing():
        # Shown at once: only because the comparison ahead was back before Compare looked
        # (the engine is quick, and a loaded machine can keep the window from its turn).
        assert ahead.done() and ahead.result()
    # Otherwise it is asked of the engine, which gives it when the comparison ahead is done.
    _compared(qtbot, view)
    assert ahead.result(timeout=WAIT_MS / 1000)  # the comparison ahead was kept
    assert view.comparison() is not None and view.comparison().changes
    assert ENGINE.comparisons_made() == 1  # the Compare waited for it, not computed again


def test_compare_with_offers_the_previous_years_first_and_opens_older_left(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    window = _window(qtbot, store, library_db, settings)
    chosen = find_report(store, CZ2026)
    panel = window.library_panel
    menu = panel.build_menu(panel.proxy.mapFromSource(panel.model.index_of(chosen)))
    submenu = menu.findChild(QMenu, "compareWithMenu")
    assert submenu is not None
    titles = [a.text() for a in submenu.actions()]
    expected = compare_candidates(store.list_reports(), chosen)
    assert titles == [s.meta.title for s in expected]
    # the same region's earlier years, latest first, then the other city
    assert titles[0] == "长治市2025年政府工作报告解读"
    assert set(titles[1:3]) == {CZ2024, "长治市2024年政府工作报告（报纸版）"}
    assert titles[-1] == "晋城市2024年政府工作报告"
    # Opening the submenu has the engine compare the report with its first offer.
    ENGINE.close()
    SHARED_CACHE.clear()
    submenu.aboutToShow.emit()

    def kept(offer: int) -> bool:
        pair = panel.older_first(chosen, ReportId(submenu.actions()[offer].data()))
        inputs = [CompareInput.from_loaded(load_report(store, r)) for r in pair]
        return SHARED_CACHE.peek(*inputs) is not None

    qtbot.waitUntil(lambda: kept(0), timeout=WAIT_MS)
    # Resting on another offer has it compared as well; passing over one does not.
    submenu.hovered.emit(submenu.actions()[1])  # passed over
    submenu.hovered.emit(submenu.actions()[-1])  # rested on
    qtbot.waitUntil(lambda: kept(-1), timeout=WAIT_MS)
    qtbot.wait(2 * HOVER_PREPARE_MS)
    assert len(SHARED_CACHE) == 2 and not kept(1)
    submenu.actions()[-1].trigger()
    view = window.comparisons.current()
    assert view is not None
    jincheng = find_report(store, "晋城市2024年政府工作报告")
    assert (view.left_report().report_id, view.right_report().report_id) == (jincheng, chosen)
    window.close()


def test_pairing_corrections_survive_closing_and_reopening_and_tabs_come_back(
    qtbot: Any, store: Any, library_db: str, settings: QSettings
) -> None:
    window = _window(qtbot, store, library_db, settings)
    older, newer = find_report(store, CZ2024), find_report(store, CZ2026)
    view = window.comparisons.open(older, newer)
    assert view is not None and view.overrides() == []
    comparison = _compared(qtbot, view).comparison()
    assert comparison is not None
    area = next(
        p
        for p in reversed(comparison.pairs)
        if p.level is PairLevel.AREA and p.left is not None and p.right is not None
    )
    assert area.left is not None
    view.unpair(area.left.path, left=True)
    kept = [PairOverride(area.left.path, None)]
    _compared(qtbot, view)
    window.close_tab(window.tabs.indexOf(view))
    assert window.comparisons.current() is None

    again = window.comparisons.open(older, newer)
    assert again is not None and again is not view
    assert again.overrides() == kept
    _compared(qtbot, again)
    assert any(
        p.left == area.left and p.right is None
        for p in again.comparison().pairs  # type: ignore[union-attr]
    )
    window.close_tab(window.tabs.indexOf(again))
    # asked the other way round, the correction is turned round with the sides
    turned = window.comparisons.open(newer, older)
    assert turned is not None and turned.overrides() == [PairOverride(None, area.left.path)]
    window.close()

    second = _window(qtbot, store, library_db, settings)
    restored = second.comparisons.current()
    assert restored is not None
    assert (restored.left_report().report_id, restored.right_report().report_id) == (
        newer,
        older,
    )
    assert restored.overrides() == [PairOverride(None, area.left.path)]
    _compared(qtbot, restored)
    second.close()


def test_options_read_a_comparison() -> None:
    options = parse_options(["--db", "lib.sqlite3", "compare", "a.txt", "长治", "--gui"])
    assert options.db == "lib.sqlite3" and options.compare == ("a.txt", "长治")
    assert parse_options(["--db", "compare", "--gui"]).compare is None
    assert parse_options(["--gui"]).compare is None


def test_run_app_with_compare_opens_on_that_comparison(
    qtbot: Any, library_db: str, tmp_path: Path, samples: dict[str, Path], monkeypatch: Any
) -> None:
    monkeypatch.setenv("REPORTLENS_SETTINGS", str(tmp_path / "run.ini"))
    seen: list[tuple[Any, ...]] = []
    app = QApplication.instance()
    assert app is not None

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        view = windows[0].comparisons.current() if windows else None
        if view is None or view.comparison() is None or view.is_comparing():
            QTimer.singleShot(100, check)
            return
        seen.append(
            (
                view.left_report().report_id,
                view.left_report().source_name,
                view.right_report().source_name,
                windows[0].tabs.count(),
                view.isVisible(),
            )
        )
        windows[0].close()  # as a user would: the last window closed ends the app
        windows[0].deleteLater()

    QTimer.singleShot(100, check)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: app.exit(3))
    give_up.start(WAIT_MS)
    newspaper = samples["cz2026np"]
    # the newer first on the command line: the app still shows the older on the left
    code = run_app(["--db", library_db, "compare", str(newspaper), CZ2024, "--gui"])
    give_up.stop()
    assert code == 0
    assert len(seen) == 1
    left_id, left_name, right_name, tab_count, visible = seen[0]
    assert left_id is not None  # the 2024 report came from the library
    assert left_name == samples["cz2024"].name and right_name == newspaper.name
    assert tab_count == 1 and visible


def test_a_comparison_ending_after_the_window_and_library_closed_is_ignored(
    qtbot: Any, library_db: str, settings: QSettings
) -> None:
    from core.library import open_library

    store = open_library(library_db)
    window = _window(qtbot, store, library_db, settings)
    view = window.comparisons.open(find_report(store, CZ2024), find_report(store, CZ2026))
    assert view is not None
    _compared(qtbot, view)
    view.swap()  # compares again, in a worker thread once both panes have painted
    assert view.is_comparing()
    qtbot.waitUntil(lambda: view.left_pane.has_painted() and view.right_pane.has_painted())
    qtbot.wait(1)  # the job starts on the turn of the event loop after the paint
    window.close()
    store.close()  # as run_app does once the window has closed
    # the late result is delivered and dropped: no query on the closed library
    # (pytest-qt fails the test on any exception raised in the event loop)
    qtbot.waitUntil(lambda: not view.is_comparing(), timeout=WAIT_MS)
    qtbot.wait(50)
    assert view.left_report().meta.title == CZ2026  # the swap was shown, not undone


def test_a_comparison_asked_for_at_a_first_start_opens_once_the_samples_are_in(
    qtbot: Any, tmp_path: Any, settings: QSettings, messages: Any
) -> None:
    """``reportlens compare 1 5 --gui`` on a new library: the samples it names are not in yet
    when the window starts; the comparison opens when they are, not an error."""
    db = str(tmp_path / "new.sqlite3")
    with open_library(db) as store:
        window = MainWindow(store, LibraryWriter(db), settings)
        qtbot.addWidget(window)
        window.comparisons.open_at_start("1", "5", db)
        window.show()
        window.start()
        qtbot.waitUntil(
            lambda: isinstance(window.tabs.currentWidget(), CompareView), timeout=60_000
        )
        view = window.tabs.currentWidget()
        assert messages.texts == []
        assert "长治市2024年政府工作报告" in window.tabs.tabText(window.tabs.currentIndex())
        assert isinstance(view, CompareView)
        window.close()
        window.writer.shutdown()
