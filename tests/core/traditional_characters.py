"""A report's place names in traditional characters, as the tests make one from a sample."""

from __future__ import annotations

from core.place_characters import traditional_forms


def in_traditional_characters(text: str) -> str:
    """``text`` with every character of the table in its traditional form, as a site serving
    traditional characters prints the report's place names (長治市, 壺關縣)."""
    first_forms: dict[str, str] = {}
    for traditional, simplified in traditional_forms().items():
        first_forms.setdefault(simplified, traditional)
    return text.translate(str.maketrans(first_forms))
