"""One self-contained HTML page of a comparison: summary, change list, aligned side-by-side text.

The page needs nothing beside itself (inline CSS, no script), opens in any browser and prints
well: paired areas stand level in a two-column table, removed text is red and struck through,
added text green, changed wording amber, changed numbers bold on a strong background, moved
passages blue and linked at both ends. Every text is escaped; a ``PM_{2.5}`` subscript is
lowered (``PM<sub>2.5</sub>``), as the reader shows it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from html import escape

from core.compare.html_styles import PAPER_CSS, SCREEN_CSS
from core.compare.html_words import CHINESE_HTML_WORDS, HtmlWords
from core.compare.pair_reasons import ReasonKind
from core.compare.records import (
    Change,
    ChangeKind,
    CompareInput,
    Comparison,
    PairLevel,
    SectionPair,
    SectionRef,
)
from core.compare.section_labels import section_label, short_section_label
from core.markup import Markup, markdown_marks, without_marks
from core.paragraphs import broken_word_gaps
from core.text import Subscript, subscripts

PAGE_LANG = "zh-CN"
"""The page's language, whatever the reader's: most of it is the reports' own Chinese (a
browser picks fonts and breaks lines by it); the page's own words say theirs where they differ."""
WHERE_WIDTH = 36
"""The most columns of a section's name the change list shows beside a change (a Chinese
character takes two: eighteen of them, or 36 Latin letters)."""


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    css: str
    anchor: str
    link: str = ""


def _marks(changes: Sequence[Change], left: bool) -> list[_Mark]:
    marks = []
    for index, change in enumerate(changes):
        start = change.left_start if left else change.right_start
        end = change.left_end if left else change.right_end
        anchor = f"c{index}" if left else f"c{index}r"
        kind = change.kind
        if kind is ChangeKind.MOVED:
            other = f"c{index}r" if left else f"c{index}"
            marks.append(_Mark(start, end, "mov", anchor, other))
            continue
        if start == end:
            marks.append(_Mark(start, end, "caret", anchor))
            continue
        if kind is ChangeKind.REPLACED:
            css = "chg num" if change.numbers_changed else "chg"
        elif kind in (ChangeKind.DELETED, ChangeKind.REMOVED_SECTION):
            css = "del"
        else:
            css = "ins"
        marks.append(_Mark(start, end, css, anchor))
    # A moved passage comes before the marks of the edits inside it, which it draws.
    marks.sort(key=lambda m: (m.start, not m.link, m.end))
    return marks


def _plain(text: str, start: int, end: int, subs: Sequence[Subscript], markup: Markup) -> str:
    """Escaped ``text[start:end]``, a ``PM_{2.5}`` subscript's markup left out and its body
    lowered (``PM<sub>2.5</sub>``), also when a mark cuts through it; an interpretation's
    Markdown marks (``###``, ``**``) left out."""
    out: list[str] = []
    cursor = start
    for sub in subs[bisect_right(subs, start, key=lambda s: s.end) :]:
        if sub.start >= end:
            break
        body_start, body_end = max(sub.body_start, cursor), min(sub.body_end, end)
        out.append(escape(without_marks(text, cursor, max(cursor, min(sub.start, end)), markup)))
        if body_start < body_end:
            out.append(f"<sub>{escape(text[body_start:body_end])}</sub>")
        cursor = min(sub.end, end)
    out.append(escape(without_marks(text, cursor, end, markup)))
    return "".join(out)


def _shown_end(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends once its trailing blank lines and spaces are left out."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _inside(move: _Mark, marks: Sequence[_Mark]) -> list[_Mark]:
    """The marks of the edits within a moved passage (a caret at its very end stands after
    it)."""
    return [
        m
        for m in marks
        if not m.link
        and move.start <= m.start
        and m.end <= move.end
        and not m.start == m.end == move.end
    ]


def _render(
    text: str,
    start: int,
    end: int,
    marks: Sequence[_Mark],
    used: set[str],
    markup: Markup,
    words: HtmlWords,
) -> str:
    """Escaped ``text[start:end]`` with the marks inside it (clipped to it) as spans.

    The trailing blank lines of the stretch are left out (they would stand as empty lines at
    the foot of every cell); a mark of a change at the area's very end is drawn before them.
    A moved passage's link holds the marks of the edits inside it.
    """
    shown = _shown_end(text, start, end)
    subs = subscripts(text, start, shown)
    out: list[str] = []
    carets: list[str] = []  # the anchors of the carets at the cursor, drawn as one marker

    def put(html: str) -> None:
        if html and carets:
            out.append(_caret_marker(carets, words))
            carets.clear()
        out.append(html)

    cursor = start
    drawn: set[int] = set()  # the marks drawn inside a moved passage
    for mark in marks:
        if id(mark) in drawn:
            continue
        if mark.end < start or mark.start >= end:  # (one starting at the end is the next's)
            continue
        if mark.start == mark.end and not start <= mark.start < end:
            continue
        mark_start = max(min(mark.start, shown), start, cursor)
        mark_end = min(mark.end, shown)
        # A change to the trailing blank lines alone keeps its place, and its link, as a caret.
        caret = mark.start == mark.end or (mark.start >= shown and mark.anchor not in used)
        if not caret and mark_end <= mark_start:
            continue
        put(_plain(text, cursor, mark_start, subs, markup))
        anchor = ""
        if mark.anchor not in used:
            used.add(mark.anchor)
            anchor = mark.anchor
        if caret:
            carets.append(anchor)
            cursor = mark_start
            continue
        id_attr = f' id="{anchor}"' if anchor else ""
        body = _plain(text, mark_start, mark_end, subs, markup)
        if mark.link:
            inside = _inside(mark, marks)
            if inside:
                drawn.update(map(id, inside))
                body = _render(text, mark_start, mark_end, inside, used, markup, words)
            moved = words.kinds[ChangeKind.MOVED]
            put(f'<a class="mov"{id_attr} href="#{mark.link}" title="{moved}">{body}</a>')
        else:
            put(f'<span class="{mark.css}"{id_attr}>{body}</span>')
        cursor = mark_end
    put(_plain(text, cursor, shown, subs, markup))
    if carets:  # at the very end of the stretch
        out.append(_caret_marker(carets, words))
    return "".join(out)


def _caret_marker(anchors: Sequence[str], words: HtmlWords) -> str:
    """One ‸ for the changes of the other side at one place, with their count when several
    (ten carets in a row would read as a squiggle); every change's anchor is kept in it."""
    ids = [anchor for anchor in anchors if anchor]
    id_attr = f' id="{ids[0]}"' if ids else ""
    if len(anchors) == 1:
        return f'<span class="caret"{id_attr} title="{escape(words.caret)}">‸</span>'
    others = "".join(f'<span id="{anchor}"></span>' for anchor in ids[1:])
    title = escape(words.caret_count.format(count=len(anchors)))
    return f'<span class="caret"{id_attr} title="{title}">‸<sup>{len(anchors)}</sup>{others}</span>'


def _counts_table(comparison: Comparison, words: HtmlWords) -> str:
    overall = comparison.summary.overall
    # A changed number is also a changed passage: it is counted apart, after the total.
    values = (
        overall.added,
        overall.removed,
        overall.changed,
        overall.moved,
        overall.total,
        overall.numbers,
    )
    cells = list(zip(words.counts, values, strict=True))
    head = "".join(f"<th>{escape(name)}</th>" for name, _ in cells)
    body = "".join(f"<td>{value}</td>" for _, value in cells)
    return f'<table class="counts"{_own(words)}><tr>{head}</tr><tr>{body}</tr></table>'


def _change_list(comparison: Comparison, markup: tuple[Markup, Markup], words: HtmlWords) -> str:
    items = []
    left_text, right_text = comparison.left.text, comparison.right.text
    for index, change in enumerate(comparison.changes):
        old = without_marks(left_text, change.left_start, change.left_end, markup[0])
        new = without_marks(right_text, change.right_start, change.right_end, markup[1])
        summary = f"{_short(old)} → {_short(new)}" if old and new else _short(old or new)
        path = (
            change.left_path if change.kind is not ChangeKind.ADDED_SECTION else change.right_path
        )
        where = escape(short_section_label(path, WHERE_WIDTH, words.sections)) if path else ""
        css = ' class="n"' if change.numbers_changed else ""
        added = change.kind in (ChangeKind.INSERTED, ChangeKind.ADDED_SECTION)
        target = f"c{index}r" if added else f"c{index}"
        kind = f'<a href="#{target}"{_own(words)}>{escape(words.kinds[change.kind])}</a>'
        line = words.summary.format(
            kind=kind, where=f"<small>{where}</small>", what=escape(summary)
        )
        items.append(f"<li{css}>{line}</li>")
    if not items:
        return f'<p class="none"{_own(words)}>{escape(words.no_changes)}</p>'
    return f'<ol class="changes">{"".join(items)}</ol>'


def _own(words: HtmlWords) -> str:
    """The ``lang`` attribute of an element in the page's own words, where they are not in the
    reports' language (the English page's headings, legend and reasons)."""
    return "" if words.lang == PAGE_LANG else f' lang="{words.lang}"'


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _header(
    left: SectionRef | None, right: SectionRef | None, pair: SectionPair, words: HtmlWords
) -> str:
    left_title = escape(section_label(left.path, words.sections)) if left is not None else ""
    right_title = escape(section_label(right.path, words.sections)) if right is not None else ""
    reason = escape(words.why.format(reason=words.reason(pair.reason)))
    why = f'<span class="why"{_own(words)}>{reason}</span>'
    return f'<tr class="part"><th>{left_title}</th><th>{right_title} {why}</th></tr>'


_BY_HAND = (ReasonKind.PAIRED_BY_HAND, ReasonKind.UNPAIRED_BY_HAND)


def _hand_note(pair: SectionPair, words: HtmlWords) -> str:
    """A row above an area the reader paired or unpaired by hand, saying so: such a pair
    stands on the reader's word, not on the two texts' likeness."""
    left = section_label(pair.left.path if pair.left is not None else (), words.sections)
    right = section_label(pair.right.path if pair.right is not None else (), words.sections)
    why = words.by_hand.format(reason=words.reason(pair.reason), left=left, right=right)
    return f'<tr class="hand"><td colspan="2" class="why"{_own(words)}>{escape(why)}</td></tr>'


def _drawn_as_nothing(side: CompareInput) -> Markup:
    """What of a report's text the page leaves out, as the reader does: its Markdown marks,
    and the blank lines inside a word broken across them by extraction (``目标是:地`` /
    ``区生产总值``), so the word reads whole."""
    marks = markdown_marks(side.text, side.outline)
    gaps = broken_word_gaps(side.text, side.paragraphs)
    if not gaps:
        return marks
    return replace(marks, marks=tuple(sorted((*marks.marks, *gaps))))


def render_html(
    comparison: Comparison, *, paper: bool = False, words: HtmlWords = CHINESE_HTML_WORDS
) -> str:
    """The whole comparison as one self-contained HTML page.

    Args:
        comparison: the result of ``compare_reports``.
        paper: style the page for printing by a renderer that knows only basic CSS (small
            type, single spacing, the change list in one column); a browser prints the
            default page well through its own print styles.
        words: the page's own words, in the reader's language (``html_words``).
    """
    left_title = escape(comparison.left.meta.title)
    right_title = escape(comparison.right.meta.title)
    left_marks = _marks(comparison.changes, left=True)
    right_marks = _marks(comparison.changes, left=False)
    markup = (_drawn_as_nothing(comparison.left), _drawn_as_nothing(comparison.right))
    used: set[str] = set()
    rows = []
    part_pairs = [p for p in comparison.pairs if p.level is PairLevel.PART]
    part_of_left = {p.left.path: p for p in part_pairs if p.left is not None}
    part_of_right = {p.right.path: p for p in part_pairs if p.right is not None}
    shown_parts: set[int] = set()
    for pair in comparison.pairs:
        if pair.level is not PairLevel.AREA:
            continue
        side = pair.left if pair.left is not None else pair.right
        assert side is not None
        lookup = part_of_left if pair.left is not None else part_of_right
        part = lookup.get(side.path[:-1])
        if part is not None and id(part) not in shown_parts:
            shown_parts.add(id(part))
            rows.append(_header(part.left, part.right, part, words))
        if pair.reason.kind in _BY_HAND:
            rows.append(_hand_note(pair, words))
        css = "paired" if pair.left and pair.right else ("removed" if pair.left else "added")
        cells = []
        for ref, text, marks, side_markup, cls in (
            (pair.left, comparison.left.text, left_marks, markup[0], "l"),
            (pair.right, comparison.right.text, right_marks, markup[1], "r"),
        ):
            if ref is None:
                cells.append(f'<td class="{cls} empty"></td>')
            else:
                body = _render(text, ref.start, ref.end, marks, used, side_markup, words)
                cells.append(f'<td class="{cls}">{body}</td>')
        rows.append(f'<tr class="{css}">{"".join(cells)}</tr>')
    named = " ".join(
        f'<span class="{css}">{escape(name)}</span>'
        for css, name in zip(("del", "ins", "chg", "num", "mov"), words.legend, strict=True)
    )
    caret = f'<span class="caret">‸ {escape(words.caret)}</span>'
    legend = f'<p class="legend"{_own(words)}>{named} {caret}</p>'
    return (
        f'<!DOCTYPE html>\n<html lang="{PAGE_LANG}"><head><meta charset="utf-8">'
        f"<title>{left_title} ↔ {right_title}</title>"
        f"<style>{PAPER_CSS if paper else SCREEN_CSS}</style></head><body>"
        f"<h1>{left_title} ↔ {right_title}</h1>{_counts_table(comparison, words)}{legend}"
        f"<h2{_own(words)}>{escape(words.change_list)}</h2>"
        f"{_change_list(comparison, markup, words)}"
        # cellpadding: Qt's rich text, which prints the paper page, spaces cells by it alone.
        f"<h2{_own(words)}>{escape(words.side_by_side)}</h2>"
        '<table class="text" cellpadding="4"><thead><tr>'
        f"<th>{left_title}</th>"
        f"<th>{right_title}</th></tr></thead><tbody>{''.join(rows)}</tbody></table></body></html>\n"
    )
