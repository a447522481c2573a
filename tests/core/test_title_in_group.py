"""A title listed under its region and year reads without them."""

from __future__ import annotations

import pytest

from core.title_in_group import title_within_group


@pytest.mark.parametrize(
    ("title", "region", "year", "rest"),
    [
        ("长治市2024年政府工作报告（报纸版）", "长治市", 2024, "政府工作报告（报纸版）"),
        ("长治市2025年政府工作报告解读", "长治市", 2025, "政府工作报告解读"),
        ("2024年长治市政府工作报告", "长治市", 2024, "政府工作报告"),
        ("长治市 2024 年 政府工作报告", "长治市", 2024, "政府工作报告"),
        ("长治市政府工作报告（2024）", "长治市", 2024, "政府工作报告（2024）"),
        ("Changzhi 2024 government work report", "Changzhi", 2024, "government work report"),
    ],
)
def test_the_groups_names_are_dropped_from_the_start(
    title: str, region: str, year: int, rest: str
) -> None:
    assert title_within_group(title, region, year) == rest


@pytest.mark.parametrize(
    ("title", "region", "year"),
    [
        ("长治县2024年政府工作报告", "长治", 2024),  # another place than 长治
        ("Changzhier 2024 report", "Changzhi", 2024),
        ("长治市2024年", "长治市", 2024),  # nothing would be left
        ("关于长治市2024年工作的报告", "长治市", 2024),  # not at the start
    ],
)
def test_a_title_that_does_not_open_with_its_groups_stays_whole(
    title: str, region: str, year: int
) -> None:
    assert title_within_group(title, region, year) == title


def test_only_the_group_s_own_year_is_dropped() -> None:
    assert title_within_group("长治市20245号文件", "长治市", 2024) == "20245号文件"
    assert title_within_group("长治市2024年政府工作报告", "长治市", 2023) == ("2024年政府工作报告")


def test_a_year_alone_is_dropped_when_the_region_is_unknown() -> None:
    assert title_within_group("2024年政府工作报告", None, 2024) == "政府工作报告"
    assert title_within_group("长治市2024年政府工作报告", "", None) == "长治市2024年政府工作报告"
