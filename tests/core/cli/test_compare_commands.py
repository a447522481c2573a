"""``reportlens compare`` of two library reports with the pairing corrections kept for them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.cli import main
from core.compare.records import PairOverride
from core.importer import import_paths
from core.library import open_library
from core.model import ReportId
from core.store.pair_overrides import save_overrides, stored_overrides

PLAN = "2024年工作安排"
# 长治's investment area paired by hand with 晋城's projects area, and one of 长治's
# government-building areas kept unpaired.
BY_HAND = [
    PairOverride(
        (PLAN, "着力扩大有效益的投资，夯实稳增长基础"),
        (PLAN, "坚定不移打好项目建设攻坚战，推动高质量发展基础更加坚实"),
    ),
    PairOverride(("全面加强政府自身建设", "讲政治、铸忠诚"), None),
]


@pytest.fixture(scope="module")
def two_reports_db(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    path = tmp_path_factory.mktemp("cli-compare") / "library.sqlite3"
    with open_library(str(path)) as store:
        outcomes = import_paths(store, [samples["cz2024"], samples["jc2024"]])
        assert [o.report_id for o in outcomes] == [1, 2]
    return path


@pytest.fixture
def db(two_reports_db: Path, tmp_path: Path) -> str:
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(two_reports_db, target)
    return str(target)


def _compare(db: str, capsys: pytest.CaptureFixture[str]) -> tuple[list[dict[str, object]], str]:
    """The pairs of ``compare 1 2 --json``, and what it said on stderr."""
    assert main(["--db", db, "compare", "1", "2", "--json"]) == 0
    out, err = capsys.readouterr()
    return json.loads(out)["pairs"], err


def _by_hand(pairs: list[dict[str, object]]) -> list[PairOverride]:
    def path(side: object) -> tuple[str, ...] | None:
        return tuple(side["path"]) if isinstance(side, dict) else None

    return [
        PairOverride(path(p["left"]), path(p["right"]))
        for p in pairs
        if str(p["reason_kind"]).endswith("by_hand")
    ]


def test_a_report_read_again_keeps_the_corrections_whose_sections_it_still_has(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_library(db) as store:
        save_overrides(store, ReportId(1), ReportId(2), BY_HAND)
        store._conn.execute("UPDATE reports SET reader = 0")  # as an earlier reading left them
    with open_library(db) as store:  # read again here
        assert store._conn.execute("SELECT min(reader) FROM reports").fetchone()[0] > 0
        assert stored_overrides(store, ReportId(1), ReportId(2)) == BY_HAND
    pairs, err = _compare(db, capsys)
    assert sorted(_by_hand(pairs), key=repr) == sorted(BY_HAND, key=repr)
    assert err == ""


def test_a_correction_naming_a_section_no_longer_there_is_told_by_name(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = PairOverride((PLAN, "着力扩大有效投资"), (PLAN, "坚定不移打好产业转型攻坚战"))
    with open_library(db) as store:
        save_overrides(store, ReportId(1), ReportId(2), [gone, *BY_HAND])
    pairs, err = _compare(db, capsys)
    assert err == (
        "reportlens: a pairing correction no longer applies, since a section it names is not "
        "in these reports any more: "
        "“着力扩大有效投资” paired with “坚定不移打好产业转型攻坚战”\n"
    )
    assert sorted(_by_hand(pairs), key=repr) == sorted(BY_HAND, key=repr)  # the others apply
    with open_library(db, read_only=True) as store:  # and it is kept, not dropped
        assert stored_overrides(store, ReportId(1), ReportId(2))[0] == gone


def test_several_corrections_no_longer_there_are_told_in_one_sentence(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # As the window tells them: one line, not one "a pairing correction…" line each.
    gone = [
        PairOverride((PLAN, "着力扩大有效投资"), (PLAN, "坚定不移打好产业转型攻坚战")),
        PairOverride((PLAN, "着力扩大有效投资"), None),
    ]
    with open_library(db) as store:
        save_overrides(store, ReportId(1), ReportId(2), [*gone, *BY_HAND])
    _pairs, err = _compare(db, capsys)
    assert err == (
        "reportlens: 2 pairing corrections no longer apply, since a section each names is not "
        "in these reports any more: “着力扩大有效投资” paired with “坚定不移打好产业转型攻坚战”; "
        "“着力扩大有效投资” kept unpaired\n"
    )


def test_a_section_within_a_block_names_it_only_while_it_is_listed(
    samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The edition's lost pages are blocks the review's areas lie within; under ``--only`` a
    section names its block by its index only when the block is among the changes listed."""
    left, right = str(samples["cz2024"]), str(samples["cz2024np"])
    for only, blocks_listed in (("all", True), ("removed", True), ("moved", False)):
        assert main(["compare", left, right, "--json", "--only", only]) == 0
        data = json.loads(capsys.readouterr().out)
        listed = {item["index"] for item in data["changes"]}
        within = [s["within_change"] for s in data["summary"]["sections"]]
        named = [index for index in within if index is not None]
        assert bool(named) is blocks_listed
        assert set(named) <= listed
