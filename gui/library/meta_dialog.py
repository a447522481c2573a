"""The dialog for correcting a report's metadata: title, region, year, kind, edition.

A title the import made from the details (``晋城市2000年政府工作报告``) follows them as they are
corrected (``core.details_change.title_following``); a title the user typed stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.details_change import title_following
from core.metadata import generated_title
from core.model import FIRST_YEAR, LAST_YEAR, ReportKind, ReportMeta
from gui.library.kind_icons import kind_icon, kind_label

NO_YEAR = FIRST_YEAR - 1  # shown as "unknown"


class MetaDialog(QDialog):
    """Edits a ReportMeta; ``meta()`` gives the corrected record."""

    def __init__(self, meta: ReportMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metaDialog")
        self.setWindowTitle(self.tr("Edit report details"))
        self.title_edit = QLineEdit(meta.title, self)
        self.title_edit.setMinimumWidth(360)
        self.region_edit = QLineEdit(meta.region or "", self)
        self.region_edit.setPlaceholderText(self.tr("e.g. 长治市"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(NO_YEAR, LAST_YEAR)
        self.year_spin.setSpecialValueText(self.tr("unknown"))
        self.year_spin.setValue(meta.year or NO_YEAR)
        self.kind_box = QComboBox(self)
        for kind in ReportKind:
            self.kind_box.addItem(kind_icon(kind.value), kind_label(kind.value), kind.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(meta.kind.value))
        self.edition_edit = QLineEdit(meta.edition, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Region:"), self.region_edit)
        form.addRow(self.tr("Year:"), self.year_spin)
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Edition:"), self.edition_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title_edit.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
                bool(text.strip())
            )
        )
        # The details the title was last made to agree with.
        self._title_details = meta
        self.region_edit.textChanged.connect(self._follow_details)
        self.year_spin.valueChanged.connect(self._follow_details)
        self.kind_box.currentIndexChanged.connect(self._follow_details)

    def _follow_details(self) -> None:
        """Make a title generated from the details again from them as corrected. Details that
        generate no title (a region being retyped, an unknown year) are passed over, so the
        title follows again once they do."""
        now = self.meta()
        if generated_title(now.region, now.year, now.kind) is None:
            return
        followed = title_following(now.title, self._title_details, now)
        self._title_details = now
        if followed != now.title:
            self.title_edit.setText(followed)

    def meta(self) -> ReportMeta:
        """The metadata as edited."""
        year = self.year_spin.value()
        return ReportMeta(
            title=self.title_edit.text().strip(),
            region=self.region_edit.text().strip() or None,
            year=year if year != NO_YEAR else None,
            kind=ReportKind(self.kind_box.currentData()),
            edition=self.edition_edit.text().strip(),
        )
