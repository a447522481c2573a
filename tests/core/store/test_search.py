"""Library search finds exactly what a plain substring scan finds, with offsets into the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.analysis import analyse_text, content_hash
from core.model import Paragraph
from core.plain_passage import plain_passage
from core.store import NewReport, ReportStore
from core.store.records import SearchHit
from core.store.search_index import occurrences
from core.text import hidden_spans, normalise_query, searchable, searchable_as_is, subscripts


def _add(store: ReportStore, text: str, paragraphs: list[Paragraph] | None = None) -> int:
    analysed = analyse_text(text)
    paras = paragraphs if paragraphs is not None else list(analysed.paragraphs)
    new = NewReport(
        analysed.meta,
        text,
        "t.txt",
        "utf-8",
        "txt",
        content_hash(text),
        analysed.outline,
        paras,
        [[text[p.start : p.end]] for p in paras],
    )
    return store.add_report(new)[0]


def _scan(store: ReportStore, query: str) -> list[tuple[int, int, int]]:
    """The reference: a substring scan of every paragraph's searchable text (a span that
    covers a subscript's whole body covers its markup too)."""
    folded = normalise_query(query)
    found = []
    for summary in sorted(store.list_reports(), key=lambda s: s.id):
        text = store.report(summary.id).text
        for p in store.paragraphs(summary.id):
            norm = searchable(text[p.start : p.end])
            for at in occurrences(norm.text, folded):
                a, b = norm.span_to_original(at, at + len(folded))
                start, end = p.start + a, p.start + b
                for s in subscripts(text):
                    if start <= s.body_start and s.body_end <= end:
                        start, end = min(start, s.start), max(end, s.end)
                found.append((summary.id, start, end))
    return found


def _scan_as_read(store: ReportStore, query: str) -> list[tuple[int, int]]:
    """A plain substring scan of each report's text as read, folded (full-width forms,
    Latin case) and nothing left out: where each occurrence starts."""
    folded = searchable_as_is(query.strip()).text
    found = []
    for summary in sorted(store.list_reports(), key=lambda s: s.id):
        norm = searchable_as_is(store.report(summary.id).text)
        found += [(summary.id, norm.to_original(at)) for at in occurrences(norm.text, folded)]
    return found


def _covered(hits: list[SearchHit], found: list[tuple[int, int]]) -> bool:
    return all(any(h.report_id == r and h.start <= at < h.end for h in hits) for r, at in found)


@pytest.fixture(scope="module")
def sample_store(
    tmp_path_factory: pytest.TempPathFactory, sample_texts_module: dict[str, str]
) -> ReportStore:
    store = ReportStore.open(tmp_path_factory.mktemp("search") / "library.sqlite3")
    for text in sample_texts_module.values():
        _add(store, text)
    return store


@pytest.fixture(scope="module")
def sample_texts_module() -> dict[str, str]:
    folder = Path(__file__).resolve().parents[3] / "resources" / "samples"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


@pytest.mark.parametrize(
    "query",
    [
        "就业",
        "投资",
        "GDP",
        "gdp",
        "6%",
        "６％",
        "高质量发展",
        "PM2.5",
        "新",
        "，",
        "十五五",
        "区生产总值",
    ],
)
def test_search_equals_a_substring_scan_on_the_samples(
    sample_store: ReportStore, query: str
) -> None:
    hits = sample_store.search(query, limit=10**6)
    assert [(h.report_id, h.start, h.end) for h in hits] == _scan(sample_store, query)


def test_two_character_words_inside_longer_runs_are_found(sample_store: ReportStore) -> None:
    hits = sample_store.search("就业")
    assert len(hits) > 10
    for hit in hits:
        assert sample_store.report(hit.report_id).text[hit.start : hit.end] == "就业"


def test_hits_point_at_the_text_as_read(sample_store: ReportStore) -> None:
    found = {
        sample_store.report(hit.report_id).text[hit.start : hit.end]
        for hit in sample_store.search("pm2.5")
    }
    # The newspaper's subscript is found through normalisation; the hit takes in its markup,
    # the closing brace too (it ended inside the markup).
    assert found == {"PM2.5", "PM_{2.5}"}
    assert {
        sample_store.report(hit.report_id).text[hit.start : hit.end]
        for hit in sample_store.search("2.5")
    } >= {"_{2.5}", "2.5"}


def test_search_finds_what_a_scan_of_the_text_as_read_finds(
    sample_store: ReportStore, sample_texts_module: dict[str, str]
) -> None:
    # Subscript markup, and text pasted over a paragraph break (a blank line in it).
    queries = ["_", "{", "}", "_{", "2.5}", "PM_{2.5}"]
    for text in sample_texts_module.values():
        at = text.index("\n\n", len(text) // 2)
        queries += [text[at - 6 : at + 8], text[at - 1 : at + 3], text[at - 12 : at + 2]]
    for query in queries:
        found = _scan_as_read(sample_store, query)
        assert found, query
        hits = sample_store.search(query, limit=10**6)
        assert _covered(hits, found), query
        assert len(hits) == len(found) or "2.5" in query, query


def test_limit_and_report_filter(sample_store: ReportStore) -> None:
    assert len(sample_store.search("发展", limit=3)) == 3
    first = sample_store.list_reports()[0].id
    assert {h.report_id for h in sample_store.search("发展", report_ids=[first])} == {first}
    assert sample_store.search("发展", report_ids=[]) == []
    assert sample_store.search("   ") == []


def test_snippet_shows_the_match_in_context(sample_store: ReportStore) -> None:
    hit = sample_store.search("新质生产力")[0]
    snippet = sample_store.snippet(hit, width=10)
    assert snippet.text[snippet.match_start : snippet.match_end] == "新质生产力"
    assert len(snippet.text) <= 5 + 20 + 2 and "\n" not in snippet.text
    assert snippet.text.startswith("…") and snippet.text.endswith("…")


def test_snippets_of_many_hits_equal_each_hit_s_own(sample_store: ReportStore) -> None:
    hits = sample_store.search("发展", limit=400)
    assert len({h.report_id for h in hits}) > 1
    together = sample_store.snippets(hits, width=12)
    for hit, snippet in zip(hits, together, strict=True):
        text = sample_store.report(hit.report_id).text
        paragraph = sample_store.paragraphs(hit.report_id)[hit.paragraph_index]
        assert snippet.text[snippet.match_start : snippet.match_end] == "发展"
        if any(mark in text[paragraph.start : paragraph.end] for mark in ("#", "**")):
            continue  # shown without its Markdown marks: test_snippets_leave_out_markdown_marks
        if hidden_spans(text[paragraph.start : paragraph.end]):
            continue  # broken words shown whole: test_snippets_read_as_the_reader_shows_the_text
        start, end = max(paragraph.start, hit.start - 12), min(paragraph.end, hit.end + 12)
        expected = text[start:end].replace("\n", " ")
        before = "…" if start > paragraph.start else ""  # cut short: marked
        assert snippet.text == before + expected + ("…" if end < paragraph.end else "")
        assert snippet.text[snippet.match_start : snippet.match_end] == "发展"
    assert sample_store.snippet(hits[-1], width=12) == together[-1]
    assert sample_store.snippets([]) == []


def test_titles_of_the_reports_hit(sample_store: ReportStore) -> None:
    listed = {s.id: s.meta.title for s in sample_store.list_reports()}
    hit = {h.report_id for h in sample_store.search("发展")}
    assert sample_store.titles(hit) == {rid: listed[rid] for rid in hit}
    assert sample_store.titles([*listed, 999_999]) == listed  # a removed report is left out
    assert sample_store.titles([]) == {}
    assert sample_store.titles() == listed  # None: every report


def test_characters_outside_the_bmp_keep_offsets(tmp_path: Path) -> None:
    with ReportStore.open(tmp_path / "lib.sqlite3") as store:
        text = "一、工作回顾\n\n𠮷𠮷（一）稳就业。ＧＤＰ增长６％左右。"
        report_id = _add(store, text)
        (hit,) = store.search("gdp增长6%")
        assert text[hit.start : hit.end] == "ＧＤＰ增长６％"
        assert store.report(report_id).text[hit.start : hit.end] == "ＧＤＰ增长６％"


_ALPHABET = st.sampled_from(list("发展就业投资增长改革6%.，,（）() \nAaＧ𠮷"))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    paragraphs=st.lists(
        st.text(alphabet=_ALPHABET, min_size=1, max_size=40), min_size=1, max_size=5
    ),
    query=st.text(alphabet=_ALPHABET, min_size=1, max_size=4),
)
def test_search_equals_a_scan_on_random_texts(
    tmp_path: Path, paragraphs: list[str], query: str
) -> None:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for i, body in enumerate(paragraphs):
        spans.append(Paragraph(i, at, at + len(body)))
        at += len(body) + 2
    if not normalise_query(query):
        query = "发展"  # an empty query (only spaces) finds nothing: tested separately
    path = tmp_path / f"lib-{abs(hash((text, query)))}.sqlite3"
    with ReportStore.open(path) as store:
        _add(store, text, spans)
        hits = store.search(query, limit=10**6)
        if "\n" in query.strip():  # found over paragraph breaks too
            assert {(h.report_id, h.start, h.end) for h in hits} >= set(_scan(store, query))
        else:
            assert [(h.report_id, h.start, h.end) for h in hits] == _scan(store, query)
        assert _covered(hits, _scan_as_read(store, query))
    path.unlink()


def test_snippets_leave_out_markdown_marks(sample_store: ReportStore) -> None:
    for query, marked in (("2593.4亿元", "**2593.4亿元**"), ("八个方面工作成效", "### 八个方面")):
        hits = sample_store.search(query)
        marked_hits = [h for h in hits if marked in sample_store.report(h.report_id).text]
        assert marked_hits, query
        for snippet in sample_store.snippets(hits, width=8):
            assert "**" not in snippet.text and "#" not in snippet.text, snippet
            assert snippet.text[snippet.match_start : snippet.match_end] == query


def test_snippets_read_as_the_reader_shows_the_text(sample_store: ReportStore) -> None:
    # The 2026 newspaper breaks 地区生产总值 and 绿电消纳比例 across blank lines and writes
    # PM_{2.5}; a snippet reads them as the reader does.
    for query, shown in (
        ("地区生产总值增长6%", "目标是:地区生产总值增长6%左右"),
        ("区生产总值增长6%", "目标是:地区生产总值增长6%左右"),
        ("消纳比例", "绿电消纳比例达到35%"),
        ("PM2.5", "清零。PM2.5浓度降至30"),
    ):
        hits = sample_store.search(query)
        snippets = sample_store.snippets(hits, width=12)
        assert any(shown in snippet.text for snippet in snippets), (query, snippets)
        for snippet in snippets:
            matched = snippet.text[snippet.match_start : snippet.match_end]
            assert matched.replace("％", "%") == query, snippet
            assert "_{" not in snippet.text and "  " not in snippet.text, snippet


def test_a_hit_starting_before_its_paragraph_shows_whole_in_its_snippet(tmp_path: Path) -> None:
    # A whole-text hit over the blank space before a report's first paragraph (a pasted
    # query with its line break) is filed under that paragraph.
    text = "\n\n政府工作报告\n\n各位代表：现在，我代表市人民政府作报告。\n"
    with ReportStore.open(tmp_path / "lib.sqlite3") as store:
        report = _add(store, text)
        first = store.paragraphs(report)[0]
        assert first.start > 1
        hit = SearchHit(report, 0, first.start - 1, first.start + 4)
        snippet = store.snippet(hit, width=10)
    assert snippet.text[snippet.match_start : snippet.match_end].strip() == "政府工作"


@pytest.mark.parametrize("query", ["能源", "发展", "新", "，", "PM2.5", "区生产总值"])
def test_passages_hold_every_hit_once_each_marked(sample_store: ReportStore, query: str) -> None:
    hits = sample_store.search(query, limit=10**6)
    passages = sample_store.passages(hits)
    assert [h for p in passages for h in p.hits] == hits  # the count is the substring count
    if query in ("能源", "发展", "新", "，"):  # nearby hits share a passage
        assert len(passages) < len(hits)
    texts = {}
    for passage in passages:
        report = passage.hits[0].report_id
        texts.setdefault(report, sample_store.report(report).text)
        assert len(passage.marks) == len(passage.hits)
        for (start, end), found in zip(passage.marks, passage.hits, strict=True):
            shown = plain_passage(texts[report], found.start, found.end).replace("\n", " ")
            assert passage.text[start:end] == shown
