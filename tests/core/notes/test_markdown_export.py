"""The Markdown export: each quotation reads as the passage, inside a block quote."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.library import open_library
from core.model import ReportId
from core.notes.export import export_all
from core.notes.library_notes import annotate
from core.notes.markdown_text import HARD_BREAK, block_quote, markdown_literal
from core.notes.shown_quote import quote_on_context
from core.store.annotations import annotations_of

# Passages of the interpretation that hold its own Markdown: a #### heading, bold figures
# with a bold mark cut in half at the end, a stray "# 2024" line; and a subscript in 2026.
PASSAGES = [
    ("cz2025i", "项事业开创新局面。", "全市地区生产总值完成2593"),
    ("cz2025i", "长  \n**2.6%**", "减税降费  \n*"),
    ("cz2025i", "版式设计:", "一年来,坚持依法行政,主动接"),
    ("cz2026np", "业实现动态清零。PM_{2.5}", "浓度降至"),
]
ODD = "* 星号 _下划线_ `代码` [链接](x) <b>粗</b> a|b ~~删~~ \\ &amp;"


def _unquoted(block: str) -> str:
    """What a block quote says, read back: marks of the quote and escapes taken off."""
    lines = [line.removeprefix(">").removeprefix(" ") for line in block.split("\n")]
    lines = [line.removesuffix(HARD_BREAK) for line in lines]
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", "\n".join(lines))


def _as_block(text: str) -> str:
    """The passage as a block quote keeps it: lines trimmed, one blank line between paragraphs."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return re.sub(r"\n{2,}", "\n\n", "\n".join(lines))


@pytest.mark.parametrize(
    "text",
    [ODD, "# 标题\n- 列表\n+ 加\n1. 一\n2) 二\n> 引\n===\n---", "段一\n\n\n\n段二\n第二行", ""],
)
def test_a_block_quote_says_the_text_whatever_it_holds(text: str) -> None:
    block = block_quote(text)
    assert all(line.startswith(">") for line in block.split("\n"))
    for line in block.split("\n"):
        body = line.removeprefix(">").removeprefix(" ")
        assert not re.match(r"(#|[-+=>]|\d+[.)](\s|$))", body), line  # no heading, list, quote
    assert _unquoted(block) == _as_block(text)
    assert markdown_literal("x*y") == "x\\*y"


def test_exported_quotes_read_as_the_reader_shows_them(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    from core.importer import import_file

    out = tmp_path / "notes.md"
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        ids = {
            name: import_file(store, samples[name]).report_id for name in ("cz2025i", "cz2026np")
        }
        for name, first, last in PASSAGES:
            report = ReportId(ids[name])  # type: ignore[arg-type]
            text = store.report(report).text
            start = text.index(first)
            end = text.index(last, start) + len(last)
            annotate(store, report, start, end, "yellow", "", ["x*y", "a; b"])
        export_all(store, out)
        quotes = [quote_on_context(a.anchor) for a in annotations_of(store).search()]
    written = out.read_text(encoding="utf-8")
    blocks = re.findall(r"(?m)^(?:>.*\n)+", written)
    assert [_unquoted(block.rstrip("\n")) for block in blocks] == [_as_block(q) for q in quotes]
    quoted = "".join(blocks)
    assert "**" not in quoted and not re.search(r"(?m)^> *#", quoted)
    assert "> ●承压前行、克难奋进,经济运行取得新成效\n" in quoted  # the heading, as a line
    assert "> 长" + HARD_BREAK + "\n> 2.6%\n>\n> 固定资产投资总量突破" in quoted  # paragraphs apart
    assert "> 减税降费\n" in quoted  # the half bold mark at the end is no bullet
    assert "> 2024\n" in quoted and "PM2.5浓度降至" in quoted
    assert written.count("#x\\*y #a; b*") == len(PASSAGES)


def test_a_quote_on_a_long_line_of_bold_figures_is_exported_without_its_marks(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    from core.importer import import_file

    # The interpretation with one long line of bold figures: a quote's context cuts it.
    line = (
        "城乡居民人均可支配收入分别增长**4.6%**和**6.5%**，粮食总产量**30.5亿斤**，"
        "规上工业增加值增长**8.1%**。"
    )
    text = samples["cz2025i"].read_text(encoding="utf-8")
    report_file = tmp_path / "changzhi-2025-interpretation-figures.txt"
    report_file.write_text(text.replace("一年来,", line + "\n\n一年来,", 1), encoding="utf-8")
    quote = "上工业增加值增长**8.1%**"
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        report = import_file(store, report_file).report_id
        assert report is not None
        start = store.report(report).text.index(quote)
        annotate(store, report, start, start + len(quote), "yellow")
        export_all(store, tmp_path / "notes.md")
        export_all(store, tmp_path / "notes.csv")
    written = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert re.findall(r"(?m)^>.*$", written) == ["> 上工业增加值增长8.1%"]
    assert ",上工业增加值增长8.1%," in (tmp_path / "notes.csv").read_text(encoding="utf-8")
