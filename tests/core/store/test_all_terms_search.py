"""A search for several terms finds the paragraphs holding all of them, exactly as a plain
scan of each paragraph finds them, every term's occurrences there its hits; a single term is
found as it always was."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.library import import_samples_if_new, open_library
from core.library_search_results import search_library
from core.model import Paragraph
from core.search_query import parse_query
from core.store import ReportStore
from core.store.search_index import occurrences
from core.text import normalise_query, searchable
from tests.core.store.test_search import _add


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> ReportStore:
    path = tmp_path_factory.mktemp("all-terms") / "library.sqlite3"
    with open_library(str(path)) as store:
        import_samples_if_new(store)
    return ReportStore.open(path)


def _scan(store: ReportStore, terms: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """The reference: each paragraph's searchable text scanned for every term; in a paragraph
    holding all of them, each term's occurrences, overlapping ones made one."""
    folded = [normalise_query(term) for term in terms]
    found = []
    for summary in sorted(store.list_reports(), key=lambda s: s.id):
        text = store.report(summary.id).text
        for p in store.paragraphs(summary.id):
            norm = searchable(text[p.start : p.end])
            if not all(term in norm.text for term in folded):
                continue
            spans = sorted(
                norm.span_to_original(at, at + len(term))
                for term in folded
                for at in occurrences(norm.text, term)
            )
            joined: list[list[int]] = []
            for start, end in spans:
                if joined and start < joined[-1][1]:
                    joined[-1][1] = max(joined[-1][1], end)
                else:
                    joined.append([start, end])
            found += [(summary.id, p.start + start, p.start + end) for start, end in joined]
    return found


@pytest.mark.parametrize(
    "typed",
    ["增长 6%", "增长\u30006%", "就业 民生", "6% 左右 增长", "新 发展", "增长 增长6%", "煤 ，"],
)
def test_several_terms_find_the_paragraphs_holding_all_of_them(
    library: ReportStore, typed: str
) -> None:
    terms = parse_query(typed).terms
    assert len(terms) > 1
    found = search_library(library, typed, limit=10**6)
    expected = _scan(library, terms)
    assert expected, typed
    assert [(h.report_id, h.start, h.end) for h in found.hits] == expected
    assert found.paragraphs == len({(h.report_id, h.paragraph_index) for h in found.hits})
    assert not found.truncated and found.with_each == ()


def test_a_paragraph_holding_only_some_of_the_terms_is_not_found(library: ReportStore) -> None:
    both = {
        (h.report_id, h.paragraph_index) for h in search_library(library, "增长 6%", limit=999).hits
    }
    growth = {(h.report_id, h.paragraph_index) for h in library.search("增长", limit=10**6)}
    assert both and both < growth


def test_two_character_terms_are_found_inside_longer_words(library: ReportStore) -> None:
    # 就业 inside 稳就业 and 城镇新增就业, 民生 inside 民生实事: what a substring scan finds.
    found = search_library(library, "就业 民生", limit=10**6)
    texts = {s.id: library.report(s.id).text for s in library.list_reports()}
    shown = {texts[h.report_id][h.start : h.end] for h in found.hits}
    assert shown == {"就业", "民生"}
    assert len(found.hits) == len(_scan(library, ("就业", "民生")))


def test_quotes_keep_a_phrase(library: ReportStore) -> None:
    phrase = search_library(library, '"增长 6%"', limit=10**6)
    assert phrase.query.terms == ("增长 6%",)
    assert list(phrase.hits) == library.search("增长 6%", limit=10**6)
    apart = search_library(library, '"GDP增长" 左右', limit=10**6)
    assert apart.query.terms == ("GDP增长", "左右") and apart.hits
    assert [(h.report_id, h.start, h.end) for h in apart.hits] == _scan(library, apart.query.terms)


@pytest.mark.parametrize("typed", ["就业", "6%", "新", "PM2.5", " 发展 "])
def test_a_single_term_is_found_as_it_always_was(library: ReportStore, typed: str) -> None:
    found = search_library(library, typed, limit=300)
    every = library.search(typed, limit=10**6)
    assert list(found.hits) == every[:300]
    assert found.truncated == (len(every) > 300)


def test_a_limit_counts_paragraphs_and_takes_each_whole(library: ReportStore) -> None:
    every = search_library(library, "发展 改革", limit=10**6)
    assert every.paragraphs > 5
    first = search_library(library, "发展 改革", limit=5)
    assert first.truncated and first.paragraphs == 5
    assert first.hits == every.hits[: len(first.hits)]
    kept = {(h.report_id, h.paragraph_index) for h in first.hits}
    assert len(kept) == 5
    assert [h for h in every.hits if (h.report_id, h.paragraph_index) in kept] == list(first.hits)


def test_nothing_with_all_terms_says_how_many_hold_each(library: ReportStore) -> None:
    found = search_library(library, "就业 不会出现的词", limit=500)
    assert found.hits == () and found.paragraphs == 0
    holding = len({(h.report_id, h.paragraph_index) for h in library.search("就业", limit=10**6)})
    assert found.with_each == (holding, 0)


def test_a_term_of_subscript_markup_is_found_with_the_others(library: ReportStore) -> None:
    found = search_library(library, "_{ 浓度", limit=500)
    texts = {s.id: library.report(s.id).text for s in library.list_reports()}
    assert {texts[h.report_id][h.start : h.end] for h in found.hits} == {"_{", "浓度"}


_ALPHABET = st.sampled_from(list("发展就业投资增长6%.，（）Aa"))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    paragraphs=st.lists(
        st.text(alphabet=_ALPHABET, min_size=1, max_size=30), min_size=1, max_size=5
    ),
    terms=st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=3), min_size=2, max_size=3),
)
def test_several_terms_equal_a_scan_on_random_texts(
    tmp_path: Path, paragraphs: list[str], terms: list[str]
) -> None:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for i, body in enumerate(paragraphs):
        spans.append(Paragraph(i, at, at + len(body)))
        at += len(body) + 2
    typed = " ".join(terms)
    query = parse_query(typed)
    path = tmp_path / f"lib-{abs(hash((text, typed)))}.sqlite3"
    with ReportStore.open(path) as store:
        _add(store, text, spans)
        found = search_library(store, typed, limit=10**6)
        if query.several:
            assert [(h.report_id, h.start, h.end) for h in found.hits] == _scan(store, query.terms)
        else:
            assert list(found.hits) == store.search(query.terms[0], limit=10**6)  # a term twice
    path.unlink()
