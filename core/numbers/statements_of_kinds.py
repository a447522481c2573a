"""Statements of a list of kinds of thing picked out by thresholds.

``集体经济年收入30万元、50万元以上的村分别达到75%、55%`` makes two statements, one per kind of
village, each named with its threshold (``集体经济年收入30万元以上的村``) and of the figure it
reaches (``75%``); the thresholds themselves are no figures (``thresholds``).
"""

from __future__ import annotations

from core.numbers.figure_measure import leading_qualifier, measure_of
from core.numbers.figure_words import clean_phrase
from core.numbers.statement_draft import StatementDraft
from core.numbers.statements import Measure
from core.numbers.thresholds import ThresholdList


def read_kinds(text: str, words_start: int, kinds: ThresholdList) -> list[StatementDraft]:
    """One statement per kind of thing a list of thresholds names, each named with its
    threshold (``集体经济年收入30万元以上的村``) and of the figure it reaches (``75%``).

    Args:
        text: the scanning copy.
        words_start: where the words naming the kinds may start.
        kinds: the list, as ``threshold_lists`` found it.
    """
    named_from = kinds.thresholds[0].start - len(kinds.floor_before)
    start, end = clean_phrase(text, words_start, named_from)
    window = text[max(words_start, named_from - 40) : named_from]
    statements = []
    for index, figure in enumerate(kinds.figures):
        # ``…的村达到75%``: a share of the villages
        share = figure.unit == "%"
        statements.append(
            StatementDraft(
                text[start:end] + kinds.kind_name(text, index),
                None,
                Measure.SHARE if share else measure_of(kinds.verb, "", figure),
                figure,
                figure.qualifier or leading_qualifier("", kinds.verb, "", window),
                start if end > start else named_from,
                figure.end,
            )
        )
    return statements
