"""Replacing a report with a corrected edition of it: the annotations follow to the new text.

A user who re-imports a report with changes (an editor's corrections, a fixed OCR error) keeps
one report, not two, and keeps every annotation: each finds its passage again on the new text
(exactly, then fuzzily near its old place) or is flagged as orphaned for placing by hand. A file
that is clearly another report (another city's or year's, worded apart: see
``core.notes.edition_check``) is refused unless the user insists, since the old edition goes. The
new text is imported first, whole or not at all; then, in one transaction, the annotations move
and the old edition goes. A failure at either step leaves the library as it was before that
step, with every annotation on a report that still exists. The user's pairing corrections for
comparisons of the old edition move to the new one in the same transaction, on whichever side
the old edition was shown.

A file already in the library as another report (imported by mistake as a report of its own
before the user chose Replace) is not imported twice: that report becomes the new edition, as if
Replace had been chosen in the first place. It keeps its own annotations and file name, takes
the old report's annotations, pairing corrections and details, and the old report goes, all in
one transaction. Such a copy that reads as another city's or year's report is refused, even when
the user insists: it is a report of its own, not a file to take the old one's place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from core.analysis import content_hash
from core.errors import ReportLensError
from core.importer import ImportOutcome, ImportStatus, import_document, import_file
from core.ingest import read_document
from core.model import Document, ReportId, ReportMeta
from core.notes.edition_check import EditionMismatch, edition_mismatch
from core.notes.library_notes import ReanchorOutcome, reanchor_report
from core.store.pair_overrides import save_overrides, stored_overrides
from core.store.report_store import ReportStore


@dataclass(frozen=True)
class EditionOutcome:
    """What replacing a report with a new edition did.

    Attributes:
        imported: how the new file's import ended (``FAILED``: nothing else was done, and
            for a file that is not an edition of the report, no import was tried).
        old_report: the report replaced.
        new_report: the report now holding the annotations (None when nothing was replaced).
        reanchored: how the annotations fared on the new text (None when nothing was replaced).
        message: one sentence for the user.
        refused_as: how the file reads against the report when it was refused as clearly
            another report (None otherwise); replacing it anyway takes ``force``.
    """

    imported: ImportOutcome
    old_report: ReportId
    new_report: ReportId | None
    reanchored: ReanchorOutcome | None
    message: str
    refused_as: EditionMismatch | None = None

    @property
    def not_an_edition(self) -> bool:
        """True when the file was refused as clearly another report."""
        return self.refused_as is not None

    @property
    def took_library_copy(self) -> bool:
        """True when the new edition is the report that already held the file's text."""
        return self.new_report is not None and self.imported.status is ImportStatus.DUPLICATE


def replace_with_edition(
    store: ReportStore, old_report: ReportId, path: Path, *, force: bool = False
) -> EditionOutcome:
    """Import ``path`` as the new edition of ``old_report``, move its annotations, drop the old.

    The new edition keeps the old report's metadata (the user may have corrected it), with the
    new file's name. A file whose text is already in the library is not imported again: when
    it is the old report itself there is nothing to replace; when it is another report that
    may be an edition of this one, that report becomes the new edition (keeping its own
    annotations and file name); when that report reads as another city's or year's, the user
    is told which, and nothing changes (even with ``force``).

    Args:
        store: the library.
        old_report: the report being replaced.
        path: the corrected file.
        force: replace even a file that reads as another city's or year's report, worded
            apart from this one (without it, such a file is refused and nothing changes).

    Raises:
        ReportLensError: ``old_report`` is not in the library.
    """
    old = store.report(old_report)
    document = _document_or_none(path)
    held_by = None if document is None else store.report_id_by_hash(content_hash(document.text))
    held_elsewhere = held_by is not None and held_by != old_report
    mismatch = None
    if document is not None and (held_elsewhere or not force):
        mismatch = edition_mismatch(old.text, old.source_name, document.text, path.name)
    if mismatch is not None and held_elsewhere:
        assert held_by is not None
        # Another report of its own: insisting would not make it an edition of this one.
        return _refused_as_held(store, old_report, path, held_by)
    if mismatch is not None:
        refused = (
            f"{path.name}: this reads as a report of {mismatch.found}, not as an edition of "
            f"“{old.meta.title}” ({mismatch.expected}); nothing was replaced"
        )
        failed = ImportOutcome(path, ImportStatus.FAILED, message=refused)
        return EditionOutcome(failed, old_report, None, None, refused, refused_as=mismatch)
    outcome = (
        import_file(store, path, meta=old.meta)  # it names the file's problem
        if document is None
        else import_document(store, path, document, meta=old.meta)
    )
    if outcome.status is ImportStatus.FAILED:
        return EditionOutcome(outcome, old_report, None, None, outcome.message)
    assert outcome.report_id is not None
    if outcome.status is ImportStatus.DUPLICATE:
        if outcome.report_id == old_report:
            message = f"{path.name}: the text is the same as the report's; nothing to replace"
            return EditionOutcome(outcome, old_report, None, None, message)
        return _take_library_copy(store, old_report, old.meta, outcome)
    new_report = outcome.report_id
    try:
        with store.atomic():
            reanchored = reanchor_report(store, old_report, new_report)
            _move_pair_overrides(store, old_report, new_report)
            store.remove_report(old_report)
    except ReportLensError as error:
        # The new edition landed; the old one and its annotations are as they were.
        message = f"{path.name}: imported, but the annotations could not be moved ({error})"
        return EditionOutcome(outcome, old_report, new_report, None, message)
    message = f"{path.name} replaced “{old.meta.title}”: {_fared(reanchored)}"
    return EditionOutcome(
        replace(outcome, title=old.meta.title), old_report, new_report, reanchored, message
    )


def _take_library_copy(
    store: ReportStore, old_report: ReportId, old_meta: ReportMeta, held: ImportOutcome
) -> EditionOutcome:
    """Make the report already holding the file's text the new edition of ``old_report``: the
    old report's annotations, pairing corrections and details move to it, its own annotations
    and file name stay, and the old report goes, in one transaction (on failure, nothing)."""
    assert held.report_id is not None
    copy, path = held.report_id, held.path
    try:
        with store.atomic():
            reanchored = reanchor_report(store, old_report, copy)
            _move_pair_overrides(store, old_report, copy)
            store.remove_report(old_report)
            store.update_meta(copy, old_meta)
    except ReportLensError as error:
        message = (
            f"{path.name}: this text is already in the library as “{held.title}”, which could "
            f"not take the report's place ({error}); nothing was replaced"
        )
        return EditionOutcome(held, old_report, None, None, message)
    message = (
        f"{path.name} replaced “{old_meta.title}”, using its copy already in the library "
        f"(“{held.title}”): {_fared(reanchored)}"
    )
    return EditionOutcome(
        replace(held, title=old_meta.title), old_report, copy, reanchored, message
    )


def _refused_as_held(
    store: ReportStore, old_report: ReportId, path: Path, held_by: ReportId
) -> EditionOutcome:
    """The file's text is another report of the library, not an edition of ``old_report``."""
    title = store.report(held_by).meta.title
    message = f"{path.name}: this text is already in the library as “{title}”; nothing was replaced"
    held = ImportOutcome(path, ImportStatus.DUPLICATE, held_by, title, message)
    return EditionOutcome(held, old_report, None, None, message)


def _fared(reanchored: ReanchorOutcome) -> str:
    """How the moved annotations fared, for the user."""
    counts: Counter[str] = reanchored.counts
    total = sum(counts.values())
    annotations = "1 annotation" if total == 1 else f"{total} annotations"
    return (
        f"{annotations}, {counts['placed']} in place, "
        f"{counts['changed']} on changed passages, {counts['orphaned']} to place by hand"
    )


def _move_pair_overrides(store: ReportStore, old_report: ReportId, new_report: ReportId) -> None:
    """Keep the pairing corrections made for comparisons of ``old_report`` as corrections for
    ``new_report`` (removing the old report would otherwise take them with it); those
    ``new_report`` already has for a pair (a report already in the library) stay its own."""
    for other in store.titles():
        if other in (old_report, new_report) or stored_overrides(store, new_report, other):
            continue
        overrides = stored_overrides(store, old_report, other)
        if overrides:
            save_overrides(store, new_report, other, overrides)


def _document_or_none(path: Path) -> Document | None:
    """The file as read, or None when it cannot be read (the import then names its problem)."""
    try:
        return read_document(path)
    except (ReportLensError, OSError):
        return None
