"""An import the library refuses (read-only): its reason named in Chinese in the summary, whole,
wrapped in its column rather than cut off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.importer import ImportStatus, import_file
from core.library import open_library
from gui.importing.summary_dialog import ImportSummaryDialog

READ_ONLY = "library.sqlite3: 报告库文件或其所在文件夹是只读的；此次改动未保存任何内容"


def test_a_read_only_librarys_refusal_is_shown_whole_in_chinese(
    library_db: str, samples: dict[str, Path], chinese: None, qtbot: Any, tmp_path: Path
) -> None:
    text = tmp_path / "some.txt"
    text.write_bytes(samples["cz2024"].read_bytes().replace("长治".encode(), "长冶".encode()))
    with open_library(library_db) as store:
        store._conn.execute("PRAGMA query_only = ON")  # the file can no longer be written
        outcome = import_file(store, text)
    assert outcome.status is ImportStatus.FAILED
    assert outcome.message.startswith("some.txt: library.sqlite3: the library file")
    dialog = ImportSummaryDialog([outcome])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.tree.topLevelItem(0).child(0)
    assert row.text(1) == READ_ONLY
    index = dialog.tree.indexFromItem(row, 1)
    shown = dialog.tree.visualRect(index)
    line = dialog.tree.fontMetrics()
    assert line.horizontalAdvance(READ_ONLY) > shown.width()  # too long for one line…
    assert shown.height() >= 2 * line.height()  # …so it takes two or more
