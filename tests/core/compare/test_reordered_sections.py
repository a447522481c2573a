"""Sections that changed places: an area or a paragraph paired out of order with its own text
is one move; areas of one theme standing in another order but rewritten are not.

The reports are the 长治 2024 sample edited in the test (areas swapped, an area renamed and
moved) and a plan's area written twice, one paragraph moved in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.records import (
    Change,
    ChangeKind,
    CompareInput,
    CompareSettings,
    Comparison,
    PairLevel,
)
from core.compare.reordered_sections import out_of_order
from tests.core.compare.compare_inputs import compare_input, compared_under_plan


@pytest.fixture(scope="module")
def report(samples: dict[str, Path]) -> str:
    return samples["cz2024"].read_text(encoding="utf-8")


def _area(text: str, opening: str, following: str) -> tuple[int, int]:
    """The span of the area whose heading opens with ``opening``, up to the line opening
    with ``following``."""
    start = text.index(f"\n{opening}") + 1
    return start, text.index(f"\n{following}", start) + 1


def _moves(comparison: Comparison) -> list[Change]:
    return [c for c in comparison.changes if c.kind is ChangeKind.MOVED]


def _texts(comparison: Comparison, change: Change) -> tuple[str, str]:
    return (
        comparison.left.text[change.left_start : change.left_end],
        comparison.right.text[change.right_start : change.right_end],
    )


def test_the_heaviest_run_in_order_stays() -> None:
    # Two of a weight swapped: the first stays, the second moved.
    assert out_of_order([(0, 10, 5), (10, 0, 5)]) == {1}
    # A long passage stays where a short one crosses it.
    assert out_of_order([(0, 10, 1), (10, 0, 9)]) == {0}
    # One taken from the head to the end: the rest keep their order.
    assert out_of_order([(0, 30, 4), (10, 0, 4), (20, 10, 4), (30, 20, 4)]) == {0}
    assert out_of_order([]) == set()


def test_two_review_areas_swapped_are_one_area_moved(report: str) -> None:
    five = _area(report, "（五）坚持", "（六）坚持")
    six = _area(report, "（六）坚持", "（七）坚持")
    swapped = (
        report[: five[0]]
        + "（五）"
        + report[six[0] + 3 : six[1]]
        + "（六）"
        + report[five[0] + 3 : five[1]]
        + report[six[1] :]
    )
    moved_text = report[five[0] : five[1]].strip()
    # Each area's number is its place: the numbers changed are shown with layout only
    # (core.compare.renumbered_areas).
    for show_layout in (False, True):
        comparison = compare_reports(
            compare_input(report), compare_input(swapped), CompareSettings(show_layout=show_layout)
        )
        [move] = _moves(comparison)
        assert _texts(comparison, move) == (moved_text, "（六）" + moved_text[3:])
        inside = [_texts(comparison, c) for c in comparison.changes if c.move_id == move.move_id]
        others = [_texts(comparison, c) for c in comparison.changes if c.move_id is None]
        assert comparison.summary.overall.moved == 1
        if show_layout:
            assert inside == [_texts(comparison, move), ("（五）", "（六）")]
            assert others == [("（六）", "（五）")]
            assert comparison.summary.overall.changed == 2  # each number, one in the move
        else:
            assert inside == [_texts(comparison, move)]
            assert others == []
            assert comparison.summary.overall.changed == 0


def test_an_area_renamed_and_moved_up_is_one_move_holding_its_new_title(report: str) -> None:
    # Area (十) of the plan, renamed, moves up to stand fourth; the areas after it are
    # numbered again.
    ten = _area(report, "（十）着力", "（十一）着力")
    area = report[ten[0] : ten[1]]
    renamed = area.replace("（十）着力强化生态保护，全面", "（四）着力推进绿色低碳发展，", 1)
    without = report[: ten[0]] + report[ten[1] :]
    four = without.index("\n（四）着力") + 1
    edited = without[:four] + renamed + without[four:]
    for old, new in [("九", "十"), ("八", "九"), ("七", "八"), ("六", "七"), ("五", "六")]:
        edited = edited.replace(f"（{old}）着力", f"（{new}）着力", 1)
    edited = edited.replace("\n（四）着力提升", "\n（五）着力提升", 1)
    for show_layout in (False, True):
        comparison = compare_reports(
            compare_input(report), compare_input(edited), CompareSettings(show_layout=show_layout)
        )
        [move] = _moves(comparison)
        assert _texts(comparison, move) == (area.strip(), renamed.strip())
        inside = [_texts(comparison, c) for c in comparison.changes if c.move_id == move.move_id]
        assert ("（十）着力强化生态保护，全面", "（四）着力推进绿色低碳发展，") in inside
        renumbered = [_texts(comparison, c) for c in comparison.changes if c.move_id is None]
        # The numbers that follow the move are its areas' places: shown with layout only.
        assert len(renumbered) == (6 if show_layout else 0)
        assert all(len(old) == len(new) == 3 for old, new in renumbered)


INVESTMENT = (
    "（一）着力扩大有效投资，增强发展后劲。坚持项目为王，全年实施省市重点工程项目500项以上，"
    "完成投资1000亿元以上，推动一批打基础利长远的重大项目落地见效。"
)
INVESTMENT_NEW = (
    "（一）着力扩大有效投资，增强发展后劲。坚持项目为王，今年安排省市重点工程项目600项，"
    "确保完成投资1200亿元，集中力量推进一批带动性强的重大项目。"
)
TRANSPORT = (
    "加快交通基础设施建设，推进高速公路、国省干线和农村公路提档升级，建成通用机场，"
    "构建内联外通的综合交通网络。"
)
TRANSPORT_NEW = (
    "加快交通基础设施建设，推动铁路专用线和农村公路建设，开通更多航线，"
    "打造区域性综合交通枢纽，提升通达能力。"
)
SUPPORT = (
    "强化要素保障，深化用地、用能、环评等审批制度改革，完善项目谋划储备、招引落地、"
    "建设投产全周期服务机制，确保项目早开工、早投产、早见效。"
)
SUPPORT_NEW = (
    "强化要素保障，持续深化审批制度改革，健全项目全周期服务机制，推行帮办代办，"
    "确保项目早开工、早投产、早见效，以投资之进稳经济之势。"
)
DIGITAL = (
    "大力发展数字经济，建设算力中心和工业互联网平台，推动制造业数字化转型、网络化协同、"
    "智能化改造，培育一批数字化转型标杆企业，形成新的增长点。"
)


def test_a_paragraph_moved_within_a_rewritten_area_is_a_move() -> None:
    # The area is rewritten (its paragraphs are paired one by one); the transport paragraph,
    # unchanged, moves from last to second.
    comparison = compared_under_plan(
        f"{INVESTMENT}\n\n{SUPPORT}\n\n{TRANSPORT}",
        f"{INVESTMENT_NEW}\n\n{TRANSPORT}\n\n{DIGITAL}\n\n{SUPPORT_NEW}",
    )
    assert any(p.level is PairLevel.PARAGRAPH for p in comparison.pairs)
    [move] = _moves(comparison)
    assert _texts(comparison, move) == (TRANSPORT, TRANSPORT)
    assert move.similarity == 1.0
    assert [c for c in comparison.changes if c.move_id == move.move_id] == [move]


def test_a_reworded_paragraph_out_of_order_is_not_a_move() -> None:
    comparison = compared_under_plan(
        f"{INVESTMENT}\n\n{SUPPORT}\n\n{TRANSPORT}",
        f"{INVESTMENT_NEW}\n\n{TRANSPORT_NEW}\n\n{DIGITAL}\n\n{SUPPORT_NEW}",
    )
    assert _moves(comparison) == []


def test_two_years_areas_out_of_order_are_paired_not_moved(
    inputs: dict[str, CompareInput],
) -> None:
    comparison = compare_reports(inputs["cz2024"], inputs["cz2026np"])
    areas = [p for p in comparison.pairs if p.level is PairLevel.AREA and p.left and p.right]
    places = [(p.left.start, p.right.start, p.left.end - p.left.start) for p in areas]  # type: ignore[union-attr]
    assert out_of_order(places)  # themes stand in another order in 2026
    assert all(move.right_end - move.right_start < 100 for move in _moves(comparison))


def test_a_paragraph_moved_up_under_a_heading_of_its_own_is_moved_without_the_heading(
    samples: dict[str, Path],
) -> None:
    # 晋城 writes an area's heading on a line of its own, without 。. Area (二) is rewritten
    # (two of its paragraphs replaced) and its last paragraph of work moved up to stand first:
    # that paragraph is one move, and no move holds the heading, which stayed (neither with
    # that paragraph nor alone, removed with one paragraph and added with another).
    text = samples["jc2024"].read_text(encoding="utf-8")
    start = text.index("\n（二）坚定不移打好文旅康养攻坚战") + 1
    end = text.index("\n（三）", start) + 1
    heading, *body, closing = text[start:end].strip().split("\n\n")
    assert closing.startswith("各位代表") and len(body) == 5
    filler = "我们要迎难而上，扩大优质商品和服务供给，兑现产业发展资金11.36亿元。" * 3
    area = [heading, body[4], body[0], filler, filler.replace("11.36", "9"), body[3], closing]
    comparison = compare_reports(
        compare_input(text), compare_input(text[:start] + "\n\n".join(area) + "\n\n" + text[end:])
    )
    assert [_texts(comparison, move) for move in _moves(comparison)] == [(body[4], body[4])]
