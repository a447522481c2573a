"""``reportlens search``: every report in the library searched, as the window searches it.

Words separated by spaces are terms a paragraph must all hold, a quoted part one phrase
(``core.search_query``); the count says what it counts: occurrences of one term, paragraphs
holding every term of several.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from core.cli.language import said
from core.cli.library_words import LIBRARY_WORDS
from core.cli.search_words import SEARCH_WORDS
from core.library import open_library
from core.library_search_results import LibrarySearchResults, search_library
from core.search_query import parse_query


def _positive(text: str) -> int:
    """A count given on the command line: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(LIBRARY_WORDS.spoken().not_a_count.format(text=text))
    return value


def _query(text: str) -> str:
    """What to search for, as typed: anything but nothing (an empty or blank query, or empty
    quotes, finds nothing, which would read as a search that found nothing)."""
    if not parse_query(text).terms:
        raise argparse.ArgumentTypeError(LIBRARY_WORDS.spoken().empty_query)
    return text


def _cmd_search(args: argparse.Namespace) -> int:
    with open_library(args.db, read_only=True) as store:
        found = search_library(store, args.query, limit=args.limit)
        hits = list(found.hits)
        titles = store.titles()
        snippets = store.snippets(hits)
        passages = store.passages(hits)
    if args.json:
        results = [
            {
                "report_id": hit.report_id,
                "title": titles.get(hit.report_id, ""),
                "paragraph": hit.paragraph_index,
                "start": hit.start,
                "end": hit.end,
                "snippet": snippet.text,
            }
            for hit, snippet in zip(hits, snippets, strict=True)
        ]
        listed = [
            {
                "report_id": passage.hits[0].report_id,
                "title": titles.get(passage.hits[0].report_id, ""),
                "hits": [[hit.start, hit.end] for hit in passage.hits],
                "text": passage.text,
                "marks": [list(mark) for mark in passage.marks],
            }
            for passage in passages
        ]
        data: dict[str, Any] = {
            "query": args.query,
            "terms": list(found.query.terms),
            "hits": results,
            "passages": listed,
            "truncated": found.truncated,
        }
        if found.query.several:
            data["paragraphs"] = found.paragraphs
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    # A line for each passage, nearby matches sharing one, each marked on a terminal.
    marking = sys.stdout.isatty()
    for passage in passages:
        report = passage.hits[0].report_id
        starts = ", ".join(str(hit.start) for hit in passage.hits)
        text = _marked(passage.text, passage.marks) if marking else passage.text
        print(f"{report:>5} {titles.get(report, '')} [{starts}]: {text}")
    print(_count_line(found), file=sys.stderr)
    return 0


def _count_line(found: LibrarySearchResults) -> str:
    """What a search found, saying what it counts: occurrences of one term; paragraphs
    holding every term of several, and how many hold each when none holds all."""
    if not found.query.several:
        words = LIBRARY_WORDS.spoken()
        count = words.first_matches if found.truncated else words.matches
        return count.format(count=len(found.hits))
    said_of = SEARCH_WORDS.spoken()
    terms = said_of.terms(found.query.terms)
    if not found.hits:
        each = said_of.each(found.query.terms, found.with_each)
        return said_of.none_with_all.format(terms=terms, each=each)
    count = said_of.first_with_all if found.truncated else said_of.with_all
    return count.format(count=found.paragraphs, terms=terms)


def _marked(text: str, marks: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span of ``marks`` in bold reverse video (for a terminal)."""
    pieces, at = [], 0
    for start, end in marks:
        pieces += [text[at:start], "\033[1;7m", text[start:end], "\033[0m"]
        at = end
    return "".join([*pieces, text[at:]])


def register_search(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``search`` to the ``reportlens`` parser."""
    p = subparsers.add_parser(
        "search", help=said("search every report in the library", "在报告库的所有报告中搜索")
    )
    p.add_argument(
        "query",
        type=_query,
        help=said(
            'words separated by spaces: paragraphs holding all of them; "a phrase" in quotes',
            "以空格分开的几个词：同时含有这些词的段落；引号内的是一个短语",
        ),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--limit",
        type=_positive,
        default=500,
        help=said(
            "at most this many (500): matches of one word, paragraphs with all of several",
            "最多列出这么多条（500）：一个词按处计，几个词按段计",
        ),
    )
    p.set_defaults(handler=_cmd_search)
