"""The annotations panel listing every report's annotations: all at once while they are few,
report by report (each read when its row is opened) when there are many."""

from __future__ import annotations

from typing import Any

from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Anchor, AnchorStatus
from core.store.annotations import annotations_of
from gui.notes.annotations_model import GROUP_REPORT_ROLE, ID_ROLE

QUOTES = {
    "长治市2024年政府工作报告": ["新质生产力", "城镇新增就业", "营商环境"],
    "晋城市2024年政府工作报告": ["新质生产力", "乡村振兴"],
}


def annotated(store: Any) -> dict[str, ReportId]:
    """Annotate the QUOTES, one orphan more on 晋城; the reports by title."""
    ids = {r.meta.title: r.id for r in store.list_reports()}
    for title, quotes in QUOTES.items():
        text = store.report(ids[title]).text
        for quote in quotes:
            start = text.index(quote)
            annotate(store, ids[title], start, start + len(quote), "yellow", note=f"关于{quote}")
    annotations_of(store).add(
        ids["晋城市2024年政府工作报告"],
        Anchor("一段已删去的旧文字", "", "", 40, 49),
        "red",
        "孤立",
        status=AnchorStatus.ORPHANED,
    )
    return ids


def children(model: Any, row: int) -> list[Any]:
    group = model.index(row, 0)
    return [model.index(r, 0, group).data(ID_ROLE) for r in range(model.rowCount(group))]


def test_few_annotations_are_listed_at_once(window: Any, store: Any) -> None:
    annotated(store)
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    model = panel.model
    assert model.rowCount() == 2
    assert [len(children(model, row)) for row in range(2)] == [3, 3]
    assert None not in children(model, 0) + children(model, 1)
    assert panel.needs_placing.text() == "Needs placing (1)"


def test_many_annotations_are_read_report_by_report(window: Any, store: Any) -> None:
    ids = annotated(store)
    panel = window.annotations_panel
    panel.eager_limit = 5  # six annotations: more than shown at once
    panel.everywhere.setChecked(True)
    model, tree = panel.model, panel.tree
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels == ["长治市2024年政府工作报告 (3)", "晋城市2024年政府工作报告 (3)"]
    assert panel.needs_placing.text() == "Needs placing (1)"  # counted without reading them
    assert children(model, 1) == [None]  # not read yet: a waiting row

    tree.expand(model.index(1, 0))
    jincheng = annotations_of(store).for_report(ids["晋城市2024年政府工作报告"])
    assert children(model, 1) == [a.id for a in jincheng]
    assert children(model, 0) == [None]  # the other report is still unread

    # A change elsewhere reads the list again and keeps the opened report open and filled.
    text = store.report(ids["长治市2024年政府工作报告"]).text
    start = text.index("高质量发展")
    annotate(store, ids["长治市2024年政府工作报告"], start, start + 5, "yellow")
    panel.refresh()
    assert model.index(0, 0).data() == "长治市2024年政府工作报告 (4)"
    assert tree.isExpanded(model.index(1, 0))
    assert children(model, 1) == [a.id for a in jincheng]
    assert model.index(1, 0).data(GROUP_REPORT_ROLE) == ids["晋城市2024年政府工作报告"]


def test_many_annotations_filtered_by_words_are_counted_by_report(window: Any, store: Any) -> None:
    annotated(store)
    panel = window.annotations_panel
    panel.eager_limit = 1
    panel.everywhere.setChecked(True)
    panel.search.setText("新质生产力")
    panel.refresh()
    model = panel.model
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels == ["长治市2024年政府工作报告 (1)", "晋城市2024年政府工作报告 (1)"]
    panel.tree.expand(model.index(0, 0))
    quotes = [model.index(0, 0, model.index(0, 0)).data().split("\n")[0]]  # then the note
    assert quotes == ["新质生产力"]


def test_report_counts_follow_the_search_filters(store: Any) -> None:
    ids = annotated(store)
    notes = annotations_of(store)
    counts = notes.report_counts()
    assert [(c.report_id, c.count, c.orphans) for c in counts] == [
        (ids["长治市2024年政府工作报告"], 3, 0),
        (ids["晋城市2024年政府工作报告"], 3, 1),
    ]
    assert [(c.count, c.orphans) for c in notes.report_counts("乡村")] == [(1, 0)]
    assert [(c.count, c.orphans) for c in notes.report_counts(colour="red")] == [(1, 1)]
    assert [a.anchor.quote for a in notes.search(orphaned=True)] == ["一段已删去的旧文字"]


def test_a_search_still_waiting_when_the_window_closes_is_dropped(
    qtbot: Any, window: Any, store: Any
) -> None:
    # The library closes after the window: a search run then would read a closed database.
    annotated(store)
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    model = panel.model

    def listed() -> int:
        return sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))

    assert listed() == 6
    panel.search.setText("新质生产力")  # runs when the typing pauses
    window.close()
    qtbot.wait(2 * panel._debounce.interval())
    assert listed() == 6
