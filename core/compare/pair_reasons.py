"""Why two sections were paired or left unpaired, as a Chinese reader of a comparison reads it.

Pairing records its reason in English (``same theme: content 0.25, title 0.00``), which the
JSON output keeps as it is for scripts. The HTML report, read by people, says the same in
Chinese: ``主题相同：内容相似度 0.25，标题相似度 0.00``.
"""

from __future__ import annotations

import re

_NUMBER = r"(\d+(?:\.\d+)?)"
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
    (
        re.compile(rf"removed: nothing alike \(best {_NUMBER}\)"),
        "删去：另一份中无相近章节，最高相似度 {0}",
    ),
    (
        re.compile(rf"added: nothing alike \(best {_NUMBER}\)"),
        "新增：另一份中无相近章节，最高相似度 {0}",
    ),
    (
        re.compile(rf"removed: closest, (.+) \({_NUMBER}\), is paired with another section"),
        "删去：最相近的「{0}」（相似度 {1}）已与另一节配对",
    ),
    (
        re.compile(rf"added: closest, (.+) \({_NUMBER}\), is paired with another section"),
        "新增：最相近的「{0}」（相似度 {1}）已与另一节配对",
    ),
    (
        re.compile(rf"removed: closest, (.+) \({_NUMBER}\), stands out of order"),
        "删去：最相近的「{0}」（相似度 {1}）与章节顺序不合",
    ),
    (
        re.compile(rf"added: closest, (.+) \({_NUMBER}\), stands out of order"),
        "新增：最相近的「{0}」（相似度 {1}）与章节顺序不合",
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
