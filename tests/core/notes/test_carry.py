"""Carrying an annotation to another year's report: the passage in the paired section."""

from __future__ import annotations

from core.notes.anchors import make_anchor
from core.notes.carry import paired_area, propose_carry
from core.outline import parse_outline

Y2024 = (
    "一、2023年工作回顾\n（一）发展工业\n推进新型工业化，煤炭产能稳定，焦化升级改造。\n"
    "（二）改善民生\n新增就业岗位，办好养老托育，提高医保水平。\n"
    "二、2024年工作安排\n（一）壮大产业\n加快培育新质生产力，推动煤炭清洁高效利用。\n"
    "（二）增进福祉\n稳定扩大就业，完善养老服务体系，提升医疗保障。\n"
)
Y2025 = (
    "一、2024年工作回顾\n（一）产业发展\n新质生产力加快培育，煤炭清洁高效利用取得进展。\n"
    "（二）民生保障\n就业总体稳定，养老服务体系更加完善，医疗保障水平提升。\n"
    "二、2025年工作安排\n（一）增进民生福祉\n稳定和扩大就业，健全𠮷养老服务体系，提升医疗保障水平。\n"
    "（二）发展现代产业\n因地制宜发展新质生产力，推动煤炭清洁高效利用。\n"
)


def _anchor(text: str, quote: str):
    start = text.index(quote)
    return make_anchor(text, start, start + len(quote), parse_outline(text))


def test_paired_area_follows_the_theme_not_the_order() -> None:
    start = Y2024.index("稳定扩大就业")
    area = paired_area(Y2024, parse_outline(Y2024), Y2025, parse_outline(Y2025), start)
    assert area is not None
    assert area[2] == ("2025年工作安排", "增进民生福祉")


def test_same_words_are_found_in_the_paired_area() -> None:
    anchor = _anchor(Y2024, "新质生产力")
    proposal = propose_carry(anchor, Y2024, parse_outline(Y2024), Y2025, parse_outline(Y2025))
    assert proposal is not None
    assert proposal.similarity == 1.0
    assert proposal.target_section == ("2025年工作安排", "发展现代产业")
    # Not the review's mention of the same words.
    assert proposal.start > Y2025.index("二、2025年")
    assert Y2025[proposal.start : proposal.end] == "新质生产力"


def test_reworded_passage_is_the_most_alike_sentence() -> None:
    anchor = _anchor(Y2024, "完善养老服务体系")
    proposal = propose_carry(anchor, Y2024, parse_outline(Y2024), Y2025, parse_outline(Y2025))
    assert proposal is not None
    assert "养老服务体系" in proposal.quote
    assert proposal.start > Y2025.index("（一）增进民生福祉")
    assert 0.3 <= proposal.similarity < 1.0
    assert proposal.quote == Y2025[proposal.start : proposal.end]


def test_nothing_alike_is_no_proposal() -> None:
    anchor = _anchor(Y2024, "焦化升级改造")
    proposal = propose_carry(anchor, Y2024, parse_outline(Y2024), Y2025, parse_outline(Y2025))
    assert proposal is None


def test_carry_between_the_samples(sample_texts: dict[str, str]) -> None:
    source, target = sample_texts["cz2024"], sample_texts["cz2026np"]
    so, to = parse_outline(source), parse_outline(target)
    start = source.index("新质生产力", source.index("2024年工作安排"))
    anchor = make_anchor(source, start, start + 5, so)
    proposal = propose_carry(anchor, source, so, target, to)
    assert proposal is not None
    assert proposal.quote == "新质生产力"
    assert proposal.target_section[0].endswith("工作安排")
