"""Properties of the compare engine on arbitrary text and on mutated samples.

``compare_reports`` never raises; a text compared with itself has no changes and every area
paired with itself; every span of a pair or a change lies inside its text; and the comparison
is total: every visible character of a non-noise paragraph on either side lies in an area of
the pairing, and the text of an area found on one side only is covered by a change.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis import analyse_text
from core.compare.comparison import compare_reports
from core.compare.records import (
    ChangeKind,
    CompareInput,
    CompareSettings,
    Comparison,
    Granularity,
    PairLevel,
)
from core.noise import noise_spans
from tests.property.mutations import (
    PROPERTY_SETTINGS,
    SAMPLE_FILES,
    SAMPLE_SETTINGS,
    mutated_sample,
    report_like_text,
    sample_text,
    spans_inside,
)

CHARACTER = CompareSettings(granularity=Granularity.CHARACTER)
modes = st.sampled_from(
    [CHARACTER, CompareSettings(), CompareSettings(Granularity.CHARACTER, show_layout=True)]
)
# Whole samples take a few tenths of a second per comparison: fewer of them.
COMPARE_SAMPLE_SETTINGS = settings(SAMPLE_SETTINGS, max_examples=30)


def compare_input(text: str) -> CompareInput:
    """A side of a comparison parsed as the importer parses it."""
    analysed = analyse_text(text)
    return CompareInput(text, analysed.outline, analysed.paragraphs, analysed.meta)


def _covered(size: int, spans: list[tuple[int, int]]) -> bytearray:
    marks = bytearray(size)
    for start, end in spans:
        marks[start:end] = b"\x01" * (end - start)
    return marks


def check_comparison(comparison: Comparison) -> Comparison:
    """Spans inside the texts, and every paragraph of each side accounted for; the comparison."""
    left, right = comparison.left, comparison.right
    for pair in comparison.pairs:
        for ref, text in ((pair.left, left.text), (pair.right, right.text)):
            if ref is not None:
                assert 0 <= ref.start <= ref.end <= len(text), pair
        assert pair.left is not None or pair.right is not None, pair
        assert 0.0 <= pair.similarity <= 1.0 + 1e-9, pair
    for change in comparison.changes:
        assert 0 <= change.left_start <= change.left_end <= len(left.text), change
        assert 0 <= change.right_start <= change.right_end <= len(right.text), change
        if change.kind is ChangeKind.INSERTED or change.kind is ChangeKind.ADDED_SECTION:
            assert change.left_start == change.left_end, change
        if change.kind is ChangeKind.DELETED or change.kind is ChangeKind.REMOVED_SECTION:
            assert change.right_start == change.right_end, change
    areas = [p for p in comparison.pairs if p.level is PairLevel.AREA]
    for side, text in (("left", left.text), ("right", right.text)):
        refs = [getattr(p, side) for p in areas if getattr(p, side) is not None]
        in_area = _covered(len(text), [(r.start, r.end) for r in refs])
        paragraphs = left.paragraphs if side == "left" else right.paragraphs
        for paragraph in paragraphs:
            if paragraph.is_noise:
                continue
            lost = [
                i
                for i in range(paragraph.start, paragraph.end)
                if not in_area[i] and not text[i].isspace()
            ]
            assert not lost, f"{side} paragraph {paragraph} lies in no area: {text[lost[0]]!r}"
        changed = _covered(
            len(text),
            [
                (c.left_start, c.left_end) if side == "left" else (c.right_start, c.right_end)
                for c in comparison.changes
            ],
        )
        other = "right" if side == "left" else "left"
        for pair in areas:
            ref = getattr(pair, side)
            if ref is None or getattr(pair, other) is not None:
                continue
            # An area on one side only: its visible text must be shown as a change.
            alone = [i for i in range(ref.start, ref.end) if not text[i].isspace()]
            noise = {i for s, e, _ in noise_spans(text) for i in range(s, e)}
            noise.update(i for p in paragraphs if p.is_noise for i in range(p.start, p.end))
            missing = [i for i in alone if not changed[i] and i not in noise]
            assert not missing, f"{side} area {ref.path} has text in no change"
    return comparison


def check_self_comparison(text: str, mode: CompareSettings) -> Comparison:
    """A text compared with itself: no change, every area paired with itself; the comparison."""
    side = compare_input(text)
    comparison = compare_reports(side, side, mode)
    assert comparison.changes == ()
    assert comparison.summary.overall.total == 0
    for pair in comparison.pairs:
        assert pair.left == pair.right, pair
    return check_comparison(comparison)


def changes_inside(comparison: Comparison) -> bool:
    """Whether every change's spans lie inside the two texts."""
    changes = comparison.changes
    return spans_inside(
        comparison.left.text, ((c.left_start, c.left_end) for c in changes)
    ) and spans_inside(comparison.right.text, ((c.right_start, c.right_end) for c in changes))


@PROPERTY_SETTINGS
@given(report_like_text, modes)
def test_arbitrary_text_compared_with_itself_has_no_changes(
    text: str, mode: CompareSettings
) -> None:
    assert check_self_comparison(text, mode).changes == ()


@PROPERTY_SETTINGS
@given(report_like_text, report_like_text, modes)
def test_comparing_arbitrary_texts_accounts_for_every_paragraph(
    left: str, right: str, mode: CompareSettings
) -> None:
    comparison = check_comparison(compare_reports(compare_input(left), compare_input(right), mode))
    assert changes_inside(comparison)


@COMPARE_SAMPLE_SETTINGS
@given(mutated_sample())
def test_a_mutated_sample_compared_with_itself_has_no_changes(text: str) -> None:
    assert check_self_comparison(text, CHARACTER).changes == ()


@COMPARE_SAMPLE_SETTINGS
@given(st.sampled_from(SAMPLE_FILES), mutated_sample())
def test_comparing_a_sample_with_a_mutated_sample_accounts_for_every_paragraph(
    name: str, mutated: str
) -> None:
    original = compare_input(sample_text(name))
    comparison = check_comparison(compare_reports(original, compare_input(mutated), CHARACTER))
    assert changes_inside(comparison)


def test_a_part_cut_off_after_its_heading_pairs_with_itself() -> None:
    # Found by the self-comparison property: a part or area holding only its heading had no
    # text to be known by, so it was shown as removed and added again.
    for text in ("一、十二、", "一、2023年工作回顾\n\n（一）坚持抓项目、帮企业。"):
        assert check_self_comparison(text, CHARACTER).changes == ()


def test_a_changed_part_heading_right_before_its_first_area_is_a_change() -> None:
    # Found by the totality property: the heading of a part whose first area follows it at
    # once lay in no area, so a changed part heading went unseen.
    body = "\n\n（一）坚持抓项目、帮企业，经济运行向上向好。全市完成投资100亿元。\n"
    old = compare_input("一、2023年工作回顾" + body)
    new = compare_input("一、2023年主要工作回顾" + body)
    for mode in (CHARACTER, CompareSettings()):
        comparison = compare_reports(old, new, mode)
        (change,) = comparison.changes
        assert new.text[change.right_start : change.right_end] == "主要"
        check_comparison(comparison)
