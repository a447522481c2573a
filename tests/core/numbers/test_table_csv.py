"""The scorecard and a report's numbers as CSV, read back from the text made for the samples."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from core.library import find_report, import_samples_if_new, load_report, open_library
from core.notes.export import BOM
from core.notes.export_words import export_words, section_shown
from core.numbers import build_scorecard
from core.numbers.region_numbers import region_numbers
from core.numbers.statements import StatementKind
from core.numbers.table_csv import numbers_csv, scorecard_csv, scorecard_rows, tab_separated


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("tables") / "library.sqlite3")
    with open_library(path) as store:
        import_samples_if_new(store)
    return path


def _read(table: str) -> list[dict[str, str]]:
    assert table.startswith(BOM)  # Excel opens the Chinese as UTF-8
    return list(csv.DictReader(io.StringIO(table.removeprefix(BOM))))


def _changzhi_scorecard(db: str, *, chinese: bool) -> str:
    with open_library(db, read_only=True) as store:
        reports = region_numbers(store, "长治")
    return scorecard_csv(build_scorecard(reports), reports, chinese=chinese)


def test_the_scorecard_says_the_2024_gdp_target_was_missed_by_how_much(db: str) -> None:
    rows = _read(_changzhi_scorecard(db, chinese=True))
    gdp = next(r for r in rows if r["年份"] == "2024" and r["指标"] == "地区生产总值")
    assert (gdp["目标"], gdp["结果"], gdp["判定"]) == ("6%左右", "2.6%", "未完成")
    assert (gdp["差距"], gdp["差距单位"]) == ("-3.4", "个百分点")  # a number, not text
    assert gdp["目标出处"] == "长治市2024年政府工作报告"
    assert gdp["结果出处"] == "长治市2025年政府工作报告解读"
    jobs = next(r for r in rows if r["年份"] == "2024" and r["指标"] == "城镇新增就业")
    assert (jobs["判定"], jobs["差距"], jobs["差距单位"]) == ("完成", "0.4", "万人")
    income = next(r for r in rows if r["年份"] == "2024" and r["指标"] == "城镇居民人均可支配收入")
    assert income["结果"] == "3.7%（GDP 2.6%）"
    awaiting = [r for r in rows if r["年份"] == "2026"]
    assert awaiting and {r["判定"] for r in awaiting} == {"待下年报告"}
    assert {r["结果"] for r in awaiting} == {"—"}


def test_the_scorecard_has_a_row_for_each_target_of_each_year(db: str) -> None:
    with open_library(db, read_only=True) as store:
        reports = region_numbers(store, "长治")
    card = build_scorecard(reports)
    rows = _read(scorecard_csv(card, reports, chinese=False))
    expected = [(str(y.year), line.label) for y in card.years for line in y.lines]
    assert [(r["Year"], r["Indicator"]) for r in rows] == expected
    gdp = rows[0]
    assert (gdp["Target"], gdp["Result"], gdp["Verdict"], gdp["Gap"]) == (
        "6%左右",
        "2.6%",
        "missed",
        "-3.4",
    )


def test_a_copied_scorecard_is_one_tab_separated_line_a_row(db: str) -> None:
    with open_library(db, read_only=True) as store:
        reports = region_numbers(store, "长治")
    rows = scorecard_rows(build_scorecard(reports), reports, chinese=True)
    text = tab_separated(rows)
    lines = text.splitlines()
    assert len(lines) == len(rows)
    assert lines[0].split("\t")[:5] == ["年份", "指标", "目标", "结果", "判定"]
    assert lines[1].split("\t")[:6] == ["2024", "地区生产总值", "6%左右", "2.6%", "未完成", "-3.4"]
    assert tab_separated([["a\tb", "c\nd"]]) == "a b\tc d\n"


def _report(db: str, title: str) -> Any:
    with open_library(db, read_only=True) as store:
        return load_report(store, find_report(store, title), with_tokens=False)


def test_the_numbers_of_a_report_hold_its_targets_with_their_passage(db: str) -> None:
    report = _report(db, "长治市2024年政府工作报告")
    statements = report.statements()
    rows = _read(numbers_csv(statements, report.text, report.outline, chinese=True))
    assert len(rows) == len(statements)
    targets = [r for r in rows if r["类型"] == "预期目标"]
    assert len(targets) == sum(s.kind is StatementKind.TARGET for s in statements)
    gdp = next(r for r in targets if r["归入指标"] == "地区生产总值")
    assert (gdp["数值"], gdp["数"], gdp["单位"], gdp["年份"]) == ("6%左右", "6", "%", "2024")
    assert "6%左右" in gdp["原文"] and "2024年工作安排" in gdp["章节"]
    kinds = {r["类型"] for r in rows}
    assert {"结果", "工作承诺"} <= kinds
    # Where a figure stands reads as the annotations' export and the window write a section.
    titles = tuple(s.title for s in report.outline.path_at(statements[0].start))
    assert len(titles) > 1 and rows[0]["章节"] == section_shown(titles, export_words(True))


def test_the_numbers_speak_english_when_asked(db: str) -> None:
    report = _report(db, "长治市2024年政府工作报告")
    targets = [s for s in report.statements() if s.kind is StatementKind.TARGET]
    table = numbers_csv(targets, report.text, report.outline, chinese=False)
    rows = _read(table)
    assert list(rows[0])[:3] == ["Kind", "Value", "Number"]
    assert {r["Kind"] for r in rows} == {"Target"}
