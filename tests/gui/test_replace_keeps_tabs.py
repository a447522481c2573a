"""A corrected edition replacing an open report keeps the user's place: its reader tab and its
comparison stay where they were in the tab bar, the reader at the passage it showed, the
comparison compared again against the new text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.library import find_report
from core.model import ReportId
from gui.reader.reader_tab import ReaderTab

WAIT_MS = 60_000
CHANGZHI_TITLE, JINCHENG_TITLE = "长治市2024年政府工作报告", "晋城市2024年政府工作报告"
# A paragraph the editor added near the start: every later offset moves by more than the
# tolerance a reading place is checked with.
ADDED = (
    "本报告根据各代表团审议意见作了修改，其中的文字、数据和表述均以本次订正后的文本为准，"
    "特此说明。\n"
)


def _corrected_edition(samples: dict[str, Path], tmp_path: Path) -> Path:
    """长治's 2024 report with a paragraph added after its salutation."""
    text = samples["cz2024"].read_text(encoding="utf-8")
    assert text.startswith("各位代表：\n") and len(ADDED) > 40
    corrected = tmp_path / "changzhi-2024-report-corrected.txt"
    corrected.write_text(text.replace("各位代表：\n", "各位代表：\n" + ADDED, 1), encoding="utf-8")
    return corrected


def _replaced(window: Any, qtbot: Any, old: ReportId, corrected: Path) -> ReaderTab:
    """Replace report ``old`` with ``corrected`` from the library's menu; the new edition's
    tab once the window has answered."""
    window.library_panel.replace_requested.emit(int(old), str(corrected))
    qtbot.waitUntil(
        lambda: (
            window.library_panel.model.summary(old) is None
            and any(
                t.report_id != old and ADDED in t.readable.report.text for t in window.reader_tabs()
            )
        ),
        timeout=WAIT_MS,
    )
    return next(t for t in window.reader_tabs() if ADDED in t.readable.report.text)


def test_the_reader_tab_stays_in_its_place_at_the_passage_it_showed(
    window: Any, qtbot: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    corrected = _corrected_edition(samples, tmp_path)
    changzhi = find_report(window.store, CHANGZHI_TITLE)
    jincheng = find_report(window.store, JINCHENG_TITLE)
    reader = window.open_report(changzhi)
    window.open_report(jincheng)
    assert [t.report_id for t in window.reader_tabs()] == [changzhi, jincheng]
    old = reader.readable.report
    area = [s for s in old.outline.walk() if s.level == 2][6]
    reader.view.scroll_to_offset(area.start)
    qtbot.waitUntil(lambda: abs(reader.current_offset() - area.start) < 40, timeout=3000)
    top = reader.current_offset()
    shown = old.text[top : top + 12]
    sections = [s.title for s in old.outline.path_at(top)]
    assert sections

    new = _replaced(window, qtbot, changzhi, corrected)

    assert window.tabs.indexOf(new) == 0  # first, as the old edition was
    assert [t.report_id for t in window.reader_tabs()][1:] == [jincheng]
    text = new.readable.report.text
    assert text.count(shown) == 1
    qtbot.waitUntil(lambda: abs(new.current_offset() - text.index(shown)) < 40, timeout=3000)
    titles = [s.title for s in new.readable.report.outline.path_at(new.current_offset())]
    assert titles == sections


def test_an_open_comparison_stays_open_in_its_place_on_the_new_edition(
    window: Any, qtbot: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    corrected = _corrected_edition(samples, tmp_path)
    changzhi = find_report(window.store, CHANGZHI_TITLE)
    jincheng = find_report(window.store, JINCHENG_TITLE)
    window.open_report(changzhi)
    view = window.comparisons.open(changzhi, jincheng)
    window.open_report(jincheng)
    assert window.tabs.indexOf(view) == 1
    qtbot.waitUntil(lambda: view.comparison() is not None, timeout=WAIT_MS)

    new = _replaced(window, qtbot, changzhi, corrected)

    views = window.comparisons.views()
    assert len(views) == 1
    again = views[0]
    assert again.report_ids() == (new.report_id, jincheng)
    assert window.tabs.indexOf(new) == 0 and window.tabs.indexOf(again) == 1
    assert window.tabs.count() == 3
    qtbot.waitUntil(lambda: again.comparison() is not None, timeout=WAIT_MS)
    compared = again.comparison()
    assert ADDED in compared.left.text and compared.right.text == window.store.report(jincheng).text
    assert ADDED.strip() in again.left_pane.toPlainText()  # drawn on the left, as before
    assert window.current_reader() is new  # the new edition is shown, in its place
