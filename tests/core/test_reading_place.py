"""A reader's place found again in a corrected edition of the report."""

from __future__ import annotations

from core.outline import parse_outline
from core.reading_place import place_in_edition


def _carried(old: str, offset: int, new: str) -> int:
    return place_in_edition(old, parse_outline(old), offset, new, parse_outline(new))


def test_the_same_text_keeps_the_same_place(sample_texts: dict[str, str]) -> None:
    text = sample_texts["cz2024"]
    assert _carried(text, 1234, text) == 1234


def test_a_place_after_an_added_sentence_moves_with_its_passage(
    sample_texts: dict[str, str],
) -> None:
    old = sample_texts["cz2024"]
    passage = "城镇新增就业"
    offset = old.index(passage)
    added = "这是编辑补上的一句话。"
    new = old.replace("各位代表：", "各位代表：" + added, 1)
    assert new.index(passage) == offset + len(added)
    assert _carried(old, offset, new) == new.index(passage)


def test_a_place_in_a_removed_paragraph_goes_to_the_start_of_its_section(
    sample_texts: dict[str, str],
) -> None:
    old = sample_texts["cz2024"]
    outline = parse_outline(old)
    area = next(s for s in outline.walk() if s.level == 2 and len(s.children) >= 2)
    gone = old[area.children[0].start : area.children[1].start]  # a whole lead paragraph
    assert old.count(gone) == 1
    new = old.replace(gone, "", 1)
    place = _carried(old, area.children[0].start + len(gone) // 2, new)
    carried_area = next(s for s in parse_outline(new).walk() if s.title == area.title)
    assert carried_area.start <= place < carried_area.children[0].end


def test_a_text_without_sections_keeps_the_share_of_the_text() -> None:
    old = "甲" * 100
    new = "乙" * 200
    assert _carried(old, 50, new) == 100
