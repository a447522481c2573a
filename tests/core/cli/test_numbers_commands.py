"""`reportlens targets` and `reportlens scorecard`, run on a real library of the samples."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from core.cli import main
from core.library import import_samples_if_new, open_library
from tests.core.cli.column_starts import misaligned
from tests.core.cli.command_runs import library_of, printed
from tests.core.traditional_characters import in_traditional_characters


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("numbers") / "library.sqlite3")
    with open_library(path) as store:
        import_samples_if_new(store)
    return path


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> Any:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_targets_json_of_a_file_has_the_documented_shape(
    samples: dict[str, Path], capsys: pytest.CaptureFixture[str], db: str
) -> None:
    data = _run(
        capsys, ["--db", db, "targets", str(samples["cz2024"]), "--json", "--kind", "target"]
    )
    assert data["year"] == 2024
    fields = {
        "kind",
        "indicator",
        "canonical",
        "measure",
        "text",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "year",
        "section",
        "start",
        "end",
    }
    assert all(set(n) == fields for n in data["numbers"])
    assert {n["kind"] for n in data["numbers"]} == {"target"}
    gdp = next(n for n in data["numbers"] if n["canonical"] == "gdp")
    assert (gdp["value"], gdp["unit"], gdp["qualifier"]) == (6.0, "%", "左右")
    text = samples["cz2024"].read_text(encoding="utf-8")
    assert "6%左右" in text[gdp["start"] : gdp["end"]]


def test_targets_of_a_library_report_come_from_the_store(
    capsys: pytest.CaptureFixture[str], db: str, samples: dict[str, Path]
) -> None:
    stored = _run(capsys, ["--db", db, "targets", "长治市2024年政府工作报告", "--json"])
    parsed = _run(capsys, ["--db", db, "targets", str(samples["cz2024"]), "--json"])
    assert stored == parsed


def test_scorecard_of_changzhi_judges_2024(capsys: pytest.CaptureFixture[str], db: str) -> None:
    data = _run(capsys, ["--db", db, "scorecard", "长治", "--json"])
    year = next(y for y in data["years"] if y["year"] == 2024)
    verdicts = {line["key"]: (line["verdict"], line["result_value"]) for line in year["lines"]}
    assert verdicts["gdp"][0] == "missed" and "2.6" in verdicts["gdp"][1]
    assert verdicts["fixed_asset_investment"][0] == "missed"
    assert verdicts["retail_sales"][0] == "missed"
    assert verdicts["urban_new_jobs"][0] == "met"


def _in_locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def test_scorecard_table_speaks_chinese_throughout_under_a_chinese_locale(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _in_locale(monkeypatch, "zh_CN.UTF-8")
    capsys.readouterr()
    assert main(["--db", db, "scorecard", "长治"]) == 0
    out = capsys.readouterr().out
    latest = [line for line in out.splitlines() if line.startswith("2026年目标")]
    assert latest and latest[0].endswith("→ 尚无下一年的报告)")
    assert "  指标" in out and "地区生产总值" in out and "-3.4个百分点" in out
    assert "next year" not in out and "Indicator" not in out and "missed" not in out


@pytest.mark.parametrize("lang", ["en_US.UTF-8", "C.UTF-8", "fr_FR.UTF-8"])
def test_scorecard_table_speaks_english_under_any_other_locale(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The table's own words are English, as the rest of the command line's; the report's
    words (the indicators, the targets as written) stay as the report has them."""
    _in_locale(monkeypatch, lang)
    capsys.readouterr()
    assert main(["--db", db, "scorecard", "长治"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        "2026 targets  (长治市2026年政府工作报告（报纸版） → no report of the next year yet)"
        in lines
    )
    assert (
        "  Indicator               Target                  Result           Verdict       Gap"
        in lines
    )
    gdp = next(line for line in lines if line.startswith("  地区生产总值"))
    assert gdp.split()[1:] == ["6%左右", "2.6%", "missed", "-3.4", "pp"]
    assert not [
        line for line in lines if any(word in line for word in ("目标  (", "判定", "未完成"))
    ]


def test_targets_of_two_reports_side_by_side(
    capsys: pytest.CaptureFixture[str], db: str, samples: dict[str, Path]
) -> None:
    data = _run(
        capsys,
        ["--db", db, "targets", str(samples["cz2024"]), str(samples["cz2026np"]), "--json"],
    )
    by_key = {c["key"]: c for c in data["changes"]}
    assert by_key["fixed_asset_investment"]["change"] == "changed"
    assert (
        by_key["fixed_asset_investment"]["before_value"],
        by_key["fixed_asset_investment"]["after_value"],
    ) == ("10.5%", "6%以上")


def test_targets_against_an_interpretation_say_it_states_none(
    capsys: pytest.CaptureFixture[str],
    db: str,
    samples: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _in_locale(monkeypatch, "en_US.UTF-8")
    capsys.readouterr()
    assert main(["--db", db, "targets", str(samples["cz2024"]), str(samples["cz2025i"])]) == 0
    out = capsys.readouterr().out
    assert "removed" not in out and "unstated  地区生产总值" in out
    assert "states no main targets" in out


def test_scorecard_of_an_unknown_region_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    capsys.readouterr()
    assert main(["--db", db, "scorecard", "太原"]) == 1
    assert "太原" in capsys.readouterr().err


@pytest.mark.usefixtures("chinese_locale")
def test_scorecard_of_an_unknown_region_is_told_in_chinese(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    capsys.readouterr()
    assert main(["--db", db, "scorecard", "太原"]) == 1
    assert capsys.readouterr().err == (
        "reportlens: 报告库中没有太原的报告（`reportlens list` 列出库中的报告）\n"
    )


def _printed(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[str]:
    capsys.readouterr()
    assert main(argv) == 0
    return capsys.readouterr().out.splitlines()


def test_targets_speak_the_users_language_the_reports_words_as_written(
    capsys: pytest.CaptureFixture[str],
    db: str,
    samples: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A target one report lacks is "(none)" in English, "（无）" in Chinese; the headings and
    what became of each target likewise; the indicators and targets stay as written. Two
    cities' targets of one year are on the left or the right only, as the window's Targets tab
    says, not removed or added."""
    both = ["--db", db, "targets", str(samples["cz2024"]), str(samples["jc2024"])]
    _in_locale(monkeypatch, "en_US.UTF-8")
    english = _printed(capsys, both)
    assert "  left only   一般公共预算收入: 3% → (none)" in english
    assert "  right only  服务业增加值: (none) → 5%" in english
    assert "  reworded    约束性指标: 不折不扣完成省下达任务 → 按照省定要求全面完成" in english
    assert not [line for line in english if "无" in line]
    figures = _printed(capsys, ["--db", db, "targets", str(samples["cz2024"])])
    assert "targets (预期目标): 9" in figures

    _in_locale(monkeypatch, "zh_CN.UTF-8")
    chinese = _printed(capsys, both)
    assert "  仅左侧有  一般公共预算收入：3% → （无）" in chinese
    assert "  仅右侧有  服务业增加值：（无） → 5%" in chinese
    assert "  表述调整  约束性指标：不折不扣完成省下达任务 → 按照省定要求全面完成" in chinese
    assert not [line for line in chinese if ": " in line]
    assert not [line for line in chinese if any(w in line for w in ("none", "removed", "same"))]
    figures = _printed(capsys, ["--db", db, "targets", str(samples["cz2024"])])
    assert "预期目标：9项" in figures and "工作承诺：104项" in figures
    assert not [line for line in figures if "targets" in line or "commitments" in line]
    silent = _printed(
        capsys, ["--db", db, "targets", str(samples["cz2025i"]), str(samples["cz2024"])]
    )
    assert (
        silent[-1]
        == "  长治市2025年政府工作报告解读未列主要预期目标，无从判断以上目标是保留、调整还是删除"
    )


def _tables(lines: list[str]) -> list[list[str]]:
    """The runs of indented lines (each a table) of a command's output."""
    tables: list[list[str]] = [[]]
    for line in lines:
        if line.startswith("  "):
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    return [table for table in tables if table]


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "en_US.UTF-8"])
def test_every_table_of_the_number_commands_lines_up_on_screen(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """A Chinese character takes two columns of a terminal: every row of a table starts each
    column at the same screen column, whatever its cells hold."""
    _in_locale(monkeypatch, lang)
    for argv in (
        ["scorecard", "长治"],
        ["targets", "长治市2024年政府工作报告"],
        ["targets", "长治市2026年政府工作报告（报纸版）"],
        ["targets", "长治市2024年政府工作报告", "晋城市2024年政府工作报告"],
    ):
        tables = _tables(_printed(capsys, ["--db", db, *argv]))
        assert tables, argv
        for table in tables:
            assert not misaligned(table), (argv, misaligned(table))


def test_targets_print_each_figure_as_the_reader_shows_it(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    """``PM_{2.5}`` reads ``PM2.5``, as in the reader; no figure prints markup."""
    capsys.readouterr()
    assert main(["--db", db, "targets", "长治市2026年政府工作报告（报纸版）"]) == 0
    printed = capsys.readouterr().out
    assert "PM2.5浓度降至30微克/立方米 [PM2.5浓度]" in printed
    assert "_{" not in printed and "**" not in printed


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "en_US.UTF-8"])
def test_targets_name_each_figures_indicator_as_the_scorecard_does(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """A figure is followed by the name of the indicator it counts under, the scorecard's name
    for it, never the key the JSON output gives (``gdp``), in either language."""
    _in_locale(monkeypatch, lang)
    printed = _printed(capsys, ["--db", db, "targets", "长治市2024年政府工作报告"])
    assert any(line.endswith("GDP增长6%左右 [地区生产总值] (2024)") for line in printed)
    assert any(line.endswith("固定资产投资增长10.5% [固定资产投资] (2024)") for line in printed)
    assert any("各项约束性指标不折不扣完成省下达任务 [约束性指标]" in line for line in printed)
    keys = [line for line in printed if re.search(r"\[[a-z0-9_]+\]", line)]
    assert not keys
    figures = _run(capsys, ["--db", db, "targets", "长治市2024年政府工作报告", "--json"])
    gdp = next(n for n in figures["numbers"] if n["text"] == "GDP增长6%左右")
    assert gdp["canonical"] == "gdp"


def test_a_report_in_traditional_characters_is_scored_with_its_city(
    capsys: pytest.CaptureFixture[str], samples: dict[str, Path], tmp_path: Path
) -> None:
    """The 2024 report with its place names in traditional characters (長治) is a report of
    长治市: listed under it, and judged in 长治's scorecard, asked for as 长治 or 長治."""
    traditional = tmp_path / "changzhi-2024-traditional.txt"
    text = in_traditional_characters(samples["cz2024"].read_text(encoding="utf-8"))
    traditional.write_text(text, encoding="utf-8")
    db = library_of(tmp_path, traditional, samples["cz2025i"], samples["cz2026np"])
    out, _err = printed(capsys, ["--db", db, "list"])
    assert "長" not in out
    assert [line.split()[2] for line in out.splitlines()] == ["长治市"] * 3
    for region in ("长治", "長治"):
        card = _run(capsys, ["--db", db, "scorecard", region, "--json"])
        assert card["years"][0]["year"] == 2024
        assert card["years"][0]["target_report"] == "长治市2024年政府工作报告"


@pytest.mark.parametrize(("lang", "between"), [("en_US.UTF-8", ", "), ("zh_CN.UTF-8", "、")])
def test_a_year_judged_by_two_reports_lists_them_as_the_language_lists(
    capsys: pytest.CaptureFixture[str],
    samples: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    between: str,
) -> None:
    # A second edition of the 2025 interpretation: the 2024 targets are judged by both.
    second = tmp_path / "changzhi-2025-interpretation-copy.txt"
    text = samples["cz2025i"].read_text(encoding="utf-8")
    second.write_text(text + "\n附：本解读由市政府研究室整理。\n", encoding="utf-8")
    db = library_of(tmp_path, samples["cz2024"], samples["cz2025i"], second)
    _in_locale(monkeypatch, lang)
    out, _ = printed(capsys, ["--db", db, "scorecard", "长治"])
    heading = next(line for line in out.splitlines() if line.startswith("2024"))
    assert f"长治市2025年政府工作报告解读{between}长治市2025年政府工作报告解读（" in heading


def test_two_years_targets_read_as_dropped_and_new(
    capsys: pytest.CaptureFixture[str], db: str, samples: dict[str, Path]
) -> None:
    """An older and a newer report: a target the newer lacks was removed, one it alone has
    added (晋城 2024 against 长治 2026, which has targets on either side only)."""
    years = _printed(
        capsys, ["--db", db, "targets", str(samples["jc2024"]), str(samples["cz2026np"])]
    )
    assert "  removed   服务业增加值: 5% → (none)" in years
    assert "  added     一般公共预算收入: (none) → 2%左右" in years
    assert not [line for line in years if "only" in line]
