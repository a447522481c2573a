"""Why two areas were paired, or one stands alone, in the language of the app.

Core records the reason (``PairReason``: what decided, with its figures); the change list
shows it under each area's title. Each reason is a sentence of its own for the translator, a
removed and an added section's each in its own words; the figures are filled in as core shows
them (``reason_figures``), the closest section named as the window names sections.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.compare.pair_reasons import PairReason, ReasonKind, reason_figures
from gui.compare.section_names import app_section_names

CONTEXT = "PairReason"

# The sentence of a pair's reason, whichever side a section is on.
_OF_A_PAIR = {
    ReasonKind.SAME_TITLE: QT_TRANSLATE_NOOP(
        "PairReason", "Same title, content likeness {content}"
    ),
    ReasonKind.SIMILAR_TITLE: QT_TRANSLATE_NOOP(
        "PairReason", "Similar titles: title likeness {title}, content likeness {content}"
    ),
    ReasonKind.SAME_THEME: QT_TRANSLATE_NOOP(
        "PairReason", "Same theme: content likeness {content}, title likeness {title}"
    ),
    ReasonKind.SAME_PLACE: QT_TRANSLATE_NOOP(
        "PairReason", "Same place in paired parts, content likeness {content}"
    ),
    ReasonKind.SIMILAR_PARAGRAPH: QT_TRANSLATE_NOOP(
        "PairReason", "Similar paragraphs: likeness {content}"
    ),
    ReasonKind.PAIRED_BY_HAND: QT_TRANSLATE_NOOP(
        "PairReason", "Paired by hand (content likeness {content})"
    ),
    ReasonKind.UNPAIRED_BY_HAND: QT_TRANSLATE_NOOP("PairReason", "Left unpaired by hand"),
}

# The sentences of a section standing alone: (removed from the left, added on the right).
_OF_ONE_SIDE = {
    ReasonKind.NOTHING_ALIKE: (
        QT_TRANSLATE_NOOP(
            "PairReason", "Removed: nothing in the other report is alike (best likeness {best})"
        ),
        QT_TRANSLATE_NOOP(
            "PairReason", "Added: nothing in the other report is alike (best likeness {best})"
        ),
    ),
    ReasonKind.CLOSEST_TAKEN: (
        QT_TRANSLATE_NOOP(
            "PairReason",
            "Removed: the closest section, “{closest}” (likeness {score}), "
            "is paired with another section",
        ),
        QT_TRANSLATE_NOOP(
            "PairReason",
            "Added: the closest section, “{closest}” (likeness {score}), "
            "is paired with another section",
        ),
    ),
    ReasonKind.OUT_OF_ORDER: (
        QT_TRANSLATE_NOOP(
            "PairReason",
            "Removed: the closest section, “{closest}” (likeness {score}), "
            "stands out of the order of the sections paired",
        ),
        QT_TRANSLATE_NOOP(
            "PairReason",
            "Added: the closest section, “{closest}” (likeness {score}), "
            "stands out of the order of the sections paired",
        ),
    ),
}


# A pair by theme of which a section has no heading (``（开篇）``): no title likeness to give.
_THEME_WITHOUT_HEADING = QT_TRANSLATE_NOOP(
    "PairReason", "Same theme: content likeness {content}, no heading to compare"
)


def reason_text(reason: PairReason) -> str:
    """``reason`` as a sentence in the app's language, its figures to two decimals (a pair
    by theme without headings on both sides, as ``reason_in_chinese`` says it)."""
    if reason.kind in _OF_ONE_SIDE:
        removed, added = _OF_ONE_SIDE[reason.kind]
        source = removed if reason.removed else added
    elif reason.kind is ReasonKind.SAME_THEME and not reason.headings:
        source = _THEME_WITHOUT_HEADING
    else:
        source = _OF_A_PAIR[reason.kind]
    return QCoreApplication.translate(CONTEXT, str(source)).format(
        **reason_figures(reason, app_section_names())
    )
