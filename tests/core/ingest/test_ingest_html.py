"""Web pages: charset handling and picking the report out of the page furniture."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from core.errors import UnreadableFileError
from core.ingest.html import read_html
from core.ingest.html_tree import parse_page

PATH = Path("page.html")
BODY = "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。"


def _page(content: str, head: str = "") -> str:
    return f"<html><head>{head}<title>报告</title></head><body>{content}</body></html>"


def test_a_gb2312_declaration_is_read_as_gb18030() -> None:
    # 𠮷 is outside GB2312 and GBK; a page that declares gb2312 may still hold it.
    markup = _page(f"<p>{BODY}𠮷</p>", '<meta charset="gb2312">')
    document = read_html(PATH, markup.encode("gb18030"))
    assert document.text == BODY + "𠮷"
    assert document.encoding == "html:gb18030"
    assert document.text.index("𠮷") == len(BODY)


def test_a_wrong_declaration_falls_back_to_detection() -> None:
    markup = _page(
        f"<p>{BODY}</p>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    )
    document = read_html(PATH, markup.encode("gbk"))
    assert (document.text, document.encoding) == (BODY, "html:gb18030")


def test_a_bom_wins_over_the_declaration() -> None:
    markup = _page(f"<p>{BODY}</p>", '<meta charset="gbk">')
    document = read_html(PATH, codecs.BOM_UTF8 + markup.encode("utf-8"))
    assert (document.text, document.encoding) == (BODY, "html:utf-8-sig")


def test_scripts_styles_and_navigation_never_reach_the_text() -> None:
    markup = _page(
        "<nav>首页 政务公开</nav><div id='header'>市政府门户网站</div>"
        "<script>var a = '脚本里的中文不是正文';</script><style>p{}</style>"
        f"<div class='article'><p>{BODY}</p><p>过去一年，全市上下攻坚克难。</p></div>"
        "<div class='footer'>版权所有</div><div style='display: none'>隐藏的文字</div>"
    )
    text = read_html(PATH, markup.encode("utf-8")).text
    assert text == f"{BODY}\n\n过去一年，全市上下攻坚克难。"


def test_the_densest_block_wins_without_any_class_hint() -> None:
    links = "".join(f"<li><a href='/{i}'>长治市第{i}条新闻标题很长很长</a></li>" for i in range(20))
    markup = _page(
        f"<div><ul>{links}</ul></div><div><div><p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></div></div>"
    )
    assert read_html(PATH, markup.encode("utf-8")).text == "\n\n".join([BODY] * 3)


def test_breaks_cells_entities_and_source_line_breaks() -> None:
    markup = _page(
        "<div class='TRS_Editor'>一、2023年工作回顾<br><br>"
        "过去一年，全市上下\n    攻坚克难&amp;砥砺前行。"
        "<table><tr><td>指标</td><td>目标</td></tr><tr><td>GDP</td><td>增长6%左右</td></tr></table>"
        "<p>&nbsp;&nbsp;（一）坚持抓项目。</p><p>Hello\n world</p></div>"
    )
    text = read_html(PATH, markup.encode("utf-8")).text
    assert text.split("\n\n") == [
        "一、2023年工作回顾",
        "过去一年，全市上下攻坚克难&砥砺前行。",
        "指标\t目标",
        "GDP\t增长6%左右",
        "（一）坚持抓项目。",
        "Hello world",
    ]


def test_the_page_heading_outside_the_content_block_is_kept() -> None:
    markup = _page(
        "<div class='crumb'>当前位置：首页</div><h1>长治市2024年政府工作报告</h1>"
        "<div class='info'>发布时间：2024-01-15</div>"
        f"<div class='content'><p>{BODY}</p><p>{BODY}</p></div>"
    )
    text = read_html(PATH, markup.encode("utf-8")).text
    assert text.split("\n\n") == ["长治市2024年政府工作报告", BODY, BODY]


def test_unclosed_paragraphs_and_stray_tags_are_forgiven() -> None:
    markup = f"<body><div><p>{BODY}<p>第二段。</span></div></p>尾声。</body>"
    assert read_html(PATH, markup.encode("utf-8")).text.split("\n\n")[:2] == [BODY, "第二段。"]


def test_a_page_with_no_text_is_refused() -> None:
    markup = _page("<script>var x = 1;</script><img src='scan.png'>")
    with pytest.raises(
        UnreadableFileError, match=r"^page\.html: this web page holds no readable text$"
    ):
        read_html(PATH, markup.encode("utf-8"))


def test_chinese_is_counted_per_element_without_links() -> None:
    root, title = parse_page(_page("<div><a href='/'>首页链接</a>正文四字</div>"))
    assert title == "报告"
    assert (root.chinese, root.linked, root.weight) == (8, 4, 4)


def test_a_deeply_nested_page_does_not_hit_the_recursion_limit() -> None:
    markup = "<div>" * 5000 + BODY + "</div>" * 5000
    assert read_html(PATH, markup.encode("utf-8")).text == BODY
