"""Reading a web page saved from a government site (.html, .htm): the report text only.

The page is decoded by its byte-order mark, else its declared charset (gb2312 and gbk read
as GB18030, their superset), else like a text file. Its main content block is the element
holding most of the page's running Chinese text (a ``TRS_Editor``-like container when the
site marks one); its paragraphs come out separated by blank lines.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from core.errors import UnreadableFileError
from core.ingest.decode import DecodedText, decode_text
from core.ingest.html_tree import BREAK, Element, parse_page
from core.ingest.quality import is_garbled
from core.model import Document

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_GB_FAMILY = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "cp936", "ms936", "gb18030"}
# Class or id words that sites put on the element holding an article's body.
_CONTENT_WORDS = {
    "trs_editor", "trs", "editor", "content", "article", "zoom", "pages_content", "main_content",
    "text", "body", "detail", "con", "zwnr", "view",
}  # fmt: skip
_BLOCK = {
    "address", "article", "blockquote", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
    "main", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
}  # fmt: skip
_CELL = {"td", "th"}
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "img", "kbd", "label",
    "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
    "u", "var",
}  # fmt: skip
# A child holding this share of its parent's running text is where the text really is.
# Set high: stopping one level too high keeps a line of page furniture, going one level too
# deep loses part of the report.
_DESCEND_SHARE = 0.85
_CELL_MARK = "\x1f"
_EDGE = "\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019"
_SOURCE_BREAK = re.compile(f"(?<=[{_EDGE}])[ \t\r\n]*\n[ \t\r\n]*(?=[{_EDGE}])")
_SPACES = re.compile(r"[ \t\r\n\f]+")


def _decode_page(data: bytes, path: Path) -> DecodedText:
    """Decode a page by its BOM, else its declared charset, else as a text file."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, path)
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        encoding = "gb18030" if name in _GB_FAMILY else name
        try:
            return DecodedText(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration is common; fall back to detection
    return decode_text(data, path)


def _main_block(root: Element) -> Element:
    """The element holding the report: a marked content container, else the densest block."""
    total = root.weight
    marked = [
        element
        for element in root.elements()
        if element.words & _CONTENT_WORDS and element.weight >= 0.5 * total
    ]
    node = min(marked, key=lambda e: e.weight) if marked else root
    while True:
        children = [c for c in node.children if isinstance(c, Element) and not c.dropped]
        best = max(children, key=lambda e: e.weight, default=None)
        if best is None or best.weight < _DESCEND_SHARE * node.weight or not _holds_blocks(best):
            return node
        node = best


def _holds_blocks(element: Element) -> bool:
    """Whether ``element`` is a container of paragraphs rather than a paragraph itself."""
    return any(
        isinstance(c, Element) and not c.dropped and c.tag not in _INLINE for c in element.children
    )


def _title_before(root: Element, block: Element) -> str:
    """The page's heading (an ``h1`` or a ``title`` element) when it sits outside the block."""
    inside = {id(e) for e in block.elements()}
    for element in root.elements():
        if element.order >= block.order:
            break
        if id(element) in inside or not element.chinese:
            continue
        if element.tag == "h1" or "title" in element.words:
            text = _paragraphs(element)
            if len(text) == 1 and len(text[0]) <= 100:
                return text[0]
    return ""


def _clean(raw: str) -> str:
    """A paragraph's text with HTML whitespace rules: source line breaks inside Chinese vanish."""
    text = _SOURCE_BREAK.sub("", raw)
    text = _SPACES.sub(" ", text)
    cells = [cell.strip(" \xa0\u3000") for cell in text.split(_CELL_MARK)]
    return "\t".join(cells).strip()


def _paragraphs(block: Element) -> list[str]:
    """The block's text as paragraphs: block elements and ``<br>`` end one."""
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = _clean("".join(buffer))
        buffer.clear()
        if text:
            paragraphs.append(text)

    stack: list[Element | str | None] = [block]
    while stack:
        item = stack.pop()
        if item is None:  # the end of a block element
            flush()
        elif isinstance(item, str):
            if item is BREAK:
                flush()
            else:
                buffer.append(item)
        elif not item.dropped:
            if item.tag in _CELL and buffer:
                buffer.append(_CELL_MARK)
            if item.tag in _BLOCK:
                flush()
                stack.append(None)
            stack.extend(reversed(item.children))
    flush()
    return paragraphs


def read_html(path: Path, data: bytes) -> Document:
    """Read the report text of a saved web page.

    Scripts, styles, navigation, page headers and footers, share bars and forms are dropped
    and nothing is run or fetched. The page heading is kept when it stands outside the
    content block. Paragraphs are separated by blank lines; table cells by tabs.

    Args:
        path: the file, named in errors.
        data: the file's bytes.

    Raises:
        UnreadableFileError: the page cannot be decoded or holds no text.
    """
    decoded = _decode_page(data, path)
    root, _title = parse_page(decoded.text)
    block = _main_block(root)
    paragraphs = _paragraphs(block)
    heading = _title_before(root, block)
    if heading and heading not in paragraphs[:3]:
        paragraphs.insert(0, heading)
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise UnreadableFileError(path, "this web page holds no readable text")
    if is_garbled(text):
        raise UnreadableFileError(path, "the text of this web page is garbled (unreadable symbols)")
    return Document(text=text, source=path, encoding=f"html:{decoded.encoding}", format="html")
