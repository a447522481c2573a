"""Paragraph ids run in report-then-position order, so search streams its hits in reading
order; a report read again into more paragraphs than it had ids for keeps that order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.analysis import analyse_document
from core.import_pool import build_new_report
from core.importer import import_paths
from core.ingest.dispatch import read_document
from core.library import open_library
from core.model import Paragraph, ReportId
from core.reading_upgrade import reread_stale_reports
from core.store import ReportStore
from core.store.report_rows import prepare_report
from core.tokens import tokenize

OPENING = "各位代表：\n\n过去一年，全市上下攻坚克难。\n\n一、工作回顾\n\n"
CLOSING = "二、今年工作安排\n\n全市继续努力。\n"
EARLIER = OPENING + "就业稳定。\n\n就业增长。\n\n就业优先。\n\n" + CLOSING
LATER = OPENING + "就业第一。\n\n" + CLOSING


def _add_as_one_paragraph(store: ReportStore, path: Path) -> ReportId:
    """Add the report at ``path`` as an earlier reading could have read it: its whole text one
    paragraph, by reader version 0."""
    document = read_document(path)
    new = build_new_report(document, analyse_document(document))
    text = new.text.strip()
    whole = Paragraph(0, 0, len(text), False)
    new = new._replace(paragraphs=[whole], paragraph_tokens=[tokenize(text)])
    report_id, created = store.add_report(new, prepare_report(new))
    assert created
    store._conn.execute("UPDATE reports SET reader = 0 WHERE id = ?", (report_id,))
    return report_id


def _ids_in_order(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("SELECT id FROM paragraphs ORDER BY report_id, idx").fetchall()
    return [row[0] for row in rows] == sorted(row[0] for row in rows)


def test_a_report_read_into_more_paragraphs_keeps_search_in_reading_order(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(EARLIER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    with open_library(str(tmp_path / "lib.sqlite3"), reread=False) as store:
        earlier = _add_as_one_paragraph(store, tmp_path / "a.txt")
        (outcome,) = import_paths(store, [tmp_path / "b.txt"])
        later = ReportId(outcome.report_id or 0)
        assert reread_stale_reports(store) == [earlier]
        assert len(store.paragraphs(earlier)) == 8
        places = [EARLIER.index(word) for word in ("就业稳定", "就业增长", "就业优先")]
        first_page = store.search("就业", limit=3)
        assert [(h.report_id, h.start) for h in first_page] == [(earlier, at) for at in places]
        # Every paragraph is still found, each once, in reading order.
        every = store.search("就业", limit=100)
        assert [(h.report_id, h.paragraph_index, h.start) for h in every] == [
            (earlier, 3, places[0]),
            (earlier, 4, places[1]),
            (earlier, 5, places[2]),
            (later, 3, LATER.index("就业第一")),
        ]
        assert _ids_in_order(store._conn)
        plans = [(h.report_id, h.paragraph_index) for h in store.search("全市", limit=100)]
        assert plans == [(earlier, 1), (earlier, 7), (later, 1), (later, 5)]
