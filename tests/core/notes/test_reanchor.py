"""Re-anchoring: word for word, reworded, or orphaned; never lost, never on a wrong passage."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from core.model import Outline, Section
from core.notes.anchors import make_anchor, match_key, match_text
from core.notes.reanchor import AnchorFinder, reanchor
from core.notes.records import AnchorStatus
from core.outline import parse_outline

OLD = (
    "一、工作回顾\n全市上下攻坚克难，经济运行稳中向好。开展全民国防动员各项工作，"
    "双拥共建成果丰硕。𠮷祥物设计完成。\n"
    "二、工作安排\n坚持稳中求进，加快建设现代化产业体系。"
)


def _anchor(text: str, quote: str, outline: Outline | None = None, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return make_anchor(text, start, start + len(quote), outline)


def test_unchanged_text_places_every_anchor_where_it_was() -> None:
    anchor = _anchor(OLD, "双拥共建")
    placement = AnchorFinder(OLD).place(anchor)
    assert placement.status is AnchorStatus.PLACED
    assert (placement.start, placement.end) == (anchor.start, anchor.end)


def test_moved_passage_is_found_word_for_word() -> None:
    anchor = _anchor(OLD, "双拥共建成果丰硕")
    new = "前言插入了一段新的文字。\n" + OLD
    placement = AnchorFinder(new).place(anchor)
    assert placement.status is AnchorStatus.PLACED
    assert new[placement.start : placement.end] == "双拥共建成果丰硕"


def test_offsets_outside_the_bmp() -> None:
    anchor = _anchor(OLD, "𠮷祥物设计")
    new = OLD.replace("全市上下", "全𠮷市上下")
    placement = AnchorFinder(new).place(anchor)
    assert placement.status is AnchorStatus.PLACED
    assert new[placement.start : placement.end] == "𠮷祥物设计"


def test_punctuation_width_and_line_breaks_do_not_count() -> None:
    anchor = _anchor(OLD, "攻坚克难，经济运行")
    new = OLD.replace("，", ",").replace("经济运行", "经济\n运行")
    placement = AnchorFinder(new).place(anchor)
    assert placement.status is AnchorStatus.PLACED
    assert placement.quote == "攻坚克难,经济\n运行"


def test_repeated_phrase_is_told_apart_by_context() -> None:
    text = "甲方案：推进改革，完善制度。乙方案：推进改革，优化服务。"
    anchor = _anchor(text, "推进改革", occurrence=1)
    new = "新增一句。" + text
    placement = AnchorFinder(new).place(anchor)
    assert placement.start == new.index("乙方案") + 4


def test_reworded_passage_is_found_changed() -> None:
    anchor = _anchor(OLD, "开展全民国防动员各项工作，双拥共建成果丰硕")
    new = OLD.replace("动员", "教育")
    placement = AnchorFinder(new).place(anchor)
    assert placement.status is AnchorStatus.CHANGED
    assert placement.quote == "开展全民国防教育各项工作，双拥共建成果丰硕"
    assert 0.8 < placement.similarity < 1.0


def test_wholly_replaced_short_quote_is_orphaned_with_a_suggestion() -> None:
    anchor = _anchor(OLD, "动员")
    new = OLD.replace("动员", "教育")
    placement = AnchorFinder(new).place(anchor)
    assert placement.status is AnchorStatus.ORPHANED
    assert placement.suggested
    assert new[placement.start : placement.end] == "教育"


def test_deleted_passage_is_orphaned_and_keeps_its_quote() -> None:
    anchor = _anchor(OLD, "双拥共建成果丰硕。")
    new = OLD.replace("双拥共建成果丰硕。", "")
    ((kept, placement),) = reanchor([anchor], new)
    assert placement.status is AnchorStatus.ORPHANED
    assert kept == anchor  # the old quote and context stay for placing by hand


def test_same_words_under_another_heading_are_only_suggested() -> None:
    old = "一、工作回顾\n坚持以人民为中心的发展思想，办好民生实事。\n二、工作安排\n推进改革。"
    new = "一、工作安排\n坚持以人民为中心的发展思想，办好民生实事。\n二、附件\n无。"
    outline_old = parse_outline(old)
    anchor = _anchor(old, "人民为中心", outline_old)
    assert anchor.section_path == ("工作回顾",)
    placement = AnchorFinder(new, parse_outline(new)).place(anchor)
    assert placement.status is AnchorStatus.ORPHANED
    assert placement.suggested
    assert new[placement.start : placement.end] == "人民为中心"


def test_reanchor_rebuilds_anchors_on_the_new_text() -> None:
    outline = Outline((Section(1, "工作回顾", 0, 6, len(OLD), "numeral"),))
    anchor = _anchor(OLD, "双拥共建", outline)
    new = "序。\n" + OLD
    ((fresh, placement),) = reanchor([anchor], new, parse_outline(new))
    assert placement.status is AnchorStatus.PLACED
    assert fresh.start == anchor.start + 3
    assert fresh.quote == anchor.quote
    assert fresh.section_path == ("工作回顾",)


def test_empty_quote_is_orphaned() -> None:
    anchor = _anchor("甲 乙", " ")
    assert AnchorFinder("甲 乙").place(anchor).status is AnchorStatus.ORPHANED


# -- the two editions of 长治 2024 ------------------------------------------------------------


@pytest.fixture(scope="module")
def editions(sample_texts: dict[str, str]):
    report, newspaper = sample_texts["cz2024"], sample_texts["cz2024np"]
    old, new = match_text(report), match_text(newspaper)
    matcher = SequenceMatcher(None, old.key, new.key, autojunk=False)
    shared: dict[int, int] = {}
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            shared.update({i1 + k: j1 + k for k in range(i2 - i1)})
        elif tag == "replace" and old.key[i1:i2].isalpha() and new.key[j1:j2].isalpha():
            edits.append((i1, i2, j1, j2))
    return report, newspaper, old, new, shared, edits


def test_the_editor_changed_words(editions) -> None:
    _report, _newspaper, old, new, _, edits = editions
    words = {(old.key[i1:i2], new.key[j1:j2]) for i1, i2, j1, j2 in edits}
    assert ("动员", "教育") in words


def test_passages_in_both_editions_find_their_exact_place(editions) -> None:
    report, newspaper, old, new, shared, _ = editions
    finder = AnchorFinder(newspaper, parse_outline(newspaper))
    outline = parse_outline(report)
    rng = random.Random(8)
    checked = 0
    while checked < 300:
        start = rng.randrange(len(report) - 80)
        anchor = make_anchor(report, start, start + rng.choice([2, 4, 10, 30, 60]), outline)
        quote = match_key(anchor.quote)
        k = old.from_original(anchor.start)
        if not quote or any(k + i not in shared for i in range(len(quote))):
            continue
        if shared[k + len(quote) - 1] - shared[k] != len(quote) - 1:
            continue
        checked += 1
        placement = finder.place(anchor)
        expected = new.span_to_original(shared[k], shared[k + len(quote) - 1] + 1)
        if placement.status is AnchorStatus.ORPHANED:
            continue  # flagged (at a page break of the newspaper): kept, never misplaced
        assert (placement.start, placement.end) == expected, anchor
    # Nearly all are placed, not flagged.
    placed = 0
    for start in range(3000, 11000, 97):
        anchor = make_anchor(report, start, start + 12, outline)
        placed += finder.place(anchor).status is not AnchorStatus.ORPHANED
    assert placed >= 70


def test_passages_changed_by_the_editor_are_found_changed_or_flagged(editions) -> None:
    report, newspaper, old, new, _shared, edits = editions
    finder = AnchorFinder(newspaper, parse_outline(newspaper))
    outline = parse_outline(report)
    outcomes = []
    for i1, i2, j1, j2 in edits:
        for before, after in ((0, 0), (6, 6), (12, 3)):
            start, end = old.span_to_original(max(0, i1 - before), min(len(old.key), i2 + after))
            anchor = make_anchor(report, start, end, outline)
            placement = finder.place(anchor)
            outcomes.append(placement.status)
            if placement.status is AnchorStatus.ORPHANED:
                assert placement.quote  # kept, with its quote or a suggestion
                continue
            similarity = SequenceMatcher(
                None, match_key(anchor.quote), match_key(placement.quote)
            ).ratio()
            assert similarity >= 0.6, (anchor.quote, placement.quote)
            # It stands on the edited passage of the newspaper.
            here = new.from_original(placement.start)
            assert j1 - len(match_key(anchor.quote)) <= here <= j2, (anchor.quote, placement)
    assert AnchorStatus.CHANGED in outcomes
    assert AnchorStatus.ORPHANED in outcomes


def test_passages_missing_from_the_newspaper_are_orphaned(sample_texts: dict[str, str]) -> None:
    report, newspaper = sample_texts["cz2024"], sample_texts["cz2024np"]
    finder = AnchorFinder(newspaper, parse_outline(newspaper))
    outline = parse_outline(report)
    # The review's opening is not in the newspaper; its boilerplate recurs in the plan.
    for quote in ("中国特色社会主义", "习近平总", "深入贯彻落实党的二十大精神"):
        start = report.index(quote)
        assert start < 400
        placement = finder.place(make_anchor(report, start, start + len(quote), outline))
        assert placement.status is AnchorStatus.ORPHANED, quote
