"""A title line and the salutation after it stay apart in the normalised and searchable copies,
as they do in the paragraphs."""

from __future__ import annotations

from pathlib import Path

from core.find_in_text import find_in_text
from core.numbers.scan_text import scan_text
from core.paragraphs import split_paragraphs
from core.text import normalise

TITLE = "长治市2024年政府工作报告"
SPEAKER = "长治市人民政府市长\u3000某某"


def _titled_file(folder: Path, sample: Path, block: list[str]) -> str:
    """The sample as a real report file lays it out, title block first, read back."""
    path = folder / "长治市2024年政府工作报告.txt"
    path.write_text("\n\n".join(block) + "\n\n" + sample.read_text(encoding="utf-8"), "utf-8")
    return path.read_text(encoding="utf-8")


def test_a_title_block_is_not_run_into_the_salutation() -> None:
    assert normalise(f"{TITLE}\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。").text == (
        f"{TITLE}\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作。"
    )
    block = [TITLE, "——2024年1月20日在长治市第十六届人民代表大会第三次会议上", SPEAKER]
    text = "\n\n".join([*block, "各位代表：", "现在。"])
    norm = normalise(text)
    assert "某某各位代表" not in norm.text
    start = norm.text.index("各位代表")
    a, b = norm.span_to_original(start, start + 4)
    assert text[a - 4 : b] == "某某\n\n各位代表"
    # After the page's running head, the title still stands alone.
    assert "报告各位代表" not in normalise(f"政府工作报告\n{TITLE}\n\n各位代表：\n").text


def test_a_title_block_on_single_lines_is_not_run_into_the_salutation() -> None:
    # As a report saved from Word lays it out: one line each, no blank line between them.
    block = [TITLE, SPEAKER, "各位代表：", "现在，我代表市人民政府向大会报告工作。"]
    text = "\n".join(block) + "\n"
    lines = ["长治市2024年政府工作报告", "长治市人民政府市长 某某", "各位代表:"]
    assert normalise(text).text.split("\n")[:3] == lines
    assert scan_text(text).text.split("\n")[:3] == lines
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == block
    # A title the figures would read a count in (10件) does not run into the salutation.
    counted = "长治市2024年10件民生实事\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
    assert "实事各位代表" not in scan_text(counted).text


def test_lines_that_do_not_stand_alone_keep_their_broken_words_joined() -> None:
    # The last line of a paragraph is no title, whatever it holds: as in the paragraphs.
    run = "过去一年，全市上下攻坚克难。\n全市重点工程建设情况专题报告"
    after = "各位代表，这是全市上下共同奋斗的结果。"
    text = f"{run}\n\n{after}\n"
    assert normalise(text).text == normalise(f"{run}{after}\n").text
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == [f"{run}\n\n{after}"]
    # A line holding only the salutation is the speech's address: nothing runs into it.
    text = f"{run}\n\n各位代表：\n"
    assert "报告各位代表" not in normalise(text).text
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == [run, "各位代表："]
    broken = "全市常住人口城镇化率达到60.65%,全市经济总量进入前列,2025年全市地"
    assert "全市地区生产总值" in normalise(f"{TITLE}\n\n{broken}\n\n区生产总值增长5%。").text


def test_find_in_a_titled_report_does_not_read_across_the_title(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    text = _titled_file(tmp_path, samples["cz2024"], [TITLE, SPEAKER])
    assert find_in_text(text, "工作报告各位代表") == []
    assert find_in_text(text, "某某各位代表") == []
    (span,) = find_in_text(text, "某某\n\n各位代表")
    assert text[span[0] : span[1]] == "某某\n\n各位代表"
    first = find_in_text(text, "各位代表")[0]
    assert first[0] == text.index("\n\n各位代表：") + 2
