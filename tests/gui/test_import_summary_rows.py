"""The import summary of several files: each file's result reads as its own, a wrapped result
beside its file's name at the top of a row banded apart from the next file's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from core.importer import ImportStatus, import_paths
from core.library import open_library
from gui.importing.summary_dialog import ImportSummaryDialog


def _ink_top(image: QImage, left: int, right: int, top: int, bottom: int, paper: QColor) -> int:
    """The first pixel row from ``top`` holding something other than ``paper`` (text)."""
    for y in range(top, bottom):
        for x in range(left, right):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - paper.lightness()) > 60:
                return y
    return bottom


def test_a_wrapped_result_stays_beside_its_own_file(qtbot: Any, tmp_path: Path) -> None:
    unknown = tmp_path / "note.xyz"
    unknown.write_text("x", encoding="utf-8")
    old_word = tmp_path / "old.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with open_library(str(tmp_path / "library.sqlite3")) as store:
        outcomes = import_paths(store, [unknown, old_word])
    assert [o.status for o in outcomes] == [ImportStatus.FAILED] * 2
    dialog = ImportSummaryDialog(outcomes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    failed = tree.topLevelItem(0)
    name, result = (tree.visualRect(tree.indexFromItem(failed.child(0), c)) for c in (0, 1))
    line = tree.fontMetrics().height()
    assert result.height() >= 2 * line  # the reason wraps over two lines or more…
    image = tree.viewport().grab().toImage()
    paper = image.pixelColor(name.right() - 2, name.bottom() - 1)
    ink = _ink_top(image, name.left(), name.right() - 4, name.top(), name.bottom(), paper)
    first_line = _ink_top(
        image, result.left(), result.right(), result.top(), result.bottom(), paper
    )
    assert abs(ink - first_line) <= 2  # …and the file's name stands by its first line
    # The next file's row is banded apart from this one.
    following = tree.visualRect(tree.indexFromItem(failed.child(1), 0))
    assert following.top() >= name.bottom()
    assert image.pixelColor(following.right() - 2, following.bottom() - 1) != paper


def test_the_title_says_when_files_failed(
    qtbot: Any, tmp_path: Path, samples: dict[str, Path]
) -> None:
    unknown = tmp_path / "note.xyz"
    unknown.write_text("x", encoding="utf-8")
    good, other = list(samples.values())[:2]
    with open_library(str(tmp_path / "library.sqlite3")) as store:
        failed_only = import_paths(store, [unknown])
        mixed = import_paths(store, [good, unknown])
        finished = import_paths(store, [other])
    assert [o.status for o in mixed] == [ImportStatus.IMPORTED, ImportStatus.FAILED]
    titles = []
    for outcomes in (failed_only, mixed, finished):
        dialog = ImportSummaryDialog(outcomes)
        qtbot.addWidget(dialog)
        titles.append(dialog.windowTitle())
    assert titles == ["Import failed", "Some files could not be imported", "Import finished"]
