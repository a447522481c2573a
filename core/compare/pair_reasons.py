"""Why two sections were paired or left unpaired: a record, and its words in English and Chinese.

Pairing records what decided (``PairReason``: the kind of reason and its figures); each reader
gets it in words of their own. The JSON output keeps the English sentence scripts have always
read (``same theme: content 0.25, title 0.00``); the HTML report, read by people, says it in
its reader's language as the window says it in the app's (gui/compare/pair_reason_text.py):
``Same theme: content likeness 0.25, title likeness 0.00``,
``主题相同：内容相似度 0.25，标题相似度 0.00``.
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


# Each kind's words: the JSON's (unchanged since scripts read them), then the sentences a reader
# reads in English and in Chinese (the HTML report's, as the window says them:
# gui/compare/pair_reason_text.py); ``reason_figures`` fills them in.
_WORDS: dict[ReasonKind, tuple[str, str, str]] = {
    ReasonKind.SAME_TITLE: (
        "same title, content {content}",
        "Same title, content likeness {content}",
        "标题相同，内容相似度 {content}",
    ),
    ReasonKind.SIMILAR_TITLE: (
        "similar title {title}, content {content}",
        "Similar titles: title likeness {title}, content likeness {content}",
        "标题相近：标题相似度 {title}，内容相似度 {content}",
    ),
    ReasonKind.SAME_THEME: (
        "same theme: content {content}, title {title}",
        "Same theme: content likeness {content}, title likeness {title}",
        "主题相同：内容相似度 {content}，标题相似度 {title}",
    ),
    ReasonKind.SAME_PLACE: (
        "same place in paired parts, content {content}",
        "Same place in paired parts, content likeness {content}",
        "在已配对部分中位置相同，内容相似度 {content}",
    ),
    ReasonKind.SIMILAR_PARAGRAPH: (
        "similar paragraph: {content}",
        "Similar paragraphs: likeness {content}",
        "段落相近：相似度 {content}",
    ),
    ReasonKind.PAIRED_BY_HAND: (
        "paired by hand",
        "Paired by hand (content likeness {content})",
        "手动配对（内容相似度 {content}）",
    ),
    ReasonKind.NOTHING_ALIKE: (
        "{verdict}: nothing alike (best {best})",
        "{verdict}: nothing in the other report is alike (best likeness {best})",
        "{verdict}：另一份中无相近章节，最高相似度 {best}",
    ),
    ReasonKind.CLOSEST_TAKEN: (
        "{verdict}: closest, {closest} ({score}), is paired with another section",
        "{verdict}: the closest section, “{closest}” (likeness {score}), "
        "is paired with another section",
        "{verdict}：最相近的「{closest}」（相似度 {score}）已与另一节配对",
    ),
    ReasonKind.OUT_OF_ORDER: (
        "{verdict}: closest, {closest} ({score}), stands out of order",
        "{verdict}: the closest section, “{closest}” (likeness {score}), "
        "stands out of the order of the sections paired",
        "{verdict}：最相近的「{closest}」（相似度 {score}）与已配对章节的顺序不合",
    ),
    ReasonKind.UNPAIRED_BY_HAND: (
        "left unpaired by hand",
        "Left unpaired by hand",
        "手动设为不配对",
    ),
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
# sentence scripts read.) In English, then in Chinese.
_THEME_WITHOUT_HEADING = (
    "Same theme: content likeness {content}, no heading to compare",
    "主题相同：内容相似度 {content}，无标题可比",
)


def _reason_for_reader(reason: PairReason, chinese: bool) -> str:
    """The reason as a reader reads it, in English or in Chinese."""
    if chinese:
        verdict, words, names = "删除" if reason.removed else "新增", 2, CHINESE_SECTION_NAMES
    else:
        verdict, words, names = "Removed" if reason.removed else "Added", 1, ENGLISH_SECTION_NAMES
    sentence = _WORDS[reason.kind][words]
    if reason.kind is ReasonKind.SAME_THEME and not reason.headings:
        sentence = _THEME_WITHOUT_HEADING[words - 1]
    return sentence.format(verdict=verdict, **reason_figures(reason, names))


def reason_in_chinese(reason: PairReason) -> str:
    """The reason as the HTML report gives it to a Chinese reader, in the window's words; a
    pair by theme without headings on both sides is not said to have titles alike or unlike."""
    return _reason_for_reader(reason, chinese=True)


def reason_in_plain_english(reason: PairReason) -> str:
    """The reason as the HTML report gives it to an English reader, in the window's words
    (``Same theme: content likeness 0.25, title likeness 0.00``), where the JSON has its
    short ones (``reason_in_english``); a pair by theme without headings on both sides is not
    said to have titles alike or unlike."""
    return _reason_for_reader(reason, chinese=False)
