"""Decoding a text file's bytes strictly: BOM, then UTF-8, then GB18030, then a checked guess.

Every step is strict (no replacement characters), so a text is either decoded exactly or
refused with the reason. Detection works on the bytes already in memory: the file is read
once, and each strict attempt is a single C-speed pass that stops at its first error.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from core.errors import UnreadableFileError
from core.ingest.quality import MAX_GARBAGE_SHARE, profile_text, reads_as_chinese

# Longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings a guess may name for a report: Chinese ones (GBK and GB2312 are read as
# GB18030 before any guess is made). Anything else is a text this reader will not trust.
_CHINESE_GUESSES = {"big5", "big5hkscs", "cp950", "hz", "iso2022_cn", "iso2022_cn_ext"}
# A decode that got this many non-ASCII characters right before failing was UTF-8, not GBK:
# GBK text almost never forms even a few valid UTF-8 sequences in a row.
_UTF8_EVIDENCE = 8
# Bytes given to charset-normalizer for a guess.
_SNIFF_BYTES = 64 * 1024
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc or .xls)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
)


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, and the codec that decoded it (``utf-8``, ``gb18030``…)."""

    text: str
    encoding: str


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_damage(path: Path, error: UnicodeDecodeError) -> UnreadableFileError | None:
    """The error for a UTF-8 file that is damaged, or None if the bytes may be another encoding."""
    # Bytes beyond one per character: 2 for each Chinese character decoded before the error.
    extra = error.start - len(error.object[: error.start].decode("utf-8"))
    at_end = error.reason == "unexpected end of data" and error.end == len(error.object)
    if at_end and extra > 0:
        return UnreadableFileError(
            path,
            "the file is cut off in the middle of a character (its end is missing), "
            "so it was not read",
        )
    if extra >= 2 * _UTF8_EVIDENCE:
        return UnreadableFileError(
            path,
            f"the file is UTF-8 text damaged at byte {error.start:,} "
            "(it may mix two encodings), so it was not read",
        )
    return None


def _binary_kind(data: bytes) -> str | None:
    """What a binary file is, or None if its start looks like text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data:  # one C-speed scan; no text file holds NUL
        return "binary data"
    return None


def _bomless_utf16(data: bytes) -> DecodedText | None:
    """UTF-16 text saved without a byte-order mark: NULs on every other byte of ASCII."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _strict(data, encoding)
        if text is not None and reads_as_chinese(text) and profile_text(text).ideographs:
            return DecodedText(text, encoding)
    return None


def _checked_guess(data: bytes, path: Path) -> DecodedText:
    """charset-normalizer's guess, accepted only for a Chinese encoding that gives real text."""
    best = from_bytes(data[:_SNIFF_BYTES]).best()
    guess = best.encoding if best is not None else None
    if guess is None:
        raise UnreadableFileError(
            path, "the text's encoding could not be recognised (it is not UTF-8 or GB18030)"
        )
    if guess in {"gb18030", "gbk", "gb2312"}:
        raise UnreadableFileError(
            path,
            "the text reads as GB18030 but gives mostly rare or unlikely characters "
            "(it may be damaged or in another encoding), so it was not read",
        )
    if guess not in _CHINESE_GUESSES:
        raise UnreadableFileError(
            path,
            f"the text is not Chinese in a known encoding (it looks like {guess}, "
            "not UTF-8, GB18030 or UTF-16), so it was not read",
        )
    text = _strict(data, guess)
    if text is not None:
        profile = profile_text(text)
        if profile.garbage_share <= MAX_GARBAGE_SHARE and profile.ideograph_share >= 0.6:
            return DecodedText(text, guess)
    raise UnreadableFileError(
        path, f"the text could not be decoded reliably (a guess of {guess} gave garbled text)"
    )


def decode_text(data: bytes, path: Path) -> DecodedText:
    """Decode a text file's bytes, or refuse them with one clear sentence.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; strict GB18030 (which
    covers GBK and GB2312) if the result reads as Chinese; a guess by charset-normalizer if
    it names a Chinese encoding and gives Chinese text; else refused.

    Args:
        data: the file's bytes.
        path: the file, named in errors.

    Raises:
        UnreadableFileError: binary data, a cut-off or damaged UTF-8 file, or bytes that no
            trusted encoding turns into real text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise UnreadableFileError(
                    path,
                    f"the file is marked as {encoding.upper().removesuffix('-SIG')} text "
                    "but is damaged, so it was not read",
                )
            return DecodedText(text, encoding)
    binary = _binary_kind(data)
    if binary == "binary data":
        decoded = _bomless_utf16(data)
        if decoded is not None:
            return decoded
    if binary is not None:
        raise UnreadableFileError(path, f"this is not a text file (it holds {binary})")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        damage = _utf8_damage(path, error)
        if damage is not None:
            raise damage from None
    text = _strict(data, "gb18030")
    if text is not None and reads_as_chinese(text):
        return DecodedText(text, "gb18030")
    return _checked_guess(data, path)
