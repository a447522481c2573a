"""An annotation's quote as the reader shows it, its Markdown marks judged on whole lines.

Whether a ``**`` is half of a bold pair or a character shows only on its whole line:
``增长**4.6%**和**6.5%**`` cut after its first ``**`` pairs ``**和**`` instead, every pair after
the cut shifts, and the last ``**`` is left over as text. An anchor keeps a little context on
each side of its passage, which cuts a long line, so a quote is read on the report's own text
while its passage is there (an annotation in place, or found again), and only otherwise on its
context; where that context cuts the line, as the reading that leaves the fewest marks over
(a ``**`` beyond either cut, or none), so that no half of a pair is quoted as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.model import ReportId
from core.notes.records import CONTEXT_CHARS, Anchor, Annotation
from core.plain_passage import plain_passage

if TYPE_CHECKING:
    from core.store.report_store import ReportStore

_BOLD_MARK = "**"


def shown_quote(anchor: Anchor, report_text: str | None) -> str:
    """The anchor's passage as the reader shows it, in plain text (``plain_passage``).

    Args:
        anchor: the annotation's anchor.
        report_text: the text of the report the annotation belongs to (None: not at hand);
            used when it holds the passage where the anchor says.
    """
    if report_text is not None and report_text[anchor.start : anchor.end] == anchor.quote:
        return plain_passage(report_text, anchor.start, anchor.end)
    return quote_on_context(anchor)


def texts_of_reports(store: ReportStore, annotations: Iterable[Annotation]) -> dict[ReportId, str]:
    """The text of each report the annotations belong to, read once a report: what
    ``shown_quote`` reads a listing's quotes on.

    Args:
        store: the library.
        annotations: the annotations listed.
    """
    return {report: store.report(report).text for report in {a.report_id for a in annotations}}


def quote_on_context(anchor: Anchor) -> str:
    """The anchor's passage as the reader would show it, judged on its own context only.

    Args:
        anchor: the annotation's anchor.
    """
    around = anchor.prefix + anchor.quote + anchor.suffix
    start, end = len(anchor.prefix), len(anchor.prefix) + len(anchor.quote)
    # A context of full length with no line break in it stops inside the passage's line.
    cut_before = len(anchor.prefix) >= CONTEXT_CHARS and "\n" not in anchor.prefix
    cut_after = len(anchor.suffix) >= CONTEXT_CHARS and "\n" not in anchor.suffix
    leads = ("", _BOLD_MARK) if cut_before else ("",)
    trails = ("", _BOLD_MARK) if cut_after else ("",)
    readings = [
        plain_passage(lead + around + trail, start + len(lead), end + len(lead))
        for lead in leads
        for trail in trails
    ]
    # The first reading is the context as it is: it stands unless another leaves fewer marks.
    return min(readings, key=lambda reading: reading.count("*"))
