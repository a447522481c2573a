"""A review is never paired with a plan: parts (and their areas) are paired within their kind."""

from __future__ import annotations

import pytest

from core.compare.comparison import compare_reports
from core.compare.part_roles import PartRole, part_role
from core.compare.records import CompareInput, PairLevel


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("一、2023年工作回顾", PartRole.REVIEW),
        ("八个方面工作成效", PartRole.REVIEW),
        ("二、“十五五”时期经济社会发展目标任务", PartRole.GOALS),
        ("三、2026年工作安排", PartRole.PLAN),
        ("四、全面加强政府自身建设", PartRole.GOVERNMENT),
        ("四、全面提升政府治理效能", PartRole.GOVERNMENT),
        ("2023年工作回顾和2024年工作安排", None),  # both: no kind to keep apart
        ("（开篇）", None),
        ("坚持抓项目、帮企业，经济运行向上向好", None),
    ],
)
def test_a_part_title_names_its_kind(title: str, role: PartRole | None) -> None:
    assert part_role(title) is role


def _paired(left: CompareInput, right: CompareInput) -> dict[PairLevel, set[tuple[str, str]]]:
    comparison = compare_reports(left, right)
    found: dict[PairLevel, set[tuple[str, str]]] = {PairLevel.PART: set(), PairLevel.AREA: set()}
    for pair in comparison.pairs:
        if pair.level in found and pair.left is not None and pair.right is not None:
            found[pair.level].add(("/".join(pair.left.path), "/".join(pair.right.path)))
    return found


def test_an_interpretations_review_pairs_with_the_review_not_the_plan(
    inputs: dict[str, CompareInput],
) -> None:
    """The 2025 interpretation's results (八个方面工作成效) against the 2026 newspaper
    edition, whose review has lost its heading with its first page: the review's areas pair
    with the edition's review (its opening), never with the 2026 plan, however alike their
    themes (改革, 科技)."""
    paired = _paired(inputs["cz2025i"], inputs["cz2026np"])
    every_pair = paired[PairLevel.PART] | paired[PairLevel.AREA]
    assert not [
        (left, right)
        for left, right in every_pair
        if left.startswith("八个方面工作成效") and right.startswith("2026年工作安排")
    ]
    assert (
        "八个方面工作成效/强力攻坚、系统治理,生态环境实现新改善",
        "（开篇）/生态环境明显改善",
    ) in paired[PairLevel.AREA]


def test_an_interpretations_review_pairs_area_by_area_with_a_reports_review(
    inputs: dict[str, CompareInput],
) -> None:
    paired = _paired(inputs["cz2025i"], inputs["cz2024"])
    assert ("八个方面工作成效", "2023年工作回顾") in paired[PairLevel.PART]
    areas = paired[PairLevel.AREA]
    assert all(right.startswith("2023年工作回顾") for _left, right in areas)
    assert (
        "八个方面工作成效/强力攻坚、系统治理,生态环境实现新改善",
        "2023年工作回顾/坚持减排放、治污染，生态环境渐清渐绿",
    ) in areas
