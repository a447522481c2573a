"""Search hits as passages: nearby hits of one paragraph read once, every hit marked."""

from __future__ import annotations

import pytest

from core.errors import ReportNotFoundError
from core.model import ReportId
from core.search_passages import nearby_hits, passage_spans, search_passages
from core.store.records import SearchHit

R1, R2 = ReportId(1), ReportId(2)


def hit(start: int, end: int, paragraph: int = 0, report: ReportId = R1) -> SearchHit:
    return SearchHit(report, paragraph, start, end)


def test_hits_whose_contexts_overlap_share_a_run() -> None:
    hits = [hit(10, 12), hit(20, 22), hit(40, 42), hit(60, 62, paragraph=1)]
    assert nearby_hits(hits, width=6) == [[hits[0], hits[1]], [hits[2]], [hits[3]]]


def test_a_run_stays_within_twice_the_width_of_its_first_hit() -> None:
    hits = [hit(0, 2), hit(6, 8), hit(12, 14), hit(18, 20)]  # each 4 apart
    assert nearby_hits(hits, width=5) == [hits[:2], hits[2:]]


def test_other_reports_and_paragraphs_are_never_joined() -> None:
    hits = [hit(10, 12), hit(13, 15, report=R2), hit(16, 18, paragraph=1, report=R2)]
    assert nearby_hits(hits, width=5) == [[h] for h in hits]


def test_two_runs_of_one_paragraph_divide_the_text_between_them() -> None:
    runs = [[hit(10, 12)], [hit(18, 20)]]
    assert passage_spans(runs, {(1, 0): (0, 100)}, width=10) == [(0, 15), (15, 30)]


def test_a_passage_keeps_to_its_paragraph() -> None:
    runs = [[hit(3, 5)], [hit(98, 100, paragraph=1)]]
    paragraphs = {(1, 0): (0, 50), (1, 1): (50, 101)}
    assert passage_spans(runs, paragraphs, width=10) == [(0, 15), (88, 101)]


def test_passages_mark_every_hit_and_repeat_no_text() -> None:
    text = "甲乙丙丁能源戊己一二能源三四五六能源七八九十子丑寅卯"
    hits = [hit(i, i + 2) for i in range(len(text)) if text.startswith("能源", i)]
    assert [h.start for h in hits] == [4, 10, 16]
    passages = search_passages(hits, {(1, 0): (0, len(text))}, lambda _r: text, width=4)
    # The first two share a passage; the third's context meets theirs: the text between
    # them is divided, shown once.
    assert [len(p.hits) for p in passages] == [2, 1]
    assert [p.text for p in passages] == [text[:14] + "…", "…" + text[14:22] + "…"]
    assert [[p.text[a:b] for a, b in p.marks] for p in passages] == [["能源", "能源"], ["能源"]]
    assert [h for p in passages for h in p.hits] == hits


def test_a_passage_reads_as_the_reader_shows_it() -> None:
    text = "## 一、**重点**工作\n加快建设能源强市"
    start = text.index("重点")
    (passage,) = search_passages(
        [hit(start, start + 2)], {(1, 0): (0, len(text))}, lambda _r: text, width=40
    )
    assert passage.text == "一、重点工作 加快建设能源强市"
    assert passage.text[passage.marks[0][0] : passage.marks[0][1]] == "重点"


def test_a_markdown_line_break_reads_as_one_space_and_marks_stay_on_their_hits() -> None:
    # An interpretation's Markdown: two trailing spaces and a break, blank lines between.
    text = "全市地区生产总值完成  \n**2593.4亿元**  \n  \n增长  \n**2.6%**"
    hits = [
        hit(text.index("完成"), text.index("完成") + 2),
        hit(text.index("2593"), text.index("元") + 1),
    ]
    hits.append(hit(text.index("增长"), text.index("增长") + 2))
    (passage,) = search_passages(hits, {(1, 0): (0, len(text))}, lambda _r: text, width=40)
    assert passage.text == "全市地区生产总值完成 2593.4亿元 增长 2.6%"
    assert [passage.text[a:b] for a, b in passage.marks] == ["完成", "2593.4亿元", "增长"]
    # A hit that ends where a break starts, and one that takes the space before it.
    spaced = "能源  \n煤炭"
    hits = [hit(0, 2), hit(2, 3)]
    (passage,) = search_passages(hits, {(1, 0): (0, len(spaced))}, lambda _r: spaced, width=4)
    assert passage.text == "能源 煤炭"
    assert [passage.text[a:b] for a, b in passage.marks] == ["能源", " "]


def test_a_hit_of_a_paragraph_gone_is_told() -> None:
    with pytest.raises(ReportNotFoundError):
        search_passages([hit(0, 2)], {}, lambda _r: "能源", width=4)
