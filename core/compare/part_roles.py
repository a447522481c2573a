"""What a report's part is for, read from its title: the review, the goals, the plan or the
government's own work.

Every report is built of the same kinds of parts (the year's review, in a new term's first
year the five-year goals, the year's plan, the government's own work), and a reader pairs a
review with a review whatever its words: ``2023年工作回顾`` with ``八个方面工作成效``, never with
``2026年工作安排``. Themes alone cannot tell, since a review and a plan speak of the same areas
of work; so two parts whose titles name different kinds are never paired. A part whose title
names no kind, or more than one, or a stretch without a heading (a newspaper edition's
``（开篇）``, which may hold the review of a lost first page), pairs by theme as before.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from core.compare.similarity import title_key


class PartRole(Enum):
    """The kind of a report's part."""

    REVIEW = "review"
    GOALS = "goals"
    PLAN = "plan"
    GOVERNMENT = "government"


_ROLE_WORDS = (
    (PartRole.REVIEW, re.compile(r"回顾|成效|成绩|过去|完成情况|执行情况")),
    (PartRole.GOALS, re.compile(r"目标任务|发展目标|主要目标|远景目标")),
    (PartRole.PLAN, re.compile(r"工作安排|工作任务|重点工作|今年")),
    (PartRole.GOVERNMENT, re.compile(r"自身建设|治理效能|政府建设")),
)


@lru_cache(maxsize=256)
def part_role(title: str) -> PartRole | None:
    """The kind of part ``title`` names (numbering and figures ignored), or None when it
    names none or several (``2023年工作回顾和2024年工作安排``).

    Args:
        title: a part's heading as the outline reads it.
    """
    key = title_key(title)
    found = {role for role, words in _ROLE_WORDS if words.search(key)}
    return found.pop() if len(found) == 1 else None
