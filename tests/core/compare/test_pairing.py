"""Pairing units by title and theme, in order for parts, with the user's overrides."""

from __future__ import annotations

import pytest

from core.compare.pair_reasons import ReasonKind
from core.compare.pairing import _in_order, pair_units, places_in_parent
from core.compare.records import PairLevel, PairOverride
from core.compare.section_labels import CLOSING, PREAMBLE, section_label
from core.compare.units import Unit, build_units
from core.outline import parse_outline

LEFT = "（一）发展煤炭能源产业。煤矿电力煤层气。\n\n（二）发展文化旅游。景区民宿游客。\n"
RIGHT = "（一）繁荣文旅消费。景区民宿游客门票。\n\n（二）构建新型能源体系。煤矿电力风电光伏。\n"


def _areas(text: str) -> list[Unit]:
    return [area for part in build_units(text, parse_outline(text)) for area in part.children]


def _titles(pairs: list) -> list[tuple[str | None, str | None]]:
    return [(p.left.title if p.left else None, p.right.title if p.right else None) for p in pairs]


def test_units_cover_text_outside_any_part() -> None:
    text = "前言一段话。\n\n一、回顾\n\n导语。\n\n（一）第一项。内容。\n"
    units = build_units(text, parse_outline(text))
    assert [u.title for u in units] == ["（开篇）", "回顾"]
    assert units[1].children[0].title == "（导语）"
    assert all(a.level is PairLevel.AREA for a in units[1].children)


def test_a_stretch_without_heading_is_named_by_its_part() -> None:
    assert section_label(("回顾", "（一）第一项")) == "（一）第一项"
    assert section_label(("2024年工作安排", "（导语）")) == "2024年工作安排（导语）"
    assert section_label(("2024年工作安排", "（全文）")) == "2024年工作安排"
    assert section_label(("（开篇）", "（全文）")) == "（开篇）"
    assert section_label(("（结尾）", "（导语）")) == "（结尾）"
    assert section_label(("回顾",)) == "回顾"
    assert section_label(()) == "（无对应）"  # a dash would read as 一 beside 一、二、


def test_areas_pair_by_theme_across_reordering() -> None:
    pairs = pair_units(_areas(LEFT), _areas(RIGHT), LEFT, RIGHT)
    paired = {(left, right) for left, right in _titles(pairs) if left and right}
    assert len(paired) == 2
    assert any("煤炭" in left and "能源" in right for left, right in paired)
    assert any("旅游" in left and "文旅" in right for left, right in paired)
    assert all(p.reason for p in pairs)


def test_override_forces_a_pair_and_unpairs() -> None:
    left, right = _areas(LEFT), _areas(RIGHT)
    forced = PairOverride(left[0].path, right[0].path)
    pairs = pair_units(left, right, LEFT, RIGHT, overrides=[forced])
    assert (left[0].title, right[0].title) in _titles(pairs)
    assert any(p.reason.kind is ReasonKind.PAIRED_BY_HAND for p in pairs)
    assert any(str(p.reason) == "paired by hand" for p in pairs)
    alone = pair_units(left, right, LEFT, RIGHT, overrides=[PairOverride(left[0].path, None)])
    assert (left[0].title, None) in _titles(alone)


def test_a_pair_made_by_hand_keeps_its_measured_likeness() -> None:
    """Coal and energy paired by hand with culture and tourism: the user's word stands, but
    the two are not said to be alike (they were once given likeness 1.0)."""
    left, right = _areas(LEFT), _areas(RIGHT)
    forced = PairOverride(left[0].path, right[0].path)  # 煤炭能源 with 文旅消费
    (by_hand,) = [
        p
        for p in pair_units(left, right, LEFT, RIGHT, overrides=[forced])
        if p.reason.kind is ReasonKind.PAIRED_BY_HAND
    ]
    natural = {
        p.left.title: p.similarity
        for p in pair_units(left, right, LEFT, RIGHT)
        if p.left and p.right
    }
    assert by_hand.similarity < 0.2 < natural[left[0].title]
    assert by_hand.similarity == round(by_hand.reason.content, 3)


def test_unrelated_areas_stay_unpaired() -> None:
    left_text = "（一）发展煤炭能源产业。煤矿电力煤层气。\n"
    right_text = "（一）繁荣文旅消费。景区民宿游客门票。\n"
    pairs = pair_units(_areas(left_text), _areas(right_text), left_text, right_text)
    assert all(p.left is None or p.right is None for p in pairs)


def test_ordered_pairing_keeps_order() -> None:
    left_text = "一、2023年工作回顾\n\n完成目标，增长。\n\n二、2024年工作安排\n\n加快建设。\n"
    right_text = "一、2025年工作回顾\n\n完成目标。\n\n二、2026年工作安排\n\n加快推进。\n"
    left = build_units(left_text, parse_outline(left_text))
    right = build_units(right_text, parse_outline(right_text))
    pairs = pair_units(left, right, left_text, right_text, threshold=0.15, ordered=True)
    assert _titles(pairs) == [
        ("2023年工作回顾", "2025年工作回顾"),
        ("2024年工作安排", "2026年工作安排"),
    ]


def test_the_order_of_parts_is_kept_only_through_pairs_that_stand() -> None:
    # (score, left, right, title, content, by place). Two openings alike by position alone
    # (content under MIN_CONTENT, no title): no partners, dropped when matching. Counted in
    # the alignment, they would push the review off the opening it is alike (1 ↔ 0) onto the
    # goals (1 ↔ 1), the plans paired either way.
    weak_openings = (0.15, 0, 0, 0.0, 0.078, False)
    review_opening = (0.25, 1, 0, 0.0, 0.29, False)
    review_goals = (0.19, 1, 1, 0.0, 0.16, False)
    plans = (0.67, 2, 2, 1.0, 0.39, False)
    candidates = [plans, review_opening, review_goals, weak_openings]
    chosen = _in_order(candidates, 3, 3, 0.15, {})
    assert {(c[1], c[2]) for c in chosen} == {(1, 0), (2, 2)}


def test_an_unpaired_area_says_whether_its_likeliest_partner_went_elsewhere() -> None:
    left_text = (
        "（一）发展煤炭能源产业。煤矿电力煤层气风电。\n\n"
        "（二）推进能源革命。煤矿电力煤层气。\n\n"
        "（三）建设法治政府。依法行政。\n"
    )
    right_text = "（一）构建新型能源体系。煤矿电力煤层气风电光伏。\n"
    pairs = pair_units(_areas(left_text), _areas(right_text), left_text, right_text)
    reasons = {p.left.title: str(p.reason) for p in pairs if p.left is not None and p.right is None}
    assert reasons["推进能源革命"].startswith("removed: closest, 构建新型能源体系 ("), reasons
    assert reasons["推进能源革命"].endswith("), is paired with another section")
    assert reasons["建设法治政府"] == "removed: nothing alike (best 0.00)"


def _spans(text: str) -> dict[str, str]:
    return {
        area.title: text[area.start : area.end].strip()
        for part in build_units(text, parse_outline(text))
        for area in part.children
    }


def test_the_paragraphs_after_a_part_s_run_in_areas_are_its_closing() -> None:
    text = (
        "一、2023年工作回顾\n\n"
        "一是着力推动产业转型。煤炭产量1.47亿吨。\n\n"
        "二是着力筑牢项目支撑。谋划项目86个。\n\n"
        "三是着力加强自身建设。办理建议439件。\n\n"
        "过去一年，成绩来之不易。\n\n"
        "二、2024年工作安排\n\n"
        "（一）加快产业转型\n\n保持投资强度。\n\n优化投资结构。\n"
    )
    spans = _spans(text)
    assert spans["着力加强自身建设"] == "三是着力加强自身建设。办理建议439件。"
    assert spans[CLOSING] == "过去一年，成绩来之不易。"
    # An area whose heading stands on a line of its own keeps every paragraph under it.
    assert spans["加快产业转型"] == "（一）加快产业转型\n\n保持投资强度。\n\n优化投资结构。"
    assert section_label(("2023年工作回顾", CLOSING)) == "2023年工作回顾（结语）"


def test_a_last_run_in_area_is_closed_by_a_paragraph_that_opens_as_a_closing() -> None:
    # A newspaper edition starting at the part's last area: no siblings to judge by.
    closed = "（八）坚持办实事。新增就业4.4万人。\n\n与此同时，各项事业得到新加强。\n"
    assert _spans(closed)[CLOSING] == "与此同时，各项事业得到新加强。"
    # Beside an area of several paragraphs, 与此同时 opens a paragraph of the last area.
    mixed = (
        "（一）扩大有效益的投资\n\n实施项目100个。\n\n"
        "（二）维护安全稳定。健全安全生产责任体系。\n\n与此同时，加强国防动员。\n"
    )
    assert CLOSING not in _spans(mixed)
    assert _spans(mixed)["维护安全稳定"].endswith("与此同时，加强国防动员。")
    open_ended = "（八）坚持办实事。新增就业4.4万人。\n\n新改建中小学15所。\n"
    assert CLOSING not in _spans(open_ended)
    assert _spans(open_ended)["坚持办实事"].endswith("新改建中小学15所。")


def test_a_part_left_unpaired_to_keep_the_order_says_so() -> None:
    farming = (
        "农业农村工作\n\n坚定稳粮保供，粮食播种面积稳定，建设高标准农田，发展特色农业，"
        "改善农村人居环境。\n\n"
    )
    industry = (
        "工业转型工作\n\n推动煤炭产业绿色转型，建设智能化煤矿，发展新材料和现代医药产业，"
        "培育专精特新企业。\n\n"
    )
    left_text = f"一、{farming}二、{industry}"
    right_text = f"一、{industry}二、{farming}"
    left = build_units(left_text, parse_outline(left_text))
    right = build_units(right_text, parse_outline(right_text))
    pairs = pair_units(left, right, left_text, right_text, threshold=0.15, ordered=True)
    alone = [str(p.reason) for p in pairs if p.left is None or p.right is None]
    # One of the two swapped parts pairs; the other, on both sides, would cross that pair.
    assert len(alone) == 2 and all(r.endswith("(1.00), stands out of order") for r in alone)
    assert not any("paired with another section" in r for r in alone)


def test_a_reason_names_a_stretch_without_heading_by_its_part() -> None:
    left_text = (
        "一、回顾\n\n（一）推进能源革命。煤矿电力煤层气风电。\n\n"
        "（二）发展煤炭能源产业。煤矿电力煤层气。\n"
    )
    right_text = "一、回顾\n\n煤矿电力煤层气风电光伏。\n"
    pairs = pair_units(_areas(left_text), _areas(right_text), left_text, right_text)
    reasons = [str(p.reason) for p in pairs if p.right is None]
    # The right report's one stretch is named as a reader knows it: by its part, not （全文）.
    assert any(r.startswith("removed: closest, 回顾 (") for r in reasons), reasons
    assert not any("（全文）" in r for r in reasons), reasons


def test_postings_given_for_other_units_are_refused() -> None:
    from core.compare.similarity import theme_side
    from core.compare.units import body_spans

    text = "一、发展\n（一）能源\n建设能源强市。\n（二）文旅\n发展文旅产业。\n"
    areas = _areas(text)
    assert len(areas) >= 2
    own = theme_side(tuple(text[s:e] for s, e in body_spans(areas)))
    fewer = theme_side(tuple(text[s:e] for s, e in body_spans(areas[:1])))
    found = pair_units(areas, areas, text, text, themes=(own, own))
    assert found == pair_units(areas, areas, text, text)
    with pytest.raises(ValueError, match="not of these units"):
        pair_units(areas, areas, text, text, themes=(own, fewer))


def _paired_reviews(left_text: str, right_text: str) -> list:
    """The areas of two one-part reports paired, their parts (the reviews) paired."""
    left, right = _areas(left_text), _areas(right_text)
    parents = frozenset({(left[0].path[:-1], right[0].path[:-1])})
    return pair_units(left, right, left_text, right_text, paired_parents=parents)


def test_openings_pair_by_their_place_only_when_alike_in_content() -> None:
    energy = "（一）发展煤炭能源产业。煤矿电力煤层气风电。\n"
    review = "一、2023年工作回顾\n\n过去一年，全市经济运行稳中向好，民生福祉持续改善。\n\n"
    # An edition whose first page is lost: before its first area, the tail of another area.
    tail = "一、2025年工作回顾\n\n新增进出口实绩企业78家，外贸总额较上年增长。\n\n"
    pairs = _paired_reviews(review + energy, tail + energy)
    assert (PREAMBLE, None) in _titles(pairs) and (None, PREAMBLE) in _titles(pairs)
    # Two openings alike: paired for their place, and said so; （导语） is no title of theirs.
    opening = "一、2025年工作回顾\n\n过去一年，全市经济运行稳中向好，生态环境持续改善。\n\n"
    pairs = _paired_reviews(review + energy, opening + energy)
    openings = [p for p in pairs if p.left is not None and p.left.title == PREAMBLE]
    assert [p.right.title if p.right else None for p in openings] == [PREAMBLE]
    assert openings[0].reason.kind is ReasonKind.SAME_PLACE
    assert str(openings[0].reason).startswith("same place in paired parts, content ")


def test_an_area_s_place_is_read_within_its_part() -> None:
    text = (
        "一、回顾\n\n（一）甲。\n\n（二）乙。\n\n"
        "二、安排\n\n（一）丙。\n\n（二）丁。\n\n（三）戊。\n"
    )
    areas = _areas(text)  # each part's heading is its opening, （导语）
    assert [a.title for a in areas] == [PREAMBLE, "甲", "乙", PREAMBLE, "丙", "丁", "戊"]
    assert places_in_parent(areas) == [0.0, 0.5, 1.0, 0.0, 1 / 3, 2 / 3, 1.0]
    single = "前言一段话。\n"
    assert places_in_parent(_areas(single)) == [None]  # the one area of its part: no place
