"""The ``reportlens edit`` that takes a correction of a report's details back, printed after
the correction: the command line keeps no history of its own (the window's Undo does)."""

from __future__ import annotations

import shlex

from core.details_change import DetailsChange

# ASCII characters a shell reads as they are; any other ASCII one has the value quoted (a
# report's Chinese, its full-width punctuation included, is read as it is).
_PLAIN_ASCII = frozenset("@%+=:,./-_")


def typed(value: str) -> str:
    """``value`` as typed in a shell: quoted when empty or when it holds a space, a quote or
    any other ASCII character a shell reads otherwise (``'长治市 (草案)'``); as it is else."""
    plain = value and all(not c.isascii() or c.isalnum() or c in _PLAIN_ASCII for c in value)
    return value if plain else shlex.quote(value)


def edit_back(change: DetailsChange, db: str | None = None) -> str | None:
    """The ``reportlens edit`` that gives the report back the details ``change`` replaced,
    with an option for each it changed and no other; None when it changed nothing.

    Args:
        change: the correction made.
        db: the library named by ``--db`` for the correction, named again in the command.
    """
    before, after = change.before, change.after
    options: list[str] = []
    if before.title != after.title:
        options += ["--title", before.title]
    if before.region != after.region:
        options += ["--region", before.region or ""]
    if before.year != after.year and before.year is not None:  # no option clears a year
        options += ["--year", str(before.year)]
    if before.kind != after.kind:
        options += ["--kind", before.kind.value]
    if before.edition != after.edition:
        options += ["--edition", before.edition]
    if not options:
        return None
    library = ["--db", db] if db else []
    words = ["reportlens", *library, "edit", str(change.report_id), *options]
    return " ".join(typed(word) for word in words)
