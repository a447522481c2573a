"""A section's short heading: the clause that names its subject."""

from __future__ import annotations

import pytest

from core.short_heading import short_heading


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("坚持抓项目、帮企业，经济运行向上向好", "经济运行向上向好"),
        ("承压前行、克难奋进,经济运行取得新成效", "经济运行取得新成效"),
        ("坚持内需主导、投资拉动,推动经济平稳运行", "推动经济平稳运行"),
        ("城乡发展加力提速", "城乡发展加力提速"),
        ("“十五五”时期经济社会发展目标任务", "“十五五”时期经济社会发展目标任务"),
        ("保持投资强度、优化投资结构", "保持投资强度、优化投资结构"),
        ("2024年工作安排", "2024年工作安排"),
        ("稳增长，等", "稳增长，等"),
        ("", ""),
    ],
)
def test_the_short_heading_is_the_last_clause_that_names_something(title: str, short: str) -> None:
    assert short_heading(title) == short
