"""``reportlens --self-test``: the whole app, end to end, on a temporary library (exit 0: works).

Run from source or in the frozen app, with or without a display (offscreen unless ``--show``
is given). It never touches the user's library or settings: the library, the settings file
(unless ``$REPORTLENS_SETTINGS`` names a trial one) and the exported files live in a
temporary folder removed at the end. One line per check: ``ok`` or ``FAIL`` with the reason,
then ``self-test: ok`` or ``self-test: FAILED (names)``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHOW_FLAG = "--show"
# Two samples of one city, a year and an edition apart: what a user compares first.
SAMPLE_FILES = ("changzhi-2024-report.txt", "changzhi-2026-newspaper.txt")
SEARCH_QUERY = "高质量发展"
WAIT_SECONDS = 120.0


@dataclass(frozen=True)
class CheckResult:
    """How one check ended: ``ok`` or ``FAIL``, with a short explanation."""

    name: str
    status: str
    detail: str

    def line(self) -> str:
        """The check as printed: ``ok     import: 2 reports imported``."""
        return f"{self.status:<6} {self.name}: {self.detail}"


@dataclass
class SelfTestState:
    """What the checks share: the temporary folder, the window and the reports imported."""

    folder: Path
    window: Any = None
    store: Any = None
    writer: Any = None
    report_ids: list[Any] = field(default_factory=list)
    loaded: list[Any] = field(default_factory=list)
    targets: list[Any] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)


def wait_for(signal: Any, timeout_s: float = WAIT_SECONDS) -> tuple[Any, ...] | None:
    """Run the event loop until ``signal`` fires; its arguments, or None on time-out."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.gui_thread import on_gui_thread

    loop = QEventLoop()
    received: list[tuple[Any, ...]] = []

    def got(*args: Any) -> None:
        received.append(args)
        loop.quit()

    # The writer's signals come from its thread: quitting the loop from there could deadlock.
    receiver = on_gui_thread(signal, got)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(receiver.receive)
    return received[0] if received else None


def _process_events(seconds: float = 0.2) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def check_resources(state: SelfTestState) -> str:
    """The bundled samples, translations and indicator table are where the app looks."""
    import json

    from core.resources import resource_path, resources_root

    catalog = json.loads(resource_path("samples", "catalog.json").read_text(encoding="utf-8"))
    wanted = [resource_path("samples", entry["file"]) for entry in catalog["samples"]]
    wanted += [resource_path("indicators.tsv"), resource_path("i18n", "reportlens_zh_CN.qm")]
    missing = [path.name for path in wanted if not path.is_file()]
    if missing:
        raise AssertionError(f"missing from {resources_root()}: {', '.join(missing)}")
    where = "frozen app" if getattr(sys, "frozen", False) else "source"
    return f"{len(wanted)} files found ({where}, {resources_root()})"


def check_window(state: SelfTestState) -> str:
    """The main window opens on the (empty) temporary library and paints."""
    from PySide6.QtCore import QEvent, QObject

    from gui.app import make_settings, open_gui_store
    from gui.main_window import MainWindow
    from gui.session import restore_layout
    from gui.workers import LibraryWriter

    db = str(state.folder / "library.sqlite3")
    state.store = open_gui_store(db)
    state.writer = LibraryWriter(db)
    window = MainWindow(state.store, state.writer, make_settings())
    state.window = window
    painted: list[bool] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    spy = PaintSpy(window)
    window.installEventFilter(spy)
    restore_layout(window)
    window.refresh_library()
    window.show()
    deadline = time.monotonic() + 20
    while not painted and time.monotonic() < deadline:
        _process_events(0.05)
    window.removeEventFilter(spy)
    if not painted:
        raise AssertionError("the main window did not paint within 20 s")
    size = window.size()
    return f"main window painted ({size.width()}×{size.height()}, {window.windowTitle()})"


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
    _process_events(0.3)
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
    _process_events(0.3)
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


def check_compare(state: SelfTestState) -> str:
    """The two reports are compared: sections paired, changes found; the same again in the
    engine's own process (which the app starts as a copy of itself)."""
    from core.compare.comparison import compare_reports
    from core.compare.engine_process import ENGINE
    from core.compare.records import CompareInput

    if len(state.loaded) < 2:
        raise AssertionError("needs two parsed reports")
    left, right = (CompareInput.from_loaded(loaded) for loaded in state.loaded[:2])
    comparison = compare_reports(left, right)
    if not comparison.pairs or not comparison.changes:
        raise AssertionError(f"{len(comparison.pairs)} pairs, {len(comparison.changes)} changes")
    try:
        ENGINE.warm_up().result(timeout=120)
        beside = ENGINE.compare(left, right)
    finally:
        ENGINE.close()
    if beside.changes != comparison.changes:
        raise AssertionError("the engine's process compared otherwise")
    return (
        f"{len(comparison.pairs)} section pairs, {len(comparison.changes)} changes, "
        "the same in the engine's process"
    )


def check_kept_comparison(state: SelfTestState) -> str:
    """A comparison kept on disk (as the app keeps them between runs) is read back equal to
    the one computed, by the digest of the core this app was built from."""
    from core.compare.comparison_cache import ComparisonCache
    from core.compare.engine_fingerprint import engine_fingerprint
    from core.compare.records import CompareInput
    from core.compare.stored_comparisons import StoredComparisons

    if len(state.loaded) < 2:
        raise AssertionError("needs two parsed reports")
    fingerprint = engine_fingerprint()
    if fingerprint is None:
        raise AssertionError("no digest of the engine's code: nothing would be kept")
    left, right = (CompareInput.from_loaded(loaded) for loaded in state.loaded[:2])
    kept = StoredComparisons(state.folder / "comparisons.sqlite3")
    computed = ComparisonCache(stored=kept).compare(left, right)
    again = ComparisonCache(stored=kept)
    if again.compare(left, right) != computed or again.read_back != 1:
        raise AssertionError("the comparison kept on disk was not read back as computed")
    return f"read back as computed (engine {fingerprint[:12]})"


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


def check_annotation(state: SelfTestState) -> str:
    """A highlight with a note and a tag on the first target, saved, read back, exported."""
    from core.library import open_library
    from core.notes.anchors import make_anchor
    from core.notes.export import annotations_markdown
    from core.store.annotations import annotations_of

    if not state.targets:
        raise AssertionError("needs a target to annotate")
    first, target = state.loaded[0], state.targets[0]
    anchor = make_anchor(first.text, target.start, target.end, first.outline)
    with open_library(str(state.folder / "library.sqlite3")) as store:
        notes = annotations_of(store)
        colour = notes.palette()[0]
        added = notes.add(first.report_id, anchor, colour.key, "自检批注", ("自检",))
    saved = annotations_of(state.store).for_report(first.report_id)
    if [a.id for a in saved] != [added.id] or saved[0].anchor.quote != target.text:
        raise AssertionError(f"{len(saved)} annotations read back, not the one saved")
    titles = {first.report_id: first.meta.title}
    markdown = annotations_markdown(saved, titles, annotations_of(state.store).palette())
    exported = state.folder / "annotations.md"
    exported.write_text(markdown, encoding="utf-8")
    written = exported.read_text(encoding="utf-8")
    if target.text not in written or "自检批注" not in written or "#自检" not in written:
        raise AssertionError("the export lacks the passage, the note or the tag")
    return f"'{anchor.quote}' marked {colour.meaning}, saved and exported ({len(written)} chars)"


def check_close(state: SelfTestState) -> str:
    """The window closes, the writer thread stops, the library closes."""
    if state.window is None:
        raise AssertionError("needs the window")
    state.window.close()
    state.writer.shutdown()
    state.store.close()
    return "closed cleanly"


CHECKS: tuple[tuple[str, Callable[[SelfTestState], str]], ...] = (
    ("resources", check_resources),
    ("window", check_window),
    ("import", check_import),
    ("open", check_open),
    ("tree", check_tree),
    ("tokeniser", check_tokeniser),
    ("targets", check_targets),
    ("compare", check_compare),
    ("kept-comparison", check_kept_comparison),
    ("search", check_search),
    ("annotation", check_annotation),
    ("close", check_close),
)


def run_checks(
    state: SelfTestState,
    out: Callable[[str], None],
    checks: tuple[tuple[str, Callable[[SelfTestState], str]], ...] = CHECKS,
) -> list[CheckResult]:
    """Run ``checks`` in order, printing each result as it ends; a failure does not stop them."""
    results = []
    for name, check in checks:
        before = len(state.unexpected)
        started = time.perf_counter()
        try:
            detail = check(state)
            status = "ok"
        except Exception as error:
            status = "FAIL"
            detail = traceback.format_exception_only(error)[-1].strip()
        if len(state.unexpected) > before:
            status, detail = "FAIL", f"unexpected error: {state.unexpected[before]}"
        result = CheckResult(name, status, f"{detail} [{time.perf_counter() - started:.2f} s]")
        out(result.line())
        results.append(result)
    return results


def _isolate(folder: Path, argv: list[str]) -> None:
    """Point the settings, the library and (without ``--show``) Qt's display at test places.

    A settings file named by ``$REPORTLENS_SETTINGS`` is kept: it is a trial's, never the user's.
    """
    os.environ.setdefault("REPORTLENS_SETTINGS", str(folder / "settings.ini"))
    os.environ["REPORTLENS_DB"] = str(folder / "library.sqlite3")
    if SHOW_FLAG not in argv:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_self_test(argv: list[str]) -> int:
    """Run the self-test; 0 when every check passed (``self-test: ok``), else 1 naming failures.

    Args:
        argv: the command-line arguments; ``--show`` uses the real display instead of an
            offscreen one. ``--db`` is ignored: the test always uses a temporary library.
    """

    def out(line: str) -> None:
        print(line, flush=True)

    with tempfile.TemporaryDirectory(prefix="reportlens-self-test-") as name:
        folder = Path(name)
        _isolate(folder, argv)
        from gui.crash_handler import CrashHandler
        from gui.launcher import make_application

        make_application([arg for arg in argv if arg != SHOW_FLAG])
        state = SelfTestState(folder)
        # Unexpected errors (a slot raising, a worker thread dying) fail the test instead of
        # opening a dialog nobody will close.
        handler = CrashHandler(
            folder / "logs", show_dialog=lambda s, _d: state.unexpected.append(s)
        )
        handler.install()
        started = time.perf_counter()
        try:
            results = run_checks(state, out)
        finally:
            handler.uninstall()
        failed = [r.name for r in results if r.status == "FAIL"]
        total = time.perf_counter() - started
        if failed:
            out(f"self-test: FAILED ({', '.join(failed)}) in {total:.1f} s")
            return 1
        out(f"self-test: ok, {len(results)} checks passed in {total:.1f} s")
        return 0
