"""The ``compare`` command: compare two reports (files or library reports), as JSON or HTML.

A comparison of two library reports is kept on disk and read back as the window's are
(``core.compare.stored_comparisons``, in the same file): comparing them again, in the window
or here, reads it instead of computing it, until the reports' texts or readings, the
settings, the pairing corrections or ReportLens itself change.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.cli.change_lines import change_lines
from core.cli.compare_words import CHANGE_LINE_WORDS, COMPARE_WORDS
from core.cli.language import said, speaks_chinese
from core.cli.output_format import format_contradiction
from core.compare.change_filter import ChangeFilter, matches
from core.compare.comparison import compare_reports
from core.compare.comparison_cache import ComparisonCache
from core.compare.html_report import render_html
from core.compare.html_words import html_words
from core.compare.override_reach import unapplied_overrides, unapplied_sentence
from core.compare.records import CompareInput, CompareSettings, Granularity, PairOverride
from core.compare.serialise import comparison_to_data
from core.compare.stored_comparisons import StoredComparisons
from core.library import LoadedReport, load_input, open_library
from core.library_location import comparisons_file
from core.store.pair_overrides import stored_overrides
from core.whole_file import write_whole


def _kept_overrides(left: LoadedReport, right: LoadedReport, db: str | None) -> list[PairOverride]:
    """The pairing corrections kept for two library reports (none for a file), as the window
    applies them; those naming a section the reports no longer have are told on stderr, in
    one sentence as the window tells them."""
    if left.report_id is None or right.report_id is None:
        return []
    with open_library(db, read_only=True) as store:
        overrides = stored_overrides(store, left.report_id, right.report_id)
    words = COMPARE_WORDS.spoken()
    unapplied = unapplied_sentence(
        unapplied_overrides(overrides, left, right), words.unapplied, words.sections
    )
    if unapplied:
        print(f"reportlens: {unapplied}", file=sys.stderr)
    return overrides


def _cmd_compare(args: argparse.Namespace) -> int:
    if args.gui:
        # ``reportlens`` opens the window itself when it sees ``--gui``; only a caller of the
        # command line alone, which has no window to open, gets here.
        print(COMPARE_WORDS.spoken().gui_here, file=sys.stderr)
        return 2
    if args.html and (refusal := format_contradiction(args.html, "html", "--html")):
        print(f"reportlens: {refusal}", file=sys.stderr)
        return 2
    left_report, right_report = load_input(args.left, args.db), load_input(args.right, args.db)
    overrides = _kept_overrides(left_report, right_report, args.db)
    left = CompareInput.from_loaded(left_report)
    right = CompareInput.from_loaded(right_report)
    settings = CompareSettings(
        granularity=Granularity.CHARACTER if args.characters else Granularity.WORD,
        show_layout=args.show_layout,
    )
    # Reports without their tokens (files) are compared anew each time: nothing is kept.
    kept = ComparisonCache(
        capacity=1, engine=compare_reports, stored=StoredComparisons(comparisons_file())
    )
    comparison = kept.compare(left, right, settings, overrides)
    if args.html:
        page = render_html(comparison, words=html_words(speaks_chinese()))
        write_whole(Path(args.html), page)  # (an OSError names the file)
        # Said on standard error when standard output carries the JSON, which stays whole.
        saved = COMPARE_WORDS.spoken().html_saved.format(out=args.html)
        print(saved, file=sys.stderr if args.json else sys.stdout)
    which = ChangeFilter(args.only)
    if args.json:
        data = comparison_to_data(comparison)
        if which is not ChangeFilter.ALL:
            data["changes"] = [
                item
                for item, change in zip(data["changes"], comparison.changes, strict=True)
                if matches(change, which)
            ]
            data["only"] = which.value
            # A section within a block names it by its index: only while the block is listed.
            listed = {item["index"] for item in data["changes"]}
            for section in data["summary"]["sections"]:
                if section["within_change"] not in listed:
                    section["within_change"] = None
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not args.html:
        for line in change_lines(comparison, which, CHANGE_LINE_WORDS.spoken()):
            print(line)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``compare`` command."""
    parser = subparsers.add_parser(
        "compare",
        help=said("compare two reports side by side", "并排对比两份报告"),
        description=said(
            "Compare two reports (files, or library reports by id, title or file name).",
            "对比两份报告（文件，或报告库中的报告：编号、标题或文件名）。",
        ),
    )
    parser.add_argument(
        "left",
        metavar="A",
        help=said("the older report (file or library report)", "较早的报告（文件或库中的报告）"),
    )
    parser.add_argument(
        "right",
        metavar="B",
        help=said("the newer report (file or library report)", "较新的报告（文件或库中的报告）"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=said(
            "print pairs, changes and summary; their start and end are character offsets"
            " into the text as `reportlens show` prints it (decoded, line endings as \\n), not"
            " byte offsets into the file",
            "打印配对、变化和摘要；其 start 与 end 是字符偏移，所指的文本即 `reportlens show`"
            " 打印的文本（已解码，换行为 \\n），不是文件中的字节偏移",
        ),
    )
    parser.add_argument(
        "--html",
        metavar="OUT.html",
        help=said("write a side-by-side HTML report", "写出并排对比的 HTML 报告"),
    )
    parser.add_argument(
        "--characters",
        action="store_true",
        help=said("diff character by character (editions)", "逐字对比（用于同一报告的两个版本）"),
    )
    parser.add_argument(
        "--show-layout",
        action="store_true",
        help=said(
            "also show punctuation-width, whitespace and line-wrap differences, and area"
            " numbers that follow from an area added, removed or moved before them",
            "同时显示标点全半角、空格和换行的差异，以及因前面增删或移动了领域而改变的领域序号",
        ),
    )
    parser.add_argument(
        "--only",
        choices=[choice.value for choice in ChangeFilter],
        default=ChangeFilter.ALL.value,
        help=said(
            "list only changed numbers, rewordings, additions, removals or moves (JSON and"
            " text; the summary still counts every change, the HTML report shows them all)",
            "只列出数字变化、改写、新增、删除或移动（JSON 与文字输出；摘要仍计入所有改动，"
            "HTML 报告仍全部显示）",
        ),
    )
    parser.add_argument(
        "--gui",
        action="store_true",
        help=said(
            "open the comparison in the app's window instead (change list, pairing by hand,"
            " PDF and print)",
            "改在程序窗口中打开对比（改动列表、手动配对、PDF 与打印）",
        ),
    )
    parser.set_defaults(handler=_cmd_compare)
