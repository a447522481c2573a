"""Write pinyin_order.txt: every CJK ideograph in the order of Chinese (pinyin) collation.

Run ``.venv/bin/python resources/collation/update_pinyin_order.py`` after an upgrade of Qt
(whose ICU holds the collation). The file is every ideograph of the basic block and of
Extension A, each once, in ICU's order for ``zh_CN``; ``core.pinyin_order`` sorts names by it
without ICU, so the command line and the window list regions alike.
"""

from __future__ import annotations

import sys
from functools import cmp_to_key
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "pinyin_order.txt"
BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))  # Extension A, then the basic block


def ideographs() -> list[str]:
    """Every ideograph of the blocks the table covers, in code-point order."""
    return [chr(code) for first, last in BLOCKS for code in range(first, last + 1)]


def icu_order() -> str:
    """The ideographs in the order Qt's Chinese collation (ICU) gives them."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return "".join(sorted(ideographs(), key=cmp_to_key(collator.compare)))


def main() -> int:
    """Write the table, one line of characters."""
    TABLE.write_text(icu_order() + "\n", encoding="utf-8")
    print(f"wrote {TABLE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
