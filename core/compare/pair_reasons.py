"""Why two sections were paired or left unpaired, as a Chinese reader of a comparison reads it.

Pairing records its reason in English (``same theme: content 0.25, title 0.00``), which the
JSON output keeps as it is for scripts. The HTML report, read by people, says the same in
Chinese: ``主题相同：内容相似度 0.25，标题相似度 0.00``.
"""

from __future__ import annotations

import re

_NUMBER = r"(\d+(?:\.\d+)?)"
_SIDES = (("removed", "删去"), ("added", "新增"))


def _on_either_side(english: str, chinese: str) -> list[tuple[re.Pattern[str], str]]:
    """A reason given to a removed and to an added section alike, each in its own words."""
    return [(re.compile(f"{side}: {english}"), f"{word}：{chinese}") for side, word in _SIDES]


_IN_CHINESE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"same title, content {_NUMBER}"), "标题相同，内容相似度 {0}"),
    (
        re.compile(rf"similar title {_NUMBER}, content {_NUMBER}"),
        "标题相近：标题相似度 {0}，内容相似度 {1}",
    ),
    (
        re.compile(rf"same theme: content {_NUMBER}, title {_NUMBER}"),
        "主题相同：内容相似度 {0}，标题相似度 {1}",
    ),
    *_on_either_side(rf"nothing alike \(best {_NUMBER}\)", "另一份中无相近章节，最高相似度 {0}"),
    *_on_either_side(
        rf"closest, (.+) \({_NUMBER}\), is paired with another section",
        "最相近的「{0}」（相似度 {1}）已与另一节配对",
    ),
    *_on_either_side(
        rf"closest, (.+) \({_NUMBER}\), stands out of order",
        "最相近的「{0}」（相似度 {1}）与章节顺序不合",
    ),
    (re.compile("paired by hand"), "手动配对"),
    (re.compile("left unpaired by hand"), "手动设为不配对"),
)


def reason_in_chinese(reason: str) -> str:
    """``reason`` (as ``core.compare.pairing`` words it) in Chinese; an unknown one as it is."""
    for pattern, chinese in _IN_CHINESE:
        match = pattern.fullmatch(reason)
        if match is not None:
            return chinese.format(*match.groups())
    return reason
