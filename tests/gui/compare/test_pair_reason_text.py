"""Why areas were paired, in the window's language: English by default, Chinese when chosen."""

from __future__ import annotations

import re
from typing import Any

import pytest

from core.compare.comparison import compare_reports
from core.compare.pair_reasons import (
    PairReason,
    ReasonKind,
    reason_in_chinese,
    reason_in_plain_english,
)
from core.compare.records import CompareInput
from core.library import LoadedReport
from gui.compare.change_list import ChangeListModel
from gui.compare.pair_reason_text import reason_text

CJK = re.compile(r"[\u4e00-\u9fff]")
CLOSEST = "构建新型能源体系"
CLOSEST_PATH = ("二、2026年工作安排", CLOSEST)


def _every_reason() -> list[PairReason]:
    return [
        PairReason(
            kind, title=0.123, content=0.456, score=0.789, removed=removed, closest=CLOSEST_PATH
        )
        for kind in ReasonKind
        for removed in (True, False)
    ]


def test_in_english_every_reason_is_an_english_sentence_with_its_figures(qapp: Any) -> None:
    for reason in _every_reason():
        text = reason_text(reason)
        assert not CJK.search(text.replace(CLOSEST, "")), text
        assert "{" not in text, text
        if reason.kind is ReasonKind.CLOSEST_TAKEN or reason.kind is ReasonKind.OUT_OF_ORDER:
            assert CLOSEST in text and "0.79" in text
    same_theme = PairReason(ReasonKind.SAME_THEME, title=0.1, content=0.25)
    assert reason_text(same_theme) == "Same theme: content likeness 0.25, title likeness 0.10"
    nothing = PairReason(ReasonKind.NOTHING_ALIKE, score=-0.2, removed=True)
    assert reason_text(nothing).startswith("Removed: nothing")
    assert reason_text(nothing).endswith("(best likeness 0.00)")
    # The window and the English HTML report say each reason in the same words.
    without_heading = PairReason(ReasonKind.SAME_THEME, content=0.61, headings=False)
    for reason in [*_every_reason(), nothing, without_heading]:
        assert reason_text(reason) == reason_in_plain_english(reason)


def test_in_chinese_every_reason_is_translated_and_keeps_its_figures(
    qapp: Any, chinese: None
) -> None:
    texts = [reason_text(reason) for reason in _every_reason()]
    assert all(CJK.search(text) and "{" not in text for text in texts), texts
    assert not any(re.search(r"[A-Za-z]", text) for text in texts), texts
    unpaired = {ReasonKind.NOTHING_ALIKE, ReasonKind.CLOSEST_TAKEN, ReasonKind.OUT_OF_ORDER}
    alone = [reason_text(r) for r in _every_reason() if r.kind in unpaired]
    assert len(set(alone)) == len(alone) == 6  # removed and added each in its own words
    same_theme = PairReason(ReasonKind.SAME_THEME, title=0.1, content=0.25)
    assert reason_text(same_theme) == "主题相同：内容相似度 0.25，标题相似度 0.10"
    taken = PairReason(ReasonKind.CLOSEST_TAKEN, score=0.31, removed=True, closest=CLOSEST_PATH)
    assert reason_text(taken) == f"删除：最相近的「{CLOSEST}」（相似度 0.31）已与另一节配对"
    # The window and the HTML report say each reason in the same words.
    nothing = PairReason(ReasonKind.NOTHING_ALIKE, score=-0.2, removed=True)
    without_heading = PairReason(ReasonKind.SAME_THEME, content=0.61, headings=False)
    for reason in [*_every_reason(), nothing, without_heading]:
        assert reason_text(reason) == reason_in_chinese(reason)


def _section_tips(left: LoadedReport, right: LoadedReport) -> list[str]:
    """The tooltip of each section of the change list of ``left`` against ``right``."""
    model = ChangeListModel()
    model.set_comparison(compare_reports(*map(CompareInput.from_loaded, (left, right))))
    return [model.item(row).toolTip() for row in range(model.rowCount())]


@pytest.mark.parametrize(("language", "expected"), [("en", "Same "), ("zh", "相同")])
def test_the_change_list_gives_each_section_s_reason_in_the_app_s_language(
    qapp: Any,
    loaded: dict[str, LoadedReport],
    request: pytest.FixtureRequest,
    language: str,
    expected: str,
) -> None:
    if language == "zh":
        request.getfixturevalue("chinese")
    tips = _section_tips(loaded["cz2024"], loaded["cz2026np"])
    # The tooltip: both titles, then why they were paired (or why one stands alone).
    reasons = [tip.split("\n")[-1] for tip in tips]
    assert any(expected in reason for reason in reasons), reasons
    alone = "删除：" if language == "zh" else "Removed: "
    assert any(reason.startswith(alone) for reason in reasons), reasons


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Same theme: content likeness 0.61, no heading to compare"),
        ("zh", "主题相同：内容相似度 0.61，无标题可比"),
    ],
)
def test_a_section_without_heading_is_not_said_to_have_an_unlike_title(
    qapp: Any,
    loaded: dict[str, LoadedReport],
    request: pytest.FixtureRequest,
    language: str,
    expected: str,
) -> None:
    # The edition's first page starts inside an area (its part heading is on a lost page): the
    # stretch before its first heading, （开篇）（导语）, pairs by its content, and a label made
    # by the comparison has no title to be alike or unlike.
    if language == "zh":
        request.getfixturevalue("chinese")
    tips = _section_tips(loaded["cz2024"], loaded["cz2024np"])
    by_theme = [
        tip.split("\n")[-1]
        for tip in tips
        if ("（开篇）" in tip or "(opening)" in tip)
        and tip.split("\n")[-1].startswith(("Same theme", "主题相同"))
    ]
    assert by_theme == [expected]
    same_theme = PairReason(ReasonKind.SAME_THEME, content=0.61, headings=False)
    assert reason_text(same_theme) == expected
    if language == "zh":  # the window and the HTML report in the same words
        assert expected == reason_in_chinese(same_theme)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "“2024年工作安排 (introduction)”"), ("zh", "「2024年工作安排（导语）」")],
)
def test_a_closest_section_without_heading_is_named_in_the_app_s_language(
    qapp: Any, request: pytest.FixtureRequest, language: str, expected: str
) -> None:
    if language == "zh":
        request.getfixturevalue("chinese")
    reason = PairReason(ReasonKind.OUT_OF_ORDER, score=0.5, closest=("2024年工作安排", "（导语）"))
    assert expected in reason_text(reason)
