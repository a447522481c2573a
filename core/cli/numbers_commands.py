"""Number commands: ``targets`` (a report's figures, or two reports' targets) and ``scorecard``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from core.cli.language import said, speaks_chinese
from core.cli.output_format import format_contradiction
from core.cli.scorecard_words import SCORECARD_WORDS, ScorecardWords
from core.cli.table_columns import table_lines
from core.cli.targets_words import TARGETS_WORDS
from core.errors import ReportNotFoundError
from core.library import LoadedReport, load_input, open_library
from core.numbers.indicators import indicator_table
from core.numbers.region_numbers import region_numbers
from core.numbers.scorecard import POINTS, ScoreLine, build_scorecard
from core.numbers.statements import NumericStatement, StatementKind
from core.numbers.table_csv import numbers_csv, scorecard_csv
from core.numbers.target_compare import (
    TargetChangeKind,
    compare_targets,
    in_time_order,
    target_value_text,
)
from core.plain_passage import plain_phrase
from core.whole_file import write_whole


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def statements_of(report: LoadedReport) -> list[NumericStatement]:
    """The numeric statements of a loaded report (stored at import for library reports)."""
    return list(report.statements())


def _figure_cells(statement: NumericStatement) -> list[str]:
    """A figure's value, and its phrase followed by the name of the indicator it counts under
    (``GDP增长6%左右 [地区生产总值]``), the name the scorecard and the target comparison give it;
    the indicator's key (``gdp``) is the JSON output's."""
    text = plain_phrase(statement.text)
    name = indicator_table().label(statement.canonical) if statement.canonical else ""
    canonical = f" [{name}]" if name else ""
    year = f" ({statement.year})" if statement.year is not None else ""
    return [target_value_text(statement), f"{text}{canonical}{year}"]


def _csv_contradicted(out: str | None) -> str | None:
    """Why ``--csv OUT`` is refused when OUT's name says another format (``figures.md``)."""
    return None if out is None else format_contradiction(out, "csv", "--csv")


def _cmd_targets(args: argparse.Namespace) -> int:
    if args.other is not None and args.csv is not None:
        print(TARGETS_WORDS.spoken().compared_not_written, file=sys.stderr)
        return 2
    if args.other is not None:
        return _compare(args)
    if (refusal := _csv_contradicted(args.csv)) is not None:
        print(f"reportlens: {refusal}", file=sys.stderr)
        return 2
    report = load_input(args.report, args.db, with_tokens=False)
    wanted = StatementKind(args.kind) if args.kind else None
    numbers = [s for s in statements_of(report) if wanted is None or s.kind is wanted]
    if args.csv is not None:
        table = numbers_csv(numbers, report.text, report.outline, chinese=speaks_chinese())
        write_whole(Path(args.csv), table)
        print(TARGETS_WORDS.spoken().written.format(count=len(numbers), out=args.csv))
        return 0
    if args.json:
        _print_json({"year": report.meta.year, "numbers": [s.as_json() for s in numbers]})
        return 0
    words = TARGETS_WORDS.spoken()
    print(f"{report.meta.title} ({report.meta.year or '?'})")
    if not numbers:
        print(f"  {words.no_figures_of_kind if wanted else words.no_figures}")
    for kind in StatementKind:
        group = [s for s in numbers if s.kind is kind]
        if group:
            print("\n" + words.heading.format(kind=words.kinds[kind.value], count=len(group)))
            for line in table_lines([_figure_cells(s) for s in group], indent="  "):
                print(line)
    if wanted is None and not any(s.kind is StatementKind.TARGET for s in numbers):
        print(f"\n{words.no_targets_passage}")
    return 0


def _compare(args: argparse.Namespace) -> int:
    first = load_input(args.report, args.db, with_tokens=False)
    second = load_input(args.other, args.db, with_tokens=False)
    changes = compare_targets(statements_of(first), statements_of(second))
    if args.json:
        _print_json(
            {
                "a": {"title": first.meta.title, "year": first.meta.year},
                "b": {"title": second.meta.title, "year": second.meta.year},
                "changes": [
                    {
                        "key": c.key,
                        "label": c.label,
                        "change": str(c.change),
                        "before": c.before.as_json() if c.before else None,
                        "after": c.after.as_json() if c.after else None,
                        "before_value": c.before_value,
                        "after_value": c.after_value,
                    }
                    for c in changes
                ],
            }
        )
        return 0
    words = TARGETS_WORDS.spoken()
    print(f"{first.meta.title}  →  {second.meta.title}")
    changed = words.changes
    if not in_time_order(first.meta.year, second.meta.year):
        changed = {**changed, **words.one_side}
    rows = [[changed[str(c.change)], c.describe(words.none, words.after_label)] for c in changes]
    for line in table_lines(rows, indent="  "):
        print(line)
    if not changes:
        print(f"  {words.neither_has_targets}")
    elif any(change.change is TargetChangeKind.UNSTATED for change in changes):
        silent = second if changes[0].before is not None else first
        print(f"  {words.states_no_targets.format(title=silent.meta.title)}")
    return 0


def _line_json(line: ScoreLine) -> dict[str, Any]:
    return {
        "key": line.key,
        "label": line.label,
        "verdict": str(line.verdict),
        "near": line.near,
        "gap": line.gap,
        "gap_unit": line.gap_unit,
        "target_value": target_value_text(line.target),
        "result_value": target_value_text(line.result) if line.result else None,
        "target": line.target.as_json(),
        "result": line.result.as_json() if line.result else None,
        "reference": line.reference.as_json() if line.reference else None,
    }


def _line_cells(line: ScoreLine, words: ScorecardWords) -> list[str]:
    verdict = words.near_miss if line.near else words.verdicts[str(line.verdict)]
    result = target_value_text(line.result) if line.result else "—"
    if line.reference is not None and line.result is not None:
        result += words.reference.format(value=target_value_text(line.reference))
    gap = ""
    if line.gap is not None and line.gap_unit == POINTS:
        gap = words.points.format(gap=f"{line.gap:+g}")
    elif line.gap is not None:
        gap = f"{line.gap:+g}{line.gap_unit}"
    return [line.label, target_value_text(line.target), result, verdict, gap]


def _cmd_scorecard(args: argparse.Namespace) -> int:
    if (refusal := _csv_contradicted(args.csv)) is not None:
        print(f"reportlens: {refusal}", file=sys.stderr)
        return 2
    with open_library(args.db, read_only=True) as store:
        reports = region_numbers(store, args.region)
    words = SCORECARD_WORDS.spoken()
    if not reports:
        raise ReportNotFoundError(words.no_reports.format(region=args.region))
    card = build_scorecard(reports)
    if args.csv is not None:
        write_whole(Path(args.csv), scorecard_csv(card, reports, chinese=speaks_chinese()))
        count = sum(len(year.lines) for year in card.years)
        print(words.written.format(count=count, out=args.csv))
        return 0
    if args.json:
        _print_json(
            {
                "region": args.region,
                "years": [
                    {
                        "year": y.year,
                        "target_report": y.target_report,
                        "result_reports": list(y.result_reports),
                        "lines": [_line_json(line) for line in y.lines],
                    }
                    for y in card.years
                ],
            }
        )
        return 0
    if not card.years:
        print(words.no_targets.format(region=args.region))
    for year in card.years:
        sources = words.between_reports.join(year.result_reports) or words.no_result_report
        print(f"\n{words.year.format(year=year.year)}  ({year.target_report} → {sources})")
        rows = [list(words.columns), *(_line_cells(line, words) for line in year.lines)]
        for text in table_lines(rows, indent="  "):
            print(text)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``targets`` and ``scorecard`` commands."""
    targets = subparsers.add_parser(
        "targets",
        help=said(
            "a report's targets, commitments and results; or two reports' targets side by side "
            "(in Chinese under a Chinese locale, LANG=zh_CN.UTF-8, else in English)",
            "一份报告的预期目标、工作承诺和结果；或两份报告的目标并列对比"
            "（中文环境 LANG=zh_CN.UTF-8 下用中文，否则用英文）",
        ),
    )
    targets.add_argument(
        "report",
        metavar="FILE_OR_REPORT",
        help=said("a file, or a library report", "文件，或库中的报告"),
    )
    targets.add_argument(
        "other",
        metavar="OTHER",
        nargs="?",
        help=said("a second report: compare their targets", "第二份报告：对比两者的目标"),
    )
    targets.add_argument("--json", action="store_true", help=said("print JSON", "输出 JSON"))
    targets.add_argument(
        "--csv",
        metavar="FILE",
        help=said(
            "write the report's figures to FILE as CSV (for a spreadsheet)",
            "把报告的数字写入 CSV 文件 FILE（供电子表格使用）",
        ),
    )
    targets.add_argument(
        "--kind",
        choices=[str(k) for k in StatementKind],
        help=said("only figures of this kind", "只列这一类数字"),
    )
    targets.set_defaults(handler=_cmd_targets)
    scorecard = subparsers.add_parser(
        "scorecard",
        help=said(
            "a region's targets against the results reported a year later (the table in "
            "Chinese under a Chinese locale, LANG=zh_CN.UTF-8, else in English)",
            "一个地区的预期目标与次年报告的结果对比（中文环境 LANG=zh_CN.UTF-8 下表格用中文，"
            "否则用英文）",
        ),
    )
    scorecard.add_argument(
        "region", metavar="REGION", help=said("e.g. 长治 or 长治市", "例如 长治 或 长治市")
    )
    scorecard.add_argument("--json", action="store_true", help=said("print JSON", "输出 JSON"))
    scorecard.add_argument(
        "--csv",
        metavar="FILE",
        help=said(
            "write the scorecard to FILE as CSV (for a spreadsheet)",
            "把目标完成情况写入 CSV 文件 FILE（供电子表格使用）",
        ),
    )
    scorecard.set_defaults(handler=_cmd_scorecard)
