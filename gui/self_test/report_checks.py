"""The self-test's checks of reading: the samples imported, one opened, its outline, words,
targets and search."""

from __future__ import annotations

from gui.self_test.state import (
    SAMPLE_FILES,
    SEARCH_QUERY,
    WAIT_SECONDS,
    SelfTestState,
    process_events,
    wait_for,
)


def check_import(state: SelfTestState) -> str:
    """Two samples go into the library through the app's own background writer."""
    from core.resources import resource_path

    if state.window is None:
        raise AssertionError("needs the window")
    paths = [resource_path("samples", name) for name in SAMPLE_FILES]
    state.writer.import_paths(paths)
    finished = wait_for(state.writer.worker.import_finished)
    if finished is None:
        raise AssertionError(f"the import did not finish within {WAIT_SECONDS:.0f} s")
    outcomes = finished[0]
    failed = [f"{o.path.name}: {o.message}" for o in outcomes if o.report_id is None]
    if failed or len(outcomes) != len(paths):
        raise AssertionError("; ".join(failed) or f"{len(outcomes)} outcomes for {len(paths)}")
    state.report_ids = [o.report_id for o in outcomes]
    process_events(0.3)
    shown = len(state.window.library_panel.model.summaries())
    if shown != len(paths):
        raise AssertionError(f"the library panel shows {shown} reports, not {len(paths)}")
    titles = ", ".join(o.title for o in outcomes)
    return f"{len(outcomes)} reports imported and listed ({titles})"


def check_open(state: SelfTestState) -> str:
    """The first report opens in a reader tab."""
    if not state.report_ids:
        raise AssertionError("needs an imported report")
    state.window.open_report(state.report_ids[0])
    process_events(0.3)
    reader = state.window.current_reader()
    if reader is None:
        raise AssertionError("no reader tab after open_report")
    return f"reader tab open ({state.window.tabs.tabText(state.window.tabs.currentIndex())})"


def check_tree(state: SelfTestState) -> str:
    """Each report's section tree and paragraphs come back from the library."""
    from core.library import load_report

    if not state.report_ids:
        raise AssertionError("needs an imported report")
    state.loaded = [load_report(state.store, report_id) for report_id in state.report_ids]
    first = state.loaded[0]
    top = first.outline.sections
    if len(top) < 3 or not first.paragraphs:
        raise AssertionError(f"{len(top)} top sections, {len(first.paragraphs)} paragraphs")
    for loaded in state.loaded:
        for paragraph, tokens in zip(loaded.paragraphs, loaded.tokens(), strict=True):
            if "".join(tokens) != loaded.text[paragraph.start : paragraph.end]:
                raise AssertionError(f"tokens of a paragraph of {loaded.meta.title} do not join")
    return f"{len(top)} top sections ({top[0].title[:12]}…), {len(first.paragraphs)} paragraphs"


def check_tokeniser(state: SelfTestState) -> str:
    """jieba tokenises with its bundled dictionary and keeps its cache in the app's cache folder."""
    from core.library_location import cache_dir
    from core.tokens import tokenize

    tokens = tokenize("推动经济高质量发展")
    if "高质量" not in tokens and "高质量发展" not in tokens:
        raise AssertionError(f"unexpected tokens {tokens}")
    cache = cache_dir() / "jieba.cache"
    if not cache.is_file():
        raise AssertionError(f"no jieba cache at {cache}")
    return f"{'/'.join(tokens)}; cache in {cache.parent}"


def check_targets(state: SelfTestState) -> str:
    """The first report's main targets are found."""
    from core.numbers import StatementKind, extract_numbers

    if not state.loaded:
        raise AssertionError("needs a parsed report")
    first = state.loaded[0]
    statements = extract_numbers(first.text, first.outline, first.meta.year, kind=first.meta.kind)
    state.targets = [s for s in statements if s.kind is StatementKind.TARGET]
    if not state.targets:
        raise AssertionError(f"no targets among {len(statements)} figures")
    return f"{len(state.targets)} targets, e.g. {state.targets[0].text}"


def check_search(state: SelfTestState) -> str:
    """A phrase is found in every report that holds it, with offsets into the text as read."""
    if not state.loaded:
        raise AssertionError("needs imported reports")
    hits = state.store.search(SEARCH_QUERY)
    expected = sum(loaded.text.count(SEARCH_QUERY) for loaded in state.loaded)
    texts = {loaded.report_id: loaded.text for loaded in state.loaded}
    wrong = [h for h in hits if texts[h.report_id][h.start : h.end] != SEARCH_QUERY]
    if not hits or wrong or len(hits) != expected:
        raise AssertionError(f"{len(hits)} hits, {expected} expected, {len(wrong)} misplaced")
    return f"'{SEARCH_QUERY}': {len(hits)} hits in {len({h.report_id for h in hits})} reports"
