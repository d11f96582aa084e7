"""Numbers as reports write them: Arabic with separators, Chinese numerals, 万/亿 multipliers.

Arabic numbers are scaled with Decimal so that 1025.65万 is exactly 10256500; Chinese
numerals are read here, section by section (亿, then 万, then 千百十).
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CN_DIGITS = "零〇一二两三四五六七八九"
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ARABIC_MULT = regex.compile(rf"^({ARABIC})([十百千万亿]*)$")
_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


@lru_cache(maxsize=1 << 16)
def parse_number(text: str) -> Decimal:
    """The value of one numeral: '1,025.65', '40.8万', '三千二百万', '两', '三点五', the 百 of 百分之百.

    Raises ValueError naming the text when it is not a number.  Cached: a report
    repeats its numerals (一, 100, 两) far more than it writes new ones.
    """
    text = text.strip()
    m = _ARABIC_MULT.match(text)
    if m:
        value = Decimal(m.group(1).replace(",", ""))
        for ch in m.group(2):
            value *= MULTIPLIERS[ch]
        return value
    integer, point, decimals = text.partition("点")
    if not integer or (point and not _digit_string(decimals)):
        raise ValueError(f"not a number: {text!r}")
    value = Decimal(_chinese(integer, text))
    return value + Decimal(f"0.{_digit_string(decimals)}") if point else value


def neighbours(text: str) -> tuple[Decimal, Decimal] | None:
    """两三 and 四五, two neighbouring digits: a range (two or three), or None."""
    if len(text) == 2 and all(ch in _DIGITS for ch in text) and _DIGITS[text[1]] == _DIGITS[text[0]] + 1:
        return Decimal(_DIGITS[text[0]]), Decimal(_DIGITS[text[1]])
    return None


def _digit_string(text: str) -> str:
    """二〇二〇 → '2020'; '' when `text` is not digits alone."""
    return "".join(str(_DIGITS[ch]) for ch in text) if all(ch in _DIGITS for ch in text) else ""


def _chinese(text: str, numeral: str) -> int:
    """A whole Chinese numeral: 亿 and 万 split it into sections of up to 9999."""
    for big in "亿万":
        if big in text:
            high, _, low = text.partition(big)
            if not high:
                raise ValueError(f"not a number: {numeral!r}")
            if len(low) == 1 and low in _DIGITS and low not in "零〇":
                return (_chinese(high, numeral) * 10 + _DIGITS[low]) * MULTIPLIERS[big] // 10  # 三万五
            return _chinese(high, numeral) * MULTIPLIERS[big] + (_chinese(low, numeral) if low else 0)
    if _digit_string(text):
        return int(_digit_string(text))  # 二〇二〇, 一九九八
    total, digit, unit = 0, None, 1
    for ch in text:
        if ch in "零〇":
            digit, unit = None, 1  # 一百零五
        elif ch in _DIGITS and digit is None:
            digit = _DIGITS[ch]
        elif ch in "十百千":
            unit = MULTIPLIERS[ch]
            total += (1 if digit is None else digit) * unit  # 十二: a 十 alone is ten
            digit = None
        else:
            raise ValueError(f"not a number: {numeral!r}")
    return total + (digit or 0) * max(1, unit // 10)  # 一千二 is 1200, 十二 is 12
