"""A rewording that runs over whole paragraphs on one side only is cut: the paragraphs beyond
the piece most alike the other side are removed or added, so they can be linked as moved
(``core.compare.paragraphs_replaced``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.records import Comparison
from tests.core.compare.compare_inputs import compare_input

OLD_HEADING = "（十一）着力保障和改善民生，扎实推动共同富裕。"
HEALTH = "提高全民健康水平。"  # opens the third paragraph of area (十一) of the plan


@pytest.fixture(scope="module")
def report(samples: dict[str, Path]) -> str:
    return samples["cz2024"].read_text(encoding="utf-8")


def _changes(comparison: Comparison) -> list[tuple[str, str, str, int | None]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (
            c.kind.value,
            left[c.left_start : c.left_end],
            right[c.right_start : c.right_end],
            c.move_id,
        )
        for c in comparison.changes
    ]


def test_an_area_split_in_two_moves_its_first_half_into_the_new_area(report: str) -> None:
    # (十一) is split before its health paragraph: its first half is renamed, its second
    # half opens under a new heading, and the last area is numbered again.
    split = report.replace(
        f"\n{HEALTH}", f"\n（十二）着力健全社会保障，织密扎牢民生保障网。\n\n{HEALTH}"
    )
    split = split.replace(OLD_HEADING, "（十一）着力办好教育就业，扎实推动共同富裕。")
    split = split.replace("（十二）着力维护安全稳定", "（十三）着力维护安全稳定")
    comparison = compare_reports(compare_input(report), compare_input(split))
    start = report.index(OLD_HEADING) + len(OLD_HEADING)
    first_half = report[start : report.index(f"\n{HEALTH}")].strip()
    changes = _changes(comparison)
    assert (
        "replaced",
        OLD_HEADING[:-1],
        "（十二）着力健全社会保障，织密扎牢民生保障网",
        None,
    ) in changes
    [move] = [c for c in changes if c[0] == "moved"]
    assert move[1] == first_half
    assert move[2].endswith(first_half)
    assert [c for c in changes if c[3] is None and c[0] != "replaced"] == []
    assert all("\n" not in c[1] for c in changes if c[0] == "replaced")


def test_a_paragraph_against_a_lost_page_stays_one_rewording(report: str) -> None:
    # An edition loses 600 characters from inside 持续推动节能降碳 on: what is left of that
    # paragraph stands against three paragraphs of the page after, none of them a rewording
    # of it (a paragraph is no line: two paragraphs of a report share enough stock words).
    start = report.index("持续推动节能降碳") + 1
    edited = report[:start] + report[start + 600 :]
    changes = _changes(compare_reports(compare_input(report), compare_input(edited)))
    assert not [c for c in changes if c[0] == "replaced" and c[2].startswith("完善社会保障体系")]
