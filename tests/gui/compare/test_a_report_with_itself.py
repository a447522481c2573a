"""A report compared with itself: the window and its saved report say plainly there is no
change, and the opening's pairing is not said to have unlike titles."""

from __future__ import annotations

from collections.abc import Callable

from core.library import LoadedReport
from gui.compare.compare_view import CompareView

Opener = Callable[..., CompareView]


def test_the_change_list_and_the_saved_report_say_there_is_no_change(
    open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024"])
    panels = view.panels
    assert panels.change_model.rowCount() == 0
    hint = panels.change_hint.label
    assert not hint.isHidden() and hint.text() == "No changes: the two texts read alike."
    for paper in (False, True):
        page = view.export.html_report(paper=paper)
        assert "No changes: the two texts read alike." in page  # the window's words
        assert "标题相似度 0.00" not in page
