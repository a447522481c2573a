"""The change list names a lost page's block by the sections it removes, first to last."""

from __future__ import annotations

from collections.abc import Callable

from core.library import LoadedReport
from gui.compare.change_list import CHANGE_ROLE
from gui.compare.compare_view import CompareView


def test_a_lost_page_is_listed_from_its_first_section_to_its_last(
    open_view: Callable[..., CompareView], loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    model = view.panels.change_model
    group = model.item(0)
    assert group.child(0).data(CHANGE_ROLE) == 0  # the edition's lost first page
    assert group.text().startswith("(opening) … 坚持夯基础、补短板，乡村振兴有力有效")
    tip = group.toolTip()
    assert "坚持抓项目、帮企业，经济运行向上向好" in tip
    assert tip.index("坚持抓项目") < tip.index("坚持夯基础")
    # A group of one section's own changes keeps its plain title.
    assert " … " not in model.item(1).text()
