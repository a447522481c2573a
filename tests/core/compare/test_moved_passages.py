"""Moves in whole reports: their ends are the moved paragraph itself, the edits inside a moved
paragraph are shown with it, and a passage at the same place on both sides is never a move.

Each report here is the 长治 2024 sample edited in the test: a paragraph moved to another
area (perhaps edited on the way), or two areas swapped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.html_report import render_html
from core.compare.moved_passages import in_reading_order
from core.compare.records import Change, ChangeKind, CompareInput, CompareSettings, Comparison
from core.compare.serialise import comparison_to_data
from tests.core.compare.compare_inputs import compare_input

INNOVATION = "培育创新主体。"  # opens a paragraph of area (四) of the plan
BEIJING = "深化京长对口合作。"  # opens the first paragraph of area (八) of the plan


@pytest.fixture(scope="module")
def report(samples: dict[str, Path]) -> str:
    return samples["cz2024"].read_text(encoding="utf-8")


def _paragraph(text: str, opening: str) -> str:
    """The paragraph of ``text`` that opens with ``opening`` (without its line break)."""
    start = text.index(f"\n{opening}") + 1
    return text[start : text.index("\n", start)]


def _moved(text: str, opening: str, before: str, edit: tuple[str, str] = ("", "")) -> str:
    """``text`` with the paragraph opening with ``opening`` taken out and put, with ``edit``
    made in it, just before the line that opens with ``before``."""
    paragraph = _paragraph(text, opening)
    without = text.replace(f"{paragraph}\n\n", "", 1)
    edited = paragraph.replace(*edit, 1) if edit[0] else paragraph
    place = without.index(f"\n{before}") + 1
    return f"{without[:place]}{edited}\n\n{without[place:]}"


def _moves(comparison: Comparison) -> list[Change]:
    return [c for c in comparison.changes if c.kind is ChangeKind.MOVED]


def _inside(comparison: Comparison, move: Change) -> list[tuple[str, str, bool]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (left[c.left_start : c.left_end], right[c.right_start : c.right_end], c.numbers_changed)
        for c in comparison.changes
        if c.kind is not ChangeKind.MOVED and c.move_id == move.move_id
    ]


def test_a_figure_changed_inside_a_moved_paragraph_is_a_changed_number(report: str) -> None:
    edited = _moved(report, INNOVATION, "（十）", ("100家", "999家"))
    comparison = compare_reports(compare_input(report), compare_input(edited))
    [move] = _moves(comparison)
    assert comparison.left.text[move.left_start : move.left_end] == _paragraph(report, INNOVATION)
    assert comparison.right.text[move.right_start : move.right_end] == _paragraph(
        edited, INNOVATION
    )
    # From area (四) of the plan to area (九).
    assert move.left_path[-1].startswith("着力提升科技创新")
    assert move.right_path[-1].startswith("着力加快新型城镇化")
    assert _inside(comparison, move) == [("100家", "999家", True)]
    [edit] = [c for c in comparison.changes if c.move_id == move.move_id and c is not move]
    assert comparison.changes.index(edit) == comparison.changes.index(move) + 1
    assert move.left_start <= edit.left_start < edit.left_end <= move.left_end
    assert move.right_start <= edit.right_start < edit.right_end <= move.right_end
    overall = comparison.summary.overall
    assert (overall.moved, overall.changed, overall.numbers, overall.total) == (1, 1, 1, 2)


def test_words_added_inside_a_moved_paragraph_are_shown_with_it(report: str) -> None:
    edited = _moved(report, BEIJING, "（二）着力构建", ("模式。", "模式，落地项目20个。"))
    comparison = compare_reports(compare_input(report), compare_input(edited))
    [move] = _moves(comparison)
    [(old, new, numbers)] = _inside(comparison, move)
    assert "落地项目20个" in new and "落地项目20个" not in old
    assert not numbers  # a figure added is not a figure changed
    overall = comparison.summary.overall
    assert (overall.moved, overall.added + overall.changed, overall.total) == (1, 1, 2)


def test_a_moved_paragraph_s_ends_are_the_paragraph_itself(report: str) -> None:
    # The paragraph follows a heading that ends with 。 as the paragraph does: the removal
    # could be read one word earlier, from the heading's 。 to before the paragraph's own.
    edited = _moved(report, BEIJING, "（二）着力构建")
    comparison = compare_reports(compare_input(report), compare_input(edited))
    [move] = _moves(comparison)
    paragraph = _paragraph(report, BEIJING)
    assert comparison.left.text[move.left_start : move.left_end] == paragraph
    assert comparison.right.text[move.right_start : move.right_end] == paragraph
    assert move.similarity == 1.0
    assert comparison.changes == (move,)


def test_a_paragraph_moved_within_its_area_is_still_a_move(report: str) -> None:
    edited = _moved(report, "保持投资强度。", "（二）着力构建")
    comparison = compare_reports(compare_input(report), compare_input(edited))
    [move] = _moves(comparison)
    assert move.left_path == move.right_path
    assert comparison.left.text[move.left_start : move.left_end] == _paragraph(
        report, "保持投资强度。"
    )


def test_a_passage_after_two_swapped_areas_is_not_a_move(report: str) -> None:
    # Areas (三) and (四) of the plan swap places and are numbered again. The part's closing
    # paragraph after them (各位代表，推动高质量发展…) is left by the outline in the part's last
    # area: (四) on the left, the former (三) on the right; it stands where it stood, so the
    # area moved (core.compare.reordered_sections) ends before it.
    three, four, closing = report.index("（三）着力"), report.index("（四）着力"), "各位代表，推动"
    end = report.index(f"\n{closing}") + 1
    swapped = (
        report[:three]
        + "（三）"
        + report[four + len("（四）") : end]
        + "（四）"
        + report[three + len("（三）") : four]
        + report[end:]
    )
    # Each area's number is its place: the numbers changed are shown with layout only
    # (core.compare.renumbered_areas).
    for show_layout in (False, True):
        comparison = compare_reports(
            compare_input(report), compare_input(swapped), CompareSettings(show_layout=show_layout)
        )
        left, right = comparison.left.text, comparison.right.text
        [move] = _moves(comparison)
        assert left[move.left_start : move.left_end] == report[four : end - 2]
        assert right[move.right_start : move.right_end] == swapped[three : three + end - 2 - four]
        renumbered = [("（四）", "（三）", False)] if show_layout else []
        assert _inside(comparison, move) == renumbered
        others = [
            (left[c.left_start : c.left_end], right[c.right_start : c.right_end])
            for c in comparison.changes
            if c.move_id is None
        ]
        assert others == ([("（三）", "（四）")] if show_layout else [])


@pytest.mark.parametrize("other", ["cz2024np", "jc2024"])
def test_the_samples_have_no_moves_and_no_edits_of_moves(
    inputs: dict[str, CompareInput], other: str
) -> None:
    comparison = compare_reports(inputs["cz2024"], inputs[other])
    assert _moves(comparison) == []
    assert all(c.move_id is None for c in comparison.changes)


def test_two_years_move_only_the_jobs_target_within_the_targets_sentence(
    inputs: dict[str, CompareInput],
) -> None:
    comparison = compare_reports(inputs["cz2024"], inputs["cz2026np"])
    [move] = _moves(comparison)
    assert "城镇新增就业4.3万人" in comparison.left.text[move.left_start : move.left_end]
    assert move.left_path == ("2024年工作安排", "（导语）")
    assert all(c.move_id in (None, move.move_id) for c in comparison.changes)


def test_the_json_and_the_html_show_the_edit_inside_a_move(report: str) -> None:
    edited = _moved(report, INNOVATION, "（十）", ("100家", "999家"))
    comparison = compare_reports(compare_input(report), compare_input(edited))
    data = comparison_to_data(comparison)
    [move] = [c for c in data["changes"] if c["kind"] == "moved"]
    [edit] = [c for c in data["changes"] if c["kind"] != "moved"]
    assert edit["move_id"] == move["move_id"] == 0
    assert (edit["left"]["text"], edit["right"]["text"]) == ("100家", "999家")
    assert edit["numbers_changed"] and edit["index"] == move["index"] + 1
    page = render_html(comparison)
    index = edit["index"]
    # Inside the moved passage, on both sides, the changed number is marked and linked.
    assert f'<span class="chg num" id="c{index}">100家</span>' in page
    assert f'<span class="chg num" id="c{index}r">999家</span>' in page


def test_a_move_s_edits_follow_it_before_another_change_at_its_offset() -> None:
    def change(kind: ChangeKind, left: int, right: int, move_id: int | None = None) -> Change:
        return Change(kind, left, left + 2, right, right + 2, ("甲",), ("甲",), move_id=move_id)

    move = change(ChangeKind.MOVED, 10, 50, 0)
    first_edit = change(ChangeKind.REPLACED, 10, 50, 0)
    second_edit = change(ChangeKind.REPLACED, 12, 52, 0)
    # Sorted by place alone, this insertion (left offset 10, right 60) falls between them.
    beside = change(ChangeKind.INSERTED, 10, 60)
    before, after = change(ChangeKind.DELETED, 4, 40), change(ChangeKind.DELETED, 30, 70)
    shuffled = [after, second_edit, beside, first_edit, move, before]
    assert in_reading_order(shuffled, lambda c: (0, c.left_start, c.right_start)) == [
        before,
        move,
        first_edit,
        second_edit,
        beside,
        after,
    ]
