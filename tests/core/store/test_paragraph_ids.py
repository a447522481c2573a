"""Paragraph ids run in report-then-position order, so search streams its hits in reading
order: a report read again into a few more paragraphs takes the spare ids its import left,
and one read into more than that has the later reports' paragraphs moved up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.importer import import_paths
from core.library import open_library
from core.model import ReportId
from core.reading_upgrade import reread_stale_reports
from tests.core.store.earlier_readings import (
    add_as_read_before,
    as_one_paragraph,
    parsed,
    with_pairs_joined,
)

OPENING = "各位代表：\n\n过去一年，全市上下攻坚克难。\n\n一、工作回顾\n\n"
CLOSING = "二、今年工作安排\n\n全市继续努力。\n"
# Fourteen paragraphs: more than one paragraph's ids and the spare ones after them.
EARLIER = OPENING + "就业稳定。\n\n就业增长。\n\n就业优先。\n\n" + "项目落地。\n\n" * 6 + CLOSING
LATER = OPENING + "就业第一。\n\n" + CLOSING


def _ids_of(conn: sqlite3.Connection, report_id: ReportId) -> list[int]:
    rows = conn.execute("SELECT id FROM paragraphs WHERE report_id = ? ORDER BY idx", (report_id,))
    return [row[0] for row in rows]


def _ids_in_order(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("SELECT id FROM paragraphs ORDER BY report_id, idx").fetchall()
    return [row[0] for row in rows] == sorted(row[0] for row in rows)


def test_a_report_read_into_more_paragraphs_keeps_search_in_reading_order(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(EARLIER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    with open_library(str(tmp_path / "lib.sqlite3"), reread=False) as store:
        earlier = add_as_read_before(store, as_one_paragraph(parsed(tmp_path / "a.txt")))
        (outcome,) = import_paths(store, [tmp_path / "b.txt"])
        later = ReportId(outcome.report_id or 0)
        before = _ids_of(store._conn, later)
        assert reread_stale_reports(store) == [earlier]
        assert len(store.paragraphs(earlier)) == 14
        assert _ids_of(store._conn, later) != before  # moved up to make room
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
        assert plans == [(earlier, 1), (earlier, 13), (later, 1), (later, 5)]


def test_a_reading_a_few_paragraphs_longer_takes_the_spare_ids_and_moves_no_other_report(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    with open_library(str(tmp_path / "lib.sqlite3"), reread=False) as store:
        (first,) = import_paths(store, [samples["cz2024"]])
        fresh = parsed(samples["jc2024"])
        grown = add_as_read_before(store, with_pairs_joined(fresh, 3))
        (last,) = import_paths(store, [samples["cz2026np"]])
        others = [ReportId(first.report_id or 0), ReportId(last.report_id or 0)]
        before = {report_id: _ids_of(store._conn, report_id) for report_id in others}
        assert reread_stale_reports(store) == [grown]
        assert store.paragraphs(grown) == list(fresh.paragraphs)
        assert {report_id: _ids_of(store._conn, report_id) for report_id in others} == before
        assert _ids_in_order(store._conn)
        every = store.search("发展", limit=100_000)
        assert {hit.report_id for hit in every} == {*others, grown}
        assert every == sorted(every, key=lambda hit: (hit.report_id, hit.start))
        assert store.search("发展", limit=40) == every[:40]
        text = store.report(grown).text
        assert [(h.start, h.end) for h in every if h.report_id == grown] == [
            (at, at + 2)
            for p in fresh.paragraphs
            for at in _occurrences(text[p.start : p.end], "发展", p.start)
        ]


def _occurrences(text: str, word: str, base: int) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(base + at)
        at = text.find(word, at + len(word))
    return found
