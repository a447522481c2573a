"""A PDF's text reads as the ideographs printed, not as radicals that share their glyphs.

A PDF keeps, beside each font, a table from glyph to text (its ToUnicode CMap); search, copy
and text extraction read the text from it. Qt's PDF writer makes that table by looking each
glyph up in the font's own character map and keeps the lowest code point of those that share a
glyph; CJK fonts such as Noto Sans/Serif CJK draw a radical and its ideograph with one glyph
(⻓ U+2ED3 and 长 U+957F), so every 长 printed reads back as ⻓ and "长治" is not found in the
PDF. ``ideographs_for_radicals`` maps such entries to the ideograph Unicode names as the
radical's equivalent (``core.equivalent_ideographs``); what the page shows does not change.

A radical keeps its entry when it stands for itself: when the same font also has a glyph for
its ideograph (the font draws the two apart), or when the printed text has the radical and
not its ideograph.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, StreamObject

from core.equivalent_ideographs import equivalent_ideographs
from core.pdf_errors import PDF_READ_ERRORS

_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.DOTALL)
# Inside a section: a hex string, an array's brackets, or anything else (a name, a number).
_TOKEN = re.compile(rb"<([0-9A-Fa-f\s]*)>|\[|\]|[^\s<>\[\]]+")


@dataclass(frozen=True)
class _Token:
    """One token of a CMap section: its place in the CMap and, for a hex string, its bytes."""

    start: int
    end: int
    raw: bytes  # the token as written
    code: bytes | None  # a hex string's bytes (None: a bracket, a name, a number)


@dataclass(frozen=True)
class _Entry:
    """One entry of a ``bfchar`` or ``bfrange`` section."""

    low: _Token  # the code (``bfchar``) or the range's first code
    high: _Token | None  # the range's last code (None: ``bfchar``)
    targets: tuple[_Token, ...]  # one destination string, or an array's strings
    array: bool  # ``<low> <high> [<a> <b> …]``: one destination for each code


def ideographs_for_radicals(pdf: bytes, printed_text: str) -> bytes:
    """``pdf`` with each glyph that reads as a radical read as its ideograph instead.

    Args:
        pdf: a PDF file's bytes.
        printed_text: the text the PDF prints; a radical in it whose ideograph is not keeps
            its own entry (a text about radicals).

    Returns:
        The PDF with only its text tables changed, or ``pdf`` itself when no glyph reads as
        such a radical (or the file cannot be read: it is left for its reader to judge).
    """
    try:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        changed = False
        for cmap in _text_tables(writer):
            mapped = ideographs_in_cmap(cmap.get_data(), printed_text)
            if mapped is not None:
                cmap.set_data(mapped)
                changed = True
        if not changed:
            return pdf
        writer.pdf_header = PdfReader(io.BytesIO(pdf)).pdf_header
        out = io.BytesIO()
        writer.write(out)
    except PDF_READ_ERRORS:
        return pdf
    return out.getvalue()


def ideographs_in_cmap(cmap: bytes, printed_text: str) -> bytes | None:
    """The ToUnicode CMap ``cmap`` with its radicals read as ideographs (None: none to map).

    An entry whose text is one radical or stroke with an equivalent ideograph is mapped to
    that ideograph, unless another entry already reads as it or ``printed_text`` has the
    radical and not its ideograph. A range (``<0010> <0012> <2ED3>``) that would map one is
    written out as an array of its entries.
    """
    entries = [
        entry
        for section in _SECTION.finditer(cmap)
        for entry in _entries(section.group(1), list(_tokens(section)))
    ]
    readings = {text for entry in entries for text in _entry_texts(entry) or ()}
    remap = {
        radical: ideograph
        for radical, ideograph in equivalent_ideographs().items()
        if radical in readings
        and ideograph not in readings
        and not (radical in printed_text and ideograph not in printed_text)
    }
    edits = [edit for entry in entries for edit in _entry_edits(entry, remap)] if remap else []
    if not edits:
        return None
    out = bytearray(cmap)
    for start, end, replacement in sorted(edits, reverse=True):
        out[start:end] = replacement
    return bytes(out)


def _text_tables(writer: PdfWriter) -> Iterator[StreamObject]:
    """Each font's ToUnicode stream, once, from the pages' resources and the forms in them."""
    seen: set[int] = set()
    resources = [page.get("/Resources") for page in writer.pages]
    while resources:
        found = resources.pop()
        found = found.get_object() if found is not None else None
        if not isinstance(found, DictionaryObject) or id(found) in seen:
            continue
        seen.add(id(found))
        for font in _values(found.get("/Font")):
            if isinstance(font, DictionaryObject):
                resources.append(font.get("/Resources"))  # a Type 3 font's glyphs
                cmap = font.get("/ToUnicode")
                cmap = cmap.get_object() if cmap is not None else None
                if isinstance(cmap, StreamObject) and id(cmap) not in seen:
                    seen.add(id(cmap))
                    yield cmap
        for form in _values(found.get("/XObject")):
            if isinstance(form, StreamObject):
                resources.append(form.get("/Resources"))


def _values(entry: object) -> list[object]:
    """The objects a resource dictionary (``/Font``, ``/XObject``) names."""
    found = entry.get_object() if hasattr(entry, "get_object") else entry
    if not isinstance(found, DictionaryObject):
        return []
    return [value.get_object() for value in found.values()]


def _tokens(section: re.Match[bytes]) -> Iterator[_Token]:
    """The tokens of a ``bfchar`` or ``bfrange`` section, placed in the whole CMap."""
    offset = section.start(2)
    for match in _TOKEN.finditer(section.group(2)):
        digits = match.group(1)
        code = None
        if digits is not None:
            digits = re.sub(rb"\s", b"", digits)
            code = bytes.fromhex(digits.decode("ascii") + "0" * (len(digits) % 2))
        yield _Token(offset + match.start(), offset + match.end(), match.group(), code)


def _text(code: bytes) -> str | None:
    """A destination's text (UTF-16BE), or None when it is not that."""
    try:
        return code.decode("utf-16-be")
    except UnicodeDecodeError:
        return None


def _hex(text: str) -> bytes:
    """``text`` as a CMap destination: a hex string of its UTF-16BE."""
    return b"<" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _entries(kind: bytes, tokens: list[_Token]) -> Iterator[_Entry]:
    """The section's entries, in order; reading stops at anything a CMap does not hold there
    (the rest is left as it is)."""
    index = 0
    width = 2 if kind == b"bfchar" else 3
    while index + width <= len(tokens):
        low, *middle, last = tokens[index : index + width]
        high = middle[0] if middle else None
        if low.code is None or (high is not None and high.code is None):
            return
        if kind == b"bfrange" and last.raw == b"[":
            close = index + width
            while close < len(tokens) and tokens[close].raw != b"]":
                close += 1
            if close == len(tokens):
                return
            yield _Entry(low, high, tuple(tokens[index + width : close]), array=True)
            index = close + 1
            continue
        yield _Entry(low, high, (last,), array=False)  # a name for a target reads as no text
        index += width


def _entry_texts(entry: _Entry) -> list[str] | None:
    """The text the entry gives each of its codes, in order (None: not all are text)."""
    codes = [target.code for target in entry.targets]
    if entry.high is not None and not entry.array:  # one string, counted up over the range
        assert entry.high.code is not None
        count = int.from_bytes(entry.high.code, "big") - int.from_bytes(
            entry.low.code or b"", "big"
        )
        base = codes[0]
        if not base or count < 0 or base[-1] + count > 0xFF:
            return None
        codes = [base[:-1] + bytes([base[-1] + step]) for step in range(count + 1)]
    texts = []
    for code in codes:
        text = _text(code) if code is not None else None
        if text is None:
            return None
        texts.append(text)
    return texts


def _entry_edits(entry: _Entry, remap: dict[str, str]) -> Iterator[tuple[int, int, bytes]]:
    """The replacements that make ``entry`` read its radicals as ideographs."""
    texts = _entry_texts(entry)
    if texts is None or not any(text in remap for text in texts):
        return
    mapped = [remap.get(text, text) for text in texts]
    if len(mapped) == len(entry.targets):  # a string for each code
        for target, old, new in zip(entry.targets, texts, mapped, strict=True):
            if new != old:
                yield target.start, target.end, _hex(new)
    else:  # one string counted up: written out as an array
        (target,) = entry.targets
        yield target.start, target.end, b"[" + b" ".join(_hex(text) for text in mapped) + b"]"
