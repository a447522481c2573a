"""Comparisons kept on disk between runs: read back equal to the computed ones, never stale,
and a file that cannot be used only means computing again."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.comparison_cache import ComparisonCache
from core.compare.comparison_record import comparison_from_record, comparison_record
from core.compare.records import (
    CompareInput,
    CompareSettings,
    Comparison,
    Granularity,
    PairOverride,
)
from core.compare.stored_comparisons import StoredComparisons, comparison_key
from core.store.kept_comparisons import KeptComparisons

SETTINGS = (
    CompareSettings(),
    CompareSettings(Granularity.CHARACTER),
    CompareSettings(show_layout=True),
)
PAIRS = (("cz2024", "cz2026np"), ("cz2024", "cz2024np"), ("cz2024", "jc2024"))

Engine = Callable[
    [CompareInput, CompareInput, CompareSettings | None, Sequence[PairOverride]], Comparison
]


def _counted(calls: list[int]) -> Engine:
    """``compare_reports``, counting its calls in ``calls``."""

    def engine(
        left: CompareInput,
        right: CompareInput,
        settings: CompareSettings | None,
        overrides: Sequence[PairOverride],
    ) -> Comparison:
        calls.append(1)
        return compare_reports(left, right, settings, overrides)

    return engine


def _never(*_: object) -> Comparison:
    raise AssertionError("computed, though kept on disk")


@pytest.mark.parametrize("settings", SETTINGS, ids=["words", "characters", "layout"])
@pytest.mark.parametrize("pair", PAIRS, ids=["years", "editions", "cities"])
def test_a_record_reads_back_into_the_same_comparison(
    inputs: dict[str, CompareInput], pair: tuple[str, str], settings: CompareSettings
) -> None:
    left, right = inputs[pair[0]], inputs[pair[1]]
    comparison = compare_reports(left, right, settings)
    written = json.dumps(comparison_record(comparison))
    back = comparison_from_record(json.loads(written), left, right, settings)
    assert back == comparison
    assert back.changes and back.pairs and back.summary.sections


def test_a_record_of_another_layout_or_damaged_is_refused(
    inputs: dict[str, CompareInput],
) -> None:
    left, right = inputs["cz2024"], inputs["cz2024np"]
    record = comparison_record(compare_reports(left, right))
    for damaged in (
        {**record, "version": 0},
        {**record, "changes": [["inserted", 1, 2]]},
        {**record, "pairs": [["no such level", None, None, 0.0, []]]},
        [],
    ):
        with pytest.raises(ValueError):
            comparison_from_record(damaged, left, right, CompareSettings())  # type: ignore[arg-type]


def test_a_comparison_reopened_in_a_new_run_is_read_back_not_computed(
    inputs: dict[str, CompareInput], tmp_path: Path
) -> None:
    left, right = inputs["cz2024"], inputs["jc2024"]
    overrides = (PairOverride(("2023年工作回顾",), None),)
    calls: list[int] = []
    first_run = ComparisonCache(engine=_counted(calls), stored=StoredComparisons(tmp_path / "c"))
    computed = first_run.compare(left, right, CompareSettings(), overrides)
    assert calls == [1]

    second_run = ComparisonCache(engine=_never, stored=StoredComparisons(tmp_path / "c"))
    again = second_run.compare(left, right, CompareSettings(), overrides)
    assert again == computed
    assert (second_run.hits, second_run.read_back, second_run.misses) == (1, 1, 0)
    assert second_run.peek(left, right, CompareSettings(), overrides) is not None  # kept here


def test_a_comparison_made_of_anything_else_is_computed_anew(
    inputs: dict[str, CompareInput], tmp_path: Path
) -> None:
    left, right = inputs["cz2024"], inputs["cz2024np"]
    stored = StoredComparisons(tmp_path / "c")
    ComparisonCache(stored=stored).compare(left, right)
    edited = left.text.replace("动员", "教育", 1)
    assert edited != left.text
    other_tokens = tuple(tuple(reversed(t)) for t in left.paragraph_tokens or ())
    asked: list[tuple[CompareInput, CompareInput, CompareSettings, tuple[PairOverride, ...]]] = [
        (right, left, CompareSettings(), ()),  # the other way round
        (left, right, CompareSettings(show_layout=True), ()),
        (left, right, CompareSettings(Granularity.CHARACTER), ()),
        (left, right, CompareSettings(), (PairOverride(None, ("（开篇）",)),)),
        (replace(left, text=edited), right, CompareSettings(), ()),
        (replace(left, paragraph_tokens=other_tokens), right, CompareSettings(), ()),
        (left, replace(right, paragraphs=right.paragraphs[:-1]), CompareSettings(), ()),
    ]
    for case in asked:
        assert stored.find(*case) is None, case[2:]
    assert stored.find(left, right, CompareSettings()) is not None


def test_another_engine_does_not_read_what_this_one_kept(
    inputs: dict[str, CompareInput], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left, right = inputs["cz2024"], inputs["cz2024np"]
    stored = StoredComparisons(tmp_path / "c")
    ComparisonCache(stored=stored).compare(left, right)
    monkeypatch.setattr(
        "core.compare.stored_comparisons.engine_fingerprint", lambda: "another build"
    )
    assert stored.find(left, right, CompareSettings()) is None


def test_reports_without_their_tokens_are_not_kept(
    inputs: dict[str, CompareInput], tmp_path: Path
) -> None:
    left, right = inputs["cz2024"], replace(inputs["cz2024np"], paragraph_tokens=None)
    assert comparison_key(left, right, CompareSettings(), ()) is None
    ComparisonCache(stored=StoredComparisons(tmp_path / "c")).compare(left, right)
    assert len(KeptComparisons(tmp_path / "c")) == 0


def test_a_damaged_file_is_made_anew_and_a_damaged_record_computed_again(
    inputs: dict[str, CompareInput], tmp_path: Path
) -> None:
    left, right = inputs["cz2024"], inputs["cz2024np"]
    path = tmp_path / "c"
    path.write_bytes(b"not a database, but some bytes " * 100)
    stored = StoredComparisons(path)
    calls: list[int] = []
    computed = ComparisonCache(engine=_counted(calls), stored=stored).compare(left, right)
    assert calls == [1]  # nothing read from a file that is no database
    assert stored.find(left, right, CompareSettings()) == computed  # made anew, kept

    key = comparison_key(left, right, CompareSettings(), ())
    assert key is not None
    KeptComparisons(path).put(key, zlib.compress(b'{"version": 1, "pairs": [1]}'))
    assert stored.find(left, right, CompareSettings()) is None
    KeptComparisons(path).put(key, b"no zlib")
    assert stored.find(left, right, CompareSettings()) is None
    again = ComparisonCache(engine=_counted(calls), stored=stored).compare(left, right)
    assert again == computed and calls == [1, 1]


def test_a_file_in_use_elsewhere_is_left_alone(
    inputs: dict[str, CompareInput], tmp_path: Path
) -> None:
    left, right = inputs["cz2024"], inputs["cz2024np"]
    path = tmp_path / "c"
    stored = StoredComparisons(path)
    computed = ComparisonCache(stored=stored).compare(left, right)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert stored.find(left, right, CompareSettings()) is None  # not waited for long
        stored.keep(compare_reports(left, right, CompareSettings(show_layout=True)))
    finally:
        holder.rollback()
        holder.close()
    assert stored.find(left, right, CompareSettings()) == computed
    assert stored.find(left, right, CompareSettings(show_layout=True)) is None  # not kept


def test_the_file_keeps_the_comparisons_used_last(tmp_path: Path) -> None:
    kept = KeptComparisons(tmp_path / "c", capacity=3)
    for name in "abcd":
        kept.put(name, name.encode())
    assert len(kept) == 3 and kept.get("a") is None
    assert kept.get("b") == b"b"  # used: now the last to go
    kept.put("e", b"e")
    assert kept.get("c") is None and kept.get("b") == b"b"


def test_no_file_chosen_keeps_nothing(inputs: dict[str, CompareInput], tmp_path: Path) -> None:
    stored = StoredComparisons()
    stored.keep(compare_reports(inputs["cz2024"], inputs["cz2024np"]))
    assert stored.find(inputs["cz2024"], inputs["cz2024np"], CompareSettings()) is None
    stored.use(tmp_path / "c")
    assert stored.path == tmp_path / "c"


def test_a_file_that_refuses_changes_still_gives_what_it_keeps(tmp_path: Path) -> None:
    path = tmp_path / "c"
    KeptComparisons(path).put("a", b"kept")
    connection = sqlite3.connect(path)
    connection.execute(  # every change refused, as by a file that cannot be written
        "CREATE TRIGGER no_change BEFORE UPDATE ON comparisons"
        " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
    )
    connection.commit()
    connection.close()
    assert KeptComparisons(path).get("a") == b"kept"
