"""Why two sections were paired or left unpaired: a record, and its words in English and Chinese.

Pairing records what decided (``PairReason``: the kind of reason and its figures); each reader
gets it in words of their own. The JSON output keeps the English sentence scripts have always
read (``same theme: content 0.25, title 0.00``), the HTML report, read by people, says it in
Chinese (``主题相同：内容相似度 0.25，标题相似度 0.00``), and the window in the language of
the app (gui/compare/pair_reason_text.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ReasonKind(StrEnum):
    """What decided a pair, or a section's standing alone."""

    SAME_TITLE = "same_title"
    SIMILAR_TITLE = "similar_title"
    SAME_THEME = "same_theme"
    SIMILAR_PARAGRAPH = "similar_paragraph"
    PAIRED_BY_HAND = "paired_by_hand"
    NOTHING_ALIKE = "nothing_alike"
    """Unpaired: no section of the other report comes near."""
    CLOSEST_TAKEN = "closest_taken"
    """Unpaired: the likeliest partner is paired with another section."""
    OUT_OF_ORDER = "out_of_order"
    """Unpaired: pairing with the likeliest partner would cross a pair made (parts keep
    their order)."""
    UNPAIRED_BY_HAND = "unpaired_by_hand"


@dataclass(frozen=True)
class PairReason:
    """Why two sections were paired, or why one stands alone.

    Attributes:
        kind: what decided.
        title: how alike the titles are, 0..1 (a pair by likeness).
        content: how alike the contents are, 0..1 (a pair by likeness; a paragraph's likeness).
        score: an unpaired section's best score against the other report (its likeliest
            partner's, when it has one).
        removed: an unpaired section of the left report (removed), not of the right (added).
        closest: the likeliest partner's name, as a reader knows it (``section_label``).
    """

    kind: ReasonKind
    title: float = 0.0
    content: float = 0.0
    score: float = 0.0
    removed: bool = False
    closest: str = ""

    def __str__(self) -> str:
        return reason_in_english(self)


def reason_in_english(reason: PairReason) -> str:
    """The reason as the JSON output (``reportlens compare --json``) gives it."""
    verdict = "removed" if reason.removed else "added"
    match reason.kind:
        case ReasonKind.SAME_TITLE:
            return f"same title, content {reason.content:.2f}"
        case ReasonKind.SIMILAR_TITLE:
            return f"similar title {reason.title:.2f}, content {reason.content:.2f}"
        case ReasonKind.SAME_THEME:
            return f"same theme: content {reason.content:.2f}, title {reason.title:.2f}"
        case ReasonKind.SIMILAR_PARAGRAPH:
            return f"similar paragraph: {reason.content:.2f}"
        case ReasonKind.PAIRED_BY_HAND:
            return "paired by hand"
        case ReasonKind.NOTHING_ALIKE:
            return f"{verdict}: nothing alike (best {max(0.0, reason.score):.2f})"
        case ReasonKind.CLOSEST_TAKEN:
            return (
                f"{verdict}: closest, {reason.closest} ({reason.score:.2f}), "
                "is paired with another section"
            )
        case ReasonKind.OUT_OF_ORDER:
            return f"{verdict}: closest, {reason.closest} ({reason.score:.2f}), stands out of order"
        case ReasonKind.UNPAIRED_BY_HAND:
            return "left unpaired by hand"


def reason_in_chinese(reason: PairReason) -> str:
    """The reason as the HTML report gives it to a Chinese reader."""
    verdict = "删去" if reason.removed else "新增"
    closest = f"最相近的「{reason.closest}」（相似度 {reason.score:.2f}）"
    match reason.kind:
        case ReasonKind.SAME_TITLE:
            return f"标题相同，内容相似度 {reason.content:.2f}"
        case ReasonKind.SIMILAR_TITLE:
            return f"标题相近：标题相似度 {reason.title:.2f}，内容相似度 {reason.content:.2f}"
        case ReasonKind.SAME_THEME:
            return f"主题相同：内容相似度 {reason.content:.2f}，标题相似度 {reason.title:.2f}"
        case ReasonKind.SIMILAR_PARAGRAPH:
            return f"段落相近：相似度 {reason.content:.2f}"
        case ReasonKind.PAIRED_BY_HAND:
            return "手动配对"
        case ReasonKind.NOTHING_ALIKE:
            return f"{verdict}：另一份中无相近章节，最高相似度 {max(0.0, reason.score):.2f}"
        case ReasonKind.CLOSEST_TAKEN:
            return f"{verdict}：{closest}已与另一节配对"
        case ReasonKind.OUT_OF_ORDER:
            return f"{verdict}：{closest}与已配对章节的顺序不合"
        case ReasonKind.UNPAIRED_BY_HAND:
            return "手动设为不配对"
