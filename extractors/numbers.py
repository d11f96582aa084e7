"""Numbers as reports write them: Arabic with separators, Chinese numerals, 万/亿 multipliers.

Arabic numbers are scaled with Decimal so that 1025.65万 is exactly 10256500; Chinese
numerals go through cn2an, given only the cut-out numeral (never whole text).
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex

MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERAL = rf"[{CN_DIGITS}十百千万亿]+(?:点[{CN_DIGITS}]+)?"
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ARABIC_MULT = regex.compile(rf"^({ARABIC})([十百千万亿]*)$")


@lru_cache(maxsize=1 << 16)
def parse_number(text: str) -> Decimal:
    """The value of one numeral: '1,025.65', '40.8万', '三千二百万', '两'.

    Raises ValueError naming the text when it is not a number.  Cached: a report
    repeats its numerals (一, 100, 两) far more than it writes new ones, and cn2an
    costs about 80 µs a numeral.
    """
    text = text.strip()
    if text == "百":
        return Decimal(100)  # 百分之百
    m = _ARABIC_MULT.match(text)
    if m:
        value = Decimal(m.group(1).replace(",", ""))
        for ch in m.group(2):
            value *= MULTIPLIERS[ch]
        return value
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, IndexError, InvalidOperation) as exc:
        raise ValueError(f"not a number: {text!r}") from exc
