"""Lead sentences as headings: which candidates stand, on tiny literal inputs."""

from __future__ import annotations

from dataclasses import dataclass

from core.lead_sentences import LEAD_LENGTH, keep_lead_headings, lead_sentence, paired_lead


@dataclass(frozen=True)
class _Found:
    style: str
    title: str


def test_a_lead_sentence_needs_body_text_after_it() -> None:
    assert lead_sentence("保持投资强度。统筹用好各类资金。", LEAD_LENGTH) == (0, 6, 7)
    assert lead_sentence("保持投资强度。", LEAD_LENGTH) is None
    assert lead_sentence("全年增长5%。统筹用好各类资金。", LEAD_LENGTH) is None


def test_a_paired_lead_has_two_short_clauses() -> None:
    assert paired_lead("突出作风建设,践行雷厉风行抓落实的要求。坚持…") == (0, 19, 20)
    assert paired_lead("突出作风建设。坚持…") is None


def test_a_lone_lead_is_body_text_and_a_group_stands() -> None:
    part = _Found("numeral", "全力以赴抓发展")
    found = [part, _Found("lead", "保持投资强度"), _Found("numeral", "加强自身建设")]
    assert keep_lead_headings(found) == [part, found[2]]
    grouped = [part, _Found("lead", "保持投资强度"), _Found("lead", "加强投资调度")]
    assert keep_lead_headings(grouped) == grouped


def test_paired_leads_stand_only_in_a_parallel_run() -> None:
    run = [
        _Found("paired", "突出政治建设，增强不折不扣抓落实的自觉"),
        _Found("paired", "突出作风建设，践行雷厉风行抓落实的要求"),
        _Found("paired", "突出制度建设，强化求真务实抓落实的约束"),
    ]
    kept = keep_lead_headings([_Found("paired", "实干成就梦想，真抓创造未来"), *run])
    assert kept == [_Found("lead", f.title) for f in run]
    assert keep_lead_headings(run[:2]) == []
