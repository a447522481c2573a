"""An area's number that follows from its place (another area added, removed or moved before
it) is a difference of setting, shown with layout only (``core.compare.renumbered_areas``);
a number out of its place is a change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.records import ChangeKind, CompareSettings, Comparison, Granularity
from core.compare.renumbered_areas import area_number, numbered_in_place
from core.compare.units import build_units
from core.outline import parse_outline
from tests.core.compare.compare_inputs import compare_input

NEW_AREA = (
    "（三）着力建设数字长治，推动数据要素市场化配置。加快建设全市一体化大数据中心，"
    "推进政务数据共享开放，培育数据交易市场，打造一批数字化转型示范企业。\n\n"
)
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"]


@pytest.fixture(scope="module")
def report(samples: dict[str, Path]) -> str:
    return samples["cz2024"].read_text(encoding="utf-8")


def _plan(text: str) -> tuple[int, int]:
    """Where the plan's areas start and where the part after the plan starts."""
    start = text.index("二、2024年工作安排")
    return start, text.index("\n三、", start)


def _numbered_again(text: str, start: int, step: int) -> str:
    """``text`` with the plan's area numbers from ``start`` on moved ``step`` places."""
    _, end = _plan(text)

    def moved(found: re.Match[str]) -> str:
        return f"（{NUMERALS[NUMERALS.index(found.group(1)) + step]}）"

    renumbered = re.sub(r"(?m)^（([一二三四五六七八九十]+)）", moved, text[start:end])
    return text[:start] + renumbered + text[end:]


def _with_area_added(report: str) -> str:
    plan, _ = _plan(report)
    at = report.index("\n（三）", plan) + 1
    return _numbered_again(report[:at] + NEW_AREA + report[at:], at + len(NEW_AREA), 1)


def _changes(comparison: Comparison) -> list[tuple[ChangeKind, str, str]]:
    left, right = comparison.left.text, comparison.right.text
    return [
        (c.kind, left[c.left_start : c.left_end], right[c.right_start : c.right_end])
        for c in comparison.changes
    ]


@pytest.mark.parametrize("granularity", list(Granularity))
def test_areas_numbered_again_after_an_area_added_are_no_changes(
    report: str, granularity: Granularity
) -> None:
    edition = _with_area_added(report)
    for left, right, kind in (
        (report, edition, ChangeKind.ADDED_SECTION),
        (edition, report, ChangeKind.REMOVED_SECTION),
    ):
        comparison = compare_reports(
            compare_input(left), compare_input(right), CompareSettings(granularity=granularity)
        )
        [(found, *_)] = _changes(comparison)
        assert found is kind
        assert comparison.summary.overall.changed == 0


def test_with_layout_shown_each_number_changed_is_shown(report: str) -> None:
    comparison = compare_reports(
        compare_input(report),
        compare_input(_with_area_added(report)),
        CompareSettings(show_layout=True),
    )
    renumbered = [c for c in _changes(comparison) if c[0] is ChangeKind.REPLACED]
    assert [(old, new) for _, old, new in renumbered] == [
        (f"（{NUMERALS[n]}）", f"（{NUMERALS[n + 1]}）") for n in range(2, 12)
    ]


def test_a_number_out_of_its_place_is_a_change(report: str) -> None:
    # No area added: the edition numbers its last plan area (十三), one past its place.
    _, end = _plan(report)
    at = report.rindex("\n（十二）", 0, end) + 1
    mistaken = report[:at] + "（十三）" + report[at + len("（十二）") :]
    changes = _changes(compare_reports(compare_input(report), compare_input(mistaken)))
    assert changes == [(ChangeKind.REPLACED, "（十二）", "（十三）")]


@pytest.mark.parametrize(
    ("name", "form", "first"),
    [("cz2024", "paren", "（一）"), ("jc2024", "shi", "一是"), ("cz2026np", "paren", "(一)")],
)
def test_the_samples_areas_are_numbered_in_place(
    sample_texts: dict[str, str], name: str, form: str, first: str
) -> None:
    text = sample_texts[name]
    parts = build_units(text, parse_outline(text))
    in_place = numbered_in_place(text, parts)
    numbered = [
        (area, number)
        for part in parts
        for area in part.children
        if (number := area_number(text, area)) is not None and number.form == form
    ]
    assert len(numbered) >= 6
    assert any(text[n.start : n.end] == first for _, n in numbered)
    assert all(in_place.get(area.path) == number for area, number in numbered)
