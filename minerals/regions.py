"""The code of a document's region (GB/T 2260, 青川县 → 510822) in the year it speaks of.

Researchers join the facts to yearbooks and other panels by code, and codes change with
the divisions: 即墨市 370282 became 即墨区 370215 in 2017, and 庐江县 was 341421 until 2010
and 340124 after.  `data/regions.csv` (made by `data/make_regions.py`) holds each code's
names with the years of the lists that held them.  A region is given a code only when one
code alone fits its name in its year: a name several places share (鼓楼区: four cities) needs
its city before it (福州市鼓楼区), and a masked or made-up name (XX县) gets none.
"""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

_SLACK = 1  # years a name is taken beyond its lists: a list lags a change, a report looks back


@cache
def _names() -> dict[str, list[tuple[str, int, int | None]]]:
    """Each name: the codes it held, with the years of the first and last list holding it
    (None: still held)."""
    table: dict[str, list[tuple[str, int, int | None]]] = {}
    with (Path(__file__).parent / "data" / "regions.csv").open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            table.setdefault(row["name"], []).append((row["code"], int(row["first"]),
                                                      int(row["last"]) if row["last"] else None))
    return table


@cache
def _codes() -> dict[str, list[str]]:
    """Each code: every name it held."""
    codes: dict[str, list[str]] = {}
    for name, held in _names().items():
        for code, _, _ in held:
            codes.setdefault(code, []).append(name)
    return codes


def _held(first: int, last: int | None, year: int | None, slack: int) -> bool:
    return year is None or first - slack <= year <= (last if last is not None else year) + slack


def _within(prefix: str, code: str) -> bool:
    """Whether the words before a place's name are its city's or province's (or both)."""
    if not prefix:
        return True
    cities = _codes().get(code[:4] + "00", []) if code[4:] != "00" else []
    provinces = _codes().get(code[:2] + "0000", []) if code[2:] != "0000" else []
    return prefix in cities or prefix in provinces or any(prefix == p + c for p in provinces for c in cities)


def code(region: str | None, year: int | None) -> str | None:
    """The one code that fits `region` (its own name, after its city or province if given)
    in `year`; None when none does or several do."""
    if not region:
        return None
    for start in range(len(region) - 1):
        fitting = [(c, first, last) for c, first, last in _names().get(region[start:], ())
                   if _within(region[:start], c)]
        if not fitting:
            continue
        for slack in (0, _SLACK):  # a name held that very year first
            codes = {c for c, first, last in fitting if _held(first, last, year, slack)}
            if codes:
                return codes.pop() if len(codes) == 1 else None
        return None
    return None
