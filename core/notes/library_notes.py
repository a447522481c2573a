"""What a user does with annotations in the library: annotate, re-anchor, carry, place by hand.

Each function reads the report it needs and writes through ``core.store.annotations`` in one
transaction; the GUI and the command line only call these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.model import ReportId
from core.notes.anchors import make_anchor
from core.notes.carry import CarryProposal, propose_carry
from core.notes.reanchor import reanchor
from core.notes.records import AnchorStatus, Annotation, AnnotationId, PaletteColour
from core.store.annotations import annotations_of
from core.store.report_store import ReportStore


def annotate(
    store: ReportStore,
    report_id: ReportId,
    start: int,
    end: int,
    colour: str,
    note: str = "",
    tags: Sequence[str] = (),
) -> Annotation:
    """Highlight ``[start, end)`` of a report, with a colour, a note and tags; saved at once.

    Args:
        store: the library.
        report_id: the report.
        start: the passage's start offset in the report's text.
        end: its end offset.
        colour: a palette key (``yellow``) or a colour's meaning (``palette_key``).
        note: a Markdown note.
        tags: tags.

    Raises:
        ValueError: the span is not a passage of the report, or the colour is not in the palette.
    """
    notes = annotations_of(store)
    key = palette_key(notes.palette(), colour)
    anchor = make_anchor(store.report(report_id).text, start, end, store.outline(report_id))
    return notes.add(report_id, anchor, key, note, tags)


def palette_key(palette: Sequence[PaletteColour], colour: str) -> str:
    """The key of the palette's colour ``colour`` names: its key (``red``, in any case) or what
    the user means by it (``量化目标``), as ``reportlens notes colours`` lists them both.

    Raises:
        ValueError: no colour of the palette has that key or meaning; the message lists them.
    """
    wanted = colour.strip()
    for found in palette:
        if wanted.casefold() == found.key.casefold() or (found.meaning and wanted == found.meaning):
            return found.key
    choices = ", ".join(f"{c.key} ({c.meaning})" if c.meaning else c.key for c in palette)
    raise ValueError(f"'{colour}' is not a colour of the palette; its colours are {choices}")


def place_by_hand(
    store: ReportStore, annotation_id: AnnotationId, start: int, end: int
) -> Annotation:
    """Put an (orphaned) annotation on the passage ``[start, end)`` of its report.

    Args:
        store: the library.
        annotation_id: the annotation.
        start: the passage's start offset.
        end: its end offset.
    """
    notes = annotations_of(store)
    report_id = notes.get(annotation_id).report_id
    anchor = make_anchor(store.report(report_id).text, start, end, store.outline(report_id))
    return notes.move(annotation_id, anchor)


@dataclass(frozen=True)
class ReanchorOutcome:
    """How the annotations of a report fared on its new text.

    Attributes:
        counts: how many were placed, changed and orphaned (by status value).
        orphans: the orphaned ones among them, to list for the user to place by hand.
    """

    counts: Counter[str]
    orphans: tuple[Annotation, ...]


def reanchor_report(
    store: ReportStore, from_report: ReportId, to_report: ReportId | None = None
) -> ReanchorOutcome:
    """Find the passages of a report's annotations again, on a new edition or its own text.

    All annotations are kept: placed ones get new anchors, orphans keep their old quote and are
    flagged. Everything is written in one transaction.

    Args:
        store: the library.
        from_report: the report whose annotations move (e.g. the old edition).
        to_report: the report they move to (the corrected edition re-imported); None to
            re-check them against ``from_report``'s own text.
    """
    notes = annotations_of(store)
    target = to_report if to_report is not None else from_report
    annotations = notes.for_report(from_report)
    text, outline = store.report(target).text, store.outline(target)
    results = reanchor([a.anchor for a in annotations], text, outline)
    notes.rebase(
        [
            (a.id, anchor, placement.status)
            for a, (anchor, placement) in zip(annotations, results, strict=True)
        ],
        to_report,
    )
    counts = Counter(placement.status.value for _, placement in results)
    # Only those that moved: a report already in the library may have orphans of its own.
    moved = {a.id for a in annotations}
    orphans = tuple(a for a in notes.for_report(target) if a.is_orphaned and a.id in moved)
    return ReanchorOutcome(counts, orphans)


def carry_proposal(
    store: ReportStore, annotation_id: AnnotationId, target: ReportId
) -> CarryProposal | None:
    """Where an annotation's passage has its match in another report (None: nowhere alike).

    Args:
        store: the library.
        annotation_id: the annotation to carry.
        target: the other report (e.g. the same region's next year).
    """
    annotation = annotations_of(store).get(annotation_id)
    source = annotation.report_id
    return propose_carry(
        annotation.anchor,
        store.report(source).text,
        store.outline(source),
        store.report(target).text,
        store.outline(target),
    )


def carry_annotation(
    store: ReportStore, annotation_id: AnnotationId, target: ReportId, proposal: CarryProposal
) -> Annotation:
    """Copy an annotation onto the proposed passage of another report, linked to its origin.

    Args:
        store: the library.
        annotation_id: the annotation carried.
        target: the report it is copied to.
        proposal: the passage accepted by the user (from ``carry_proposal``).
    """
    notes = annotations_of(store)
    origin = notes.get(annotation_id)
    anchor = make_anchor(
        store.report(target).text, proposal.start, proposal.end, store.outline(target)
    )
    status = AnchorStatus.PLACED if proposal.similarity >= 1.0 else AnchorStatus.CHANGED
    return notes.add(
        target, anchor, origin.colour, origin.note, origin.tags, status=status, origin_id=origin.id
    )
