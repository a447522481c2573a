"""The window says one of a thing in the singular in English (``1 match in 1 report``,
``1 report in the library``, ``1 annotation exported to…``) and other counts in the plural."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from core.library import find_report
from core.notes.library_notes import annotate

ROOT = Path(__file__).resolve().parents[2]
# The messages that count reports, matches, annotations, changes and changed numbers.
COUNTING_FILES = (
    "gui/listed_library.py",
    "gui/library_events.py",
    "gui/notes/annotations_export.py",
    "gui/search/library_search.py",
    "gui/compare/compare_legend.py",
    "gui/compare/change_list.py",
)
_PLURAL_AFTER_COUNT = re.compile(r"%\d (\w+?)(?:es|s)\b")
_VERBS = {"read", "i"}  # "%1 reads as a report of…", "%1 is damaged"


def test_every_count_of_a_plural_noun_has_its_singular_message() -> None:
    for name in COUNTING_FILES:
        source = (ROOT / name).read_text(encoding="utf-8")
        nouns = {n for n in _PLURAL_AFTER_COUNT.findall(source) if n not in _VERBS}
        for noun in nouns:
            # (the noun as found without "es": "chang" of "changes" is "change" in one)
            assert re.search(rf'"[^"]*\b1 {noun}e?\b', source), (name, noun)


def test_the_library_search_counts_one_match_and_one_report_in_the_singular(
    window: Any,
) -> None:
    panel = window.search_panel
    panel.search_now("高平市")
    assert panel.status.text() == "1 match in 1 report"
    panel.search_now("陵川县")
    assert panel.status.text() == "3 matches in 1 report"
    panel.search_now("武乡县")
    assert panel.status.text() == "3 matches in 3 reports"


def test_a_library_of_one_report_says_so(window: Any, store: Any) -> None:
    for summary in store.list_reports()[1:]:
        store.remove_report(summary.id)
    window.refresh_library()
    assert window.statusBar().currentMessage() == "1 report in the library"


def test_one_annotation_exported_is_said_in_the_singular(
    window: Any, store: Any, tmp_path: Path
) -> None:
    from gui.notes.annotations_export import export_annotations

    report_id = find_report(store, "长治市2024年政府工作报告")
    annotate(store, report_id, 10, 20, "yellow", "", [])
    assert export_annotations(window, tmp_path / "notes.md") == 1
    assert window.statusBar().currentMessage() == "1 annotation exported to notes.md"


@pytest.mark.usefixtures("chinese")
def test_chinese_says_one_as_it_says_several(window: Any) -> None:
    panel = window.search_panel
    panel.search_now("高平市")
    assert panel.status.text() == "1 份报告中共 1 处匹配"
    panel.search_now("陵川县")
    assert panel.status.text() == "1 份报告中共 3 处匹配"
