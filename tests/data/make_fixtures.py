"""Regenerate the file-format and bad-input fixtures under tests/data/ from the samples.

Run from the repository root: ``.venv/bin/python tests/data/make_fixtures.py``. The files
are committed, so tests never depend on running this; it documents how each was made.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import docx
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

DATA = Path(__file__).resolve().parent
ROOT = DATA.parent.parent
FORMATS = DATA / "formats"
BAD = DATA / "bad"
SAMPLE = ROOT / "resources" / "samples" / "changzhi-2024-report.txt"
TITLE = "长治市2024年政府工作报告"
RUNNING_HEAD = "长治市人民政府公报"
PDF_FONT = "STSong-Light"
PDF_FONT_SIZE = 14
PDF_LINE_WIDTH = 30 * PDF_FONT_SIZE  # thirty Chinese characters
PDF_LINES_PER_PAGE = 34


def excerpt_paragraphs(count: int = 12) -> list[str]:
    """The first ``count`` paragraphs of the 长治 2024 report: opening, part one, areas 一–八."""
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[:count]


def excerpt_text() -> str:
    """The excerpt as the samples write it: paragraphs separated by blank lines."""
    return "\n\n".join(excerpt_paragraphs()) + "\n"


def make_text_files() -> None:
    """A GBK .txt, a UTF-16 .txt with Windows line endings, a UTF-8-with-BOM .md."""
    text = excerpt_text()
    (FORMATS / "changzhi-excerpt-gbk.txt").write_bytes(text.encode("gbk"))
    windows = text.replace("\n", "\r\n")
    (FORMATS / "changzhi-excerpt-utf16.txt").write_bytes(windows.encode("utf-16"))
    markdown = f"# {TITLE}\n\n" + text
    (FORMATS / "changzhi-excerpt-bom.md").write_bytes(markdown.encode("utf-8-sig"))


def make_docx() -> bytes:
    """A Word file: a title, a part heading in a heading style, body paragraphs and a table."""
    document = docx.Document()
    document.add_heading(TITLE, level=0)
    paragraphs = excerpt_paragraphs()
    for paragraph in paragraphs:
        if paragraph.startswith("一、"):
            document.add_heading(paragraph, level=1)
        else:
            document.add_paragraph(paragraph)
        document.add_paragraph("")  # blank paragraphs, as typists leave them
    table = document.add_table(rows=3, cols=2)
    for row, (name, value) in zip(
        table.rows,
        [("指标", "完成情况"), ("地区生产总值", "2806.2亿元"), ("一般公共预算收入", "315.08亿元")],
        strict=True,
    ):
        row.cells[0].text = name
        row.cells[1].text = value
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    (FORMATS / "changzhi-excerpt.docx").write_bytes(data)
    return data


HTML_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_长治市人民政府门户网站</title>
<style>.TRS_Editor p {{ text-indent: 2em; }} /* 样式说明 */</style>
<script type="text/javascript">
var msg = "欢迎访问长治市人民政府门户网站，请使用新版浏览器";
</script>
</head>
<body>
<div class="header"><div class="logo">长治市人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zmhd">政民互动</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt;
<a href="/zwgk">政务公开</a> &gt; 政府工作报告</div>
<div class="main">
<h1 class="article-title">{title}</h1>
<div class="info">来源：长治市人民政府办公室　发布时间：2024-01-15　浏览次数：1024</div>
<div class="bdsharebuttonbox">分享到：
<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<div class="TRS_Editor">
{paragraphs}
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/a1">长治市2023年政府工作报告全文发布</a></li>
<li><a href="/a2">图解：一图读懂长治市2024年政府工作报告</a></li>
<li><a href="/a3">市政府常务会议研究部署近期重点工作任务</a></li></ul></div>
</div>
<div class="footer"><p>主办：长治市人民政府办公室　版权所有　晋ICP备00000000号</p>
<p>地址：长治市英雄中路　联系电话：0355-0000000</p></div>
<script>document.write("<p>访问统计代码，不应出现在正文中</p>");</script>
</body></html>
"""


def make_html() -> None:
    """A gb2312-declared page with navigation, share bar, related links, footer and scripts."""
    paragraphs = []
    for index, paragraph in enumerate(excerpt_paragraphs()):
        if index == 3:
            # A paragraph broken across source lines, as editors wrap long lines.
            cut = len(paragraph) // 2
            paragraph = paragraph[:cut] + "\n    " + paragraph[cut:]
        paragraphs.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{paragraph}</p>")
    page = HTML_PAGE.format(title=TITLE, paragraphs="\n".join(paragraphs))
    # Declared gb2312 but written as GBK (a superset), as many government sites do.
    (FORMATS / "changzhi-excerpt.html").write_bytes(page.encode("gbk"))


def _wrapped_lines() -> list[str]:
    """The excerpt as a typeset page shows it: lines filled up to the width of the text block."""
    lines: list[str] = []
    for paragraph in excerpt_paragraphs():
        line = ""
        for char in paragraph:
            if pdfmetrics.stringWidth(line + char, PDF_FONT, PDF_FONT_SIZE) > PDF_LINE_WIDTH:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    return lines


def make_pdf() -> None:
    """A PDF with a text layer in STSong-Light, a running head and page numbers."""
    pdf = canvas.Canvas(str(FORMATS / "changzhi-excerpt.pdf"), pagesize=A4, invariant=True)
    width, height = A4
    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    lines = _wrapped_lines()
    pages = [lines[i : i + PDF_LINES_PER_PAGE] for i in range(0, len(lines), PDF_LINES_PER_PAGE)]
    for number, page in enumerate(pages, start=1):
        pdf.setFont(PDF_FONT, 9)
        pdf.drawCentredString(width / 2, height - 40, RUNNING_HEAD)
        pdf.drawCentredString(width / 2, 30, f"- {number} -")
        pdf.setFont(PDF_FONT, PDF_FONT_SIZE)
        y = height - 80
        for line in page:
            pdf.drawString(60, y, line)
            y -= 21
        pdf.showPage()
    pdf.save()


def make_bad_files(docx_bytes: bytes) -> None:
    """One file per bad-input case; BAD/README.md says what each must give."""
    (BAD / "empty.txt").write_bytes(b"")
    (BAD / "blank.txt").write_bytes("  \r\n\t\u3000\n".encode())
    rng = random.Random(2)
    (BAD / "binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    (BAD / "english.txt").write_text(
        "Annual Report of the Village Library\n\n"
        "The library lent 4,210 books this year, up from 3,980 last year. Volunteers opened "
        "the reading room on Saturdays, and the roof was repaired in the autumn.\n\n"
        "Next year we hope to add a shelf of large-print books and to start a reading club "
        "for children.\n",
        encoding="utf-8",
    )
    utf8 = excerpt_text().encode("utf-8")
    # Cut one byte into the last character, as an interrupted copy or download leaves a file.
    (BAD / "truncated-utf8.txt").write_bytes(utf8.rstrip(b"\n")[:-1])
    japanese = (
        "日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫の"
        "ために、諸国民との協和による成果と、わが国全土にわたつて自由のもたらす恵沢を確保する。\n"
    )
    (BAD / "wrong-encoding-shift-jis.txt").write_bytes(japanese.encode("shift_jis"))
    half = len(excerpt_paragraphs()[3])
    mixed = excerpt_paragraphs()[3][: half // 2].encode("utf-8") + excerpt_paragraphs()[3][
        half // 2 :
    ].encode("gbk")
    (BAD / "mixed-encoding.txt").write_bytes(mixed)
    (BAD / "corrupt.docx").write_bytes(docx_bytes[: len(docx_bytes) // 2])
    (BAD / "not-a-docx.docx").write_bytes("这其实是一个文本文件，只是名字改成了.docx。\n".encode())
    make_image_only_pdf(BAD / "image-only.pdf")
    (BAD / "no-headings.txt").write_text(
        "春天到了，村口的老槐树又发了新芽。每天清早，老人们在树下打太极拳，孩子们背着书包"
        "从树旁经过，去镇上的小学读书。\n\n"
        "到了傍晚，炊烟升起，田里干活的人陆续回家。晚饭后，大家搬出小板凳，在院子里乘凉聊天，"
        "说说今年的收成，也说说远方打工的儿女。\n",
        encoding="utf-8",
    )


def make_image_only_pdf(path: Path) -> None:
    """A PDF whose only page is a picture (as a scanner makes), with no text layer."""
    rng = random.Random(7)
    image = Image.new("L", (300, 400), 255)
    for _ in range(3000):
        image.putpixel((rng.randrange(300), rng.randrange(400)), rng.randrange(120))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.drawImage(ImageReader(image), 60, 200, width=450, height=600)
    pdf.showPage()
    pdf.save()


def main() -> None:
    """Write every fixture."""
    FORMATS.mkdir(exist_ok=True)
    BAD.mkdir(exist_ok=True)
    make_text_files()
    docx_bytes = make_docx()
    make_html()
    make_pdf()
    make_bad_files(docx_bytes)


if __name__ == "__main__":
    main()
