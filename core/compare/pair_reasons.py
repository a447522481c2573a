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

from core.compare.section_labels import (
    CHINESE_SECTION_NAMES,
    ENGLISH_SECTION_NAMES,
    SectionNames,
    section_label,
)


class ReasonKind(StrEnum):
    """What decided a pair, or a section's standing alone."""

    SAME_TITLE = "same_title"
    SIMILAR_TITLE = "similar_title"
    SAME_THEME = "same_theme"
    SAME_PLACE = "same_place"
    """Paired: two stretches without heading at one place of paired parts (their openings,
    their closings, or the whole of each), alike enough in content."""
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
        closest: the likeliest partner's path (named to a reader by ``section_label``).
        headings: a pair by likeness of which both sections have a heading of their own; one
            of stretches without (``（开篇）``, ``（导语）``: labels, not titles a reader wrote)
            has no title likeness to speak of.
    """

    kind: ReasonKind
    title: float = 0.0
    content: float = 0.0
    score: float = 0.0
    removed: bool = False
    closest: tuple[str, ...] = ()
    headings: bool = True

    def __str__(self) -> str:
        return reason_in_english(self)


# Each kind's words, English (the JSON's, unchanged since scripts read them) and Chinese (the
# HTML report's); ``reason_figures`` fills them in.
_WORDS: dict[ReasonKind, tuple[str, str]] = {
    ReasonKind.SAME_TITLE: ("same title, content {content}", "标题相同，内容相似度 {content}"),
    ReasonKind.SIMILAR_TITLE: (
        "similar title {title}, content {content}",
        "标题相近：标题相似度 {title}，内容相似度 {content}",
    ),
    ReasonKind.SAME_THEME: (
        "same theme: content {content}, title {title}",
        "主题相同：内容相似度 {content}，标题相似度 {title}",
    ),
    ReasonKind.SAME_PLACE: (
        "same place in paired parts, content {content}",
        "在已配对部分中位置相同，内容相似度 {content}",
    ),
    ReasonKind.SIMILAR_PARAGRAPH: ("similar paragraph: {content}", "段落相近：相似度 {content}"),
    ReasonKind.PAIRED_BY_HAND: ("paired by hand", "手动配对（内容相似度 {content}）"),
    ReasonKind.NOTHING_ALIKE: (
        "{verdict}: nothing alike (best {best})",
        "{verdict}：另一份中无相近章节，最高相似度 {best}",
    ),
    ReasonKind.CLOSEST_TAKEN: (
        "{verdict}: closest, {closest} ({score}), is paired with another section",
        "{verdict}：最相近的「{closest}」（相似度 {score}）已与另一节配对",
    ),
    ReasonKind.OUT_OF_ORDER: (
        "{verdict}: closest, {closest} ({score}), stands out of order",
        "{verdict}：最相近的「{closest}」（相似度 {score}）与已配对章节的顺序不合",
    ),
    ReasonKind.UNPAIRED_BY_HAND: ("left unpaired by hand", "手动设为不配对"),
}


def reason_figures(reason: PairReason, names: SectionNames) -> dict[str, str]:
    """What a reason's words name, as they show it: ``title``, ``content``, ``score`` and
    ``best`` (a best score, never below 0) to two decimals, and ``closest`` as ``names``
    name it."""
    return {
        "title": f"{reason.title:.2f}",
        "content": f"{reason.content:.2f}",
        "score": f"{reason.score:.2f}",
        "best": f"{max(0.0, reason.score):.2f}",
        "closest": section_label(reason.closest, names) if reason.closest else "",
    }


def reason_in_english(reason: PairReason) -> str:
    """The reason as the JSON output (``reportlens compare --json``) gives it."""
    verdict = "removed" if reason.removed else "added"
    return _WORDS[reason.kind][0].format(
        verdict=verdict, **reason_figures(reason, ENGLISH_SECTION_NAMES)
    )


# A pair by theme of which a section has no heading (``（开篇）``): its title likeness, 0, says
# nothing, and beside two equal labels it would read as a contradiction. (The JSON keeps the
# sentence scripts read.)
_THEME_WITHOUT_HEADING = "主题相同：内容相似度 {content}，无标题可比"


def reason_in_chinese(reason: PairReason) -> str:
    """The reason as the HTML report gives it to a Chinese reader; a pair by theme without
    headings on both sides is not said to have titles alike or unlike."""
    verdict = "删除" if reason.removed else "新增"
    words = _WORDS[reason.kind][1]
    if reason.kind is ReasonKind.SAME_THEME and not reason.headings:
        words = _THEME_WITHOUT_HEADING
    return words.format(verdict=verdict, **reason_figures(reason, CHINESE_SECTION_NAMES))
