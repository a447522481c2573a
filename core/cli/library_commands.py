"""Library commands: import, list, show, outline, search (``search_command``), edit, remove."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from core.cli.details_back import edit_back
from core.cli.import_words import IMPORT_WORDS
from core.cli.language import said
from core.cli.library_words import LIBRARY_WORDS
from core.cli.search_command import register_search
from core.cli.spoken_messages import spoken_message
from core.cli.table_columns import table_lines
from core.details_change import change_details
from core.errors import StoreError
from core.importer import BREAKS_RESTORED_NOTE, ImportOutcome, ImportStatus, import_paths
from core.library import find_report, import_samples, load_input, open_library
from core.library_listing import in_library_order
from core.model import FIRST_YEAR, LAST_YEAR, ReportKind, ReportMeta, Section
from core.store.annotations import AnnotationStore


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def section_to_json(section: Section) -> dict[str, Any]:
    """A section and its children as the documented JSON object."""
    return {
        "level": section.level,
        "title": section.title,
        "start": section.start,
        "end": section.end,
        "children": [section_to_json(child) for child in section.children],
    }


def _cmd_import(args: argparse.Namespace) -> int:
    def progress(done: int, total: int, path: Path) -> None:
        if args.verbose:
            print(f"[{done}/{total}] {path.name}", file=sys.stderr)

    with open_library(args.db) as store:
        outcomes = import_paths(store, [Path(p) for p in args.paths], progress)
    words = IMPORT_WORDS.spoken()
    failed = 0
    for outcome in outcomes:
        if outcome.status is ImportStatus.IMPORTED:
            print(
                words.imported.format(
                    file=outcome.path.name, id=outcome.report_id, title=outcome.title
                )
            )
            if outcome.message:  # listed under another title than detected, and why
                said = spoken_message(outcome.message)
                print(f"  {said.removeprefix(f'{outcome.path.name}: ')}")
            if outcome.breaks_restored:
                print(f"  {spoken_message(BREAKS_RESTORED_NOTE)}")
        elif outcome.status is ImportStatus.DUPLICATE:
            print(words.duplicate.format(said=_with_path(outcome), id=outcome.report_id))
        else:
            failed += 1
            print(f"reportlens: {_with_path(outcome)}", file=sys.stderr)
    return 1 if failed else 0


def _with_path(outcome: ImportOutcome) -> str:
    """An outcome's message in the user's language, naming the file by its path as found
    (``years/2022/报告.pdf``), not by its name alone, which two files of one folder may share."""
    name = f"{outcome.path.name}: "
    message = spoken_message(outcome.message)
    if message.startswith(name):
        return f"{outcome.path}: {message.removeprefix(name)}"
    return message


def _cmd_samples(args: argparse.Namespace) -> int:
    with open_library(args.db) as store:
        outcomes = import_samples(store)
    statuses = IMPORT_WORDS.spoken().statuses
    for line in table_lines([[statuses[o.status.value], o.path.name] for o in outcomes]):
        print(line)
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    with open_library(args.db, create=False) as store:
        summaries = in_library_order(store.list_reports())
    reports = [
        {
            "id": s.id,
            "title": s.meta.title,
            "region": s.meta.region,
            "year": s.meta.year,
            "kind": s.meta.kind.value,
            "edition": s.meta.edition,
            "source": s.source_name,
            "imported_at": s.imported_at,
            "chars": s.char_count,
        }
        for s in summaries
    ]
    if args.json:
        _print_json({"reports": reports})
    else:
        kinds = LIBRARY_WORDS.spoken().kinds
        rows = [
            [
                str(r["id"]),
                str(r["year"] or "?"),
                str(r["region"] or "?"),
                kinds.get(str(r["kind"]), str(r["kind"])),
                str(r["title"]),
            ]
            for r in reports
        ]
        for line in table_lines(rows, right_aligned={0, 1}):
            print(line)
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    report = load_input(args.report, args.db, with_tokens=False)
    sys.stdout.write(report.text)
    if not report.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def _cmd_outline(args: argparse.Namespace) -> int:
    report = load_input(args.report, args.db, with_tokens=False)
    if args.json:
        _print_json(
            {
                "title": report.meta.title,
                "region": report.meta.region,
                "year": report.meta.year,
                "kind": report.meta.kind.value,
                "sections": [section_to_json(s) for s in report.outline.sections],
            }
        )
    else:
        print(report.meta.title)
        for section in report.outline.walk():
            print(f"{'  ' * section.level}{section.title}  [{section.start}:{section.end}]")
    return 0


def _cmd_edit(args: argparse.Namespace) -> int:
    with open_library(args.db, create=False) as store:
        report_id = find_report(store, args.report)
        meta = store.report(report_id).meta
        changed = ReportMeta(
            title=args.title if args.title is not None else meta.title,
            # An empty --region clears it: a report of no known region.
            region=(args.region.strip() or None) if args.region is not None else meta.region,
            year=args.year if args.year is not None else meta.year,
            kind=ReportKind(args.kind) if args.kind is not None else meta.kind,
            edition=args.edition if args.edition is not None else meta.edition,
        )
        change = change_details(store, report_id, changed)  # a generated title follows
    words = LIBRARY_WORDS.spoken()
    print(words.updated.format(id=report_id, title=change.after.title))
    back = edit_back(change, args.db)
    if back is not None:
        print(words.to_take_back.format(command=back))
    if change.before.year is None and change.after.year is not None:
        print(words.year_was_unknown)  # which ``edit`` cannot give back
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    words = LIBRARY_WORDS.spoken()
    with open_library(args.db, create=False) as store:
        report_id = find_report(store, args.report)
        title = store.report(report_id).meta.title
        notes = AnnotationStore(store)
        count = notes.count_annotations(report_id)
        if count and not args.with_annotations:
            raise StoreError(
                words.has_annotations.format(
                    id=report_id, title=title, annotations=words.annotation_count(count)
                )
            )
        notes.remove_report_with_annotations(report_id)
    removed = words.removed.format(id=report_id, title=title)
    if count:
        removed += words.removed_annotations.format(annotations=words.annotation_count(count))
    print(removed)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the library commands to the ``reportlens`` parser."""
    p = subparsers.add_parser(
        "import",
        help=said(
            "import report files or folders into the library", "把报告文件或文件夹导入报告库"
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-v", "--verbose", action="store_true", help=said("print progress", "显示进度"))
    p.set_defaults(handler=_cmd_import)

    p = subparsers.add_parser(
        "samples",
        help=said(
            "add the bundled sample reports (those in the library stay as they are)",
            "加入自带的示例报告（库中已有的保持不变）",
        ),
    )
    p.set_defaults(handler=_cmd_samples)

    p = subparsers.add_parser(
        "list", help=said("list the reports in the library", "列出报告库中的报告")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_list)

    p = subparsers.add_parser("show", help=said("print a report's text", "打印一份报告的全文"))
    p.add_argument("report", metavar="FILE_OR_REPORT")
    p.set_defaults(handler=_cmd_show)

    p = subparsers.add_parser(
        "outline", help=said("print a report's section tree", "打印一份报告的章节目录")
    )
    p.add_argument("report", metavar="FILE_OR_REPORT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_outline)

    register_search(subparsers)

    p = subparsers.add_parser(
        "edit",
        help=said(
            "correct a report's title, region, year, kind or edition",
            "更正一份报告的标题、地区、年份、类型或版本",
        ),
    )
    p.add_argument("report", metavar="REPORT")
    p.add_argument("--title")
    p.add_argument("--region", help=said('the region ("" for none known)', '地区（"" 表示不详）'))
    p.add_argument("--year", type=int, help=f"{FIRST_YEAR}–{LAST_YEAR}")
    p.add_argument("--kind", choices=[k.value for k in ReportKind])
    p.add_argument("--edition")
    p.set_defaults(handler=_cmd_edit)

    p = subparsers.add_parser(
        "remove", help=said("remove a report from the library", "从报告库中移除一份报告")
    )
    p.add_argument("report", metavar="REPORT")
    p.add_argument(
        "--with-annotations",
        action="store_true",
        help=said(
            "also remove the report's annotations (without it, a report that has some stays)",
            "连同这份报告的批注一并移除（不加此项，有批注的报告保留）",
        ),
    )
    p.set_defaults(handler=_cmd_remove)
