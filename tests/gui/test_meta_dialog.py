"""The details dialog: a title the import made from the details follows their correction."""

from __future__ import annotations

from typing import Any

from core.model import ReportKind, ReportMeta
from gui.library.meta_dialog import NO_YEAR, MetaDialog

WRONG = ReportMeta("晋城市2000年政府工作报告", "晋城市", 2000, ReportKind.REPORT, "全文")


def test_a_generated_title_follows_the_corrected_year_region_and_kind(qtbot: Any) -> None:
    dialog = MetaDialog(WRONG)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2023)
    assert dialog.title_edit.text() == "晋城市2023年政府工作报告"
    dialog.region_edit.clear()  # retyped: no title follows a blank region, and it waits
    for character in "阳城县":  # as an input method types it
        dialog.region_edit.insert(character)
    assert dialog.title_edit.text() == "阳城县2023年政府工作报告"
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ReportKind.NEWSPAPER.value))
    assert dialog.meta() == ReportMeta(
        "阳城县2023年政府工作报告（报纸版）", "阳城县", 2023, ReportKind.NEWSPAPER, "全文"
    )


def test_a_typed_title_stays(qtbot: Any) -> None:
    dialog = MetaDialog(WRONG)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("晋城市政府工作报告（修订稿）")
    dialog.year_spin.setValue(2023)
    dialog.year_spin.setValue(NO_YEAR)
    assert dialog.meta().title == "晋城市政府工作报告（修订稿）"
    own = MetaDialog(WRONG._replace(title="晋城市人民政府工作报告"))
    qtbot.addWidget(own)
    own.year_spin.setValue(2023)
    assert own.meta().title == "晋城市人民政府工作报告"
