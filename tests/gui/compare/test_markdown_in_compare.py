"""An interpretation laid out as Markdown, compared: its marks are nowhere a reader looks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCursor

from core.compare.comparison import compare_reports
from core.compare.records import CompareInput
from core.library import LoadedReport, load_file
from gui.compare.change_list import ChangeListModel
from gui.compare.compare_document import mark_changes, plain_document
from gui.offsets import OffsetMap


def _items(model: ChangeListModel) -> list[str]:
    texts = []
    for row in range(model.rowCount()):
        group = model.item(row)
        texts.extend(group.child(child).text() for child in range(group.rowCount()))
    return texts


def test_change_list_and_pane_show_no_markdown_marks(
    qtbot: Any, loaded: dict[str, LoadedReport], samples: dict[str, Path]
) -> None:
    report, interpretation = loaded["cz2024"], load_file(samples["cz2025i"])
    comparison = compare_reports(
        CompareInput.from_loaded(report), CompareInput.from_loaded(interpretation)
    )
    model = ChangeListModel()
    model.set_comparison(comparison)
    items = _items(model)
    assert any("承压前行" in item for item in items)  # a heading of the interpretation, added
    assert not [item for item in items if "#" in item or "**" in item]

    text = interpretation.text
    offsets = OffsetMap(text)
    document = plain_document(text, interpretation.outline, interpretation.paragraphs, offsets)
    mark_changes(document, offsets, comparison, False, ())
    heading = text.index("#### ●承压前行")
    cursor = QTextCursor(document)
    for hash_offset in range(heading, heading + 5):  # "#### ", drawn as nothing over a change
        cursor.setPosition(offsets.to_qt(hash_offset) + 1)
        assert cursor.charFormat().fontPointSize() == 1, hash_offset
    cursor.setPosition(offsets.to_qt(heading + 6) + 1)
    assert cursor.charFormat().fontPointSize() != 1


def test_change_list_reads_a_word_broken_across_lines_whole(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    # The 2026 newspaper edition breaks 地区 over a blank line, which the panes draw whole.
    comparison = compare_reports(
        CompareInput.from_loaded(loaded["cz2024"]), CompareInput.from_loaded(loaded["cz2026np"])
    )
    model = ChangeListModel()
    model.set_comparison(comparison)
    items = _items(model)
    assert any("GDP → 地区生产总值" in item for item in items)
    assert not [item for item in items if "地 区" in item]
