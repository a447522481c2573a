"""A section heading cut to the clause that names its subject, for a narrow column.

A report's headings often pair how with what: ``坚持抓项目、帮企业，经济运行向上向好`` is
about the economy, ``承压前行、克难奋进,经济运行取得新成效`` too. The short heading is the
clause after the last comma (``经济运行向上向好``); a heading of one clause
(``城乡发展加力提速``) is its own short heading. The full heading stays where there is room.
"""

from __future__ import annotations

import re

CLAUSE_BREAKS = re.compile(r"[，,；;：:]")
"""What separates a heading's clauses (a 、 separates items of one clause, and stays)."""

SHORTEST_CLAUSE = 4
"""A last clause shorter than this (``等``, a stray year) names nothing alone: the heading
stays whole."""


def short_heading(title: str) -> str:
    """The clause of ``title`` that names its subject: the text after its last comma,
    semicolon or colon; ``title`` itself (stripped) when it has one clause or its last is
    shorter than ``SHORTEST_CLAUSE`` characters.

    Args:
        title: a section's heading as the outline holds it (``Section.title``).
    """
    whole = title.strip()
    last = CLAUSE_BREAKS.split(whole)[-1].strip(" 　。.")
    return last if len(last) >= SHORTEST_CLAUSE and last != whole else whole
