"""Annotation commands: ``notes list``, ``add``, ``export``, ``tags`` and ``reanchor``."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.cli.language import said, speaks_chinese
from core.cli.notes_words import NOTES_WORDS, NotesWords
from core.cli.output_format import format_contradiction
from core.cli.spoken_messages import spoken_message
from core.cli.table_columns import GAP, table_lines
from core.errors import ReportLensError
from core.library import find_report, open_library
from core.library_location import library_path
from core.notes.export import export_all, tag_table_csv
from core.notes.export_words import ExportWords, colour_name, export_words, section_shown
from core.notes.library_notes import annotate, reanchor_report
from core.notes.note_text import note_plain_lines
from core.notes.palette import colour_of
from core.notes.records import Annotation, PaletteColour
from core.notes.shown_quote import quote_on_context, shown_quote, texts_of_reports
from core.store.annotations import annotations_of
from core.text_width import display_width
from core.whole_file import write_whole

# Before each line of an annotation's note, under the annotation (as in the notes panel).
NOTE_MARK = "✎ "


def annotation_to_json(annotation: Annotation, title: str) -> dict[str, Any]:
    """An annotation as the documented JSON object."""
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "report_id": annotation.report_id,
        "report": title,
        "start": anchor.start,
        "end": anchor.end,
        "quote": anchor.quote,
        "section": list(anchor.section_path),
        "colour": annotation.colour,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "status": annotation.status.value,
        "origin_id": annotation.origin_id,
        "created_at": annotation.created_at,
        "updated_at": annotation.updated_at,
    }


def _selected(args: argparse.Namespace, store: Any) -> list[Annotation]:
    notes = annotations_of(store)
    found = notes.search(args.search or "", colour=args.colour, tag=args.tag)
    if args.report:
        report_id = find_report(store, args.report)
        found = [a for a in found if a.report_id == report_id]
    return found


def _colour_shown(
    key: str, palette: Sequence[PaletteColour], words: NotesWords, names: ExportWords
) -> str:
    """An annotation's colour as a reader knows it: the meaning given to it (``量化目标``), then
    the colour's name in the user's language (``红色``); only the name when it has no meaning
    or is no longer in the palette."""
    colour = colour_of(palette, key)
    name = colour_name(key, names)
    if not colour.meaning or colour.meaning == key:
        return name
    return words.colour.format(meaning=colour.meaning, key=name)


def _cmd_list(args: argparse.Namespace) -> int:
    with open_library(args.db, create=False) as store:
        found = _selected(args, store)
        palette = annotations_of(store).palette()
        titles = store.titles()
        texts = {} if args.json else texts_of_reports(store, found)
    if args.json:
        data = {"annotations": [annotation_to_json(a, titles.get(a.report_id, "")) for a in found]}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    words = NOTES_WORDS.spoken()
    names = export_words(speaks_chinese())
    rows = []
    for a in found:
        quote = " ".join(shown_quote(a.anchor, texts.get(a.report_id)).split())
        flag = words.orphaned_flag if a.is_orphaned else ""
        tags = " ".join(f"#{t}" for t in a.tags)
        where = section_shown(a.anchor.section_path, names)
        colour = _colour_shown(a.colour, palette, words, names) + flag
        rows.append([str(a.id), str(a.report_id), where, colour, f"{quote[:60]} {tags}"])
    # A note is read on lines of its own under its annotation, where the section starts.
    widths = (max((display_width(row[column]) for row in rows), default=0) for column in (0, 1))
    indent = " " * sum(width + GAP for width in widths)
    for a, line in zip(found, table_lines(rows, right_aligned={0, 1}), strict=True):
        print(line)
        for note_line in note_plain_lines(a.note):
            print(f"{indent}{NOTE_MARK}{note_line}")
    print(words.listed.format(count=len(found)), file=sys.stderr)
    return 0


def _cmd_add(args: argparse.Namespace) -> int:
    with open_library(args.db, create=False) as store:
        report_id = find_report(store, args.report)
        colour = args.colour or annotations_of(store).palette()[0].key
        try:
            annotation = annotate(
                store, report_id, args.start, args.end, colour, args.note, args.tag
            )
        except ValueError as error:
            print(f"reportlens: {spoken_message(str(error))}", file=sys.stderr)
            return 1
        quote = shown_quote(annotation.anchor, store.report(report_id).text)
    print(NOTES_WORDS.spoken().added.format(id=annotation.id, quote=quote[:60]), flush=True)
    return 0


def _filters_typed(args: argparse.Namespace) -> str:
    """The filters given to ``notes export`` that choose among the annotations, as typed and
    in the order ``--help`` lists them (``--report 长治 --tag 就业``); empty when none is."""
    given = {
        "--report": args.report,
        "--search": args.search,
        "--colour": args.colour,
        "--tag": args.tag,
    }
    return " ".join(
        f"{option} {shlex.quote(value) if any(c.isspace() for c in value) else value}"
        for option, value in given.items()
        if value
    )


def _cmd_export(args: argparse.Namespace) -> int:
    if args.format is not None:
        refusal = format_contradiction(args.out, args.format, f"--format {args.format}")
        if refusal is not None:
            print(f"reportlens: {refusal}", file=sys.stderr)
            return 2
    words = NOTES_WORDS.spoken()
    with open_library(args.db, create=False) as store:
        found = _selected(args, store)
        if not found:
            # As the window's File → Export annotations…: nothing to export writes no file
            # (one already there stays as it was).
            filters = _filters_typed(args)
            if filters:
                nothing = words.none_chosen.format(filters=filters, out=args.out)
            else:
                library = library_path(args.db).name
                nothing = words.none_in_library.format(library=library, out=args.out)
            raise ReportLensError(nothing)
        as_csv = None if args.format is None else args.format == "csv"
        count = export_all(store, Path(args.out), found, as_csv, export_words(speaks_chinese()))
    print(words.exported.format(count=count, out=args.out))
    return 0


def _cmd_tags(args: argparse.Namespace) -> int:
    with open_library(args.db, create=False) as store:
        found = annotations_of(store).search()
        titles = store.titles()
    if not any(annotation.tags for annotation in found):
        # A table of its headings alone would read as a table of tags: no file is written,
        # as by ``notes export`` with nothing to export.
        library = library_path(args.db).name
        raise ReportLensError(NOTES_WORDS.spoken().no_tags.format(library=library, out=args.out))
    write_whole(Path(args.out), tag_table_csv(found, titles, export_words(speaks_chinese())))
    print(NOTES_WORDS.spoken().tag_table.format(count=len(found), out=args.out))
    return 0


def _cmd_reanchor(args: argparse.Namespace) -> int:
    with open_library(args.db, create=False) as store:
        old = find_report(store, args.old)
        new = find_report(store, args.new) if args.new else None
        outcome = reanchor_report(store, old, new)
    words = NOTES_WORDS.spoken()
    counts = outcome.counts
    print(
        words.reanchored.format(
            placed=counts["placed"], changed=counts["changed"], orphaned=counts["orphaned"]
        )
    )
    for orphan in outcome.orphans:
        # An orphan's passage was not found in the text: its quote is read on its context.
        print(words.orphan.format(id=orphan.id, quote=quote_on_context(orphan.anchor)[:60]))
    return 0


def _cmd_colours(args: argparse.Namespace) -> int:
    """List the highlight colours (Ctrl+1…), after adding one if asked."""
    from core.notes.palette import with_new_colour

    # Adding a colour adds to the library, and may start it; listing them only reads it.
    with open_library(args.db, create=args.add is not None) as store:
        notes = annotations_of(store)
        palette = notes.palette()
        if args.add is not None:
            try:
                palette = notes.set_palette(with_new_colour(palette, args.add))
            except ValueError as error:
                raise ReportLensError(str(error)) from None
    rows = [
        [f"Ctrl+{number}", colour.key, colour.colour, colour.meaning]
        for number, colour in enumerate(palette, start=1)
    ]
    for line in table_lines(rows):
        print(line)
    return 0


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--report",
        metavar="REPORT",
        help=said("only this report's annotations", "只取这份报告的批注"),
    )
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=said(
            "only annotations whose quote, note or tags contain TEXT",
            "只取原文、笔记或标签中含有 TEXT 的批注",
        ),
    )
    p.add_argument("--colour", metavar="KEY", help=said("only this palette colour", "只取这种颜色"))
    p.add_argument(
        "--tag", metavar="TAG", help=said("only annotations with this tag", "只取带这个标签的批注")
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``notes`` commands to the ``reportlens`` parser."""
    notes = subparsers.add_parser(
        "notes", help=said("list, add and export annotations", "列出、添加和导出批注")
    )
    sub = notes.add_subparsers(dest="notes_command", metavar="NOTES_COMMAND", required=True)

    p = sub.add_parser("list", help=said("list annotations of every report", "列出所有报告的批注"))
    _filters(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_list)

    p = sub.add_parser(
        "add", help=said("highlight a passage of a library report", "高亮库中报告的一段文字")
    )
    p.add_argument("report", metavar="REPORT")
    p.add_argument(
        "--start",
        type=int,
        required=True,
        help=said("offset where the passage starts", "这段文字开始处的偏移"),
    )
    p.add_argument(
        "--end", type=int, required=True, help=said("offset where it ends", "结束处的偏移")
    )
    p.add_argument(
        "--colour",
        help=said(
            "palette colour, by its key or its meaning (default: the first)",
            "高亮颜色，写其键或含义（默认：第一种）",
        ),
    )
    p.add_argument("--note", default="", help=said("a note (Markdown)", "笔记（Markdown）"))
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        help=said("a tag (repeat for several)", "标签（多个标签时重复给出）"),
    )
    p.set_defaults(handler=_cmd_add)

    p = sub.add_parser(
        "colours", help=said("list the highlight colours, or add one", "列出高亮颜色，或添加一种")
    )
    p.add_argument(
        "--add",
        metavar="MEANING",
        help=said(
            "add a colour meaning MEANING (Ctrl+6 … Ctrl+9)",
            "添加一种表示 MEANING 的颜色（Ctrl+6 … Ctrl+9）",
        ),
    )
    p.set_defaults(handler=_cmd_colours)

    p = sub.add_parser(
        "export", help=said("export annotations as Markdown or CSV", "把批注导出为 Markdown 或 CSV")
    )
    _filters(p)
    p.add_argument(
        "--format",
        choices=["md", "csv"],
        help=said(
            "Markdown or CSV (default: CSV for a FILE ending in .csv, else Markdown)",
            "Markdown 或 CSV（默认：FILE 以 .csv 结尾时为 CSV，否则为 Markdown）",
        ),
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=_cmd_export)

    p = sub.add_parser(
        "tags",
        help=said("write the tag × report count table (CSV)", "写出标签 × 报告的计数表（CSV）"),
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=_cmd_tags)

    p = sub.add_parser(
        "reanchor",
        help=said(
            "find annotations' passages again on a re-imported edition",
            "在重新导入的版本中重新找到批注的原文段落",
        ),
    )
    p.add_argument("old", metavar="OLD_REPORT")
    p.add_argument("new", metavar="NEW_REPORT", nargs="?")
    p.set_defaults(handler=_cmd_reanchor)
