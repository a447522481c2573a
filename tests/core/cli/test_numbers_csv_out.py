"""``reportlens scorecard REGION --csv FILE`` and ``reportlens targets REPORT --csv FILE``: the
table a spreadsheet opens, in the user's language, written whole."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.library import import_samples_if_new, open_library
from core.notes.export import BOM
from tests.core.cli.command_runs import printed


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("csv") / "library.sqlite3")
    with open_library(path) as store:
        import_samples_if_new(store)
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith(BOM)
    return list(csv.DictReader(text.removeprefix(BOM).splitlines()))


def test_the_scorecard_is_written_in_chinese_under_a_chinese_locale(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], chinese_locale: None
) -> None:
    out = tmp_path / "长治.csv"
    said, _ = printed(capsys, ["--db", db, "scorecard", "长治", "--csv", str(out)])
    rows = _rows(out)
    assert said == f"已将 {len(rows)} 项目标的完成情况写入 {out}\n"
    gdp = rows[0]
    assert (gdp["年份"], gdp["指标"], gdp["目标"], gdp["结果"], gdp["判定"], gdp["差距"]) == (
        "2024",
        "地区生产总值",
        "6%左右",
        "2.6%",
        "未完成",
        "-3.4",
    )


def test_the_scorecard_is_written_in_english_under_another_locale(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "changzhi.csv"
    said, _ = printed(capsys, ["--db", db, "scorecard", "长治市", "--csv", str(out)])
    rows = _rows(out)
    assert said == f"wrote {len(rows)} targets and how each fared to {out}\n"
    # Percentage points as the English table says them; a count's unit is the report's own.
    assert (rows[0]["Verdict"], rows[0]["Gap unit"]) == ("missed", "pp")
    jobs = next(r for r in rows if r["Year"] == "2024" and r["Indicator"] == "城镇新增就业")
    assert (jobs["Gap"], jobs["Gap unit"]) == ("0.4", "万人")


def test_a_reports_targets_are_written_with_their_kind_chosen(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: dict[str, Path]
) -> None:
    out = tmp_path / "targets.csv"
    argv = ["--db", db, "targets", str(samples["cz2024"]), "--kind", "target", "--csv", str(out)]
    said, _ = printed(capsys, argv)
    rows = _rows(out)
    assert said == f"wrote {len(rows)} figures to {out}\n"
    assert {r["Kind"] for r in rows} == {"Target"}
    gdp = next(r for r in rows if r["Counted as"] == "地区生产总值")
    assert (gdp["Value"], gdp["Number"], gdp["Unit"]) == ("6%左右", "6", "%")


def test_a_csv_to_a_missing_folder_is_one_sentence_naming_it(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "scorecard.csv"
    _, err = printed(capsys, ["--db", db, "scorecard", "长治", "--csv", str(out)], code=1)
    assert err == f"reportlens: {out}: No such file or directory\n"
    assert not out.parent.exists()


def test_two_reports_side_by_side_are_not_written_as_csv(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], samples: dict[str, Path]
) -> None:
    out = tmp_path / "both.csv"
    argv = ["--db", db, "targets", str(samples["cz2024"]), str(samples["cz2026np"])]
    _, err = printed(capsys, [*argv, "--csv", str(out)], code=2)
    assert "--json" in err and not out.exists()
