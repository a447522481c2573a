"""Compare speed: this engine beside difflib.HtmlDiff and git's word diff, in the same run.

    python benchmarks/bench_compare.py [--repeat N]

On the three sample comparisons (长治 2024 vs 2026, 2024 full text vs newspaper edition,
长治 vs 晋城 2024) it times the engine's full comparison (pairing, word diff, moves, counts;
tokens already computed, as they are stored at import) against
``difflib.HtmlDiff().make_file`` on the same texts split into lines, and against
``git diff --no-index --word-diff`` when git is present. Aim: no slower than HtmlDiff.
The engine is timed twice: "engine" with each report's diff tokens and its sections' bigram
postings kept from its first comparison (as the app keeps them while it runs), and "cold" with
nothing kept; "given" hands each report's diff tokens and section postings in at no cost and
keeps nothing else, which is the least a comparison would take were those stored with the
report at import. "disk" reads back a comparison kept on disk in an earlier run
(``core.compare.stored_comparisons``: its key digested, the record read from its file and
decoded), as the app does with a comparison tab of the last session. The engine, HtmlDiff
and git run in turn, round by round, so that a burst of load falls on all of them alike; the
cold runs, which forget what the others keep, have rounds of their own.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.compare.comparison import compare_reports, forget_kept
from core.compare.html_report import render_html
from core.compare.records import CompareInput, CompareSettings
from core.compare.side_cache import SideTokensCache
from core.compare.side_tokens import SideTokens
from core.compare.stored_comparisons import StoredComparisons
from core.model import ReportKind, ReportMeta
from core.outline import parse_outline
from core.paragraphs import split_paragraphs

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
PAIRS = [
    ("长治 2024 vs 2026", "changzhi-2024-report.txt", "changzhi-2026-newspaper.txt"),
    ("长治 2024 全文 vs 报纸版", "changzhi-2024-report.txt", "changzhi-2024-newspaper.txt"),
    ("长治 vs 晋城 2024", "changzhi-2024-report.txt", "jincheng-2024-report.txt"),
]


def _tokenizer() -> Callable[[str], list[str]]:
    try:
        from core.tokens import tokenize

        return tokenize
    except ModuleNotFoundError:  # the project's tokenizer module not present yet: jieba itself
        import jieba

        jieba.setLogLevel(60)
        return lambda text: list(jieba.lcut(text))


def load(name: str, tokenize: Callable[[str], list[str]]) -> CompareInput:
    """A sample as the library holds it: parsed, with its paragraphs' tokens."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    paragraphs = tuple(split_paragraphs(text))
    tokens = tuple(tuple(tokenize(text[p.start : p.end])) for p in paragraphs)
    meta = ReportMeta(name, None, None, ReportKind.REPORT)
    return CompareInput(text, parse_outline(text), paragraphs, meta, tokens)


def medians(repeat: int, *works: Callable[[], object]) -> list[float]:
    """The median time of each of ``works`` over ``repeat`` rounds, in seconds.

    Each round runs every work once, in turn, so that a burst of load on the machine falls on
    all of them alike and their ratios hold."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(repeat):
        for kept, work in zip(times, works, strict=True):
            start = time.perf_counter()
            work()
            kept.append(time.perf_counter() - start)
    return [statistics.median(kept) for kept in times]


def git_word_diff(left: str, right: str) -> Callable[[], object]:
    """A run of ``git diff --no-index --word-diff`` on the two texts written to files."""
    folder = Path(tempfile.mkdtemp())
    (folder / "a.txt").write_text(left, encoding="utf-8")
    (folder / "b.txt").write_text(right, encoding="utf-8")
    command = ["git", "diff", "--no-index", "--word-diff", "a.txt", "b.txt"]
    return lambda: subprocess.run(command, cwd=folder, capture_output=True, check=False)


NOTHING_KEPT = SideTokensCache(capacity=0)


def compare_cold(left: CompareInput, right: CompareInput) -> object:
    """A comparison with nothing kept from earlier ones: no diff tokens, bigrams or grams."""
    forget_kept()
    return compare_reports(left, right, sides=NOTHING_KEPT)


def given_preparation(
    left: CompareInput, right: CompareInput, kept: SideTokensCache
) -> Callable[[], object]:
    """A comparison handed each report's diff tokens and section postings as ``kept`` holds
    them (as if read from the library), with nothing else kept: no bigrams, no grams."""
    settings = CompareSettings()
    made = [kept.get(side, settings, lambda *_: _never()) for side in (left, right)]

    def handed_in(side: SideTokens) -> SideTokens:
        fresh = SideTokens(
            side.text, side.paragraphs, side.starts, side.ends, side.keys, side.numbers
        )
        fresh.themes.update(side.themes)
        return fresh

    def run() -> object:
        forget_kept()
        sides = SideTokensCache(capacity=2)
        for side, prepared in zip((left, right), made, strict=True):
            sides.get(side, settings, lambda *_, p=prepared: handed_in(p))
        return compare_reports(left, right, settings, sides=sides)

    return run


def _never() -> SideTokens:
    raise AssertionError("the report was compared before: its tokens are kept")


def main() -> int:
    """Run the benchmark and print one line per comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    tokenize = _tokenizer()
    has_git = shutil.which("git") is not None
    print(
        f"{'comparison':24} {'cold':>8} {'given':>8} {'engine':>8} {'+html':>8}"
        f" {'disk':>8} {'HtmlDiff':>9} {'git':>8}"
        "  ratios (engine: each report's diff tokens and bigram postings already made, as"
        " after its first comparison; cold: nothing kept;"
        " given: diff tokens and postings handed in;"
        " disk: read back as kept in an earlier run)"
    )
    stored = StoredComparisons(Path(tempfile.mkdtemp()) / "comparisons.sqlite3")
    for label, left_name, right_name in PAIRS:
        left, right = load(left_name, tokenize), load(right_name, tokenize)
        # Cold runs forget what the warm ones keep: timed in rounds of their own.
        (cold,) = medians(args.repeat, lambda a=left, b=right: compare_cold(a, b))
        kept = SideTokensCache()
        compare_reports(left, right, sides=kept)
        (given,) = medians(args.repeat, given_preparation(left, right, kept))
        comparison = compare_reports(left, right)  # (the given runs forget what is kept)
        stored.keep(comparison)
        settings = CompareSettings()
        works: list[Callable[[], object]] = [
            lambda a=left, b=right: compare_reports(a, b),
            lambda c=comparison: render_html(c),
            lambda a=left, b=right, s=settings: stored.find(a, b, s),
            lambda a=left.text, b=right.text: difflib.HtmlDiff().make_file(
                a.splitlines(), b.splitlines()
            ),
        ]
        if has_git:
            works.append(git_word_diff(left.text, right.text))
        engine, html, disk, html_diff, *rest = medians(args.repeat, *works)
        with_html = engine + html
        git = rest[0] if rest else 0.0
        ratios = (
            f"engine/HtmlDiff {engine / html_diff:.2f}×, cold/HtmlDiff {cold / html_diff:.2f}×,"
            f" given/HtmlDiff {given / html_diff:.2f}×, disk/HtmlDiff {disk / html_diff:.2f}×"
        )
        if has_git:
            ratios += f", engine/git {engine / git:.2f}×"
        print(
            f"{label:24} {cold * 1000:7.0f}ms {given * 1000:7.0f}ms {engine * 1000:7.0f}ms "
            f"{with_html * 1000:7.0f}ms {disk * 1000:7.1f}ms "
            f"{html_diff * 1000:8.0f}ms {git * 1000:7.0f}ms  {ratios}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
