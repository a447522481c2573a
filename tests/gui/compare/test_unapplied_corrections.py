"""A pairing correction naming a section the compared reports no longer have is told by name."""

from __future__ import annotations

from typing import Any

from core.cli.compare_words import COMPARE_WORDS
from core.compare.records import PairOverride
from core.library import find_report
from core.store.pair_overrides import save_overrides

PLAN = "2024年工作安排"
# Kept from an earlier reading of 长治 2024: it has no area of this title any more.
GONE = PairOverride((PLAN, "着力扩大有效投资"), (PLAN, "坚定不移打好产业转型攻坚战"))
# Still there: 长治's investment area paired by hand with 晋城's projects area.
STILL_THERE = PairOverride(
    (PLAN, "着力扩大有效益的投资，夯实稳增长基础"),
    (PLAN, "坚定不移打好项目建设攻坚战，推动高质量发展基础更加坚实"),
)


def _compared(qtbot: Any, window: Any, store: Any) -> tuple[Any, list[str]]:
    """The comparison of 长治 and 晋城 2024 opened with the corrections above, and what the
    window's status bar said meanwhile."""
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    changzhi = find_report(store, "长治市2024年政府工作报告")
    jincheng = find_report(store, "晋城市2024年政府工作报告")
    save_overrides(store, changzhi, jincheng, [GONE, STILL_THERE])
    view = window.comparisons.open(changzhi, jincheng)
    assert view is not None
    qtbot.waitUntil(
        lambda: view.comparison() is not None and not view.is_comparing(), timeout=120_000
    )
    return view, said


def test_the_compare_view_names_the_correction_that_no_longer_applies(
    qtbot: Any, window: Any, store: Any
) -> None:
    view, said = _compared(qtbot, window, store)
    sentence = (
        "a pairing correction no longer applies, since a section it names is not in these "
        "reports any more: “着力扩大有效投资” paired with “坚定不移打好产业转型攻坚战”"
    )
    total = view.comparison().summary.overall.total
    status = view.legend.status
    assert (status.toolTip() or status.text()) == f"{total} changes · {sentence}"
    assert status.text().startswith(f"{total} changes · a pairing correction no longer applies")
    # Alone in the window's status bar, it begins as a sentence does.
    qtbot.waitUntil(lambda: f"A{sentence[1:]}" in said, timeout=5000)
    assert view.overrides() == [GONE, STILL_THERE]  # kept, not dropped


def test_in_chinese_the_correction_is_named_in_chinese(
    qtbot: Any, chinese: None, window: Any, store: Any
) -> None:
    view, said = _compared(qtbot, window, store)
    # Word for word what ``reportlens compare`` says under a Chinese locale, but its name.
    sentence = (
        "一项手动配对不再适用，因为它所指的章节已不在这两份报告中："
        "「着力扩大有效投资」与「坚定不移打好产业转型攻坚战」配对"
    )
    chinese = COMPARE_WORDS.chinese.unapplied
    assert sentence == chinese.one.format(
        correction=chinese.paired.format(
            left="着力扩大有效投资", right="坚定不移打好产业转型攻坚战"
        )
    )
    total = view.comparison().summary.overall.total
    assert view.legend.status.toolTip() == f"{total} 处改动 · {sentence}"
    qtbot.waitUntil(lambda: sentence in said, timeout=5000)
