"""A report file opening with its title block reads the title as a paragraph of its own, at
import and when a library whose reading glued it to the salutation is opened again."""

from __future__ import annotations

from pathlib import Path

from core.analysis import analyse_text, paragraph_tokens
from core.importer import import_paths
from core.library import open_library
from core.model import Paragraph, ReportId
from core.store import NewReport, ReportStore
from core.store.report_rows import prepare_report
from core.store.stored_reading import replace_reading

TITLE = "长治市2024年政府工作报告"
OCCASION = "——2024年1月20日在长治市第十六届人民代表大会第三次会议上"
SPEAKER = "长治市人民政府市长\u3000某某"
# The reading that glued a title line to the salutation after it.
GLUING_READER = 1


def _titled_report(folder: Path, sample: Path, block: list[str]) -> Path:
    """The sample report as a real file lays it out: its title block, then the speech."""
    path = folder / "长治市2024年政府工作报告.txt"
    path.write_text("\n\n".join(block) + "\n\n" + sample.read_text(encoding="utf-8"), "utf-8")
    return path


def _texts(store: ReportStore, report_id: ReportId) -> list[str]:
    text = store.report(report_id).text
    return [text[p.start : p.end] for p in store.paragraphs(report_id)]


def _import(library: Path, path: Path) -> ReportId:
    with open_library(str(library)) as store:
        (outcome,) = import_paths(store, [path])
        assert outcome.report_id is not None
        return ReportId(outcome.report_id)


def test_an_imported_title_block_is_read_line_by_line(
    tmp_path: Path, samples: dict[str, Path], sample_texts: dict[str, str]
) -> None:
    library = tmp_path / "lib.sqlite3"
    for block in ([TITLE], [TITLE, OCCASION, SPEAKER]):
        path = _titled_report(tmp_path, samples["cz2024"], block)
        report_id = _import(library, path)
        with open_library(str(library), read_only=True) as store:
            texts = _texts(store, report_id)
            assert texts[: len(block) + 1] == [*block, "各位代表："]
            # The speech reads as the sample does on its own.
            sample = sample_texts["cz2024"]
            alone = [sample[p.start : p.end] for p in analyse_text(sample).paragraphs]
            assert texts[len(block) :] == alone
            first = store.search("各位代表", limit=1, report_ids=[report_id])
            assert [hit.paragraph_index for hit in first] == [len(block)]
        with open_library(str(library)) as store:
            store.remove_report(report_id)


def _glue_title_to_salutation(store: ReportStore, report_id: ReportId) -> None:
    """Store the report's reading as the gluing reading made it: title and salutation one
    paragraph (their tokens with the gap's characters between)."""
    stored = store.report(report_id)
    analysed = analyse_text(stored.text, stored.source_name)
    tokens = paragraph_tokens(analysed)
    title, salutation, *rest = analysed.paragraphs
    glued = Paragraph(0, title.start, salutation.end, False)
    paragraphs = [glued, *(p._replace(index=p.index - 1) for p in rest)]
    gap = stored.text[title.end : salutation.start]
    new = NewReport(
        meta=stored.meta,
        text=stored.text,
        source_name=stored.source_name,
        encoding=stored.encoding,
        format=stored.format,
        content_hash=stored.content_hash,
        outline=analysed.outline,
        paragraphs=paragraphs,
        paragraph_tokens=[[*tokens[0], gap, *tokens[1]], *tokens[2:]],
    )
    assert replace_reading(store, report_id, new, prepare_report(new))
    store._conn.execute("UPDATE reports SET reader = ? WHERE id = ?", (GLUING_READER, report_id))


def test_a_title_glued_by_an_earlier_reading_stands_alone_once_read_again(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    library = tmp_path / "lib.sqlite3"
    report_id = _import(library, _titled_report(tmp_path, samples["cz2024"], [TITLE]))
    with open_library(str(library), reread=False) as store:
        _glue_title_to_salutation(store, report_id)
        assert _texts(store, report_id)[0] == f"{TITLE}\n\n各位代表："
    with open_library(str(library)) as store:
        assert _texts(store, report_id)[:2] == [TITLE, "各位代表："]
        (hit,) = store.search(TITLE, limit=1, report_ids=[report_id])
        assert hit.paragraph_index == 0


def test_a_body_line_broken_after_a_report_s_name_stays_joined(
    tmp_path: Path, samples: dict[str, Path], sample_texts: dict[str, str]
) -> None:
    """Only a title block's 报告 stands alone: a body line broken after 评价报告 runs on into
    its sentence, and search finds the words across the break."""
    broken = "持续推进国土空间规划和生态环境影响评价报告\n\n编制工作，完成审查。"
    text = sample_texts["cz2024"].replace("\n\n", f"\n\n{broken}\n\n", 1)
    path = tmp_path / "长治市2024年政府工作报告.txt"
    path.write_text(text, "utf-8")
    library = tmp_path / "lib.sqlite3"
    report_id = _import(library, path)
    with open_library(str(library)) as store:
        assert broken in _texts(store, report_id)
        hits = [h for h in store.search("评价报告编制") if h.report_id == report_id]
        assert len(hits) == 1
