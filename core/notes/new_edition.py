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
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from core.errors import ReportLensError
from core.importer import ImportOutcome, ImportStatus, import_file
from core.ingest import read_document
from core.model import ReportId
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


def replace_with_edition(
    store: ReportStore, old_report: ReportId, path: Path, *, force: bool = False
) -> EditionOutcome:
    """Import ``path`` as the new edition of ``old_report``, move its annotations, drop the old.

    The new edition keeps the old report's metadata (the user may have corrected it), with the
    new file's name. A file whose text is already in the library is not imported again: when
    it is the old report itself there is nothing to replace; when it is another report, the
    user is told which, and nothing changes.

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
    if not force:
        mismatch = _mismatch_of_file(old.text, old.source_name, path)
        if mismatch is not None:
            refused = (
                f"{path.name}: this reads as a report of {mismatch.found}, not as an edition of "
                f"“{old.meta.title}” ({mismatch.expected}); nothing was replaced"
            )
            failed = ImportOutcome(path, ImportStatus.FAILED, message=refused)
            return EditionOutcome(failed, old_report, None, None, refused, refused_as=mismatch)
    outcome = import_file(store, path, meta=old.meta)
    if outcome.status is ImportStatus.FAILED:
        return EditionOutcome(outcome, old_report, None, None, outcome.message)
    if outcome.status is ImportStatus.DUPLICATE:
        same = outcome.report_id == old_report
        message = (
            f"{path.name}: the text is the same as the report's; nothing to replace"
            if same
            else f"{path.name}: this text is already in the library as “{outcome.title}”; "
            "nothing was replaced"
        )
        return EditionOutcome(outcome, old_report, None, None, message)
    assert outcome.report_id is not None
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
    counts: Counter[str] = reanchored.counts
    total = sum(counts.values())
    message = (
        f"{path.name} replaced “{old.meta.title}”: {total} annotations, "
        f"{counts['placed']} in place, {counts['changed']} on changed passages, "
        f"{counts['orphaned']} to place by hand"
    )
    return EditionOutcome(
        replace(outcome, title=old.meta.title), old_report, new_report, reanchored, message
    )


def _move_pair_overrides(store: ReportStore, old_report: ReportId, new_report: ReportId) -> None:
    """Keep the pairing corrections made for comparisons of ``old_report`` as corrections for
    ``new_report`` (removing the old report would otherwise take them with it)."""
    for other in store.titles():
        if other in (old_report, new_report):
            continue
        overrides = stored_overrides(store, old_report, other)
        if overrides:
            save_overrides(store, new_report, other, overrides)


def _mismatch_of_file(report_text: str, report_name: str, path: Path) -> EditionMismatch | None:
    """How ``path`` clearly differs from the report it is to replace, or None to go on (a file
    that cannot be read goes on too: the import names its problem)."""
    try:
        document = read_document(path)
    except (ReportLensError, OSError):
        return None
    return edition_mismatch(report_text, report_name, document.text, path.name)
