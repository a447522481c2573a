"""``reportlens compare`` of two library reports reads back the comparison kept on disk, as
the window does, and computes it again whenever what it was made of changed or the file
cannot be read."""

from __future__ import annotations

import json
import sqlite3
import zlib
from contextlib import closing
from pathlib import Path

import pytest

from core.compare.comparison_cache import ComparisonCache
from core.compare.records import CompareInput, CompareSettings, PairOverride
from core.compare.stored_comparisons import StoredComparisons
from core.library import load_report, open_library
from core.library_location import comparisons_file
from core.model import ReportId
from core.store.kept_comparisons import KeptComparisons
from core.store.pair_overrides import save_overrides, stored_overrides
from tests.core.cli.command_runs import copy_of, library_of, printed

PLAN = "2024年工作安排"
# 长治's investment area paired by hand with 晋城's projects area.
BY_HAND = [
    PairOverride(
        (PLAN, "着力扩大有效益的投资，夯实稳增长基础"),
        (PLAN, "坚定不移打好项目建设攻坚战，推动高质量发展基础更加坚实"),
    )
]


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    """长治 2024 (1) and 晋城 2024 (2), imported once for every test here."""
    folder = tmp_path_factory.mktemp("kept-comparisons")
    return Path(library_of(folder, samples["cz2024"], samples["jc2024"]))


@pytest.fixture
def db(two_reports: Path, tmp_path: Path) -> str:
    return copy_of(two_reports, tmp_path)


def _entries() -> dict[str, dict[str, object]]:
    """The records in the file of kept comparisons, by key, as JSON."""
    path = comparisons_file()
    if not path.exists():
        return {}
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT key, data FROM comparisons").fetchall()
    return {key: json.loads(zlib.decompress(data)) for key, data in rows}


def _fresh(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> str:
    """What ``reportlens ARGV`` prints with no comparison kept anywhere: computed."""
    with monkeypatch.context() as elsewhere:
        elsewhere.setenv("XDG_CACHE_HOME", str(tmp_path / "empty-cache"))
        out, _ = printed(capsys, argv)
        assert len(_entries()) == 1  # (kept there, not where the test's runs look)
    return out


def test_a_repeated_compare_prints_what_the_file_holds_not_what_it_computes(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", db, "compare", "1", "2"]
    first, _ = printed(capsys, argv)
    ((key, record),) = _entries().items()
    # The record changed in the file: the run that reads it back prints it, one that
    # computed the comparison would not.
    record["overall"] = [901, 902, 903, 904, 905]
    KeptComparisons(comparisons_file()).put(
        key, zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"))
    )
    again, _ = printed(capsys, argv)
    assert again.splitlines()[0] == (
        "长治市2024年政府工作报告 → 晋城市2024年政府工作报告: 901 added, 902 removed,"
        " 903 reworded, 904 moved; 905 changed numbers among them"
    )
    assert again.splitlines()[1:] == first.splitlines()[1:]


@pytest.mark.parametrize(
    "options",
    [[], ["--json"], ["--characters", "--show-layout", "--json", "--only", "numbers"]],
    ids=["text", "json", "characters"],
)
def test_a_comparison_read_back_prints_what_a_computed_one_does(
    db: str,
    options: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--db", db, "compare", "1", "2", *options]
    first, _ = printed(capsys, argv)
    kept = _entries()
    again, _ = printed(capsys, argv)
    assert len(kept) == 1 and _entries() == kept  # read back: nothing new kept
    assert again == first == _fresh(monkeypatch, tmp_path, capsys, argv)


def test_an_html_report_read_back_is_the_one_computed(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = [tmp_path / f"{name}.html" for name in ("first", "again", "fresh")]
    printed(capsys, ["--db", db, "compare", "1", "2", "--html", str(pages[0])])
    printed(capsys, ["--db", db, "compare", "1", "2", "--html", str(pages[1])])
    assert len(_entries()) == 1
    _fresh(
        monkeypatch, tmp_path, capsys, ["--db", db, "compare", "1", "2", "--html", str(pages[2])]
    )
    first, again, fresh = (page.read_bytes() for page in pages)
    assert again == first == fresh


def test_the_window_reads_back_what_the_command_line_kept(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_library(db) as store:
        save_overrides(store, ReportId(1), ReportId(2), BY_HAND)
    printed(capsys, ["--db", db, "compare", "1", "2"])
    # As the window asks its comparisons (gui.comparison_tabs): the reports as loaded from
    # the library, the corrections kept for them, the file of the user's cache folder.
    window = ComparisonCache(stored=StoredComparisons(comparisons_file()))
    with open_library(db, read_only=True) as store:
        left, right = (CompareInput.from_loaded(load_report(store, ReportId(i))) for i in (1, 2))
        overrides = stored_overrides(store, ReportId(1), ReportId(2))
    assert window.recall(left, right, CompareSettings(), overrides) is not None
    assert (window.read_back, window.misses) == (1, 0)


def test_other_settings_are_another_comparison(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    words, _ = printed(capsys, ["--db", db, "compare", "1", "2", "--json"])
    argv = ["--db", db, "compare", "1", "2", "--json", "--characters"]
    characters, _ = printed(capsys, argv)
    assert characters != words
    assert characters == _fresh(monkeypatch, tmp_path, capsys, argv)
    assert len(_entries()) == 2


def test_a_title_corrected_between_runs_is_printed_as_it_is_now(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", db, "compare", "1", "2"]
    printed(capsys, argv)
    kept = _entries()
    with open_library(db) as store:
        meta = store.report(ReportId(2)).meta
        store.update_meta(ReportId(2), meta._replace(title="晋城市政府工作报告（2024）"))
    again, _ = printed(capsys, argv)
    assert _entries() == kept  # the same texts: the same comparison, read back
    assert again.startswith("长治市2024年政府工作报告 → 晋城市政府工作报告（2024）: ")
    assert again == _fresh(monkeypatch, tmp_path, capsys, argv)


def _by_hand(out: str) -> list[PairOverride]:
    def path(side: object) -> tuple[str, ...] | None:
        return tuple(side["path"]) if isinstance(side, dict) else None

    return [
        PairOverride(path(pair["left"]), path(pair["right"]))
        for pair in json.loads(out)["pairs"]
        if str(pair["reason_kind"]).endswith("by_hand")
    ]


def test_a_pairing_correction_made_between_runs_gives_the_new_comparison(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", db, "compare", "1", "2", "--json"]
    before, _ = printed(capsys, argv)
    assert _by_hand(before) == []
    with open_library(db) as store:
        save_overrides(store, ReportId(1), ReportId(2), BY_HAND)
    corrected, _ = printed(capsys, argv)
    assert _by_hand(corrected) == BY_HAND
    assert corrected == _fresh(monkeypatch, tmp_path, capsys, argv)
    assert len(_entries()) == 2  # each kept under its own key
    with open_library(db) as store:  # the correction undone: the first comparison again
        save_overrides(store, ReportId(1), ReportId(2), [])
    assert printed(capsys, argv)[0] == before


def test_a_damaged_file_of_comparisons_is_made_anew(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", db, "compare", "1", "2", "--json"]
    first, _ = printed(capsys, argv)
    comparisons_file().write_bytes(b"not a database, " * 1000)
    assert printed(capsys, argv) == (first, "")
    assert len(_entries()) == 1  # a database again, the comparison in it


def test_a_damaged_record_is_computed_again_and_replaced(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", db, "compare", "1", "2", "--json"]
    first, _ = printed(capsys, argv)
    ((key, record),) = _entries().items()
    whole = zlib.compress(json.dumps(record, ensure_ascii=False).encode("utf-8"))
    for damaged in (whole[: len(whole) // 2], zlib.compress(b'{"version": 1, "pairs": [[1]]}')):
        KeptComparisons(comparisons_file()).put(key, damaged)
        assert printed(capsys, argv) == (first, "")
        assert _entries() == {key: record}  # computed, and kept whole again


def test_files_outside_the_library_are_compared_anew_and_kept_nowhere(
    samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["compare", str(samples["cz2024"]), str(samples["jc2024"]), "--json"]
    first, _ = printed(capsys, argv)
    assert printed(capsys, argv)[0] == first
    assert _entries() == {}
