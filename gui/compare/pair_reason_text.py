"""Why two areas were paired, or one stands alone, in the language of the app.

Core records the reason (``PairReason``: what decided, with its figures); the change list
shows it under each area's title. Each reason is a sentence of its own for the translator, a
removed and an added section's each in its own words.
"""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QCoreApplication

from core.compare.pair_reasons import PairReason, ReasonKind


def reason_text(reason: PairReason) -> str:
    """``reason`` as a sentence in the app's language, its figures to two decimals."""
    title, content, score = (
        f"{value:.2f}" for value in (reason.title, reason.content, reason.score)
    )
    best = f"{max(0.0, reason.score):.2f}"
    match reason.kind:
        case ReasonKind.SAME_TITLE:
            text = QCoreApplication.translate(
                "PairReason", "Same title, content likeness {content}"
            )
        case ReasonKind.SIMILAR_TITLE:
            text = QCoreApplication.translate(
                "PairReason", "Similar titles: title likeness {title}, content likeness {content}"
            )
        case ReasonKind.SAME_THEME:
            text = QCoreApplication.translate(
                "PairReason", "Same theme: content likeness {content}, title likeness {title}"
            )
        case ReasonKind.SIMILAR_PARAGRAPH:
            text = QCoreApplication.translate(
                "PairReason", "Similar paragraphs: likeness {content}"
            )
        case ReasonKind.PAIRED_BY_HAND:
            text = QCoreApplication.translate("PairReason", "Paired by hand")
        case ReasonKind.UNPAIRED_BY_HAND:
            text = QCoreApplication.translate("PairReason", "Left unpaired by hand")
        case ReasonKind.NOTHING_ALIKE if reason.removed:
            text = QCoreApplication.translate(
                "PairReason", "Removed: nothing in the other report is alike (best likeness {best})"
            )
        case ReasonKind.NOTHING_ALIKE:
            text = QCoreApplication.translate(
                "PairReason", "Added: nothing in the other report is alike (best likeness {best})"
            )
        case ReasonKind.CLOSEST_TAKEN if reason.removed:
            text = QCoreApplication.translate(
                "PairReason",
                "Removed: the closest section, “{closest}” (likeness {score}), "
                "is paired with another section",
            )
        case ReasonKind.CLOSEST_TAKEN:
            text = QCoreApplication.translate(
                "PairReason",
                "Added: the closest section, “{closest}” (likeness {score}), "
                "is paired with another section",
            )
        case ReasonKind.OUT_OF_ORDER if reason.removed:
            text = QCoreApplication.translate(
                "PairReason",
                "Removed: the closest section, “{closest}” (likeness {score}), "
                "stands out of the order of the sections paired",
            )
        case ReasonKind.OUT_OF_ORDER:
            text = QCoreApplication.translate(
                "PairReason",
                "Added: the closest section, “{closest}” (likeness {score}), "
                "stands out of the order of the sections paired",
            )
        case _:
            assert_never(reason.kind)
    return text.format(title=title, content=content, score=score, best=best, closest=reason.closest)
