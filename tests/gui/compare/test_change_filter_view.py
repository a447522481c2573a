"""Following one kind of change in the compare view: the list's choice, its counts, and
Next/Previous change visiting only that kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from core.compare.change_filter import ChangeFilter
from core.compare.records import ChangeKind
from core.compare.summary import count_kinds
from core.library import LoadedReport
from gui.compare.change_list import CHANGE_ROLE
from gui.compare.change_styles import Look
from gui.compare.compare_view import CompareView

Opener = Callable[..., CompareView]


def _listed(view: CompareView) -> list[int]:
    model = view.panels.change_model
    found = []
    for row in range(model.rowCount()):
        group = model.item(row)
        found.extend(group.child(i).data(CHANGE_ROLE) for i in range(group.rowCount()))
    return found


def test_choosing_changed_numbers_lists_and_visits_only_them(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    overall = comparison.summary.overall
    choice = view.panels.change_filter
    texts = [choice.itemText(i) for i in range(choice.count())]
    assert texts[0] == f"All changes ({overall.total})"
    assert f"Changed numbers ({overall.numbers})" in texts
    assert f"Moved ({overall.moved})" in texts
    assert sorted(_listed(view)) == list(range(len(comparison.changes)))
    # The legend counts every kind it colours: the inserted passages apart from added sections.
    kinds = count_kinds(comparison.changes)
    assert view.legend.label(Look.INSERTED).text() == f"Inserted {kinds[ChangeKind.INSERTED]}"
    assert (
        view.legend.label(Look.ADDED_SECTION).text().endswith(f" {kinds[ChangeKind.ADDED_SECTION]}")
    )
    # The kinds' counts add up to the total; the changed numbers are counted among them.
    assert view.legend.label(Look.NUMBER).text() == (
        f"({overall.numbers} changed numbers among them)"
    )
    kinds_shown = [
        label.text()
        for label in view.legend.findChildren(QLabel)
        if label.objectName().startswith("legend_") and label is not view.legend.label(Look.NUMBER)
    ]
    assert sum(int(text.rsplit(" ", 1)[1]) for text in kinds_shown) == overall.total

    numbers = [i for i, c in enumerate(comparison.changes) if c.numbers_changed]
    assert 0 < len(numbers) < len(comparison.changes)
    with qtbot.waitSignal(view.panels.filter_changed) as chosen:
        choice.setCurrentIndex(choice.findData(ChangeFilter.NUMBERS.value))
    assert chosen.args == ["numbers"]
    assert _listed(view) == numbers
    view.left_pane.setFocus()
    visited = []
    for _ in range(len(numbers) + 1):  # one more than there are: it stays on the last
        qtbot.keyClick(view.left_pane, Qt.Key.Key_F7)
        visited.append(view.current_change())
    assert visited == [*numbers, numbers[-1]]
    view.previous_action.trigger()
    assert view.current_change() == (numbers[-2] if len(numbers) > 1 else numbers[-1])
    assert view.panels.change_list.currentIndex().data(CHANGE_ROLE) == view.current_change()
    # Listing every change again keeps the current one selected.
    view.panels.set_filter(ChangeFilter.REMOVED)
    view.panels.set_filter(ChangeFilter.NUMBERS)
    assert view.panels.change_list.currentIndex().data(CHANGE_ROLE) == view.current_change()

    # Comparing again (another setting) keeps the choice and lists that kind in the new result.
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.layout_action.trigger()
    again = view.comparison()
    assert again is not None and again is not comparison
    assert view.panels.current_filter() is ChangeFilter.NUMBERS
    assert _listed(view) == [i for i, c in enumerate(again.changes) if c.numbers_changed]
    removed = choice.itemText(choice.findData(ChangeFilter.REMOVED.value))
    assert removed == f"Deleted and removed sections ({again.summary.overall.removed})"

    # Swapping the sides lists nothing until the swapped comparison arrives, then its changes.
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.swap_action.trigger()
        assert _listed(view) == [] and view.comparison() is None
    swapped = view.comparison()
    assert swapped is not None
    assert _listed(view) == [i for i, c in enumerate(swapped.changes) if c.numbers_changed]

    view.panels.set_filter(ChangeFilter.ALL)
    assert sorted(_listed(view)) == list(range(len(swapped.changes)))


def test_a_section_under_a_filter_counts_only_what_is_listed(
    open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    view.panels.set_filter(ChangeFilter.NUMBERS)
    model = view.panels.change_model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        group = model.item(row)
        listed = group.rowCount()
        # "… (2 reworded · 2 numbers)": as many numbers as rows, and nothing else counted
        # beyond them (the section's other changes are not listed).
        words = group.text().rsplit("(", 1)[-1]
        figures = [int(part.split()[0]) for part in words.rstrip(")）").split(" · ")]
        assert f"{listed} numbers" in words, group.text()
        assert sum(figures) == 2 * listed, group.text()


def test_a_filter_with_nothing_to_list_says_so(
    open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    panels = view.panels
    hint = panels.change_hint.label
    assert hint.isHidden()
    comparison = view.comparison()
    assert comparison is not None
    empty = [w for w in ChangeFilter if w is not ChangeFilter.ALL and not _kind_count(view, w)]
    assert empty, "a kind with no change between the editions"
    panels.set_filter(empty[0])
    assert panels.change_model.rowCount() == 0
    assert not hint.isHidden() and "All changes" in hint.text()
    panels.set_filter(ChangeFilter.ALL)
    assert hint.isHidden()


def _kind_count(view: CompareView, which: ChangeFilter) -> int:
    from core.compare.change_filter import count

    comparison = view.comparison()
    assert comparison is not None
    return count(comparison.summary.overall, which)


def _counted(text: str) -> tuple[str, int]:
    """``新增章节 11`` or ``Added (25)``/``新增（25）``: the words and the count."""
    words, number = re.fullmatch(r"(.*?)\s*[(（]?(\d+)[)）]?", text).groups()  # type: ignore[union-attr]
    return words, int(number)


def test_the_list_s_choices_and_the_legend_use_one_word_for_one_count(
    language: str, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    legend = dict(
        _counted(view.legend.label(look).text())
        for look in (Look.INSERTED, Look.DELETED, Look.ADDED_SECTION, Look.REMOVED_SECTION)
    )
    choice = view.panels.change_filter
    for which, parts in (
        (ChangeFilter.ADDED, (Look.INSERTED, Look.ADDED_SECTION)),
        (ChangeFilter.REMOVED, (Look.DELETED, Look.REMOVED_SECTION)),
    ):
        words, number = _counted(choice.itemText(choice.findData(which.value)))
        # A word of the legend names the same count in the list's choices.
        assert words not in legend or legend[words] == number, (words, number, legend)
        # The choice names each of the legend's kinds it counts, and counts them all.
        names = [_counted(view.legend.label(look).text())[0] for look in parts]
        assert all(name.lower() in words.lower() for name in names), (words, names)
        assert number == sum(legend[name] for name in names)


def test_next_and_previous_are_greyed_at_the_ends_of_the_kind_followed(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    previous, following = view.previous_action, view.next_action
    # None current yet: Next goes to the first change, there is nothing before.
    assert view.current_change() == -1
    assert following.isEnabled() and not previous.isEnabled()
    view.go_to_change(0)
    assert following.isEnabled() and not previous.isEnabled()
    view.go_to_change(1)
    assert following.isEnabled() and previous.isEnabled()
    last = len(comparison.changes) - 1
    view.go_to_change(last)
    assert previous.isEnabled() and not following.isEnabled()
    qtbot.keyClick(view.left_pane, Qt.Key.Key_F7)
    assert view.current_change() == last
    # Following one kind: its first and last change are the ends.
    numbers = [i for i, c in enumerate(comparison.changes) if c.numbers_changed]
    view.panels.set_filter(ChangeFilter.NUMBERS)
    assert previous.isEnabled() and not following.isEnabled()  # the last numbers are before
    view.go_to_change(numbers[0])
    assert not previous.isEnabled() and following.isEnabled() == (len(numbers) > 1)
    view.panels.set_filter(ChangeFilter.ALL)
    assert previous.isEnabled() == (numbers[0] > 0) and following.isEnabled()
