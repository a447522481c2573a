"""Copy an annotation to another report: choose the report, see the proposed passage, copy.

A copy the library refuses is told and not made; the dialog stays open to try again.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.model import ReportId
from core.notes.carry import CarryProposal
from core.notes.carry_targets import carry_targets
from core.notes.library_notes import carry_annotation, carry_proposal
from core.notes.records import Annotation, AnnotationId
from core.notes.shown_quote import shown_quote
from core.store.annotations import annotations_of
from gui.compare.section_names import shown_path
from gui.library_changes import change_library
from gui.notes.annotation_events import annotation_events

REPORT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT_CHARS = 40  # target text shown around the proposed passage


class CarryDialog(QDialog):
    """Lists the other reports (the same region's next year first) and the passage proposed in
    the chosen one; Copy saves a copy of the annotation there, linked to its origin.

    Args:
        store: the library.
        annotation_id: the annotation to carry.

    ``carried`` holds the new annotation once copied.
    """

    def __init__(
        self, store: Any, annotation_id: AnnotationId, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carryDialog")
        self.setWindowTitle(self.tr("Copy annotation to another report"))
        self.store = store
        self.origin: Annotation = annotations_of(store).get(annotation_id)
        self.proposal: CarryProposal | None = None
        self.carried: Annotation | None = None
        origin_text = store.report(self.origin.report_id).text
        quote = QLabel(shown_quote(self.origin.anchor, origin_text)[:300], self)
        quote.setWordWrap(True)
        quote.setObjectName("carryOrigin")
        self.targets = QListWidget(self)
        self.targets.setObjectName("carryTargets")
        for summary in carry_targets(store.list_reports(), self.origin.report_id):
            item = QListWidgetItem(summary.meta.title or summary.source_name)
            item.setData(REPORT_ROLE, int(summary.id))
            self.targets.addItem(item)
        self.passage = QTextBrowser(self)
        self.passage.setObjectName("carryPassage")
        self.passage.setMinimumHeight(120)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setEnabled(False)
        self.buttons.accepted.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Annotated passage:"), self))
        layout.addWidget(quote)
        layout.addWidget(QLabel(self.tr("Copy to:"), self))
        layout.addWidget(self.targets, 1)
        layout.addWidget(QLabel(self.tr("Proposed passage:"), self))
        layout.addWidget(self.passage, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.targets.currentItemChanged.connect(self._target_chosen)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        else:
            self.status.setText(self.tr("There is no other report in the library."))

    def target(self) -> ReportId | None:
        """The report chosen."""
        item = self.targets.currentItem()
        return None if item is None else ReportId(int(item.data(REPORT_ROLE)))

    def choose_target(self, report_id: ReportId) -> None:
        """Choose the report ``report_id`` in the list."""
        for row in range(self.targets.count()):
            if self.targets.item(row).data(REPORT_ROLE) == int(report_id):
                self.targets.setCurrentRow(row)
                return

    def _target_chosen(self) -> None:
        target = self.target()
        self.proposal = (
            None if target is None else carry_proposal(self.store, self.origin.id, target)
        )
        self.copy_button.setEnabled(self.proposal is not None)
        if target is None or self.proposal is None:
            self.passage.clear()
            self.status.setText(
                self.tr(
                    "No passage of this report is alike enough to the annotated one: "
                    "nothing to copy it to."
                )
            )
            return
        proposal = self.proposal
        text = self.store.report(target).text
        before = text[max(0, proposal.start - CONTEXT_CHARS) : proposal.start]
        after = text[proposal.end : proposal.end + CONTEXT_CHARS]
        self.passage.setHtml(
            f"<span style='color:gray'>…{escape(before)}</span>"
            f"<b style='background:#fff2a8'>{escape(proposal.quote)}</b>"
            f"<span style='color:gray'>{escape(after)}…</span>"
        )
        if proposal.similarity >= 1.0:
            how = self.tr("The same words")
        else:
            how = self.tr("The most alike passage (%1% alike)").replace(
                "%1", str(round(100 * proposal.similarity))
            )
        where = (
            self.tr("in the section “%1”.").replace("%1", shown_path(proposal.target_section))
            if proposal.target_section
            else self.tr("in the whole report (no paired section).")
        )
        self.status.setText(f"{how} {where}")

    def copy(self) -> None:
        """Copy the annotation onto the proposed passage (saved at once) and close; stay
        open if the library refused it."""
        target, proposal = self.target(), self.proposal
        if target is None or proposal is None:
            return
        self.carried = change_library(
            self, lambda: carry_annotation(self.store, self.origin.id, target, proposal)
        )
        if self.carried is None:
            return
        annotation_events().report_changed.emit(self.store, int(target))
        self.accept()
