"""Importing reports written with almost no line breaks: the samples as one line, into a library.

Each sample is written to a file with its line breaks removed, or replaced by spaces, as text
copied from a web page or a PDF viewer comes, and imported through the real import into a real
library. Its parts and areas, and its figures, are read as in the sample as shipped; the text
the library keeps is the restored text, and every offset stored points into it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.analysis import analyse_text
from core.importer import ImportStatus, import_file, import_paths
from core.ingest import read_document
from core.library import import_samples, load_report, open_library, sample_catalog
from core.model import Outline, Section
from core.notes.library_notes import annotate
from core.notes.new_edition import replace_with_edition
from core.numbers import extract_numbers
from core.outline import parse_outline
from core.paragraphs import split_paragraphs
from core.store import ReportStore
from core.store.annotations import annotations_of

VARIANTS = {"removed": "", "spaces": " "}
# The plain-text reports (not the Markdown interpretation, whose figures hang on its layout).
FULL_TEXTS = ("cz2024", "jc2024", "cz2024np", "cz2026np")


def _sections(outline: Outline) -> Iterator[Section]:
    stack = list(reversed(outline.sections))
    while stack:
        section = stack.pop()
        yield section
        stack.extend(reversed(section.children))


def _numbering(text: str, outline: Outline, styles: tuple[str, ...]) -> list[str]:
    """The numbering of the sections of ``styles`` in order (``一、``, ``(二)``), or for
    Markdown headings their level."""
    found = []
    for section in _sections(outline):
        if section.style not in styles:
            continue
        number = re.match(r"[（(]?[一二三四五六七八九十]+[、)）]", text[section.start :])
        found.append(number.group().translate(str.maketrans("（）", "()")) if number else "")
        if section.style == "markdown":
            found[-1] = f"#{section.level}"
    return found


def _figures(store: ReportStore, report_id: int) -> Counter[tuple[object, ...]]:
    numbers = load_report(store, report_id, with_tokens=False).numbers or ()  # type: ignore[arg-type]
    return Counter((n.kind, n.indicator, n.measure, n.value, n.unit, n.qualifier) for n in numbers)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[ReportStore]:
    with open_library(str(tmp_path / "library.sqlite3")) as store:
        yield store


def test_the_samples_import_as_before_with_no_break_restored(library: ReportStore) -> None:
    outcomes = import_samples(library)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * len(outcomes)
    assert not any(o.breaks_restored for o in outcomes)
    for outcome, (path, _meta) in zip(outcomes, sample_catalog(), strict=True):
        assert outcome.report_id is not None
        text = path.read_text(encoding="utf-8")
        assert library.report(outcome.report_id).text == text
        assert library.outline(outcome.report_id) == parse_outline(text)
        assert list(library.paragraphs(outcome.report_id)) == split_paragraphs(text)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", ["cz2024", "cz2025i", "jc2024", "cz2024np", "cz2026np"])
def test_a_sample_without_line_breaks_imports_with_its_parts_areas_and_figures(
    library: ReportStore, tmp_path: Path, samples: dict[str, Path], name: str, variant: str
) -> None:
    original = samples[name].read_text(encoding="utf-8")
    run_on = tmp_path / f"{name}-{variant}.txt"
    run_on.write_text(original.replace("\n", VARIANTS[variant]), encoding="utf-8")
    outcome = import_file(library, run_on)
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert outcome.breaks_restored
    assert outcome.report_id is not None
    report_id = outcome.report_id
    text = library.report(report_id).text
    assert text == read_document(run_on).text
    assert text != run_on.read_text(encoding="utf-8")  # the restored text is what is kept
    # Every offset stored points into the text stored: headings at their numbering, paragraphs
    # at their first and last characters.
    outline = library.outline(report_id)
    for section in _sections(outline):
        assert section.title.strip("# ●") in text[section.start : section.heading_end]
    for paragraph in library.paragraphs(report_id):
        passage = text[paragraph.start : paragraph.end]
        assert passage and passage == passage.strip()
    expected = analyse_text(original, samples[name].name)
    assert analyse_text(text, run_on.name).meta.kind is expected.meta.kind
    styles = ("numeral", "paren", "markdown")
    assert _numbering(text, outline, styles) == _numbering(original, expected.outline, styles)
    if name in FULL_TEXTS:
        base = extract_numbers(original, expected.outline, expected.meta.year)
        assert _figures(library, report_id) == Counter(
            (n.kind, n.indicator, n.measure, n.value, n.unit, n.qualifier) for n in base
        )
    # The same file again is the same text: nothing is added.
    assert import_paths(library, [run_on])[0].status is ImportStatus.DUPLICATE


def test_an_annotation_on_a_restored_report_quotes_the_text_stored(
    library: ReportStore, tmp_path: Path, samples: dict[str, Path]
) -> None:
    run_on = tmp_path / "jincheng.txt"
    run_on.write_text(samples["jc2024"].read_text(encoding="utf-8").replace("\n", ""), "utf-8")
    report_id = import_file(library, run_on).report_id
    assert report_id is not None
    text = library.report(report_id).text
    heading = "二、2024年工作安排"
    start = text.index(heading)
    annotation = annotate(library, report_id, start, start + len(heading), "yellow")
    assert annotation.anchor.quote == "二、2024年工作安排"
    assert annotation.anchor.suffix.startswith("\n\n2024年是")
    assert annotation.anchor.section_path == ("2024年工作安排",)


def test_a_report_replaced_by_its_run_on_copy_keeps_its_annotations(
    library: ReportStore, tmp_path: Path, samples: dict[str, Path]
) -> None:
    outcomes = import_paths(library, [samples["cz2024"]])
    old = outcomes[0].report_id
    assert old is not None
    text = library.report(old).text
    passage = "坚决扛牢耕地保护和粮食安全责任"
    start = text.index(passage)
    annotate(library, old, start, start + len(passage), "yellow", note="耕地保护")
    run_on = tmp_path / "changzhi-2024-report-copied.txt"
    run_on.write_text(text.replace("\n", ""), encoding="utf-8")
    replaced = replace_with_edition(library, old, run_on)
    assert replaced.new_report is not None and replaced.imported.breaks_restored
    assert replaced.reanchored is not None and not replaced.reanchored.orphans
    new_text = library.report(replaced.new_report).text
    (moved,) = annotations_of(library).for_report(replaced.new_report)
    assert new_text[moved.anchor.start : moved.anchor.end] == passage
