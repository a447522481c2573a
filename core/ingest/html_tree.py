"""A light element tree of a web page, built with the standard library's html.parser.

Nothing is run and nothing is fetched: scripts, styles and frames are kept only as dropped
nodes, and so are the parts of a page that are never the report (navigation, page headers
and footers, share bars, forms). Each element knows how much Chinese text it holds, which
is what picks the main content block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}  # fmt: skip
# Elements whose content is never report text.
_DROPPED_TAGS = {
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "head", "nav", "header", "footer", "aside", "form", "button", "select", "textarea",
    "menu", "map", "dialog",
}  # fmt: skip
# Words in a class or id that mark page furniture on government sites.
_NOISE_WORDS = {
    "nav", "navbar", "menu", "header", "footer", "foot", "share", "bdshare", "breadcrumb",
    "crumb", "crumbs", "position", "location", "sidebar", "toolbar", "copyright", "related",
    "comment", "comments", "print", "close", "qrcode", "ewm", "search", "topbar", "login",
}  # fmt: skip
_WORD = re.compile(r"[a-z]+")
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


class Element:
    """One element of the page: its tag, class words, children and Chinese-text counts.

    ``children`` holds text (str), ``BREAK`` for ``<br>``, and elements. ``chinese`` counts
    the CJK characters in the element's kept text, ``linked`` those inside links.
    """

    __slots__ = ("children", "chinese", "dropped", "linked", "order", "parent", "tag", "words")

    def __init__(
        self, tag: str, words: frozenset[str], dropped: bool, parent: Element | None, order: int
    ) -> None:
        self.tag = tag
        self.words = words
        self.dropped = dropped
        self.parent = parent
        self.order = order
        self.children: list[Element | str] = []
        self.chinese = 0
        self.linked = 0

    @property
    def weight(self) -> int:
        """Chinese characters of running text (not in links): what a reader came for."""
        return self.chinese - self.linked

    def elements(self) -> Iterator[Element]:
        """This element and every kept element below it, in document order."""
        stack: list[Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(
                child
                for child in reversed(element.children)
                if isinstance(child, Element) and not child.dropped
            )


BREAK = "\x00br"


def _class_words(attrs: list[tuple[str, str | None]]) -> tuple[frozenset[str], bool]:
    """The lower-case words of an element's class and id, and whether it is hidden."""
    words: set[str] = set()
    hidden = False
    for name, value in attrs:
        if value is None:
            continue
        if name in ("class", "id"):
            words.update(_WORD.findall(value.lower().replace("_", " ")))
            words.add(value.strip().lower())
        elif name == "style" and _HIDDEN.search(value.lower()):
            hidden = True
    return frozenset(words), hidden


class _TreeBuilder(HTMLParser):
    """Builds the Element tree, forgiving unclosed and stray tags as browsers do."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", frozenset(), False, None, 0)
        self.stack: list[Element] = [self.root]
        self.count = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        current = self.stack[-1]
        if tag == "br":
            current.children.append(BREAK)
            return
        if tag in _VOID:
            return
        if tag == "title":
            self._in_title = True
        # A new paragraph or list item closes an open one, as in browsers.
        if tag in ("p", "li") and current.tag == tag:
            self.stack.pop()
            current = self.stack[-1]
        words, hidden = _class_words(attrs)
        dropped = tag in _DROPPED_TAGS or hidden or bool(words & _NOISE_WORDS)
        self.count += 1
        element = Element(tag, words, dropped, current, self.count)
        current.children.append(element)
        self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
        if tag == "p":  # a stray </p> acts as a break, as in browsers
            self.stack[-1].children.append(BREAK)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.stack[-1].children.append(data)


def _count_chinese(element: Element, in_link: bool) -> None:
    """Fill in ``chinese`` and ``linked`` for ``element`` and everything below it."""
    # Iterative post-order: pages nest deeply enough to trouble recursion.
    stack: list[tuple[Element, bool, bool]] = [(element, in_link, False)]
    while stack:
        node, linked, done = stack.pop()
        if done:
            for child in node.children:
                if isinstance(child, str):
                    count = len(_CJK.findall(child)) if child is not BREAK else 0
                    node.chinese += count
                    node.linked += count if linked else 0
                elif not child.dropped:
                    node.chinese += child.chinese
                    node.linked += child.linked
            continue
        stack.append((node, linked, True))
        for child in node.children:
            if isinstance(child, Element) and not child.dropped:
                stack.append((child, linked or child.tag == "a", False))


def parse_page(markup: str) -> tuple[Element, str]:
    """The element tree of ``markup`` with its Chinese-text counts, and the page title.

    Args:
        markup: the decoded page.
    """
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    _count_chinese(builder.root, False)
    return builder.root, builder.title.strip()
